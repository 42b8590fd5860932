// Counting every request in the shared store costs a database round trip per
// request, on the same PostgreSQL that answers the request itself. Instead an
// instance takes a small lease of points from the store at once and spends it
// locally. The store still counts every point leased, so a client never gets
// more than its limit across all instances; at worst it is refused a little
// early when another instance holds unspent points of its leases (at most
// 1.5 × LEASE_SHARE of the limit per instance: a lease, and half of the one
// before). Small limits (under 2 × the share) lease one point at a time,
// which is exactly what the store alone would do.
//
// The next lease is asked for when half of the current one is spent, not when
// it runs out: otherwise every request of a busy client arriving during that
// round trip waits for it, once every lease (the bench saw it in the tail).
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { LimitRule } from './rate-limit-store.ts';

/** The share of a limit one instance may hold unspent. */
const LEASE_SHARE = 1 / 50;
/** Above this a lease saves nothing more worth its inaccuracy. */
const MAX_LEASE = 50;
/** Leases this small are not renewed ahead: they are for small limits, where being exact matters more. */
const RENEW_AHEAD_FROM = 4;
/** Forget spent leases once this many clients are held. */
const PRUNE_ABOVE = 10_000;

interface Lease {
  left: number;
  expiresAt: number;
  /** The store refused to renew it ahead: ask again only once it is spent. */
  renewalRefused?: boolean;
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

  // Points of a lease from the store's previous window are not carried into the next one.
  const addToLease = (key: string, points: number, msBeforeNext: number): void => {
    const at = now();
    const held = leases.get(key);
    const carried = held !== undefined && held.expiresAt > at ? held.left : 0;
    leases.set(key, { left: carried + points, expiresAt: at + msBeforeNext });
  };

  const refill = async (key: string): Promise<void> => {
    if (leases.size > PRUNE_ABOVE) prune(leases, now());
    try {
      const granted = await store.consume(key, size);
      addToLease(key, size, granted.msBeforeNext);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      // The whole lease did not fit, but what was left before it may still be spent.
      const before = rejection.consumedPoints - size;
      const left = Math.min(size, rule.points - before);
      if (left <= 0) throw rejection;
      addToLease(key, left, rejection.msBeforeNext);
    }
  };

  const refillOnce = (key: string): Promise<void> => {
    let pending = refills.get(key);
    if (pending === undefined) {
      pending = refill(key).finally(() => refills.delete(key));
      refills.set(key, pending);
    }
    return pending;
  };

  const renewAhead = (key: string): void => {
    const lease = leases.get(key);
    if (size < RENEW_AHEAD_FROM || lease === undefined || lease.renewalRefused || lease.left >= size / 2 || refills.has(key)) return;
    // A refusal or an unreachable store surfaces on the request that finds the
    // lease empty and asks again itself; a request already waiting on this
    // renewal goes round and does so.
    const renewal = refill(key)
      .catch(() => {
        lease.renewalRefused = true;
      })
      .finally(() => refills.delete(key));
    refills.set(key, renewal);
  };

  const consume = async (key: string): Promise<void> => {
    for (;;) {
      if (takeLocal(key)) {
        renewAhead(key);
        return;
      }
      await refillOnce(key);
      // Several requests may have waited on one refill: each takes its point, or goes round again.
    }
  };
  return { consume };
}

function prune(leases: Map<string, Lease>, at: number): void {
  for (const [key, lease] of leases) if (lease.left <= 0 || lease.expiresAt <= at) leases.delete(key);
}
