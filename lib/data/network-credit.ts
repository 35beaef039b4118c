/**
 * The credit DB-IP's licence (CC BY 4.0) asks for wherever its IP-to-ASN data is shown: the page
 * prints it under the MX networks. Their wording and link, kept as given, in every language.
 * See lib/data/networks-LICENSE.md.
 */
export const networkCredit = { text: 'IP Geolocation by DB-IP', url: 'https://db-ip.com' } as const;
