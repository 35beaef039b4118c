import { readFileSync } from 'node:fs';
import path from 'node:path';

import * as route from '@/app/api/letters/route';

import { withTestDns } from '../../../support/with-test-dns';

/*
 * POST /api/letters with DNS answering, through a real DNS server on 127.0.0.1: a company domain
 * whose MX sits on Rostelecom's network (95.52.128.10 is in AS12389 by the embedded table), and
 * an address abroad.
 */
withTestDns({
  'zavod-primer.ru': { mx: [{ exchange: 'mx.zavod-primer.ru', preference: 10 }] },
  'mx.zavod-primer.ru': { a: ['95.52.128.10'] },
  'example.de': { mx: [{ exchange: 'mx.example.de', preference: 10 }] },
  'mx.example.de': { a: ['192.0.2.7'] },
  'mail.ru': { mx: [{ exchange: 'mxs.mail.ru', preference: 10 }] },
  'mxs.mail.ru': { a: ['94.100.180.31'] },
  // Mailfence's SPF as a chain defined here (documentation ranges, not the real record).
  'mailfence.com': { txt: ['v=spf1 include:_spf.mailfence.com -all'] },
  '_spf.mailfence.com': { txt: ['v=spf1 ip4:192.0.2.0/26 ip6:2001:db8:100::/48 ~all'] },
});

const fixture = (name: string) => readFileSync(path.join(__dirname, '../../../fixtures/bounces', name), 'utf8');

interface LetterBody {
  id: string;
  kind: string;
  to: string[];
  text: string;
}

async function postJson(value: unknown, headers: HeadersInit = {}) {
  const response = await route.POST(
    new Request('http://localhost/api/letters', {
      method: 'POST',
      body: JSON.stringify(value),
      headers: { 'Content-Type': 'application/json', ...headers },
    }),
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { letters?: LetterBody[] } };
}

describe('POST /api/letters: the right desk for each letter', () => {
  it('writes to Rostelecom\'s network desk when the recipient\'s MX sits on its network, naming host and address', async () => {
    const { status, body } = await postJson({ recipient: 'press@zavod-primer.ru', senderService: 'proton', languages: ['en'] });
    expect(status).toBe(200);
    const network = (body.letters ?? []).filter((letter) => letter.kind === 'isp-network');
    expect(network.map((letter) => letter.id)).toEqual(['isp-network-rostelecom']);
    expect(network[0]?.to).toEqual(['abuse@rt.ru']);
    expect(network[0]?.text).toContain('mx.zavod-primer.ru [95.52.128.10] (AS12389)');
    expect(network[0]?.text).not.toContain('press@');
  });

  it('asks someone at a company domain to forward the note to their mail administrator', async () => {
    const { body } = await postJson({ recipient: 'press@zavod-primer.ru', languages: ['en'] });
    const note = (body.letters ?? []).find((letter) => letter.kind === 'recipient');
    expect(note?.text).toContain('mail administrator or IT department');
  });

  it('writes no letter for an address abroad when nothing came back, and says why', async () => {
    const { status, body } = await postJson({ recipient: 'anna@example.de' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ letterCase: 'not-known-to-block', letters: [] });
  });

  it('takes the failure time as ISO 8601 with an offset and states it in UTC', async () => {
    const { body } = await postJson({ recipient: 'press@zavod-primer.ru', failedAt: '2026-11-20T15:05+01:00', languages: ['en'] });
    const provider = (body.letters ?? []).find((letter) => letter.kind === 'provider');
    expect(provider?.text).toContain('Time of the failed delivery: 2026-11-20 14:05 UTC');
  });

  it.each(['hier soir', '2026-11-20 14:05', '2026-11-20T14:05', '2026-02-30T10:00:00Z'])('refuses the failure time %p with 400 bad_time', async (failedAt) => {
    const { status, body } = await postJson({ recipient: 'press@zavod-primer.ru', failedAt }, { 'Accept-Language': 'fr' });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: 'bad_time' } });
    expect((body.error as { message: string }).message).toMatch(/^failedAt: .*ISO/);
  });

  it('writes the links\' short body in the caller\'s language', async () => {
    const { body } = await postJson({ recipient: 'press@zavod-primer.ru', note: 'x'.repeat(1900) }, { 'Accept-Language': 'de' });
    const provider = (body.letters ?? []).find((letter) => letter.kind === 'provider') as unknown as { mailto: string };
    expect(decodeURIComponent(provider.mailto)).toContain('[HIER DEN BRIEF EINFÜGEN');
  });

  it('reads a whole multipart/report DSN given as the bounce, answers its facts and quotes them to Mail.ru', async () => {
    const { status, body } = await postJson({ recipient: 'olga.example@bk.ru', bounce: fixture('postfix-mailru.eml'), languages: ['en'] });
    expect(status).toBe(200);
    expect(body.bounce).toMatchObject({ remoteMta: 'mxs.mail.ru', remoteIp: '94.100.180.31', smtpCode: 550 });
    const provider = (body.letters ?? []).find((letter) => letter.kind === 'provider');
    expect(provider?.text).toContain('Refusing server: mxs.mail.ru [94.100.180.31]');
    expect(provider?.text).toMatch(/Server's reply: 550 spam message rejected/);
    expect(provider?.text).not.toContain('Bounce: none received.');
  });

  it('answers bounce: null when no bounce was given', async () => {
    const { body } = await postJson({ recipient: 'ivan@mail.ru', languages: ['en'] });
    expect(body.bounce).toBeNull();
  });

  it('lists the blocked service\'s sending servers from its SPF record, looked up through DNS', async () => {
    const { body } = await postJson({ recipient: 'ivan@mail.ru', senderService: 'mailfence', languages: ['en'] });
    const provider = (body.letters ?? []).find((letter) => letter.kind === 'provider');
    expect(provider?.text).toContain('Sending servers (from the SPF record of mailfence.com): 192.0.2.0/26, 2001:db8:100::/48');
  });

  it('leaves the sending servers out for a service the DNS has no record of, and for a typed name', async () => {
    for (const senderService of ['posteo', 'Kolab Now']) {
      const { body } = await postJson({ recipient: 'ivan@mail.ru', senderService, languages: ['en'] });
      const provider = (body.letters ?? []).find((letter) => letter.kind === 'provider');
      expect(provider?.text).not.toContain('Sending servers');
    }
  });
});
