/**
 * Text normalization shared by every stage and by query-time matching, so that the
 * keys written at load time and the keys computed from a GraphQL argument agree.
 */

const REPLACEMENTS: Record<string, string> = {};
for (const ch of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212') REPLACEMENTS[ch] = '-';
for (const ch of '\u2018\u2019\u201A\u201B\u2032') REPLACEMENTS[ch] = "'";
for (const ch of '\u201C\u201D\u201E\u201F\u2033') REPLACEMENTS[ch] = '"';
for (const ch of '\u00A0\u2007\u202F\u2009\u200A\u2002\u2003') REPLACEMENTS[ch] = ' ';
for (const ch of '\u200B\u200C\u200D\u2060\uFEFF') REPLACEMENTS[ch] = '';
REPLACEMENTS['\u2026'] = '...';

// One pass over the text by character code: this runs on every sentence of every story.
// SLOT[code] = index + 1 of the code's replacement in REPLACEMENT_TEXTS (0 = kept as is).
const REPLACEMENT_TEXTS: string[] = [];
const SLOT = new Uint8Array(65536);
for (const [ch, to] of Object.entries(REPLACEMENTS)) {
  REPLACEMENT_TEXTS.push(to);
  SLOT[ch.charCodeAt(0)] = REPLACEMENT_TEXTS.length;
}
/**
 * Any character the loop below replaces: texts without one (most) are returned after one regex scan.
 * Global, so that `test` leaves `lastIndex` just past the first such character: the loop starts there.
 */
const REPLACED_CHAR = new RegExp(`[${Object.keys(REPLACEMENTS).map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');
const NON_ASCII = /[^\x00-\x7F]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const POSSESSIVE_S = /'s\b/g;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;
const NON_ALNUM_ASCII = /[^a-z0-9]+/g;

/**
 * Folds typography for matching while keeping length-changing replacements rare:
 * only zero-width characters (removed) and the ellipsis (three dots) change length.
 */
export function normalizeTypography(text: string): string {
  REPLACED_CHAR.lastIndex = 0;
  if (!REPLACED_CHAR.test(text)) return text;
  // (every replaced character is one UTF-16 unit, so the first one is at lastIndex - 1)
  const first = REPLACED_CHAR.lastIndex - 1;
  // The pieces are joined once at the end: `+=` would build a cons string, which V8 flattens on
  // first use but keeps as an indirection in front of every later character read and slice
  // (until a GC shortcuts it); `join` gives a flat sequential string. Extraction reads these texts a lot.
  const parts: string[] = [];
  let copied = 0;
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Every replaced character is above U+009F.
    if (c < 0xa0) continue;
    const slot = SLOT[c]!;
    if (slot === 0) continue;
    parts.push(text.slice(copied, i), REPLACEMENT_TEXTS[slot - 1]!);
    copied = i + 1;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * Lookup key for a name: typography folded, diacritics removed, lower case,
 * possessive 's dropped, every run of non-alphanumerics collapsed to one space.
 * "Lee Jae-myung", "lee jae myung" and "LEE JAE MYUNG’s" share the key "lee jae myung".
 */
export function aliasKey(name: string): string {
  // ASCII names (most of them) need neither typography folding nor NFKD, and their letters are [a-z].
  if (!NON_ASCII.test(name)) return asciiAliasKey(name);
  // Text whose only non-ASCII characters are typography (curly quotes, dashes: story titles) is ASCII
  // once folded: NFKD and the combining-mark pass change nothing on ASCII, and after lower-casing
  // [^\p{L}\p{N}] and [^a-z0-9] match the same ASCII characters. (NFKD costs ≈ 1 % of the pipeline
  // on the story id alone.)
  const folded = normalizeTypography(name);
  if (!NON_ASCII.test(folded)) return asciiAliasKey(folded);
  return folded
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(POSSESSIVE_S, '')
    .replace(NON_ALNUM, ' ')
    .trim();
}

/** `aliasKey` of a name without non-ASCII characters. */
function asciiAliasKey(name: string): string {
  return name.toLowerCase().replace(POSSESSIVE_S, '').replace(NON_ALNUM_ASCII, ' ').trim();
}

/** URL- and id-safe slug of a text ("Lee Jae Myung" -> "lee-jae-myung"). */
export function slugify(text: string): string {
  return aliasKey(text).replaceAll(' ', '-').slice(0, 120);
}

const LOWER = new Map<string, string>();
const LOWER_LIMIT = 4_096;

/**
 * `word.toLowerCase()` for short words (token texts), faster: a word without upper-case or
 * non-ASCII characters is returned as is; others are memoized (bounded, cleared when full).
 */
export function lowerWord(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) {
      let k = LOWER.get(word);
      if (k === undefined) {
        if (LOWER.size >= LOWER_LIMIT) LOWER.clear();
        k = word.toLowerCase();
        LOWER.set(word, k);
      }
      return k;
    }
  }
  return word;
}
