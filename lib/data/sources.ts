/**
 * Source URLs cited by more than one record, named once so a correction touches one line.
 * Commit-pinned GitHub links show the exact text the fact was read from.
 */
export const sources = {
  /** The French copy carries the full host list (identical to the German one). */
  mailfenceAnnouncement: 'https://blog.mailfence.com/fr/serveurs-de-messagerie-mailfence-bloques-russie/',
  providerDbMailRu:
    'https://github.com/chatmail/provider-db/blob/1fb242c3278244fa9df2a54a5b6f36a7dca1b16e/_providers/mail.ru.md',
  providerDbVk: 'https://github.com/chatmail/provider-db/blob/a56fc126ccd298a343ca15b5b745804043ee4a69/_providers/vk.com.md',
  providerDbYandex:
    'https://github.com/chatmail/provider-db/blob/1fb242c3278244fa9df2a54a5b6f36a7dca1b16e/_providers/yandex.ru.md',
  providerDbRambler:
    'https://github.com/chatmail/provider-db/blob/1cce91c1f1065b47e4f307d6fe2f4cca68c74d2e/_providers/rambler.ru.md',
  providerDbUkrNet:
    'https://github.com/chatmail/provider-db/blob/1fb242c3278244fa9df2a54a5b6f36a7dca1b16e/_providers/ukr.net.md',
  ispdbYandex: 'https://github.com/thunderbird/autoconfig/blob/9951bf24a6c105db149009e1bb7f27b513539005/ispdb/yandex.ru.xml',
  /** Registrar abuse desks (REG.RU, RU-CENTER) in phish.directory's abuse-contact seed data. */
  phishDirectoryAbuseContacts:
    'https://github.com/phishdirectory/core/blob/963f8551eb9eda5943dd4d0c07faf6838e96befa/db/seeds/abuse_contacts.rb',
  /** AS number → operator name and country, from the RIRs (ipverse/asn-info). */
  asnInfo: 'https://github.com/ipverse/asn-info/blob/2ed42676eb5effbec2b5aa534a9010e559dff792/as.csv',
  /** Yandex's RIPE role object: "SPAM issues: abuse@yandex.ru", "Mail issues: postmaster@yandex.ru". */
  ripeYandexRole: 'https://rest.db.ripe.net/ripe/role/YNDX1-RIPE',
  rfc5321Postmaster: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.1',
  rfc2142: 'https://www.rfc-editor.org/rfc/rfc2142',
} as const;
