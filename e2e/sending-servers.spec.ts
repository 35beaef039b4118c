import { expect, test } from '@playwright/test';


/** The passing ranges of the SPF chain e2e/support/zone.mjs defines for mailfence.com, each once, in record order. */
const mailfenceSendingRanges = ['192.0.2.0/26', '198.51.100.32/27', '2001:db8:100::/48', '203.0.113.7'];

test.describe('GET /api/sending-servers', () => {
  test("answers Mailfence's sending ranges from the SPF chain of the tests' DNS, cacheable", async ({ request }) => {
    const response = await request.get('/api/sending-servers?service=mailfence');
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('public, max-age=600');
    expect(await response.json()).toEqual({ service: 'mailfence', domain: 'mailfence.com', ranges: mailfenceSendingRanges, status: 'ok' });
  });

  test('answers a service whose domain publishes no record with no ranges', async ({ request }) => {
    // posteo.de is NXDOMAIN in the tests' DNS: no SPF record, so nothing to list.
    expect(await (await request.get('/api/sending-servers?service=posteo')).json()).toEqual({ service: 'posteo', domain: 'posteo.de', ranges: [], status: 'none' });
  });

  test("refuses an unknown service with a coded 400 in the caller's language", async ({ request }) => {
    const response = await request.get('/api/sending-servers?service=gmail', { headers: { 'Accept-Language': 'de' } });
    expect(response.status()).toBe(400);
    expect(response.headers()['content-language']).toBe('de');
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('unknown_service');
    expect(body.error.message).toContain('mailfence');
  });
});
