// Every test file starts with the public record's database unreachable (a closed loopback port:
// refused at once), so that no test writes to ./data and the routes that only read the record
// (/api/resolve's reportedBlocking) answer as they do when it is down. A test that needs the
// record opens one of its own with withTestReportStore() (__tests__/support/report-store.ts).
process.env.DATABASE_URL = 'postgres://unblock@127.0.0.1:1/none';
