import { networkCredit } from '@/lib/data/network-credit';

/**
 * The record's licence, stated with every answer of GET /api/reports and on /{lang}/blocking:
 * CC BY 4.0, as the app's data export. The network columns come from DB-IP's data, whose own
 * CC BY 4.0 asks for its credit wherever they are shown.
 */
export const recordLicence = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Unblock Mail, public record of refusals',
  networkCredit,
} as const;
