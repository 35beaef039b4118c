/**
 * The record's database unreachable (DATABASE_URL at a closed port, as every test file starts):
 * the report API says so in its error shape, and the rest of the app answers as before.
 */
import * as resolveRoute from '@/app/api/resolve/route';
import en from '@/messages/ui/en.json';

import { withTestDns } from '../../../support/with-test-dns';
import { get, post, refusal, reportZone } from './support';

withTestDns({ ...reportZone, 'bk.ru': { mx: [{ preference: 10, exchange: 'mxs.mail.ru' }] } });

describe('with the database unreachable', () => {
  it('POST /api/reports answers 503 database_unavailable with Retry-After, after the DNS check', async () => {
    const { status, body, headers } = await post(refusal());
    expect(status).toBe(503);
    expect(body).toEqual({ error: { code: 'database_unavailable', message: en.reportErrors.database_unavailable } });
    expect(headers.get('retry-after')).toBe('30');
  });

  it('a report DNS refuses is still answered 422: the check comes first', async () => {
    const { status, body } = await post(refusal({ remoteMta: 'mx.made-up-primer.ru' }));
    expect(status).toBe(422);
    expect(body.error?.code).toBe('unknown_host');
  });

  it('GET /api/reports answers 503 database_unavailable', async () => {
    const response = await get();
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('database_unavailable');
  });

  it('the page’s MX answer still comes, with reportedBlocking empty', async () => {
    const response = await resolveRoute.GET(new Request('http://localhost/api/resolve?domain=bk.ru&only=mx'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ domain: 'bk.ru', mxStatus: 'ok', reportedBlocking: [] });
  });
});
