import { dataDate } from './data-date';
import type { Contact, Isp } from './schema';
import { sources } from './sources';

/*
 * Russian ISPs that the letters address when the recipient is in Russia. The order is the order of
 * the letters: MTS, MegaFon and Rostelecom first, because the Mailfence announcement names them.
 *
 * AS numbers: ipverse/asn-info as.csv (RIR data), except where a note says otherwise.
 * Abuse mailboxes: RIPE Database records. Where the research read a copy of a RIPE whois answer
 * in a public file that cannot be linked, the source is the RIPE query for the same range, which
 * shows the record as it stands today. How to add or correct a record: docs/data.md.
 */

const checked = dataDate;

const ripeQuery = (ip: string): string => `https://apps.db.ripe.net/db-web-ui/query?searchtext=${ip}`;
const ripeRole = (handle: string): string =>
  `https://apps.db.ripe.net/db-web-ui/lookup?source=ripe&type=role&key=${handle}`;

const email = (
  value: string,
  role: Contact['role'],
  source: string,
  confidence: Contact['confidence'],
  note: string,
): Contact => ({ kind: 'email', value, role, source, checked, confidence, note });

export const isps: Isp[] = [
  {
    id: 'mts',
    name: 'MTS',
    nameRu: 'МТС',
    asns: [8359, 13174],
    contacts: [
      email('abuse@mtu.ru', 'abuse', ripeQuery('178.155.0.1'), 'high', 'RIPE abuse contact of MTS PJSC ranges (MTS-BROADBAND, mobile pools).'),
      email('postmaster@mtu.ru', 'postmaster', ripeRole('MTSA'), 'high', 'RIPE role "MTSNET Administration": "mail postmaster@mtu.ru".'),
    ],
    source: sources.asnInfo,
    checked,
    confidence: 'high',
  },
  {
    id: 'megafon',
    name: 'MegaFon',
    nameRu: 'МегаФон',
    asns: [31133, 25159, 12714],
    contacts: [
      email(
        'abuse-mailbox@megafon.ru',
        'abuse',
        ripeQuery('178.176.64.1'),
        'medium',
        'RIPE abuse contact of PJSC MegaFon ranges in Moscow and the Urals.',
      ),
    ],
    source: sources.asnInfo,
    checked,
    confidence: 'high',
  },
  {
    id: 'rostelecom',
    name: 'Rostelecom',
    nameRu: 'Ростелеком',
    asns: [12389],
    contacts: [
      email('abuse@rt.ru', 'abuse', ripeQuery('95.52.128.1'), 'high', 'RIPE abuse contact of PJSC Rostelecom ranges across regions.'),
    ],
    source: sources.asnInfo,
    checked,
    confidence: 'high',
  },
  {
    id: 'beeline',
    name: 'Beeline (VimpelCom)',
    nameRu: 'Билайн (ВымпелКом)',
    asns: [3216, 8402, 16345],
    contacts: [
      email(
        'abuse-b2b@beeline.ru',
        'abuse',
        ripeQuery('95.24.0.1'),
        'high',
        'RIPE abuse contact of the BEELINE-BROADBAND pools.',
      ),
      email('abuse@beeline.ru', 'abuse', ripeRole('CORB1-RIPE'), 'high', 'RIPE role CORB1-RIPE: "Report spam and abuse".'),
    ],
    source: sources.asnInfo,
    checked,
    confidence: 'high',
  },
  {
    id: 'ertelecom',
    name: 'ER-Telecom (Dom.ru)',
    nameRu: 'ЭР-Телеком (Дом.ру)',
    asns: [9049],
    contacts: [
      email('abuse@domru.ru', 'abuse', ripeQuery('46.146.0.1'), 'medium', 'RIPE abuse contact of ER-Telecom PPPoE ranges (Perm, Samara).'),
    ],
    source: sources.asnInfo,
    checked,
    confidence: 'high',
  },
  {
    id: 'ttk',
    name: 'TransTeleCom (TTK)',
    nameRu: 'ТрансТелеКом (ТТК)',
    // AS20485 rests on ipinfo outputs and traceroutes; AS15774 (TTK-Svyaz) is in as.csv.
    asns: [20485, 15774],
    contacts: [
      email(
        'abuse@ttk.ru',
        'abuse',
        'https://github.com/mitchellkrogza/nginx-ultimate-bad-bot-blocker/issues/302',
        'high',
        'RIPE whois answer for a TransTeleCom range, quoted in full in the issue.',
      ),
    ],
    source: sources.asnInfo,
    checked,
    confidence: 'high',
  },
  {
    id: 't2',
    name: 'T2 (Tele2 Russia)',
    nameRu: 'Т2 (Tele2 Россия)',
    asns: [15378],
    // No sourced address: abuse@tele2.com belongs to the Swedish Tele2, a different company.
    contacts: [],
    source: sources.asnInfo,
    checked,
    confidence: 'high',
  },
];
