import { clientKey, sharedClientKey } from '@/lib/rate-limit/client-key';

function request(headers: Record<string, string>): Request {
  return new Request('http://localhost/api/resolve?domain=mail.ru', { headers });
}

describe('clientKey', () => {
  it('ignores proxy headers unless the proxy is trusted, since any client can send them', () => {
    const spoofed = request({ 'x-forwarded-for': '203.0.113.7', 'x-real-ip': '203.0.113.8' });
    expect(clientKey(spoofed, { trustProxy: false })).toBe(sharedClientKey);
  });

  it('takes the last X-Forwarded-For hop, the one our proxy appended, when the proxy is trusted', () => {
    const forwarded = request({ 'x-forwarded-for': '198.51.100.1, 203.0.113.7' });
    expect(clientKey(forwarded, { trustProxy: true })).toBe('203.0.113.7');
  });

  it('falls back on X-Real-IP when there is no X-Forwarded-For', () => {
    expect(clientKey(request({ 'x-real-ip': '203.0.113.8' }), { trustProxy: true })).toBe('203.0.113.8');
  });

  it('shares the one bucket when a trusted header is missing or is not an address', () => {
    expect(clientKey(request({}), { trustProxy: true })).toBe(sharedClientKey);
    expect(clientKey(request({ 'x-forwarded-for': 'unknown' }), { trustProxy: true })).toBe(sharedClientKey);
  });

  it.each([
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::99', '2001:db8:1:2::/64'],
    ['2001:0DB8::1', '2001:db8:0:0::/64'],
    ['::ffff:192.0.2.5', '192.0.2.5'],
  ])('counts IPv6 %s by its /64 (%s), since one client holds the whole prefix', (ip, key) => {
    expect(clientKey(request({ 'x-forwarded-for': ip }), { trustProxy: true })).toBe(key);
  });
});
