import { parseAddress } from '@/lib/address/parse-address';
import type { BounceFacts } from '@/lib/bounce/types';
import { senderService } from '@/lib/letters/letter-facts';
import { buildRefusalReport, type RefusalReportSource } from '@/lib/reports/build-refusal-report';
import { refusalReportSchema } from '@/lib/reports/report-schema';
import { resolveRecipient } from '@/lib/resolve/resolve-recipient';

const now = new Date('2026-11-30T15:42:10Z');

function resolutionOf(address: string, mx: Parameters<typeof resolveRecipient>[1] = null) {
  const parsed = parseAddress(address);
  if (!parsed.ok) throw new Error(`test address ${address} is refused: ${parsed.code}`);
  return resolveRecipient(parsed.value, mx);
}

const mailRuBounce: BounceFacts = {
  reportingMta: 'mail.mailfence.com',
  remoteMta: 'mxs.mail.ru',
  remoteIp: '217.69.139.150',
  smtpCode: 550,
  enhancedCode: '5.7.1',
  diagnostic: 'spam message rejected for <olga.petrova@bk.ru>, sent by Ivan Sidorov <ivan@mailfence.com>. ID: 0000000B0001C50E1E1D33EB.',
  arrivalDate: '2026-11-30T13:05:44+02:00',
  finalRecipient: 'olga.petrova@bk.ru',
  messageId: '<abc.123@mailfence.com>',
};

function source(overrides: Partial<RefusalReportSource> = {}): RefusalReportSource {
  return {
    bounce: mailRuBounce,
    resolution: resolutionOf('olga.petrova@bk.ru'),
    service: senderService('mailfence'),
    sender: { name: 'Ivan Sidorov', address: 'ivan@mailfence.com' },
    now,
    ...overrides,
  };
}

describe('buildRefusalReport', () => {
  it('turns a Mail.ru bounce into a report of the service, the server, its codes, the hour and Mail.ru', () => {
    expect(buildRefusalReport(source())).toEqual({
      service: { id: 'mailfence', domain: 'mailfence.com' },
      remoteMta: 'mxs.mail.ru',
      remoteIp: '217.69.139.150',
      smtpCode: 550,
      enhancedCode: '5.7.1',
      diagnostic: 'spam message rejected for <[address]>, sent by [removed] <[address]>. ID: [ref].',
      hour: '2026-11-30T11:00:00Z',
      providerId: 'mailru',
    });
  });

  it('makes a report the shared schema takes as it stands', () => {
    const report = buildRefusalReport({ ...source(), now: new Date(), bounce: { ...mailRuBounce, arrivalDate: undefined } });
    expect(refusalReportSchema.parse(report)).toEqual(report);
  });

  it('names no provider and no trace of the domain for a company’s own domain', () => {
    const bounce: BounceFacts = {
      remoteMta: 'emx.mail.ru',
      smtpCode: 550,
      diagnostic: 'Mailbox director at zavod-primer.ru (zavod-primer.ru) refused; zavod-primer.ru policy',
    };
    const resolution = resolutionOf('director@zavod-primer.ru', [{ host: 'emx.mail.ru', preference: 10, addresses: [] }]);
    expect(resolution.provider).toMatchObject({ id: 'mailru-business', via: 'mx' });
    const report = buildRefusalReport(source({ bounce, resolution }));
    expect(report).not.toHaveProperty('providerId');
    expect(JSON.stringify(report)).not.toMatch(/zavod|director/);
    expect(report?.remoteMta).toBe('emx.mail.ru');
  });

  it('keeps a consumer domain in the diagnostic: bk.ru is Mail.ru’s, not a person’s', () => {
    const report = buildRefusalReport(source({ bounce: { ...mailRuBounce, diagnostic: 'bk.ru: spam message rejected' } }));
    expect(report?.diagnostic).toBe('bk.ru: spam message rejected');
  });

  it('takes the hour from the bounce, else from the user’s date, else now, truncated to the hour in UTC', () => {
    const hourOf = (bounce: BounceFacts, failedAt?: string) => buildRefusalReport(source({ bounce, ...(failedAt ? { failedAt } : {}) }))?.hour;
    const undated: BounceFacts = { ...mailRuBounce, arrivalDate: undefined };
    expect(hourOf(mailRuBounce)).toBe('2026-11-30T11:00:00Z');
    expect(hourOf(undated, '2026-11-29T23:59:59-01:00')).toBe('2026-11-30T00:00:00Z');
    expect(hourOf(undated, 'last Tuesday')).toBe('2026-11-30T15:00:00Z');
    expect(hourOf(undated)).toBe('2026-11-30T15:00:00Z');
    expect(hourOf({ ...mailRuBounce, arrivalDate: '2027-01-01T00:00:00Z' })).toBe('2026-11-30T15:00:00Z');
  });

  it.each<[string, Partial<RefusalReportSource>]>([
    ['no refusing host', { bounce: { ...mailRuBounce, remoteMta: undefined } }],
    ['a host that is an IP address', { bounce: { ...mailRuBounce, remoteMta: '217.69.139.150' } }],
    ['a host with a bracket', { bounce: { ...mailRuBounce, remoteMta: 'mxs.mail.ru[217.69.139.150]' } }],
    ['no refusal code', { bounce: { ...mailRuBounce, smtpCode: 250, enhancedCode: '2.0.0' } }],
    ['a service the user typed', { service: senderService('My Own Mail') }],
    ['a refusal more than a year old', { bounce: { ...mailRuBounce, arrivalDate: '2025-10-01T00:00:00Z' } }],
  ])('makes no report with %s', (_, overrides) => {
    expect(buildRefusalReport(source(overrides))).toBeNull();
  });

  it('normalises the host and drops an address that is no IP', () => {
    const report = buildRefusalReport(source({ bounce: { ...mailRuBounce, remoteMta: 'MXS.Mail.RU.', remoteIp: '217.69.139' } }));
    expect(report?.remoteMta).toBe('mxs.mail.ru');
    expect(report).not.toHaveProperty('remoteIp');
  });

  it('keeps an IPv6 address', () => {
    expect(buildRefusalReport(source({ bounce: { ...mailRuBounce, remoteIp: '2a00:1148:1:1::25' } }))?.remoteIp).toBe('2a00:1148:1:1::25');
  });

  it('never carries the recipient, the sender, the message id or the bounce’s reference', () => {
    const bounce: BounceFacts = { ...mailRuBounce, reference: 'REF-2026-AB12', diagnostic: 'refused olga.petrova REF-2026-AB12 abc.123' };
    const text = JSON.stringify(buildRefusalReport(source({ bounce })));
    expect(text).not.toMatch(/olga|petrova|Ivan|Sidorov|REF-2026|abc\.123|mail\.mailfence\.com/i);
  });
});
