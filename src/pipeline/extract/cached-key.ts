/**
 * Memoized aliasKey: extraction asks for the key of the same few hundred names many times
 * per story (clustering, merging, title matching). The cache is bounded and cleared when full.
 */
import { aliasKey } from '../../domain/normalize';

const CACHE = new Map<string, string>();
const LIMIT = 4_096;

export function cachedAliasKey(s: string): string {
  let k = CACHE.get(s);
  if (k === undefined) {
    if (CACHE.size >= LIMIT) CACHE.clear();
    k = aliasKey(s);
    CACHE.set(s, k);
  }
  return k;
}

/** Re-exported for extraction: see `lowerWord` in domain/normalize. */
export { lowerWord } from '../../domain/normalize';
