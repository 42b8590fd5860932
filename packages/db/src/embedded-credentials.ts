// Passwords of an embedded PostgreSQL: random, made once per data folder and
// kept beside it (mode 0600, in the git-ignored .data folder), never a fixed
// string that anyone reading the source knows. Two roles: the superuser
// ('postgres'), used only to create databases and run migrations, and the
// role the application connects as, which is not a superuser.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface EmbeddedCredentials {
  superuserPassword: string;
  appPassword: string;
}

/** The password every embedded PostgreSQL had before credentials were per folder. */
export const LEGACY_PASSWORD = 'chronicle';
export const APP_ROLE = 'chronicle_app';

export const credentialsFile = (dataDir: string) => path.join(path.dirname(dataDir), `${path.basename(dataDir)}.credentials.json`);

const newPassword = () => randomBytes(24).toString('base64url');

export async function readCredentials(dataDir: string): Promise<EmbeddedCredentials | null> {
  const file = credentialsFile(dataDir);
  if (!existsSync(file)) return null;
  const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<EmbeddedCredentials>;
  if (typeof parsed.superuserPassword !== 'string' || typeof parsed.appPassword !== 'string')
    throw new Error(`${file} is not chronicle's credentials file; remove it only together with the data folder.`);
  return { superuserPassword: parsed.superuserPassword, appPassword: parsed.appPassword };
}

/** Fresh passwords, written with mode 0600 (and 'wx': never over a file another process just wrote). */
export async function createCredentials(dataDir: string): Promise<EmbeddedCredentials> {
  const credentials = { superuserPassword: newPassword(), appPassword: newPassword() };
  await writeFile(credentialsFile(dataDir), `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return credentials;
}
