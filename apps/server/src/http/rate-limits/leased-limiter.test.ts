// Leases against rate-limiter-flexible's in-memory store (the PostgreSQL and Redis
// stores behind the same interface are exercised end to end in test/rate-limits.test.ts).
import { describe, expect, it } from 'vitest';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { leasedLimiter, leaseSizeFor } from './leased-limiter.ts';

/** The library's store, counting how often it is asked. */
class CountedStore extends RateLimiterMemory {
  visits = 0;
  override consume(key: string | number, points?: number, options?: Record<string, unknown>): Promise<RateLimiterRes> {
    this.visits += 1;
    return super.consume(key, points, options);
  }
}

/** The library's store, answering only when the test releases it. */
class HeldStore extends RateLimiterMemory {
  asked = 0;
  private held: (() => void)[] = [];
  override async consume(key: string | number, points?: number, options?: Record<string, unknown>): Promise<RateLimiterRes> {
    this.asked += 1;
    await new Promise<void>((resolve) => this.held.push(resolve));
    return super.consume(key, points, options);
  }
  release(): void {
    this.held.shift()?.();
  }
}

/** Whether a request is let through before anything but promises already settled could run. */
async function grantedWithoutWaiting(request: Promise<void>): Promise<boolean> {
  const later = new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), 0));
  return (await Promise.race([request.then(() => 'granted' as const), later])) === 'granted';
}

async function spend(limiter: { consume(key: string): Promise<void> }, key: string, times: number): Promise<number> {
  let allowed = 0;
  for (let i = 0; i < times; i += 1) {
    try {
      await limiter.consume(key);
      allowed += 1;
    } catch (rejection) {
      expect(rejection).toBeInstanceOf(RateLimiterRes);
    }
  }
  return allowed;
}

describe('a leased rate limit', () => {
  it('leases a fiftieth of the limit, at least one point and at most fifty', () => {
    expect([5, 60, 100, 1200, 100_000].map((points) => leaseSizeFor({ points, seconds: 60 }))).toEqual([1, 1, 2, 24, 50]);
  });

  it('allows exactly the limit from one instance, asking the store once per lease', async () => {
    const rule = { points: 1200, seconds: 60 };
    const store = new CountedStore({ points: rule.points, duration: rule.seconds });
    const limiter = leasedLimiter(store, rule);
    expect(await spend(limiter, 'a', 1300)).toBe(1200);
    // 50 leases of 24 points, one renewal refused ahead; then every refused
    // request asks again (the store blocks from memory).
    expect(store.visits).toBe(50 + 1 + 100);
    // Another client has its own count.
    expect(await spend(limiter, 'b', 1)).toBe(1);
  });

  it('spends the last points even when they are fewer than a lease', async () => {
    const rule = { points: 110, seconds: 60 };
    const store = new RateLimiterMemory({ points: rule.points, duration: rule.seconds });
    expect(await spend(leasedLimiter(store, rule), 'a', 200)).toBe(110);
  });

  it('never lets two instances on one store allow more than the limit together', async () => {
    const rule = { points: 1000, seconds: 60 };
    const store = new RateLimiterMemory({ points: rule.points, duration: rule.seconds });
    const [one, two] = [leasedLimiter(store, rule), leasedLimiter(store, rule)];
    let allowed = 0;
    for (let round = 0; round < 700; round += 1) allowed += (await spend(one, 'a', 1)) + (await spend(two, 'a', 1));
    // Unspent points of the other instance's lease are the only ones lost.
    expect(allowed).toBeLessThanOrEqual(rule.points);
    expect(allowed).toBeGreaterThanOrEqual(rule.points - leaseSizeFor(rule));
  });

  it('lets requests arriving together share one trip to the store', async () => {
    const rule = { points: 1000, seconds: 60 };
    const store = new CountedStore({ points: rule.points, duration: rule.seconds });
    const limiter = leasedLimiter(store, rule);
    await Promise.all(Array.from({ length: 20 }, () => limiter.consume('a')));
    // One lease of 20 for all twenty; the next one was asked for once half of it was spent.
    expect(store.visits).toBe(2);
  });

  it('asks for the next lease when half of one is spent, so that requests do not wait for the store', async () => {
    const rule = { points: 100_000, seconds: 60 };
    const store = new HeldStore({ points: rule.points, duration: rule.seconds });
    const limiter = leasedLimiter(store, rule);
    const first = limiter.consume('a');
    store.release();
    await first;
    // The other 49 points of the first lease: the renewal goes out at the 26th point and stays unanswered.
    for (let i = 0; i < 49; i += 1) expect(await grantedWithoutWaiting(limiter.consume('a'))).toBe(true);
    expect(store.asked).toBe(2);
    // The lease is spent: the next request waits for the renewal, then has its point.
    const waiting = limiter.consume('a');
    expect(await grantedWithoutWaiting(waiting)).toBe(false);
    store.release();
    await waiting;
    expect(store.asked).toBe(2);
  });

  it('refuses with the time left in the window', async () => {
    const rule = { points: 3, seconds: 60 };
    const limiter = leasedLimiter(new RateLimiterMemory({ points: rule.points, duration: rule.seconds }), rule);
    await spend(limiter, 'a', 3);
    const refusal = await limiter.consume('a').catch((rejection: unknown) => rejection);
    expect(refusal).toBeInstanceOf(RateLimiterRes);
    expect((refusal as RateLimiterRes).msBeforeNext).toBeGreaterThan(50_000);
  });
});
