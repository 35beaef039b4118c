import { clearReportDedupe, recordOnce, type RecordAttempt } from '@/lib/reports/server/report-dedupe';
import type { RefusalReport } from '@/lib/reports/report-schema';

const report: RefusalReport = {
  service: { id: 'mailfence', domain: 'mailfence.com' },
  remoteMta: 'mxs.mail.ru',
  smtpCode: 550,
  hour: '2026-11-30T10:00:00Z',
};

afterEach(() => clearReportDedupe());

describe('recordOnce', () => {
  it('records once for one client, host, service and hour, however many ask at once', async () => {
    let calls = 0;
    const record = async (): Promise<RecordAttempt<string>> => ({ id: `id-${(calls += 1)}` });
    const outcomes = await Promise.all([1, 2, 3].map(() => recordOnce('client', report, record)));
    expect(calls).toBe(1);
    expect(outcomes).toEqual([
      { id: 'id-1', created: true },
      { id: 'id-1', created: false },
      { id: 'id-1', created: false },
    ]);
  });

  it('after a refused first attempt, tries once more for all who waited, not once for each', async () => {
    let calls = 0;
    const record = async (): Promise<RecordAttempt<string>> => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return calls === 1 ? { refused: 'dns_unavailable' } : { id: `id-${calls}` };
    };
    const outcomes = await Promise.all([1, 2, 3].map(() => recordOnce('client', report, record)));
    expect(calls).toBe(2);
    expect(outcomes.filter((outcome) => 'id' in outcome && outcome.created)).toHaveLength(1);
    expect(outcomes).toContainEqual({ refused: 'dns_unavailable' });
    expect(outcomes).toContainEqual({ id: 'id-2', created: false });
  });

  it('records again for another client or another hour', async () => {
    let calls = 0;
    const record = async (): Promise<RecordAttempt<string>> => ({ id: `id-${(calls += 1)}` });
    await recordOnce('a', report, record);
    await recordOnce('b', report, record);
    await recordOnce('a', { ...report, hour: '2026-11-30T11:00:00Z' }, record);
    expect(calls).toBe(3);
  });
});
