/**
 * Source URLs cited by more than one record, named once so a correction touches one line.
 * Commit-pinned GitHub links show the exact text the fact was read from.
 */
export const sources = {
  /** The French copy carries the full host list (identical to the German one). */
  mailfenceAnnouncement: 'https://blog.mailfence.com/fr/serveurs-de-messagerie-mailfence-bloques-russie/',
  /** chatmail provider-db: `last_checked: 2021-07` (set 2021-07-03), internet.ru added 2021-07-04. */
  providerDbMailRu:
    'https://github.com/chatmail/provider-db/blob/1fb242c3278244fa9df2a54a5b6f36a7dca1b16e/_providers/mail.ru.md',
  /** `last_checked: 2024-07`, set 2024-07-26; links help.vk.mail.ru/vkmail/ since 2024-03-16. */
  providerDbVk: 'https://github.com/chatmail/provider-db/blob/a56fc126ccd298a343ca15b5b745804043ee4a69/_providers/vk.com.md',
  /** Domains with `last_checked: 2020-03` (set 2020-03-27); the Russian help link since 2024-03-17. */
  providerDbYandex:
    'https://github.com/chatmail/provider-db/blob/1fb242c3278244fa9df2a54a5b6f36a7dca1b16e/_providers/yandex.ru.md',
  /** Added 2024-03-18 with `last_checked: 2024-03`, from help.rambler.ru's own pages. */
  providerDbRambler:
    'https://github.com/chatmail/provider-db/blob/1cce91c1f1065b47e4f307d6fe2f4cca68c74d2e/_providers/rambler.ru.md',
  /** `last_checked: 2024-08`, set 2024-08-30. */
  providerDbUkrNet:
    'https://github.com/chatmail/provider-db/blob/1fb242c3278244fa9df2a54a5b6f36a7dca1b16e/_providers/ukr.net.md',
  /** Thunderbird's ISPDB; this version last changed 2022-11-19. */
  ispdbYandex: 'https://github.com/thunderbird/autoconfig/blob/9951bf24a6c105db149009e1bb7f27b513539005/ispdb/yandex.ru.xml',
  /** Thunderbird's ISPDB for Mail.ru: lists corp.mail.ru since 2012-07-03 (this version: 2026). */
  ispdbMailRu: 'https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/mail.ru.xml',
  /**
   * A public Postfix log line quoted in a monitoring plugin written 2018-03-12: mxs.mail.ru's 550
   * rejection names the notspam-support form and abuse@corp.mail.ru.
   */
  mailRuRejectionLog:
    'https://github.com/jonjensen/nagios-plugins-misc/blob/ce5ecdfedbfb3ced75d5a663c762933e7ff0db27/check_postfix_blocked.py',
  /** Yandex's RIPE role object: "SPAM issues: abuse@yandex.ru", "Mail issues: postmaster@yandex.ru". */
  ripeYandexRole: 'https://rest.db.ripe.net/ripe/role/YNDX1-RIPE',
  /** A deliverability list: "Mail.Ru Postmaster", "Yandex Postmaster" (lines last changed 2018-04-16). */
  postmasterSitesList:
    'https://github.com/szepeviktor/debian-server-tools/blob/f5a8adf14a909c661f19016ec6183b1c0a034cd4/mail/README.md',
  /** A registry whois answer of 2019-11-22 for a domain RU-CENTER registers: its site and abuse desk. */
  ruCenterWhois:
    'https://github.com/icamys/whois-parser/blob/a4ac66042372b969439726ad76d9f5f15cd63278/test_data/whois_club/jovi.club.txt',
  /** The IP → AS table lib/data/networks.json is distilled from (version 2.3.2026061719). */
  ipLocationDbAsn: 'https://github.com/sapics/ip-location-db',
  rfc5321Postmaster: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.1',
  rfc2142: 'https://www.rfc-editor.org/rfc/rfc2142',
} as const;

/** The RIPE Database query for one address: shows the range's record as it stands today. */
export const ripeQuery = (ip: string): string => `https://apps.db.ripe.net/db-web-ui/query?searchtext=${ip}`;

/** One RIPE role object by its handle. */
export const ripeRole = (handle: string): string =>
  `https://apps.db.ripe.net/db-web-ui/lookup?source=ripe&type=role&key=${handle}`;
