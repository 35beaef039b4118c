import type { BlockedService } from './schema';

/*
 * Mail services whose users' mail is refused (the sender's side). Mailfence comes first: it is the
 * default, the service the announcement is about. Only domains the service itself offers to its
 * users are listed; the first domain is the one OONI Explorer is searched for.
 */
export const blockedServices: BlockedService[] = [
  { id: 'mailfence', name: 'Mailfence', domains: ['mailfence.com'], country: 'BE', website: 'https://mailfence.com/' },
  {
    id: 'proton',
    name: 'Proton Mail',
    domains: ['proton.me', 'protonmail.com', 'pm.me'],
    country: 'CH',
    website: 'https://proton.me/mail',
  },
  {
    id: 'tuta',
    name: 'Tuta',
    domains: ['tuta.com', 'tutanota.com', 'tutanota.de', 'tutamail.com', 'tuta.io', 'keemail.me'],
    country: 'DE',
    website: 'https://tuta.com/',
  },
  { id: 'posteo', name: 'Posteo', domains: ['posteo.de', 'posteo.net'], country: 'DE', website: 'https://posteo.de/' },
  { id: 'startmail', name: 'StartMail', domains: ['startmail.com'], country: 'NL', website: 'https://www.startmail.com/' },
  { id: 'runbox', name: 'Runbox', domains: ['runbox.com'], country: 'NO', website: 'https://runbox.com/' },
  { id: 'disroot', name: 'Disroot', domains: ['disroot.org'], country: 'NL', website: 'https://disroot.org/' },
  { id: 'mailbox-org', name: 'mailbox.org', domains: ['mailbox.org'], country: 'DE', website: 'https://mailbox.org/' },
];
