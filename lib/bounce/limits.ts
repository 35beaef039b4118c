/**
 * How much of a bounce is taken, in characters: the API's whole body limit (64 KB), so a whole raw
 * message fits. The form checks a chosen file against it and the request schema refuses more; the
 * reader reads no further. A module of its own, so that the form can use it without loading the
 * reader or the request schema at first paint.
 */
export const bounceMaxLength = 64 * 1024;
