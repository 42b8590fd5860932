import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.ts';

export interface PrismaClientOptions {
  /** Connections in this process's pool. */
  poolSize?: number;
  /** Called with every SQL statement Prisma sends (used by the N+1 test and debugging). */
  onQuery?: (sql: string) => void;
}

export function createPrismaClient(databaseUrl: string, options: PrismaClientOptions = {}) {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: options.poolSize ?? 10 });
  if (!options.onQuery) return new PrismaClient({ adapter });
  const onQuery = options.onQuery;
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => onQuery(event.query));
  return client;
}

export type Database = ReturnType<typeof createPrismaClient>;
