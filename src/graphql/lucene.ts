import { aliasKey } from '../domain/normalize';

/** Characters with a meaning in Lucene query syntax (`&&`/`||` are covered by & and |). */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes user text so Lucene reads every character literally. */
export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

// Lucene's boolean operators are case-sensitive words: lower case keeps them plain terms.
const words = (text: string): string[] =>
  aliasKey(text)
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => escapeLucene(w.toLowerCase()));

/**
 * Full-text query for entity names and aliases: the whole phrase (boosted), all words,
 * then all words fuzzily (edit distance 1 for words of 4+ letters) with the last word
 * also as a prefix, so "lee jae myung", "Lee Jae-myung", "Lee" and "takaich" all hit.
 * Returns null when the text has no word.
 */
export function entitySearchQuery(text: string): string | null {
  const ws = words(text);
  if (ws.length === 0) return null;
  const fuzzy = ws.map((w, i) => {
    const base = w.length >= 4 ? `${w}~1` : w;
    return i === ws.length - 1 ? `(${base} OR ${w}*)` : base;
  });
  return [`"${ws.join(' ')}"^4`, `(${ws.join(' AND ')})^2`, `(${fuzzy.join(' AND ')})`].join(' OR ');
}

/** Full-text query for claim sentences: phrase and all-words boosted, any word matches. */
export function claimSearchQuery(text: string): string | null {
  const ws = words(text);
  if (ws.length === 0) return null;
  return [`"${ws.join(' ')}"^3`, `(${ws.join(' AND ')})^2`, ...ws].join(' OR ');
}
