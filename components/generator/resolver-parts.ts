/*
 * What the form's resolver checks with, behind one dynamic import: zod's resolver, the shared schema
 * (with the address parser and its Public Suffix List) and the date conversion. Three imports made
 * as many chunk groups, and the first touch's downloads then outnumbered the six connections a
 * browser opens to a host over HTTP/1.1, so some waited for a second wave.
 */
export { zodResolver } from '@hookform/resolvers/zod';
export { letterRequestSchema } from '@/lib/letters/letter-request-schema';
export { localDateTimeToIso } from './local-date-time';
