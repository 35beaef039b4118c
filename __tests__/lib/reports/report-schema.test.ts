import { blockedServices } from '@/lib/data/blocked-services';
import { providers } from '@/lib/data/providers';
import { consumerProviderIds, refusalReportSchema } from '@/lib/reports/report-schema';
import { isReportHour, reportHour } from '@/lib/reports/report-hour';
import { isReportErrorCode, reportErrorCodes } from '@/lib/reports/types';
import en from '@/messages/ui/en.json';

const hour = reportHour(new Date(Date.now() - 2 * 3600_000));
const valid = { service: { id: 'proton', domain: 'pm.me' }, remoteMta: 'mx.yandex.net', smtpCode: 554, hour };

describe('refusalReportSchema', () => {
  it('takes a minimal report and normalises its host', () => {
    expect(refusalReportSchema.parse({ ...valid, remoteMta: ' MX.Yandex.NET. ' })).toEqual({ ...valid, remoteMta: 'mx.yandex.net' });
  });

  it('scrubs the diagnostic, whoever sent it', () => {
    expect(refusalReportSchema.parse({ ...valid, diagnostic: '554 5.7.1 <anna@yandex.ru> rejected' }).diagnostic).toBe('554 5.7.1 <[address]> rejected');
  });

  it.each(['recipient', 'finalRecipient', 'senderName', 'senderAddress', 'letter', 'userAgent', 'ip', 'messageId'])(
    'refuses a report that holds %s',
    (field) => {
      const result = refusalReportSchema.safeParse({ ...valid, [field]: 'anything' });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: [field] });
    },
  );

  it('takes each known service with each of its domains, and no other pair', () => {
    for (const service of blockedServices) {
      for (const domain of service.domains) expect(refusalReportSchema.safeParse({ ...valid, service: { id: service.id, domain } }).success).toBe(true);
    }
    expect(refusalReportSchema.safeParse({ ...valid, service: { id: 'proton', domain: 'mailfence.com' } }).error?.issues[0]?.message).toBe('unknown_service');
  });

  it('takes as provider only a consumer service, one with its own domains', () => {
    expect(consumerProviderIds).toEqual(providers.filter((provider) => provider.domains.length > 0).map((provider) => provider.id));
    expect(consumerProviderIds).toEqual(expect.arrayContaining(['mailru', 'yandex']));
    expect(consumerProviderIds).not.toContain('yandex-360');
  });

  it('writes only codes of its own as issue messages, and each has an English text', () => {
    const broken = [
      { ...valid, service: 'mailfence' },
      { ...valid, remoteMta: 'localhost' },
      { ...valid, remoteIp: 'x' },
      { ...valid, smtpCode: 550.5 },
      { ...valid, enhancedCode: '5.7' },
      { ...valid, hour: 'now' },
      { ...valid, providerId: 'gmail' },
      { ...valid, diagnostic: 42 },
      null,
    ];
    for (const report of broken) {
      const message = refusalReportSchema.safeParse(report).error?.issues[0]?.message ?? '';
      expect({ report, known: isReportErrorCode(message) }).toEqual({ report, known: true });
    }
    expect(Object.keys(en.reportErrors).sort()).toEqual([...reportErrorCodes].sort());
  });
});

describe('report hours', () => {
  it('truncate a moment to its whole UTC hour', () => {
    expect(reportHour(new Date('2026-11-30T14:59:59.999+03:00'))).toBe('2026-11-30T11:00:00Z');
  });

  it('are taken when whole, recent, and not ahead of the clock by more than an hour', () => {
    const now = Date.parse('2026-11-30T15:42:00Z');
    expect(isReportHour('2026-11-30T16:00:00Z', now)).toBe(true);
    expect(isReportHour('2026-11-30T17:00:00Z', now)).toBe(false);
    expect(isReportHour('2025-11-30T15:00:00Z', now)).toBe(true);
    expect(isReportHour('2025-11-28T15:00:00Z', now)).toBe(false);
    expect(isReportHour('2026-11-30T15:00:00.000Z', now)).toBe(false);
    expect(isReportHour('2026-02-30T15:00:00Z', now)).toBe(false);
  });
});
