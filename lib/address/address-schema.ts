// zod/mini: the form's schema is in the engine the first click waits for, and mini's functions
// are bundled one by one where classic zod's methods bring the whole library (~34 KB gzip, and
// ~18 ms of module evaluation at the click; bench/RESULTS.md, "The first click").
import * as z from 'zod/mini';

import { parseAddress } from './parse-address';
import type { AddressErrorCode } from './types';

// zod 4 probes for eval with `new Function('')` to compile fast parsers; under the page's strict
// CSP (no 'unsafe-eval') that probe is a reported violation. Every schema the form and the API
// use goes through this module, so the switch sits here, before any schema parses.
z.config({ jitless: true });

/**
 * The recipient field, shared by the form and the API: a string in, a `ParsedAddress` out. The
 * issue's message is the `AddressErrorCode`, which the UI and the API translate; zod's own
 * `z.email()` is not used because it refuses valid Punycode TLDs such as `xn--p1ai`.
 */
export const addressSchema = z.pipe(
  // A missing or non-string recipient (an API body) still answers with a code, not zod's English.
  z.string({ error: 'empty' satisfies AddressErrorCode }),
  z.transform((input: string, ctx) => {
    const result = parseAddress(input);
    if (result.ok) return result.value;
    ctx.issues.push({ code: 'custom', message: result.code, input });
    return z.NEVER;
  }),
);

/**
 * The sender's own address, which the letters may leave out: an empty or blank field (or a
 * missing key in the API) gives undefined, anything else must be a valid address.
 */
export const optionalAddressSchema = z.pipe(
  z.pipe(
    z.optional(z.string()),
    z.transform((input: string | undefined) => (input === undefined || input.trim() === '' ? undefined : input)),
  ),
  z.optional(addressSchema),
);
