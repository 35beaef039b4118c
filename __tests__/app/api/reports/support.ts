import * as route from '@/app/api/reports/route';
import { reportHour } from '@/lib/reports/report-hour';
import type { RefusalReport } from '@/lib/reports/report-schema';

/** Real addresses: mxs.mail.ru (AS47764, LLC VK) and one of PJSC Rostelecom's (AS12389). */
export const VK_IP = '217.69.139.150';
export const ROSTELECOM_IP = '2.57.186.10';
/** TEST-NET-3 (RFC 5737): on no network the table knows. */
export const UNLISTED_IP = '203.0.113.7';

/** The DNS the report tests meet: Russian servers, an announced one abroad, one out of scope. */
export const reportZone = {
  'mxs.mail.ru': { a: [VK_IP] },
  'emx.mail.ru': { a: [VK_IP] },
  'mail.kontora-primer.com': { a: [ROSTELECOM_IP] },
  // Announced by Mailfence, here on an address outside the Russian table: in scope all the same.
  'mail.uvz.ru': { a: [UNLISTED_IP] },
  'mx.faraway-example.com': { a: [UNLISTED_IP] },
  'silent-primer.ru': { behaviour: 'silent' as const },
  // Its A query answers; its AAAA query is lost, as a resolver's sometimes is.
  'half-primer.ru': { a: [VK_IP], silentFor: ['AAAA' as const] },
};

/** Taken once, so that every hour a test file writes and expects is counted from the same moment. */
const loadedAt = Date.now();

/** An hour the schema takes: a whole hour, some hours before the file was loaded. */
export function hoursAgo(hours: number): string {
  return reportHour(new Date(loadedAt - hours * 3600_000));
}

export function refusal(overrides: Partial<RefusalReport> = {}): RefusalReport {
  return {
    service: { id: 'mailfence', domain: 'mailfence.com' },
    remoteMta: 'mxs.mail.ru',
    remoteIp: VK_IP,
    smtpCode: 550,
    enhancedCode: '5.7.1',
    diagnostic: 'spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=[ref] or report details to [address].',
    hour: hoursAgo(3),
    providerId: 'mailru',
    ...overrides,
  };
}

export interface Answer {
  status: number;
  headers: Headers;
  body: { id?: string; error?: { code: string; message: string } };
}

export async function post(body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await route.POST(
    new Request('http://localhost/api/reports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}

export async function get(query = '', headers: Record<string, string> = {}): Promise<Response> {
  return route.GET(new Request(`http://localhost/api/reports${query}`, { headers }));
}

export async function aggregate(query = ''): Promise<Array<{ host: string; service: string; count: number; days: number; asn: number | null }>> {
  const response = await get(query);
  return ((await response.json()) as { reports: Array<{ host: string; service: string; count: number; days: number; asn: number | null }> }).reports;
}
