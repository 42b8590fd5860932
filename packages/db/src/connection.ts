import type { PoolConfig } from 'pg';
import { parseIntoClientConfig } from 'pg-connection-string';

/**
 * A postgres:// URL as pg's pool fields, read by pg's own parser (sslmode, a
 * socket directory in ?host=, percent-encoded names and options included).
 */
export function poolConfigFromUrl(databaseUrl: string): PoolConfig {
  return parseIntoClientConfig(databaseUrl);
}

/** The same server, another database. */
export function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** Quotes an SQL identifier (database names in CREATE/DROP DATABASE cannot be bound). */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
