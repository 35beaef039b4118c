import { recheckDate } from './data-date';
import ispNetworks from './isp-networks.json';
import type { Contact, Isp } from './schema';
import { ripeQuery, ripeRole, sources } from './sources';

/*
 * Russian ISPs that the letters address when the recipient is in Russia. The order is the order of
 * the letters: MTS, MegaFon and Rostelecom first, because the Mailfence announcement names them.
 *
 * AS numbers: every AS the network table (lib/data/networks.json, from ip-location-db of
 * 2026-06-17) gives the operator names in lib/data/isp-networks.json; `npm run data:isp-asns`
 * writes them there, and the data test fails when the table names an AS a record lacks.
 * Abuse mailboxes: RIPE Database records. Where the research read a copy of a RIPE whois answer
 * in a public file, the source is the RIPE query for the same range (which shows the record as it
 * stands today), the note says what was read, and `evidenceDate` is the last-modified of the object
 * that names the mailbox in that copy. `feedback` contacts are the company's public channel, never
 * an abuse desk: an ISP for which none could be sourced has none. How to add or correct a record:
 * docs/data.md.
 */

const email = (
  value: string,
  role: Contact['role'],
  evidence: Pick<Contact, 'source' | 'evidenceDate' | 'confidence'> & { note: string },
): Contact => ({ kind: 'email', value, role, reviewed: recheckDate, ...evidence });

/** The fields every ISP record shares: its networks from the table, dated by the table's version. */
const networks = (id: keyof typeof ispNetworks) => ({
  networkOperators: ispNetworks[id].operators,
  asns: ispNetworks[id].asns,
  source: sources.ipLocationDbAsn,
  evidenceDate: '2026-06-17',
  reviewed: recheckDate,
});

