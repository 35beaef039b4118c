import { defineConfig } from 'drizzle-kit';

/** `npm run db:generate`: a migration for each change of the record's schema (README, "The public record"). */
export default defineConfig({
  dialect: 'postgresql',
  schema: './lib/reports/server/db-schema.ts',
  out: './lib/reports/server/migrations',
});
