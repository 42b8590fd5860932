// Editors' API tokens: 256 random bits, shown once, stored only as sha256.
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '@chronicle/db';

const PREFIX = 'chr_';
const LAST_USED_RESOLUTION_MS = 60 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export async function createApiToken(db: Database, name: string): Promise<{ id: string; token: string }> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('a token needs a name (who or what uses it)');
  const token = PREFIX + randomBytes(32).toString('base64url');
  const row = await db.apiToken.create({ data: { name: trimmed, tokenHash: hashToken(token) } });
  return { id: row.id, token };
}

export async function revokeApiToken(db: Database, name: string): Promise<number> {
  const { count } = await db.apiToken.updateMany({ where: { name, revokedAt: null }, data: { revokedAt: new Date() } });
  return count;
}

export interface Editor {
  tokenId: string;
  tokenName: string;
}

/** The editor a bearer token belongs to; null when it is unknown or revoked. */
export async function editorForToken(db: Database, token: string): Promise<Editor | null> {
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.revokedAt) return null;
  // Recorded to the hour, not per request: enough to tell a token still in use
  // from a forgotten one, without a write on every editor's request.
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { tokenId: row.id, tokenName: row.name };
}