export const isps: Isp[] = [
  {
    id: 'mts',
    name: 'MTS',
    nameRu: 'МТС',
    ...networks('mts'),
    contacts: [
      email('abuse@mtu.ru', 'abuse', {
        source: ripeQuery('213.87.128.1'),
        evidenceDate: '2022-04-08',
        confidence: 'high',
        note: 'RIPE abuse contact of MTS ranges (mobile pool 213.87.128.0/19, broadband, St Petersburg); role MTU1-RIPE: "spam & security abuse@mtu.ru", last-modified 2022-04-08. Read in a copy of the answer.',
      }),
      email('postmaster@mtu.ru', 'postmaster', {
        source: ripeRole('MTU1-RIPE'),
        evidenceDate: '2022-04-08',
        confidence: 'high',
        note: 'RIPE role "MTS backbone NOC" (MTU1-RIPE): "mail postmaster@mtu.ru"; role MTSA says the same.',
      }),
      email('info@mts.ru', 'feedback', {
        source: ripeRole('MTSN'),
        evidenceDate: '2018-08-22',
        confidence: 'medium',
        note: 'The company\'s general mailbox, given in RIPE role "MTSNET NOC" (MTSN): "abuse-mailbox: info@mts.ru" (a remark, last-modified 2018-08-22).',
      }),
    ],
    confidence: 'high',
  },
  {
    id: 'megafon',
    name: 'MegaFon',
    nameRu: 'МегаФон',
    ...networks('megafon'),
    contacts: [
      email('abuse-mailbox@megafon.ru', 'abuse', {
        source: ripeQuery('178.176.64.1'),
        evidenceDate: '2020-12-16',
        confidence: 'medium',
        note: 'RIPE abuse contact of PJSC MegaFon ranges in Moscow (178.176.64.0/19) and the Urals, through organisation ORG-OM1-RIPE (last-modified 2020-12-16). Read in a copy of the answer.',
      }),
    ],
    confidence: 'high',
  },
  {
    id: 'rostelecom',
    name: 'Rostelecom',
    nameRu: 'Ростелеком',
    ...networks('rostelecom'),
    contacts: [
      email('abuse@rt.ru', 'abuse', {
        source: ripeQuery('95.52.128.1'),
        evidenceDate: '2022-10-26',
        confidence: 'high',
        note: 'RIPE abuse contact of PJSC Rostelecom ranges across regions; role RCR3-RIPE (North-West), last-modified 2022-10-26. Read in a copy of the answer.',
      }),
    ],
    confidence: 'high',
  },
  {
    id: 'beeline',
    name: 'Beeline (VimpelCom)',
    nameRu: 'Билайн (ВымпелКом)',
    ...networks('beeline'),
    contacts: [
      email('abuse-b2b@beeline.ru', 'abuse', {
        source: ripeQuery('95.29.99.1'),
        evidenceDate: '2022-05-11',
        confidence: 'high',
        note: 'RIPE abuse contact of the BEELINE-BROADBAND pools (role CORB1-RIPE, last-modified 2022-05-11). Read in a copy of the answer.',
      }),
      email('abuse@beeline.ru', 'abuse', {
        source: ripeRole('CORB1-RIPE'),
        evidenceDate: '2022-05-11',
        confidence: 'high',
        note: 'RIPE role CORB1-RIPE: "Report spam and abuse: abuse@beeline.ru".',
      }),
      email('support@corbina.net', 'feedback', {
        source: ripeRole('CORB1-RIPE'),
        evidenceDate: '2022-05-11',
        confidence: 'medium',
        note: 'RIPE role CORB1-RIPE of Beeline\'s broadband network: "User support, general questions: support@corbina.net" (Corbina, Beeline\'s former broadband brand).',
      }),
      email('info@beeline.ru', 'feedback', {
        source: ripeQuery('83.220.236.1'),
        evidenceDate: '2009-02-10',
        confidence: 'low',
        note: 'Named for complaints in a RIPE remark on Beeline\'s Moscow GPRS range (83.220.236.0/22, last-modified 2009-02-10): one old record, nothing newer confirms it.',
      }),
    ],
    confidence: 'high',
  },
  {
    id: 'ertelecom',
    name: 'ER-Telecom (Dom.ru)',
    nameRu: 'ЭР-Телеком (Дом.ру)',
    ...networks('ertelecom'),
    contacts: [
      email('abuse@domru.ru', 'abuse', {
        source: ripeQuery('46.146.32.1'),
        evidenceDate: '2022-01-11',
        confidence: 'medium',
        note: 'RIPE abuse contact of ER-Telecom ranges (Perm 46.146.32.0/22 on AS12768, Samara); role RAID1-RIPE, last-modified 2022-01-11. Read in a copy of the answer.',
      }),
    ],
    confidence: 'high',
  },
  {
    id: 'ttk',
    name: 'TransTeleCom (TTK)',
    nameRu: 'ТрансТелеКом (ТТК)',
    ...networks('ttk'),
    contacts: [
      email('abuse@ttk.ru', 'abuse', {
        source: 'https://github.com/mitchellkrogza/nginx-ultimate-bad-bot-blocker/issues/302',
        evidenceDate: '2019-08-16',
        confidence: 'high',
        note: 'RIPE whois answer for a TransTeleCom range, quoted in full in the issue of 2019-08-16.',
      }),
    ],
    confidence: 'high',
  },
  {
    id: 't2',
    name: 'T2 (Tele2 Russia)',
    nameRu: 'Т2 (Tele2 Россия)',
    ...networks('t2'),
    // No sourced address: abuse@tele2.com belongs to the Swedish Tele2, a different company.
    contacts: [],
    confidence: 'high',
  },
  {
    id: 'mgts',
    name: 'MGTS',
    nameRu: 'МГТС',
    ...networks('mgts'),
    contacts: [
      email('abuse@spd-mgts.ru', 'abuse', {
        source: ripeQuery('95.165.0.1'),
        evidenceDate: '2021-04-13',
        confidence: 'medium',
        note: 'RIPE abuse contact of MGTS-PPPOE 95.165.0.0/17 (AS25513): role USPD-RIPE, last-modified 2021-04-13. Read in a copy of the answer: https://github.com/tasmity/devops-netology/blob/526ada5978676aee2e3243814673a98f9b454965/readme/README.3.6.md',
      }),
    ],
    confidence: 'high',
    note: 'Moscow City Telephone Network, part of the MTS group.',
  },
];
