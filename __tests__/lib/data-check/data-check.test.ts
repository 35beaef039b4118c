import { execFile } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { blockedServers } from '@/lib/data/blocked-servers';
import { isps } from '@/lib/data/isps';
import { providers } from '@/lib/data/providers';
import type { DataCheckReport } from '@/lib/data-check/types';
import { exitCodeOf } from '@/lib/data-check/report';
import { runDataCheck } from '@/lib/data-check/run-data-check';
import { mxExpectations } from '@/lib/data-check/mx-expectations';

import { NULL_MX, startDnsServer, type DnsZone } from '../../support/dns-server';
import { startRipestatServer } from '../../support/ripestat-server';

/*
 * `npm run data:check` offline: the real records against the tests' DNS server and a local
 * server answering RIPEstat's documented shape. The command itself runs as a child process, as a
 * maintainer runs it, so its exit code and its --out file are what is checked.
 */

/** Real addresses: mxs.mail.ru on LLC VK's AS47764, and one on PJSC Rostelecom's AS12389. */
const VK_IP = '217.69.139.150';
const ROSTELECOM_IP = '2.57.186.10';

/** A zone in which every domain's MX is what the records say. */
function agreeingZone(): DnsZone {
  const zone: DnsZone = {};
  for (const { domain, patterns, required, strict } of mxExpectations(providers, blockedServers)) {
    const hosts = strict ? patterns.map((pattern) => pattern.replace('*', '1')) : required;
    // An announced host that is its own domain (belbriz.ru) has no MX record: mail goes to the
    // domain itself (RFC 5321 §5.1), which the check must read as that host.
    if (hosts.length === 1 && hosts[0] === domain) zone[domain] = { a: ['192.0.2.10'] };
    else zone[domain] = { mx: hosts.length === 0 ? [NULL_MX] : hosts.map((exchange, index) => ({ preference: 10 * (index + 1), exchange })) };
  }
  zone['mxs.mail.ru'] = { a: [VK_IP] };
  zone['mail.uvz.ru'] = { a: [ROSTELECOM_IP] };
  return zone;
}

/** RIPEstat as the records see it: each ISP AS with the ISP's abuse mailbox. */
function agreeingRipestat(): Record<string, string[]> {
  const contacts: Record<string, string[]> = { [VK_IP]: ['abuse@corp.mail.ru'], [ROSTELECOM_IP]: ['abuse@rt.ru'] };
  for (const isp of isps) {
    const abuse = isp.contacts.filter((c) => c.role === 'abuse').map((c) => c.value);
    for (const asn of isp.asns) contacts[`AS${asn}`] = abuse.slice(0, 1);
  }
  return contacts;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  report: DataCheckReport | null;
}

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'data-check-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** `npm run data:check -- --out <file>` as package.json runs it, with this environment. */
async function dataCheck(env: Record<string, string>): Promise<Run> {
  const out = join(workDir, `report-${Math.random().toString(36).slice(2)}.json`);
  const args = ['--conditions=react-server', '--require', './bench/ts-require.cjs', 'scripts/data-check.ts', '--out', out];
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, args, { cwd: process.cwd(), env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr }),
    );
  });
  const report = await readFile(out, 'utf8').then((text) => JSON.parse(text) as DataCheckReport, () => null);
  return { code, stdout, stderr, report };
}

const withStatus = (report: DataCheckReport | null, status: string) => report?.results.filter((result) => result.status === status) ?? [];

/** A port nothing listens on, UDP or TCP: the system picks a free one and it is closed again. */
async function closedUdpPort(): Promise<number> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}
async function closedTcpPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// The command is transpiled on start; under load that takes seconds, none of which is asserted.
jest.setTimeout(90_000);

