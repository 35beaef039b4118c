/**
 * A writer to kill: opens the record as the app does (DATA_DIR or DATABASE_URL from the
 * environment) and adds reports one by one, each in its own statement, printing each id once it
 * is committed, until it is killed. __tests__/lib/reports/server/restart.test.ts kills it mid-write.
 */
import { insertReport } from '@/lib/reports/server/insert-report';
import { withReportDb } from '@/lib/reports/server/report-store';

async function main(): Promise<void> {
  for (let index = 0; ; index += 1) {
    const id = await withReportDb((db) =>
      insertReport(
        db,
        {
          service: { id: 'mailfence', domain: 'mailfence.com' },
          remoteMta: 'mxs.mail.ru',
          remoteIp: '217.69.139.150',
          smtpCode: 550,
          enhancedCode: '5.7.1',
          diagnostic: `spam message rejected ${'x'.repeat(index % 500)}`,
          hour: '2026-11-02T09:00:00Z',
          providerId: 'mailru',
        },
        { asn: 47764, operator: 'LLC VK' },
      ),
    );
    process.stdout.write(`committed ${id}\n`);
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
