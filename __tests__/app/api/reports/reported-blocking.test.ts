import * as resolveRoute from '@/app/api/resolve/route';
import { insertReport } from '@/lib/reports/server/insert-report';
import { refreshReportedBlocking, reportedBlocking } from '@/lib/reports/server/reported-blocking';
import { withReportDb } from '@/lib/reports/server/report-store';

import { withTestDns } from '../../../support/with-test-dns';
import { withTestReportStore } from '../../../support/report-store';
import { hoursAgo, refusal, reportZone } from './support';

withTestDns({ ...reportZone, 'bk.ru': { mx: [{ preference: 10, exchange: 'mxs.mail.ru' }] } });
const store = withTestReportStore();
const vk = { asn: 47764, operator: 'LLC VK' };

beforeEach(() => store.clear());

const add = (hoursBack: number, overrides = {}) => withReportDb((db) => insertReport(db, refusal({ hour: hoursAgo(hoursBack), ...overrides }), vk));

async function mxAnswer(domain: string) {
  const response = await resolveRoute.GET(new Request(`http://localhost/api/resolve?domain=${domain}&only=mx`));
  return (await response.json()) as { mx: Array<{ host: string }>; reportedBlocking: unknown[] };
}

describe(`reportedBlocking (${store.engine})`, () => {
  it('names a service once it was reported on two different days in the last 90 days', async () => {
    await add(2);
    await add(4);
    await refreshReportedBlocking();
    expect(await reportedBlocking(['mxs.mail.ru'])).toEqual([]);

    await add(24 * 40);
    await add(24 * 100); // older than the window: not counted
    await refreshReportedBlocking();
    expect(await reportedBlocking(['mxs.mail.ru', 'emx.mail.ru'])).toEqual([
      { host: 'mxs.mail.ru', service: 'mailfence', count: 3, since: hoursAgo(24 * 40).slice(0, 10) },
    ]);
  });

  it('is part of the only=mx answer, for the recipient’s MX hosts alone', async () => {
    await add(2);
    await add(50);
    await add(3, { remoteMta: 'emx.mail.ru' });
    await add(60, { remoteMta: 'emx.mail.ru' });
    await refreshReportedBlocking();
    const answer = await mxAnswer('bk.ru');
    expect(answer.mx.map((mx) => mx.host)).toEqual(['mxs.mail.ru']);
    expect(answer.reportedBlocking).toEqual([{ host: 'mxs.mail.ru', service: 'mailfence', count: 2, since: hoursAgo(50).slice(0, 10) }]);
  });

  it('is empty when DNS gives no MX hosts', async () => {
    await add(2);
    await add(50);
    await refreshReportedBlocking();
    expect((await mxAnswer('gone-primer.ru')).reportedBlocking).toEqual([]);
  });
});
