import { allReports } from '@/lib/reports/server/export-reports';
import { withReportDb } from '@/lib/reports/server/report-store';
import en from '@/messages/ui/en.json';
import fr from '@/messages/ui/fr.json';

import { withTestDns } from '../../../support/with-test-dns';
import { withTestReportStore } from '../../../support/report-store';
import { aggregate, get, hoursAgo, post, refusal, reportZone, ROSTELECOM_IP, UNLISTED_IP, VK_IP } from './support';

const dns = withTestDns(reportZone);
const store = withTestReportStore();

beforeAll(() => {
  // Each test's client is told apart by the address a trusted proxy would have set.
  process.env.TRUST_PROXY = '1';
});
beforeEach(() => store.clear());

const client = (ip: string) => ({ 'X-Forwarded-For': ip });

const storedRows = () =>
  withReportDb(async (db) => {
    const rows = [];
    for await (const row of allReports(db)) rows.push(row);
    return rows;
  });

describe(`POST /api/reports (${store.engine})`, () => {
  it('records a refusal by mxs.mail.ru, checked in DNS, and answers 201 with its id', async () => {
    const { status, body, headers } = await post(refusal(), client('198.51.100.1'));
    expect(status).toBe(201);
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(dns.server.queryCount('mxs.mail.ru', 'A')).toBeGreaterThanOrEqual(1);
    expect(await aggregate()).toEqual([expect.objectContaining({ host: 'mxs.mail.ru', service: 'mailfence', count: 1, asn: 47764 })]);
  });

  it('counts the same host, service and hour from one client once, answering 200 with the first id', async () => {
    const first = await post(refusal(), client('198.51.100.2'));
    const again = await post(refusal({ diagnostic: 'another text of the same refusal' }), client('198.51.100.2'));
    const otherHour = await post(refusal({ hour: hoursAgo(5) }), client('198.51.100.2'));
    const otherClient = await post(refusal(), client('198.51.100.3'));
    expect([first.status, again.status, otherHour.status, otherClient.status]).toEqual([201, 200, 201, 201]);
    expect(again.body.id).toBe(first.body.id);
    expect(new Set([first.body.id, otherHour.body.id, otherClient.body.id]).size).toBe(3);
    expect((await aggregate())[0]?.count).toBe(3);
  });

  it('keeps exactly the fields a report holds, the diagnostic scrubbed again, nothing about the client', async () => {
    const diagnostic = '550 <olga.petrova@bk.ru>: spam rejected. ID: 0000000B0001C50E1E1D33EB. Error code: B2431B7EEE690B71ADDE70FB74FAE8F7';
    const { status, body } = await post(refusal({ diagnostic }), { ...client('198.51.100.4'), 'User-Agent': 'Mozilla/5.0 (probe)' });
    expect(status).toBe(201);
    const rows = await storedRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual({
      id: body.id,
      host: 'mxs.mail.ru',
      service: 'mailfence',
      serviceDomain: 'mailfence.com',
      remoteIp: VK_IP,
      smtpCode: 550,
      enhancedCode: '5.7.1',
      diagnostic: '550 <[address]>: spam rejected. ID: [ref]. Error code: [ref]',
      refusedAt: expect.any(Date),
      providerId: 'mailru',
      asn: 47764,
      operator: 'LLC VK',
    });
    expect(JSON.stringify(rows)).not.toMatch(/198\.51\.100\.4|Mozilla|olga/);
  });

  it('takes a server named in the announcement whatever network it is on', async () => {
    const { status } = await post(refusal({ remoteMta: 'mail.uvz.ru', remoteIp: UNLISTED_IP, providerId: undefined }), client('198.51.100.5'));
    expect(status).toBe(201);
    expect(await aggregate('?host=mail.uvz.ru')).toEqual([expect.objectContaining({ host: 'mail.uvz.ru', asn: null })]);
  });

  it('takes a server on a Russian network that no announcement names, by its IPv4-mapped address too', async () => {
    const { status } = await post(
      refusal({ remoteMta: 'mail.kontora-primer.com', remoteIp: `::ffff:${ROSTELECOM_IP}`, providerId: undefined }),
      client('198.51.100.6'),
    );
    expect(status).toBe(201);
    expect(await aggregate('?host=mail.kontora-primer.com')).toEqual([expect.objectContaining({ asn: 12389 })]);
  });

  it.each([
    ['a host that does not exist', { remoteMta: 'mx.made-up-primer.ru' }, 'unknown_host', en.reportErrors.unknown_host],
    ['an address that is not the host’s', { remoteIp: ROSTELECOM_IP }, 'ip_mismatch', en.reportErrors.ip_mismatch],
    ['a server outside Russia and the announcement', { remoteMta: 'mx.faraway-example.com', remoteIp: UNLISTED_IP }, 'not_in_scope', en.reportErrors.not_in_scope],
  ])('answers 422 for %s, and records nothing', async (_, overrides, code, message) => {
    const { status, body } = await post(refusal(overrides), client('198.51.100.7'));
    expect(status).toBe(422);
    expect(body).toEqual({ error: { code, message } });
    expect(await storedRows()).toEqual([]);
  });

  it('answers 503 dns_unavailable, with Retry-After, when DNS does not answer', async () => {
    const { status, body, headers } = await post(refusal({ remoteMta: 'silent-primer.ru', remoteIp: undefined }), client('198.51.100.8'));
    expect(status).toBe(503);
    expect(body.error?.code).toBe('dns_unavailable');
    expect(headers.get('retry-after')).toBe('30');
  });

  it('answers 503 dns_unavailable, not ip_mismatch, when the query that would hold the bounce\'s address went unanswered', async () => {
    const v6 = await post(refusal({ remoteMta: 'half-primer.ru', remoteIp: '2001:db8::25', hour: hoursAgo(7) }), client('198.51.100.9'));
    expect([v6.status, v6.body.error?.code]).toEqual([503, 'dns_unavailable']);
    // The address the answered query gave is checked as usual.
    const v4 = await post(refusal({ remoteMta: 'half-primer.ru', remoteIp: VK_IP, hour: hoursAgo(7) }), client('198.51.100.9'));
    expect(v4.status).toBe(201);
  });

  it.each([
    ['a field a report never holds', { ...refusal(), recipient: 'olga@bk.ru' }, 'invalid_report', 'recipient'],
    ['an unknown service', refusal({ service: { id: 'gmail', domain: 'gmail.com' } }), 'unknown_service', 'service'],
    ['a service with another service’s domain', refusal({ service: { id: 'mailfence', domain: 'proton.me' } }), 'unknown_service', 'service'],
    ['a host that is no host name', refusal({ remoteMta: 'mxs mail ru' }), 'bad_host', 'remoteMta'],
    ['an address that is no IP', refusal({ remoteIp: '217.69.139' }), 'bad_ip', 'remoteIp'],
    ['an SMTP code that is no refusal', refusal({ smtpCode: 250 }), 'bad_smtp_code', 'smtpCode'],
    ['an enhanced code that is no refusal', refusal({ enhancedCode: '2.0.0' }), 'bad_enhanced_code', 'enhancedCode'],
    ['no code at all', refusal({ smtpCode: undefined, enhancedCode: undefined }), 'no_code', 'body'],
    ['an hour with minutes', refusal({ hour: '2026-11-30T14:05:00Z' }), 'bad_hour', 'hour'],
    ['an hour in the future', refusal({ hour: hoursAgo(-5) }), 'bad_hour', 'hour'],
    ['an hour more than a year ago', refusal({ hour: hoursAgo(367 * 24) }), 'bad_hour', 'hour'],
    ['a provider that is no consumer service', refusal({ providerId: 'mailru-business' }), 'unknown_provider', 'providerId'],
    ['a diagnostic over 1,000 characters', refusal({ diagnostic: 'x'.repeat(1001) }), 'diagnostic_too_long', 'diagnostic'],
    ['an array', [refusal()], 'invalid_report', 'body'],
  ])('answers 400 for %s, naming the field', async (_, report, code, field) => {
    const { status, body } = await post(report, client('198.51.100.9'));
    expect(status).toBe(400);
    expect(body.error?.code).toBe(code);
    expect(body.error?.message.startsWith(`${field}: `)).toBe(true);
    expect(await storedRows()).toEqual([]);
  });

  it('answers in the language of Accept-Language', async () => {
    const { body, headers } = await post(refusal({ remoteMta: 'mx.made-up-primer.ru' }), { ...client('198.51.100.10'), 'Accept-Language': 'fr-FR' });
    expect(body.error).toEqual({ code: 'unknown_host', message: fr.reportErrors.unknown_host });
    expect(headers.get('content-language')).toBe('fr');
  });

  it('answers 400 invalid_json to a body that is not JSON', async () => {
    const { status, body } = await post('{"service":', client('198.51.100.11'));
    expect(status).toBe(400);
    expect(body.error?.code).toBe('invalid_json');
  });
});

