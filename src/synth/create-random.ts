/**
 * A small seeded pseudo-random generator (sfc32, seeded through cyrb128). Same seed, same
 * sequence on every platform and Node version: the corpus generator depends on it for
 * byte-identical output. Not for anything security-related.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** `count` distinct elements of `items` (all of them when there are fewer), in draw order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** Creates a generator from a seed (any string or number; `"42"` and `42` give the same sequence). */
export function createRandom(seed: string | number): Random {
  const [a0, b0, c0, d0] = cyrb128(String(seed));
  let a = a0;
  let b = b0;
  let c = c0;
  let d = d0;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i += 1) next(); // let the state mix before use
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    chance: (p) => next() < p,
    sample: <T>(items: readonly T[], count: number): T[] => {
      const pool = items.slice();
      const out: T[] = [];
      while (out.length < count && pool.length > 0) {
        const i = Math.floor(next() * pool.length);
        out.push(pool[i] as T);
        pool[i] = pool[pool.length - 1] as T;
        pool.pop();
      }
      return out;
    },
  };
}

/** Derives an independent seed for a sub-stream ("world", "story 17"). */
export function deriveSeed(seed: string | number, label: string): string {
  return `${seed}/${label}`;
}

/** 128-bit string hash (public-domain cyrb128) used to seed sfc32. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i += 1) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044597);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044597);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
