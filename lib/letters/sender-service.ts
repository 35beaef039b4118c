import { blockedServices } from '@/lib/data/blocked-services';

/** The blocked service as the letters name it: `domain` is null for a service we do not know. */
export interface SenderService {
  /** The id in lib/data/blocked-services, or null for a name the user typed. */
  id: string | null;
  name: string;
  domain: string | null;
}

/**
 * The sender's service from what the form or the API gave: a known id (`mailfence`), or a known
 * service's name or domain typed by hand ("Proton Mail", "proton.me"), or else any other name,
 * which the letters use as it stands, without a domain.
 */
export function senderService(service: string): SenderService {
  const typed = service.trim();
  const key = typed.toLowerCase();
  const known = blockedServices.find(
    (candidate) => candidate.id === key || candidate.name.toLowerCase() === key || candidate.domains.includes(key),
  );
  if (known) return { id: known.id, name: known.name, domain: known.domains[0] ?? null };
  return { id: null, name: typed, domain: null };
}
