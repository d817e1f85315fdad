import type { Random } from './create-random';

/**
 * Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^exponent: rank 0 is the
 * most frequent, the tail is long. Precomputes the cumulative weights once (O(n) memory),
 * then each draw is a binary search.
 */
export function createZipf(n: number, exponent = 1): (random: Random) => number {
  if (n < 1) throw new Error('createZipf needs n >= 1');
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let rank = 0; rank < n; rank += 1) {
    total += 1 / Math.pow(rank + 1, exponent);
    cumulative[rank] = total;
  }
  return (random) => {
    const target = random.next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
