import { recheckDate, researchDate } from './data-date';
import type { Contact, Provider } from './schema';
import { sources } from './sources';

/*
 * Mail providers: who runs a mailbox, found by its consumer domain or by its MX host.
 * Values and confidence come from research compiled on 2026-11-27 from stored public copies, no
 * live lookup; each contact's evidence was re-read on 2026-11-30 and carries the date of that
 * evidence. A contact without a source a person can open does not go in. How to add or correct a
 * record: docs/data.md.
 */

type Evidence = Pick<Contact, 'source' | 'evidenceDate' | 'confidence'> & { note?: string; inferred?: boolean };

const mailbox = (value: string, role: Contact['role'], evidence: Evidence): Contact => ({
  kind: 'email',
  value,
  role,
  reviewed: recheckDate,
  ...evidence,
});

const page = (value: string, role: Contact['role'], evidence: Evidence): Contact => ({
  kind: 'form',
  value,
  role,
  reviewed: recheckDate,
  ...evidence,
});

// Named in mxs.mail.ru's own 550/421 rejections ("… report details to abuse@corp.mail.ru"),
// next to the notspam-support link; shared by every service on Mail.ru's mail infrastructure.
const mailRuAbuse = (inferredNote?: string): Contact => {
  const stated: Evidence = {
    source: sources.mailRuRejectionLog,
    // The log line has no date of its own; the plugin quoting it was written on this day.
    evidenceDate: '2018-03-12',
    confidence: 'high',
    note: 'Named in mxs.mail.ru\'s own SMTP rejections: "550 spam message rejected … report details to abuse@corp.mail.ru" (a log line quoted in a plugin written 2018-03-12).',
  };
  const evidence: Evidence =
    inferredNote === undefined ? stated : { ...stated, confidence: 'medium', inferred: true, note: inferredNote };
  return mailbox('abuse@corp.mail.ru', 'abuse', evidence);
};

const yandexMailboxes = (inferredNote?: string): Contact[] => {
  const evidence: Evidence = {
    source: sources.ripeYandexRole,
    // last-modified of role YNDX1-RIPE, read in a copy of RIPE's REST answer made in 2024.
    evidenceDate: '2021-08-23',
    confidence: inferredNote === undefined ? 'high' : 'medium',
    ...(inferredNote === undefined ? {} : { inferred: true }),
  };
  return [
    mailbox('postmaster@yandex.ru', 'postmaster', {
      ...evidence,
      note: inferredNote ?? 'Yandex\'s RIPE role object YNDX1-RIPE: "Mail issues: postmaster@yandex.ru" (last-modified 2021-08-23).',
    }),
    mailbox('abuse@yandex.ru', 'abuse', {
      ...evidence,
      note: inferredNote ?? 'Yandex\'s RIPE role object YNDX1-RIPE: "SPAM issues: abuse@yandex.ru", its abuse-mailbox (last-modified 2021-08-23).',
    }),
  ];
};