describe('npm run data:check', () => {
  it('exits 0 when DNS and RIPEstat agree with every record, and says so in a table and in --out', async () => {
    const dns = await startDnsServer(agreeingZone());
    const ripestat = await startRipestatServer(agreeingRipestat());
    try {
      const run = await dataCheck({ DNS_SERVERS: dns.address, RIPESTAT_URL: ripestat.url });
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
      expect(run.report?.reached).toEqual({ dns: true, ripestat: true });
      expect(run.report?.counts).toMatchObject({ differs: 0, unchecked: 0 });
      expect(run.report?.results.filter((r) => r.kind === 'mx')).toHaveLength(mxExpectations(providers, blockedServers).length);
      expect(run.report?.results).toContainEqual(
        expect.objectContaining({ kind: 'abuse-mx-network', subject: expect.stringContaining(`mail.uvz.ru ${ROSTELECOM_IP} (AS12389, rostelecom)`), status: 'agrees' }),
      );
      expect(run.stdout).toMatch(/^status\s+check\s+subject/);
      expect(run.stdout).toMatch(/agrees\s+mx\s+mail\.ru \(provider:mailru\)\s+mxs\.mail\.ru\s+mxs\.mail\.ru/);
      // Every ISP AS was asked about, as RIPEstat's resource form (AS8359).
      expect(ripestat.requests).toEqual(expect.arrayContaining(isps.flatMap((isp) => isp.asns.map((asn) => `AS${asn}`))));
    } finally {
      await Promise.all([dns.close(), ripestat.close()]);
    }
  });

  it('exits 1 and names each difference: a new MX host, a vanished one, a gone domain, another abuse mailbox', async () => {
    const zone = agreeingZone();
    zone['mail.ru'] = { mx: [{ preference: 10, exchange: 'mxs.mail.ru' }, { preference: 20, exchange: 'mx-new.mail.ru' }] };
    zone['uvz.ru'] = { mx: [{ preference: 10, exchange: 'mail2.uvz.ru' }] };
    zone['lenta.ru'] = { behaviour: 'nxdomain' };
    const dns = await startDnsServer(zone);
    const ripestat = await startRipestatServer({ ...agreeingRipestat(), AS8359: ['abuse@mts.example'] });
    try {
      const run = await dataCheck({ DNS_SERVERS: dns.address, RIPESTAT_URL: ripestat.url });
      expect(run.code).toBe(1);
      const differs = withStatus(run.report, 'differs').map(({ subject, detail }) => ({ subject, detail }));
      expect(differs).toEqual([
        { subject: 'mail.ru (provider:mailru)', detail: 'new: mx-new.mail.ru' },
        { subject: 'lenta.ru (provider:rambler)', detail: 'the domain does not exist any more (NXDOMAIN)' },
        { subject: 'uvz.ru (announcement)', detail: 'vanished: mail.uvz.ru' },
        { subject: 'AS8359 (mts)', detail: 'RIPE names abuse@mts.example' },
      ]);
      expect(run.stdout).toMatch(/^differs\s+abuse-as\s+AS8359 \(mts\)\s+abuse@mtu\.ru\s+abuse@mts\.example/m);
    } finally {
      await Promise.all([dns.close(), ripestat.close()]);
    }
  });

  it('exits 2 and says that nothing could be reached when neither DNS nor RIPEstat answers', async () => {
    const run = await dataCheck({ DNS_SERVERS: `127.0.0.1:${await closedUdpPort()}`, RIPESTAT_URL: `http://127.0.0.1:${await closedTcpPort()}` });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Nothing could be reached');
    expect(run.report?.reached).toEqual({ dns: false, ripestat: false });
    expect(withStatus(run.report, 'unchecked')).toHaveLength(run.report?.results.length ?? -1);
  });

  it('refuses a RIPESTAT_URL that is not a URL, with exit 2 and a message naming the setting', async () => {
    const run = await dataCheck({ RIPESTAT_URL: 'stat ripe net' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('RIPESTAT_URL');
  });
});

describe('runDataCheck', () => {
  it('gives up on a silent DNS server and a RIPEstat that never answers, by its deadline, rather than hang', async () => {
    const dns = await startDnsServer({}, { unknown: 'silent' });
    const ripestat = await startRipestatServer({}, { hang: true });
    try {
      const report = await runDataCheck(
        { dnsServers: [dns.address], ripestatUrl: ripestat.url, queryTimeoutMs: 300, dnsTryTimeoutMs: 100, deadlineMs: 2000, concurrency: 8 },
        { providers, isps, blockedServers },
      );
      expect(report.reached).toEqual({ dns: false, ripestat: false });
      expect(exitCodeOf(report)).toBe(2);
      // One probe each: the rest were not asked, rather than each waiting for its own timeout.
      expect(ripestat.requests).toHaveLength(1);
    } finally {
      await Promise.all([dns.close(), ripestat.close()]);
    }
  });

  it('does not read a resolver that calls every domain NXDOMAIN as every domain gone', async () => {
    const dns = await startDnsServer({}, { unknown: 'nxdomain' });
    const ripestat = await startRipestatServer(agreeingRipestat());
    try {
      const report = await runDataCheck(
        { dnsServers: [dns.address], ripestatUrl: ripestat.url, queryTimeoutMs: 2000, dnsTryTimeoutMs: 500, deadlineMs: 20_000, concurrency: 8 },
        { providers, isps, blockedServers },
      );
      expect(report.reached.dns).toBe(false);
      expect(report.results.filter((r) => r.kind === 'mx').map((r) => r.status)).not.toContain('differs');
      expect(exitCodeOf(report)).toBe(0);
    } finally {
      await Promise.all([dns.close(), ripestat.close()]);
    }
  });
});
