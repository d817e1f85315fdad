/**
 * A sieve over a set of words: one bit per hash of (first, second, last character, length). A word
 * whose bit is clear is not in the set, so the set's map need not be probed, nor the word's hash
 * computed for it: most capitalized words of a claim are names, in none of the lexicon's sets.
 * A set bit only means "maybe": the map decides.
 */
export type WordSieve = Uint8Array;

function slotOf(w: string): number {
  const n = w.length;
  return (((w.charCodeAt(0) * 31 + (n > 1 ? w.charCodeAt(1) : 0)) * 31 + w.charCodeAt(n - 1)) * 31 + n) & 0xffff;
}

export function wordSieve(words: Iterable<string>): WordSieve {
  const t = new Uint8Array(65536);
  for (const w of words) if (w.length > 0) t[slotOf(w)] = 1;
  return t;
}

/** `w` may be in the sieve's set: never false for a member ('' is in no sieve). */
export function mayHave(sieve: WordSieve, w: string): boolean {
  return w.length > 0 && sieve[slotOf(w)] === 1;
}
