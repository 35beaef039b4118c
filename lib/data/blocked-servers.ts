import { researchDate } from './data-date';
import type { BlockedServer } from './schema';
import { sources } from './sources';

/*
 * The 23 mail servers that Mailfence's announcement lists as refusing its mail, in its order.
 * The operator is given where known, with how sure we are (the research of 2026-11-27, each with
 * its source). An operator that rests on the domain name alone carries `operatorInferred`; the
 * name itself never says so. Shared provider hosts carry the provider's id, so the resolver reports
 * them for that provider's customers. The announcement is undated (its host list may have been
 * edited since), so the records carry no `evidenceDate`.
 */

const blocked = (
  host: string,
  operator?: { name: string; confidence: 'high' | 'medium' | 'low'; inferred?: true; providerId?: string },
): BlockedServer => ({
  host,
  ...(operator === undefined
    ? {}
    : {
        operator: operator.name,
        operatorConfidence: operator.confidence,
        ...(operator.inferred === undefined ? {} : { operatorInferred: true }),
        ...(operator.providerId === undefined ? {} : { providerId: operator.providerId }),
      }),
  source: sources.mailfenceAnnouncement,
  reviewed: researchDate,
});

export const blockedServers: BlockedServer[] = [
  blocked('belbriz.ru'),
  blocked('emx.mail.ru', { name: 'Mail.ru for Business (VK WorkSpace)', confidence: 'high', providerId: 'mailru-business' }),
  blocked('mail-s30.1gb.ru', { name: '1gb.ru hosting', confidence: 'medium', inferred: true, providerId: '1gb' }),
  blocked('mail.khlopin.ru', { name: 'V. G. Khlopin Radium Institute', confidence: 'low', inferred: true }),
  blocked('mail.mospolytech.ru', { name: 'Moscow Polytechnic University', confidence: 'low', inferred: true }),
  blocked('mail.navigatorgrp.ru'),
  blocked('mail.pscstroy.ru'),
  blocked('mail.uvz.ru', { name: 'Uralvagonzavod', confidence: 'medium', inferred: true }),
  blocked('mail.yazaputina.ru'),
  blocked('mail2.mil.ru', { name: 'Ministry of Defence of the Russian Federation', confidence: 'medium', inferred: true }),
  blocked('mailrelay.gazprom.ru', { name: 'PJSC Gazprom', confidence: 'medium', inferred: true }),
  blocked('mailsrv-2.appl.sci-nnov.ru', {
    name: 'Institute of Applied Physics RAS, Nizhny Novgorod',
    confidence: 'low',
    inferred: true,
  }),
  blocked('md1.1obraz.ru'),
  blocked('moskowpartners.ru'),
  blocked('mx01.nicmail.ru', { name: 'RU-CENTER (nic.ru) hosted mail', confidence: 'high', providerId: 'nicru' }),
  blocked('mx1.aoosk.ru', { name: 'United Shipbuilding Corporation', confidence: 'low', inferred: true }),
  blocked('mx1.gazprombank.ru', { name: 'Gazprombank', confidence: 'medium', inferred: true }),
  blocked('mx2.gazprombank.ru', { name: 'Gazprombank', confidence: 'medium', inferred: true }),
  blocked('mx3.sibur.ru', { name: 'SIBUR', confidence: 'medium', inferred: true }),
  blocked('mx5.sibur.ru', { name: 'SIBUR', confidence: 'medium', inferred: true }),
  blocked('mxs.mail.ru', { name: 'Mail.ru', confidence: 'high', providerId: 'mailru' }),
  blocked('rosebook.ru'),
  blocked('shopper2019.ru'),
];
