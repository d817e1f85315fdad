/** Requests a client may make: `perMinute` on average, up to `burst` at once. */
export interface RateLimit {
  perMinute: number;
  burst: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Token buckets keyed by client (`ip:…`, `token:…`). */
export interface RateLimiter {
  /**
   * Takes one token from the bucket of every key, or from none: a request passes only when
   * each of its buckets (its IP's, and its bearer token's when it carries one) has a token.
   */
  take(keys: readonly string[]): RateDecision;
  /** Buckets currently held (for tests and metrics). */
  size(): number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * In-memory token buckets: each starts full (`burst` tokens) and refills at `perMinute / 60`
 * tokens a second up to `burst`. A full bucket is the same as no bucket, so when more than
 * `maxKeys` are held the full ones are dropped (memory stays bounded by the clients that are
 * actually busy). `now` is injectable for tests (milliseconds).
 */
export function createRateLimiter({ perMinute, burst, now = () => Date.now(), maxKeys = 10_000 }: RateLimit & { now?: () => number; maxKeys?: number }): RateLimiter {
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  const refill = (key: string, t: number): Bucket => {
    const bucket = buckets.get(key) ?? { tokens: burst, at: t };
    bucket.tokens = Math.min(burst, bucket.tokens + (t - bucket.at) * perMs);
    bucket.at = t;
    buckets.set(key, bucket);
    return bucket;
  };

  const sweep = (t: number): void => {
    for (const [key, bucket] of buckets) if (Math.min(burst, bucket.tokens + (t - bucket.at) * perMs) >= burst) buckets.delete(key);
    // Still too many busy clients: forget them all rather than grow without bound.
    if (buckets.size > maxKeys) buckets.clear();
  };

  return {
    take(keys) {
      const t = now();
      if (buckets.size > maxKeys) sweep(t);
      const held = keys.map((key) => refill(key, t));
      const short = held.filter((b) => b.tokens < 1);
      if (short.length > 0) {
        const waitMs = Math.max(...short.map((b) => (1 - b.tokens) / perMs));
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
      }
      for (const bucket of held) bucket.tokens -= 1;
      return { ok: true };
    },
    size: () => buckets.size,
  };
}
