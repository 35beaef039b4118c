/**
 * The DNS the browser tests see. Mail.ru's consumer domains point at mxs.mail.ru, whose addresses
 * sit on VK's network (AS47764), as they do on the internet; any other name is NXDOMAIN, so a
 * domain the tests did not plan for is answered at once from the app's own data.
 *
 * mailfence.com publishes an SPF record that includes two more: a chain defined here, not
 * Mailfence's real record, in documentation ranges (RFC 5737, RFC 3849) so that nothing on a page
 * or in a letter under test can be taken for a real server. The app lists its passing ranges,
 * once each: 192.0.2.0/26, 198.51.100.32/27, 2001:db8:100::/48, 203.0.113.7. The second record is
 * longer than a TXT string holds (255 bytes) and is published in two strings, as such records are.
 * @type {import('./dns-server.mjs').Zone}
 */
export const e2eZone = {
  'mail.ru': { MX: [{ exchange: 'mxs.mail.ru', priority: 10 }] },
  'bk.ru': { MX: [{ exchange: 'mxs.mail.ru', priority: 10 }] },
  // 94.100.180.31 is the address the bounce fixtures name (a report is checked against these).
  'mxs.mail.ru': { A: ['94.100.180.104', '217.69.139.150', '94.100.180.31'] },
  // A company's own domain whose MX sits on Rostelecom's network (AS12389 in the embedded table),
  // and one on MTS's (AS8359): the letters then go to that ISP's network desk.
  'zavod-primer.ru': { MX: [{ exchange: 'mx.zavod-primer.ru', priority: 10 }] },
  'mx.zavod-primer.ru': { A: ['95.52.128.10'] },
  'kombinat-primer.ru': { MX: [{ exchange: 'mx.kombinat-primer.ru', priority: 10 }] },
  'mx.kombinat-primer.ru': { A: ['178.155.0.10'] },
  'mailfence.com': { TXT: ['v=spf1 include:_spf.mailfence.com include:_spf2.mailfence.com -all', 'google-site-verification=e2e-only'] },
  '_spf.mailfence.com': { TXT: ['v=spf1 ip4:192.0.2.0/26 ip4:198.51.100.32/27 ~all'] },
  '_spf2.mailfence.com': {
    TXT: [
      [
        'v=spf1 ip6:2001:db8:100::/48 ip4:203.0.113.7 ip4:192.0.2.0/26 ' + 'exists:%{i}._spf.mailfence.com '.repeat(5),
        'ip4:198.51.100.32/27 exists:%{i}.x._spf.mailfence.com -all',
      ],
    ],
  },
};