describe(`GET /api/reports (${store.engine})`, () => {
  beforeEach(async () => {
    await post(refusal(), client('198.51.100.20'));
    await post(refusal({ hour: hoursAgo(30) }), client('198.51.100.20'));
    await post(refusal({ service: { id: 'proton', domain: 'proton.me' } }), client('198.51.100.20'));
    await post(refusal({ remoteMta: 'emx.mail.ru', providerId: undefined, smtpCode: 421, enhancedCode: undefined }), client('198.51.100.20'));
  });

  it('answers the aggregate as JSON with its licence', async () => {
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('link')).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
    const body = (await response.json()) as { license: { id: string; url: string }; reports: unknown[] };
    expect(body.license).toMatchObject({ id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(body.reports).toContainEqual({
      host: 'mxs.mail.ru',
      service: 'mailfence',
      count: 2,
      days: expect.any(Number),
      firstSeen: hoursAgo(30),
      lastSeen: hoursAgo(3),
      codes: ['550 5.7.1'],
      asn: 47764,
      operator: 'LLC VK',
    });
    expect(body.reports).toHaveLength(3);
  });

  it.each([
    ['?format=csv', {}],
    ['', { Accept: 'text/csv' }],
    ['', { Accept: 'application/json;q=0.5, text/csv' }],
  ])('answers CSV for %s %j', async (query, headers) => {
    const response = await get(query, headers);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const lines = (await response.text()).split('\r\n');
    expect(lines[0]).toBe('host,service,count,days,first_seen,last_seen,codes,asn,operator');
    expect(lines).toContain(`emx.mail.ru,mailfence,1,1,${hoursAgo(3)},${hoursAgo(3)},421,47764,LLC VK`);
    expect(lines.at(-1)).toBe('');
  });

  it('answers JSON to a browser’s Accept header', async () => {
    const response = await get('', { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
    expect(response.headers.get('content-type')).toBe('application/json');
  });

  it('filters by host, service and since', async () => {
    expect((await aggregate('?host=EMX.mail.ru.')).map((row) => row.host)).toEqual(['emx.mail.ru']);
    expect((await aggregate('?service=proton')).map((row) => row.service)).toEqual(['proton']);
    expect(await aggregate(`?since=${hoursAgo(-48).slice(0, 10)}`)).toEqual([]);
    expect((await aggregate(`?since=${hoursAgo(10)}&host=mxs.mail.ru&service=mailfence`))[0]?.count).toBe(1);
  });

  it.each(['?host=mxs%20mail', '?since=yesterday', '?since=0000-01-01', '?since=2026-02-31', '?format=xml', '?service=Mail%20fence'])('answers 400 bad_filter to %s', async (query) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('bad_filter');
  });

  it('is cacheable: an ETag, and 304 for a matching If-None-Match until the record changes', async () => {
    const first = await get();
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    expect(first.headers.get('vary')).toBe('Accept');
    const unchanged = await get('', { 'If-None-Match': tag ?? '' });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');

    await post(refusal({ hour: hoursAgo(50) }), client('198.51.100.21'));
    const changed = await get('', { 'If-None-Match': tag ?? '' });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(tag);
  });
});
