import type { Resolution } from '@/lib/resolve/types';

import type { CompanyNames } from './local-name';
import { senderService, type SenderService } from './sender-service';
import type { SenderFacts } from './types';

/** What every letter may state, in no language yet: the sender's fields trimmed, blanks dropped. */
export interface LetterFacts {
  service: SenderService;
  recipient: string;
  domain: string;
  /** Who runs the mailbox, by its names in each script. */
  provider: CompanyNames;
  /** The recipient's receiving servers: the MX hosts when DNS answered, else the known ones. */
  servers: string[];
  /** Servers the blocked service itself has named in a public notice (only Mailfence has one). */
  announcedServers: string[];
  senderName?: string;
  senderAddress?: string;
  failedAt?: string;
  bounce?: string;
  note?: string;
}

// The service the app starts from; a blank service field means the user kept the default.
const defaultService = 'mailfence';

function filled(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

// A bounce pasted from a Windows client carries CRLF, one from a web page LF: the letter text has
// one kind of line end (LF), and each hand-off writes the one its format needs.
function filledLines(value: string | undefined): string | undefined {
  return filled(value?.replace(/\r\n?/g, '\n'));
}

/** Gathers the facts the letters are written from. */
export function letterFacts(resolution: Resolution, sender: SenderFacts): LetterFacts {
  const service = senderService(filled(sender.service) ?? defaultService);
  // A null MX (RFC 7505) comes back from DNS as an empty exchange: it names no server.
  const mxHosts = (resolution.mx ?? []).map((mx) => mx.host).filter((host) => host !== '');
  return {
    service,
    recipient: resolution.address,
    domain: resolution.domain,
    provider: { name: resolution.provider.name, nameRu: resolution.provider.nameRu },
    servers: mxHosts.length > 0 ? [...new Set(mxHosts)] : resolution.blockedServers,
    // resolution.blockedServers come from the Mailfence announcement: naming them in a letter
    // about another service would claim that service had published them.
    announcedServers: service.id === defaultService ? resolution.blockedServers : [],
    senderName: filled(sender.name),
    senderAddress: filled(sender.address),
    // Typed freely ("yesterday evening."): the ISP letter ends that sentence with its own full stop.
    failedAt: filled(sender.failedAt?.trim().replace(/\.+$/, '')),
    bounce: filledLines(sender.bounce),
    note: filledLines(sender.note),
  };
}
