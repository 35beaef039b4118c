/**
 * The DNS the browser tests see. Mail.ru's consumer domains point at mxs.mail.ru, whose addresses
 * sit on VK's network (AS47764), as they do on the internet; any other name is NXDOMAIN, so a
 * domain the tests did not plan for is answered at once from the app's own data.
 * @type {import('./dns-server.mjs').Zone}
 */
export const e2eZone = {
  'mail.ru': { MX: [{ exchange: 'mxs.mail.ru', priority: 10 }] },
  'bk.ru': { MX: [{ exchange: 'mxs.mail.ru', priority: 10 }] },
  'mxs.mail.ru': { A: ['94.100.180.104', '217.69.139.150'] },
  // A company's own domain whose MX sits on Rostelecom's network (AS12389 in the embedded table),
  // and one on MTS's (AS8359): the letters then go to that ISP's network desk.
  'zavod-primer.ru': { MX: [{ exchange: 'mx.zavod-primer.ru', priority: 10 }] },
  'mx.zavod-primer.ru': { A: ['95.52.128.10'] },
  'kombinat-primer.ru': { MX: [{ exchange: 'mx.kombinat-primer.ru', priority: 10 }] },
  'mx.kombinat-primer.ru': { A: ['178.155.0.10'] },
};
