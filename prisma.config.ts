// Prisma CLI configuration. chronicle applies migrations itself with Prisma's
// WebAssembly schema engine (npm run db:migrate); on a machine where the native
// engine can be downloaded, `npx prisma migrate deploy` with DATABASE_URL set
// sees the same folder and the same history.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
