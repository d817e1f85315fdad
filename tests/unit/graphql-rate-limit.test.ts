import { createRateLimiter } from '../../src/graphql/rate-limit';

describe('token bucket rate limiter', () => {
  const clock = () => {
    let t = 1_000_000;
    return { now: () => t, advance: (ms: number) => void (t += ms) };
  };

  it('lets a burst through, then refuses with the wait until the next token', () => {
    const c = clock();
    const limiter = createRateLimiter({ perMinute: 60, burst: 3, now: c.now });
    const answers = [1, 2, 3, 4].map(() => limiter.take(['ip:a']));
    expect(answers).toEqual([{ ok: true }, { ok: true }, { ok: true }, { ok: false, retryAfterSeconds: 1 }]);
    c.advance(999);
    expect(limiter.take(['ip:a']).ok).toBe(false);
    c.advance(1);
    expect(limiter.take(['ip:a'])).toEqual({ ok: true });
  });

  it('refills at perMinute/60 per second, never above the burst', () => {
    const c = clock();
    const limiter = createRateLimiter({ perMinute: 6, burst: 2, now: c.now });
    limiter.take(['k']);
    limiter.take(['k']);
    expect(limiter.take(['k'])).toEqual({ ok: false, retryAfterSeconds: 10 });
    c.advance(3_600_000);
    expect([limiter.take(['k']).ok, limiter.take(['k']).ok, limiter.take(['k']).ok]).toEqual([true, true, false]);
  });

  it('keeps one bucket per client, and takes from every bucket of a request or from none', () => {
    const c = clock();
    const limiter = createRateLimiter({ perMinute: 60, burst: 2, now: c.now });
    expect(limiter.take(['ip:a', 'token:t']).ok).toBe(true);
    expect(limiter.take(['ip:a', 'token:t']).ok).toBe(true);
    // ip:a and token:t are empty; ip:b is a different client, but the same token is spent.
    expect(limiter.take(['ip:b', 'token:t']).ok).toBe(false);
    expect(limiter.take(['ip:b']).ok).toBe(true);
    expect(limiter.take(['ip:b']).ok).toBe(true);
    expect(limiter.take(['ip:b']).ok).toBe(false);
  });

  it('drops full buckets when it holds too many', () => {
    const c = clock();
    const limiter = createRateLimiter({ perMinute: 60, burst: 5, now: c.now, maxKeys: 10 });
    for (let i = 0; i < 11; i++) limiter.take([`ip:${i}`]);
    c.advance(60_000);
    limiter.take(['ip:new']);
    expect(limiter.size()).toBe(1);
  });
});
