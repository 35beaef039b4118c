/**
 * jsdom leaves out some Web APIs that every browser we support has (jsdom/jsdom#2524): the address
 * parser measures UTF-8 with TextEncoder. Node's own implementations are the standard ones.
 * Import this first in a jsdom test.
 */
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder, TextDecoder });