export const providers: Provider[] = [
  {
    id: 'mailru',
    name: 'Mail.ru',
    country: 'RU',
    // corp.mail.ru, Mail.ru's own domain, is in Thunderbird's ISPDB (sources.ispdbMailRu) since 2012.
    domains: ['mail.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'internet.ru', 'corp.mail.ru'],
    mxPatterns: ['mxs.mail.ru'],
    asns: [47764],
    contacts: [
      mailRuAbuse(),
      page('https://help.mail.ru/notspam-support/', 'form', {
        source: sources.mailRuRejectionLog,
        evidenceDate: '2018-03-12',
        confidence: 'high',
        note: "The form linked from Mail.ru's own rejection texts.",
      }),
      page('https://postmaster.mail.ru/', 'postmaster', {
        source: sources.postmasterSitesList,
        evidenceDate: '2018-04-16',
        confidence: 'medium',
        note: 'Listed as Mail.Ru\'s postmaster site in a deliverability list (the line dates from 2018-04-16 and still stands in 2025).',
      }),
      page('https://help.mail.ru/mail-help', 'support', {
        // A Mail.ru DMARC aggregate report for 2024-07-18: <extra_contact_info>.
        source: 'https://github.com/cry-inc/dmarc-report-viewer/blob/516fdf8f880dc239ac4f4c7337713ca88e578b8a/testdata/dmarc-reports/mailru.xml',
        evidenceDate: '2024-07-18',
        confidence: 'medium',
        note: "The contact page Mail.ru's own DMARC reports give (extra_contact_info, report of 2024-07-18).",
      }),
    ],
    source: sources.providerDbMailRu,
    evidenceDate: '2021-07-04',
    reviewed: recheckDate,
    confidence: 'high',
    note: 'The MX of bk.ru, inbox.ru, list.ru and internet.ru is assumed to be mxs.mail.ru, like mail.ru (third-party maps only). corp.mail.ru: Thunderbird\'s ISPDB.',
  },
  {
    id: 'mailru-business',
    name: 'VK WorkSpace',
    country: 'RU',
    domains: [],
    mxPatterns: ['emx.mail.ru'],
    asns: [47764],
    contacts: [mailRuAbuse('Inferred: emx.mail.ru runs on the same infrastructure as mxs.mail.ru.')],
    source: 'https://workspace.vk.ru/docs/saas/get-started/setup/mx-record',
    reviewed: researchDate,
    confidence: 'high',
    note: "Hosts the customer's own domain: the domain owner chooses its settings.",
  },
  {
    id: 'vk-mail',
    name: 'VK Mail',
    nameRu: 'VK Почта',
    country: 'RU',
    domains: ['vk.com'],
    mxPatterns: [],
    asns: [47764],
    contacts: [
      mailRuAbuse('Inferred: VK Mail is served by Mail.ru (imap.mail.ru, smtp.mail.ru).'),
      page('https://help.vk.mail.ru/vkmail/', 'support', {
        source: sources.providerDbVk,
        evidenceDate: '2024-07-26',
        confidence: 'medium',
        note: 'provider-db cites its FAQ, help.vk.mail.ru/vkmail/questions/client (checked 2024-07).',
      }),
    ],
    source: sources.providerDbVk,
    evidenceDate: '2024-07-26',
    reviewed: recheckDate,
    confidence: 'medium',
    note: 'MX not seen in the stored material; served by Mail.ru.',
  },
  {
    id: 'yandex',
    name: 'Yandex Mail',
    nameRu: 'Яндекс Почта',
    country: 'RU',
    domains: ['yandex.ru', 'ya.ru', 'yandex.com', 'yandex.by', 'yandex.kz', 'yandex.ua', 'narod.ru', 'yandex.net'],
    mxPatterns: ['mx.yandex.ru'],
    asns: [13238],
    contacts: [
      ...yandexMailboxes(),
      page('https://ya.cc/1IrBc', 'form', {
        // An inbound refusal of a ProtonMail sender, the case this app is about (not an outgoing one).
        source: 'https://github.com/rustdesk/rustdesk/issues/3716',
        evidenceDate: '2023-03-19',
        confidence: 'high',
        note: 'The link in Yandex\'s own refusal of a ProtonMail sender: "host mx.yandex.net[77.88.21.249] said: 554 5.7.1 Message rejected under suspicion of SPAM; https://ya.cc/1IrBc".',
      }),
      page('https://postoffice.yandex.com/', 'postmaster', {
        source: sources.postmasterSitesList,
        evidenceDate: '2018-04-16',
        confidence: 'medium',
        note: 'Listed as Yandex Postmaster in a deliverability list (the line dates from 2018-04-16 and still stands in 2025).',
      }),
      page('https://yandex.ru/support/mail/', 'support', {
        source: sources.providerDbYandex,
        evidenceDate: '2024-03-17',
        confidence: 'medium',
        note: 'provider-db links its page yandex.ru/support/mail/mail-clients/others.html (since 2024-03-17); this is that help centre.',
      }),
    ],
    source: sources.ispdbYandex,
    evidenceDate: '2022-11-19',
    reviewed: recheckDate,
    confidence: 'high',
  },
  {
    id: 'yandex-360',
    name: 'Yandex 360',
    nameRu: 'Яндекс 360',
    country: 'RU',
    domains: [],
    mxPatterns: ['mx.yandex.net'],
    asns: [13238],
    contacts: yandexMailboxes(
      "Yandex's network-wide mailboxes (RIPE role YNDX1-RIPE); no separate Yandex 360 address was found.",
    ),
    source: 'https://yandex.ru/support/yandex-360/business/admin/ru/domains/dns/mx',
    reviewed: researchDate,
    confidence: 'high',
    note: "Hosts the customer's own domain: the domain owner chooses its settings.",
  },
  {
    id: 'rambler',
    name: 'Rambler',
    nameRu: 'Рамблер',
    country: 'RU',
    domains: ['rambler.ru', 'lenta.ru', 'ro.ru', 'autorambler.ru', 'myrambler.ru', 'r0.ru', 'rambler.ua'],
    // rambler.ru's MX in 2012 (guileen/node-sendmail#4); `npm run data:check` says whether they still stand.
    mxPatterns: ['imx1.rambler.ru', 'imx2.rambler.ru'],
    asns: [],
    contacts: [
      page('https://help.rambler.ru/mail/', 'support', {
        source: sources.providerDbRambler,
        evidenceDate: '2024-03-18',
        confidence: 'medium',
      }),
      mailbox('abuse@rambler-co.ru', 'abuse', {
        source: 'https://github.com/guileen/node-sendmail/issues/4',
        evidenceDate: '2012-05-19',
        confidence: 'low',
        note: 'Rambler\'s own SMTP banner in 2012 ("220-Email contact: abuse@rambler-co.ru", mx13.rambler.ru): one old copy. rambler-co.ru is Rambler\'s corporate domain.',
      }),
    ],
    source: sources.providerDbRambler,
    evidenceDate: '2024-03-18',
    reviewed: recheckDate,
    confidence: 'high',
    note: 'MX hosts imx1 and imx2.rambler.ru, and the abuse mailbox, come from one copy of 2012.',
  },
  {
    id: 'nicru',
    name: 'RU-CENTER',
    country: 'RU',
    domains: [],
    mxPatterns: ['mx0*.nicmail.ru'],
    asns: [],
    contacts: [
      mailbox('tld-abuse@nic.ru', 'registrar-abuse', {
        source: sources.ruCenterWhois,
        evidenceDate: '2019-11-22',
        confidence: 'high',
        note: 'RU-CENTER\'s registrar abuse desk ("Registrar Abuse Contact Email" in a registry whois answer; phish.directory lists it too). It acts on domain names, not on mail delivery; its mail-support address is unverified.',
      }),
      page('https://www.nic.ru/', 'general', {
        source: sources.ruCenterWhois,
        evidenceDate: '2019-11-22',
        confidence: 'medium',
        note: 'The registrar\'s site ("Registrar URL: www.nic.ru").',
      }),
    ],
    source: 'https://www.nic.ru/',
    reviewed: researchDate,
    confidence: 'high',
    note: 'Zones list mx01, mx02 and mx03.nicmail.ru; the domain owner chooses its settings.',
  },
  {
    id: 'regru',
    name: 'REG.RU',
    country: 'RU',
    domains: [],
    mxPatterns: ['mx1.hosting.reg.ru', 'mx2.hosting.reg.ru'],
    asns: [],
    contacts: [
      mailbox('abuse@reg.ru', 'registrar-abuse', {
        // A registry whois answer of 2019-01-14, quoted in a security blog post.
        source: 'https://github.com/netscylla/blog/blob/a5cf7c0faad3d7d0c1712b544c4a443ecaf99f20/_posts/2019-01-19-TA505-Servhelper-Part-2.md',
        evidenceDate: '2019-01-14',
        confidence: 'high',
        note: 'REG.RU\'s registrar abuse desk ("Registrar Abuse Contact Email: abuse@reg.ru"; phish.directory lists it too). It acts on domain names, not on mail delivery.',
      }),
    ],
    source:
      'https://help.reg.ru/support/hosting/nastroyka-pochty-regru/nastroyka-pochty-i-pochtovykh-kliyentovv/nastroyka-pochty-na-hostingee',
    reviewed: researchDate,
    confidence: 'high',
  },
  {
    id: 'beget',
    name: 'Beget',
    country: 'RU',
    domains: [],
    mxPatterns: ['mx*.beget.com'],
    asns: [],
    contacts: [],
    source: 'https://beget.com/ru/kb/manual/dns',
    reviewed: researchDate,
    confidence: 'high',
    note: 'No contact address was found in the stored material.',
  },
  {
    id: 'timeweb',
    name: 'Timeweb',
    country: 'RU',
    domains: [],
    mxPatterns: ['mx*.timeweb.ru'],
    asns: [],
    contacts: [],
    source: 'https://timeweb.com/ru/docs/chasto-zadavaemye-voprosy/pochta-faq/',
    reviewed: researchDate,
    confidence: 'high',
    note: 'No contact address was found in the stored material.',
  },
  {
    id: 'spaceweb',
    name: 'SpaceWeb',
    country: 'RU',
    domains: [],
    mxPatterns: ['mx*.spaceweb.ru'],
    asns: [],
    contacts: [],
    source: 'https://help.sweb.ru/sozdanie-i-nastrojka-pochty_1298.html',
    reviewed: researchDate,
    confidence: 'medium',
    note: 'MX hosts seen in one catalog only; no contact address was found.',
  },
  {
    id: '1gb',
    name: '1gb.ru',
    country: 'RU',
    domains: [],
    mxPatterns: ['mail-s*.1gb.ru'],
    asns: [],
    contacts: [],
    source: sources.mailfenceAnnouncement,
    reviewed: researchDate,
    confidence: 'low',
    note: 'Only mail-s30.1gb.ru is known (from the Mailfence list); the mail-sNN pattern is inferred. No contact address was found.',
  },
  {
    // Listed so that Ukrainian mailboxes are never routed to Russian ISPs.
    id: 'ukrnet',
    name: 'ukr.net',
    country: 'UA',
    domains: ['ukr.net'],
    mxPatterns: ['mxs.ukr.net'],
    asns: [],
    contacts: [
      page('https://www.ukr.net/', 'general', {
        source: sources.providerDbUkrNet,
        evidenceDate: '2024-08-30',
        confidence: 'medium',
      }),
    ],
    source: sources.providerDbUkrNet,
    evidenceDate: '2024-08-30',
    reviewed: recheckDate,
    confidence: 'medium',
  },
];
