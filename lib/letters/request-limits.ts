/**
 * The longest bounce the form and POST /api/letters take: a whole raw message fits, since the API
 * refuses a body over 64 KB before it reads it. A module of its own so that the form can check a
 * chosen file against it without loading the request schema (zod, the address parser) at once.
 */
export const maxBounceLength = 64 * 1024;
