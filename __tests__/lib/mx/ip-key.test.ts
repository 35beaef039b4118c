import { ipKey } from '@/lib/mx/ip-key';

describe('ipKey', () => {
  it.each([
    ['0.0.0.0', { family: 4, key: 0 }],
    ['217.69.139.150', { family: 4, key: 217 * 2 ** 24 + 69 * 2 ** 16 + 139 * 2 ** 8 + 150 }],
    ['255.255.255.255', { family: 4, key: 2 ** 32 - 1 }],
    ['::ffff:217.69.139.150', { family: 4, key: 217 * 2 ** 24 + 69 * 2 ** 16 + 139 * 2 ** 8 + 150 }],
    ['::ffff:d945:8b96', { family: 4, key: 217 * 2 ** 24 + 69 * 2 ** 16 + 139 * 2 ** 8 + 150 }],
    ['2a00:1148::25', { family: 6, key: '2a001148000000000000000000000025' }],
    ['2A00:1148:0:0:0:0:0:25', { family: 6, key: '2a001148000000000000000000000025' }],
    ['::', { family: 6, key: '0'.repeat(32) }],
    ['::1', { family: 6, key: `${'0'.repeat(31)}1` }],
    ['fe80::1', { family: 6, key: `fe80${'0'.repeat(27)}1` }],
    ['64:ff9b::192.0.2.1', { family: 6, key: '0064ff9b0000000000000000c0000201' }],
  ])('keys %s as %j', (ip, key) => {
    expect(ipKey(ip)).toEqual(key);
  });

  it.each(['', 'mx.mail.ru', '1.2.3', '256.0.0.1', '2a00:::1', '1.2.3.4:25'])('refuses %j', (text) => {
    expect(ipKey(text)).toBeNull();
  });
});
