// npm run token:create -- --name NAME   creates an editor's API token and prints it once.
// npm run token:create -- --revoke NAME revokes every active token of that name.
import { parseArgs } from 'node:util';
import { createPrismaClient, startMigratedDatabase } from '@chronicle/db';
import { createApiToken, revokeApiToken } from '../src/auth/api-tokens.ts';

const { values } = parseArgs({ options: { name: { type: 'string' }, revoke: { type: 'string' } } });
if (!values.name && !values.revoke) {
  console.error('usage: npm run token:create -- --name NAME   |   --revoke NAME');
  process.exit(2);
}
const database = await startMigratedDatabase();
const db = createPrismaClient(database.url, { poolSize: 1 });
try {
  if (values.revoke) {
    const count = await revokeApiToken(db, values.revoke);
    console.log(count ? `revoked ${count} token(s) named "${values.revoke}"` : `no active token named "${values.revoke}"`);
  } else {
    const { token } = await createApiToken(db, values.name!);
    console.log(`Editor token for "${values.name}" (shown once; only its hash is stored):\n\n  ${token}\n\nSend it as: Authorization: Bearer ${token}`);
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
process.exit(0);
