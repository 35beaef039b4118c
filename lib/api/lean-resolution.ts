import type { Contact, Isp } from '@/lib/data/schema';
import { hostsInNetwork, type HostInNetwork } from '@/lib/resolve/hosts-in-network';
import type { Resolution } from '@/lib/resolve/types';

/** A contact as /api/resolve gives it: the note, the research behind the contact, stays in GET /api/data. */
export type LeanContact = Omit<Contact, 'note'>;

/**
 * An ISP as /api/resolve gives it: who it is, its contacts, and what its networks mean for this
 * recipient (`mxInNetwork`: the MX addresses inside its AS numbers, empty when none or when DNS
 * gave no MX). The network table itself (operator names, AS numbers, their source) is the same for
 * every answer and stays in GET /api/data.
 */
export type LeanIsp = Pick<Isp, 'id' | 'name' | 'nameRu' | 'confidence'> & {
  contacts: LeanContact[];
  mxInNetwork: HostInNetwork[];
};

function withoutNote(contact: Contact): LeanContact {
  const lean: LeanContact & { note?: string } = { ...contact };
  delete lean.note;
  return lean;
}

function leanIsp(isp: Isp, mx: Resolution['mx']): LeanIsp {
  const { id, name, nameRu, confidence } = isp;
  return { id, name, nameRu, confidence, contacts: isp.contacts.map(withoutNote), mxInNetwork: hostsInNetwork(isp, mx) };
}

/**
 * A resolution as /api/resolve answers it, without the address (the route writes it first, per
 * request), without the contacts' notes and without the ISPs' network table: together more than
 * half of a Russian recipient's answer, the same for every caller, which each one downloaded on
 * every request. The notes, sources and dates of every record, and each ISP's AS numbers, are in
 * GET /api/data.
 */
export function leanResolution(resolution: Resolution) {
  const { address, ...rest } = resolution;
  void address;
  return {
    ...rest,
    provider: { ...resolution.provider, contacts: resolution.provider.contacts.map(withoutNote) },
    isps: resolution.isps.map((isp) => leanIsp(isp, resolution.mx)),
  };
}
