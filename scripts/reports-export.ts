/**
 * npm run reports:export [-- FILE]
 *
 * The whole public record, one report a line, as CSV (RFC 4180, CRLF) to FILE or to standard
 * output, oldest refusal first, read a page at a time. Opens the record as the app does:
 * DATABASE_URL, else the embedded database in DATA_DIR (which the app must not hold open: stop it
 * first, or run PostgreSQL). Licence of the data: CC BY 4.0 (README).
 */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { once } from 'node:events';

import { csvRecord } from '@/lib/reports/csv';
import { allReports } from '@/lib/reports/server/export-reports';
import { reportCsvColumns, reportRowCsv } from '@/lib/reports/server/report-row-csv';
import { closeReportStore, withReportDb } from '@/lib/reports/server/report-store';

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

async function main(): Promise<number> {
  const [file, ...rest] = process.argv.slice(2);
  if (rest.length > 0 || file?.startsWith('-')) {
    console.error('Usage: npm run reports:export [-- FILE]');
    return 2;
  }
  const out = file ? createWriteStream(file) : process.stdout;
  let count = 0;
  try {
    await withReportDb(async (db) => {
      await write(out, csvRecord(reportCsvColumns));
      for await (const row of allReports(db)) {
        await write(out, reportRowCsv(row));
        count += 1;
      }
    });
  } catch (error) {
    console.error(`The record could not be read: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await closeReportStore();
    if (file) {
      out.end();
      await once(out, 'finish');
    }
  }
  console.error(`${count} reports exported${file ? ` to ${file}` : ''}.`);
  return 0;
}

void main().then((code) => {
  process.exitCode = code;
});
