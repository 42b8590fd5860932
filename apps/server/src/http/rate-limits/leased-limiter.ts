// Counting every request in the shared store costs a database round trip per
// request, on the same PostgreSQL that answers the request itself. Instead an
// instance takes a small lease of points from the store at once and spends it
// locally. The store still counts every point leased, so a client never gets
// more than its limit across all instances; at worst it is refused a little
// early when another instance holds unspent points of its lease (at most
// LEASE_SHARE of the limit per instance). Small limits (under 2 × the share)
// lease one point at a time, which is exactly what the store alone would do.
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { LimitRule } from './rate-limit-store.ts';

/** The share of a limit one instance may hold unspent. */
const LEASE_SHARE = 1 / 50;
/** Above this a lease saves nothing more worth its inaccuracy. */
const MAX_LEASE = 50;
/** Forget spent leases once this many clients are held. */
const PRUNE_ABOVE = 10_000;

interface Lease {
  left: number;
  expiresAt: number;
}

export interface PointSpender {
  /** Resolves when the client may go on; rejects with a RateLimiterRes when it is over its limit. */
  consume(key: string): Promise<void>;
}

export function leaseSizeFor(rule: LimitRule): number {
  return Math.max(1, Math.min(MAX_LEASE, Math.floor(rule.points * LEASE_SHARE)));
}

export function leasedLimiter(store: RateLimiterAbstract, rule: LimitRule, now: () => number = Date.now): PointSpender {
  const size = leaseSizeFor(rule);
  const leases = new Map<string, Lease>();
  // Requests of one client arriving together share one trip to the store.
  const refills = new Map<string, Promise<void>>();

  const takeLocal = (key: string): boolean => {
    const lease = leases.get(key);
    if (lease === undefined || lease.left <= 0 || lease.expiresAt <= now()) return false;
    lease.left -= 1;
    return true;
  };

  const refill = async (key: string): Promise<void> => {
    if (leases.size > PRUNE_ABOVE) prune(leases, now());
    try {
      const granted = await store.consume(key, size);
      leases.set(key, { left: size, expiresAt: now() + granted.msBeforeNext });
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      // The whole lease did not fit, but what was left before it may still be spent.
      const before = rejection.consumedPoints - size;
      const left = Math.min(size, rule.points - before);
      if (left <= 0) throw rejection;
      leases.set(key, { left, expiresAt: now() + rejection.msBeforeNext });
    }
  };

  const consume = async (key: string): Promise<void> => {
    for (;;) {
      if (takeLocal(key)) return;
      let pending = refills.get(key);
      if (pending === undefined) {
        pending = refill(key).finally(() => refills.delete(key));
        refills.set(key, pending);
      }
      await pending;
      // Several requests may have waited on one refill: each takes its point, or goes round again.
    }
  };
  return { consume };
}

function prune(leases: Map<string, Lease>, at: number): void {
  for (const [key, lease] of leases) if (lease.left <= 0 || lease.expiresAt <= at) leases.delete(key);
}
