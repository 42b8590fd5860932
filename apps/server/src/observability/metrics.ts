// /metrics in Prometheus' text format (prom-client). One registry per server,
// so two servers in one process (tests) do not count into each other.
// Labels come from closed sets or are bounded: an operation name is chosen by
// the client, and unbounded label values would let anyone grow the registry.
import type { RequestHandler } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(options: { poolStats: () => PoolStats | null; liveStats?: () => { sockets: number; subscriptions: number } }) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'chronicle_' });

  const httpRequests = new Counter({
    name: 'chronicle_http_requests_total',
    help: 'HTTP requests by method and status',
    labelNames: ['method', 'status'],
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: 'chronicle_http_request_duration_seconds',
    help: 'HTTP request latency',
    labelNames: ['method'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const operations = new Counter({
    name: 'chronicle_graphql_operations_total',
    help: 'GraphQL operations by name and type',
    labelNames: ['operation', 'type'],
    registers: [registry],
  });
  const operationDuration = new Histogram({
    name: 'chronicle_graphql_operation_duration_seconds',
    help: 'GraphQL operation latency by name',
    labelNames: ['operation'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'chronicle_graphql_errors_total',
    help: 'GraphQL errors by extensions.code',
    labelNames: ['code'],
    registers: [registry],
  });
  const ingestions = new Counter({ name: 'chronicle_ingestions_total', help: 'Articles ingested, by outcome', labelNames: ['result'], registers: [registry] });
  new Gauge({
    name: 'chronicle_db_pool_connections',
    help: 'Database pool connections by state (max: the pool size)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const stats = options.poolStats();
      if (!stats) return;
      this.set({ state: 'total' }, stats.total);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'in_use' }, stats.total - stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
      this.set({ state: 'max' }, stats.max);
    },
  });

  new Gauge({
    name: 'chronicle_live',
    help: 'Open WebSocket connections (sockets) and running GraphQL subscriptions',
    labelNames: ['kind'],
    registers: [registry],
    collect() {
      const stats = options.liveStats?.();
      if (!stats) return;
      this.set({ kind: 'sockets' }, stats.sockets);
      this.set({ kind: 'subscriptions' }, stats.subscriptions);
    },
  });

  const seenNames = new Set<string>();
  const operationLabel = (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (seenNames.has(name)) return name;
    if (seenNames.size >= MAX_OPERATION_NAMES) return 'other';
    seenNames.add(name);
    return name;
  };

  return {
    registry,
    observeHttp(method: string, status: number, seconds: number) {
      const m = ['GET', 'POST', 'HEAD', 'OPTIONS'].includes(method) ? method : 'OTHER';
      httpRequests.inc({ method: m, status: String(status) });
      httpDuration.observe({ method: m }, seconds);
    },
    observeOperation(name: string | null | undefined, type: string, seconds: number) {
      const operation = operationLabel(name);
      operations.inc({ operation, type });
      operationDuration.observe({ operation }, seconds);
    },
    /** Codes come from a closed set (errors.ts); anything else is counted as UNKNOWN. */
    countError(code: string, known: ReadonlySet<string>) {
      errors.inc({ code: known.has(code) ? code : 'UNKNOWN' });
    },
    countIngestion(result: 'created' | 'already_ingested' | 'failed') {
      ingestions.inc({ result });
    },
    handler: (async (_req, res) => {
      res.type(registry.contentType).send(await registry.metrics());
    }) satisfies RequestHandler,
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
