import { clearMxCache } from '@/lib/mx/mx-cache';
import { clearSpfCache } from '@/lib/mx/spf-cache';

import { startDnsServer, type DnsZone, type TestDnsServer } from './dns-server';

/**
 * Points the app at a real DNS server on 127.0.0.1 for one test file: started once, and before
 * each test the MX and SPF caches are emptied, `DNS_SERVERS` set to it and `MX_LOOKUP` cleared,
 * so every test asks this server afresh. The rate limit is off (read once, at the limiter's first use):
 * these files make more requests than a person would. The environment is restored after the file.
 *
 *     const dns = withTestDns({ 'bk.ru': { mx: [...] } });
 *     it('…', () => { expect(dns.server.queries).toHaveLength(1); });
 */
export function withTestDns(zone: DnsZone): { server: TestDnsServer } {
  const handle = {} as { server: TestDnsServer };
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    process.env.RESOLVE_RATE_LIMIT = '0';
    handle.server = await startDnsServer(zone);
  });

  afterAll(async () => {
    await handle.server.close();
    process.env = savedEnv;
  });

  beforeEach(() => {
    clearMxCache();
    clearSpfCache();
    process.env.DNS_SERVERS = handle.server.address;
    delete process.env.MX_LOOKUP;
  });

  return handle;
}
