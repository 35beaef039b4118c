import type { Contact, Isp } from '@/lib/data/schema';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import type { HostInNetwork } from '@/lib/resolve/hosts-in-network';

import type { LetterFacts } from './letter-facts';
import { formatListPlural, type LetterMessages } from './letter-messages';
import {
  assembleLetter,
  bounceReply,
  closingParagraphs,
  emailRecipients,
  factsBlock,
  forNetworkDesk,
  letterContacts,
  localName,
  refusingServer,
  serviceLabel,
  type LetterShell,
} from './letter-parts';
import type { Letter } from './types';

/*
 * Two letters an ISP can get, to two different desks. A network letter goes to the NOC or abuse
 * desk of an ISP whose own address space holds the recipient's mail server, and asks what that
 * desk can answer: is this SMTP traffic filtered on its network. A feedback letter is the public
 * request the Mailfence announcement asks for, sent to the company's feedback channel: an abuse
 * desk handles abuse from its own addresses and closes anything else as out of scope.
 */

/** The hosts as a network desk reads them: `host [ip] (AS…)`, listed. */
export function hostList(messages: LetterMessages, hosts: readonly HostInNetwork[]): string {
  return hosts
    .map(({ host, ip, asn }) => `${formatMessage(messages.common.hostWithIp, { host, ip })} (AS${asn})`)
    .join(messages.common.listSeparator);
}

/** An ISP letter of one kind, to the ISP's contacts of the given roles, in that order. */
function ispShell(isp: Isp, kind: 'isp-network' | 'isp-feedback', roles: Contact['role'][]): LetterShell {
  const contacts = letterContacts(isp.contacts, roles);
  return {
    id: `${kind}-${isp.id}`,
    audience: 'isp',
    kind,
    addresseeName: isp.name,
    addresseeNameRu: isp.nameRu,
    to: emailRecipients(contacts),
    contacts,
  };
}

/** What happened, said to a network desk: the domain, never the recipient's mailbox. */
function whatHappened(messages: LetterMessages, facts: LetterFacts): string {
  const m = messages.ispNetwork;
  const values = { service: serviceLabel(messages, facts.service), domain: facts.domain };
  const server = refusingServer(messages, facts.bounce);
  const reply = bounceReply(facts.bounce);
  if (facts.evidence === 'refused' && server !== undefined && reply !== undefined) {
    return formatMessage(m.refused, { ...values, server, reply: formatMessage(messages.common.reply, { reply }) });
  }
  return formatMessage(facts.evidence === 'missing' ? m.missing : m.bounced, values);
}

/**
 * The letter to the network desk of an ISP whose AS numbers hold an MX address of the recipient:
 * the hosts and addresses on its network, what happened, and whether it filters that traffic.
 */
export function ispNetworkLetter(
  isp: Isp,
  hosts: readonly HostInNetwork[],
  known: LetterFacts,
  languages: readonly Locale[],
  userLanguage: Locale,
): Letter {
  const facts = forNetworkDesk(known);
  // The data hold no NOC mailbox for mail (the NOCs found are routing and peering desks): the
  // network letter goes to the abuse desk, which answers for what crosses the ISP's network.
  const shell = ispShell(isp, 'isp-network', ['abuse', 'postmaster']);
  const hostCount = new Set(hosts.map(({ host }) => host)).size;
  return assembleLetter(shell, languages, userLanguage, (messages, language) => {
    const m = messages.ispNetwork;
    const service = serviceLabel(messages, facts.service);
    return {
      subject: formatMessage(m.subject, { service, domain: facts.domain }),
      paragraphs: [
        m.greeting,
        formatListPlural(m.intro, language, hostCount, { domain: facts.domain, hosts: hostList(messages, hosts) }),
        whatHappened(messages, facts),
        factsBlock(messages, language, facts, 'network'),
        facts.bounceQuote,
        facts.note,
        formatListPlural(m.ask, language, hostCount, { service }),
        ...closingParagraphs(messages, facts, m.thanks),
      ],
    };
  });
}

/**
 * Whether a bounce already answers the network question: a server in the ISP's network that
 * replied with a refusal was reached over SMTP, so its own operator refused, not the network.
 */
export function refusedInsideNetwork(hosts: readonly HostInNetwork[], facts: LetterFacts): boolean {
  const { bounce } = facts;
  if (facts.evidence !== 'refused' || bounce === null) return false;
  return hosts.some(({ host, ip }) => ip === bounce.remoteIp || host === bounce.remoteMta?.toLowerCase());
}

/**
 * The public request to a big ISP, through its feedback channel (a mailbox or a web form): do not
 * filter mail from the service, and say so. It names no recipient and carries no note about one:
 * the request is the sender's own, and the ISP needs no one's address to answer it.
 */
export function ispFeedbackLetter(isp: Isp, facts: LetterFacts, languages: readonly Locale[], userLanguage: Locale): Letter {
  const shell = ispShell(isp, 'isp-feedback', ['feedback']);
  return assembleLetter(shell, languages, userLanguage, (messages, language) => {
    const m = messages.ispFeedback;
    const service = facts.service.name;
    return {
      subject: formatMessage(m.subject, { service }),
      paragraphs: [
        m.greeting,
        formatMessage(m.intro, { isp: localName(isp, language) }),
        facts.serviceAnnounced ? formatMessage(m.announced, { service }) : undefined,
        formatMessage(m.experience, { service }),
        formatMessage(m.ask, { service }),
        ...closingParagraphs(messages, facts, m.thanks),
      ],
    };
  });
}

/** Whether the ISP has a feedback channel to write to: a sourced mailbox or web form. */
export function hasFeedbackChannel(isp: Isp): boolean {
  return isp.contacts.some((contact) => contact.role === 'feedback');
}
