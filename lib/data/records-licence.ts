import { networkCredit } from './network-credit';

/**
 * The licences the data export states. Our own records (providers, ISPs, servers, services) are
 * CC BY 4.0: anyone may reuse them, crediting Unblock Mail. The ISPs' AS numbers and operator
 * names come from the network table, whose credit stays as DB-IP gives it (networks-LICENSE.md).
 */
export const recordsLicence = {
  records: {
    name: 'CC BY 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    attribution: 'Unblock Mail: the data behind the letters',
  },
  networkData: {
    appliesTo: 'isps[].asns and isps[].networkOperators',
    name: 'CC BY 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    attribution: networkCredit.text,
    attributionUrl: networkCredit.url,
    source: 'https://github.com/sapics/ip-location-db (@ip-location-db/asn)',
  },
} as const;
