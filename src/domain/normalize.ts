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

// One pass over the text: this runs on every sentence of every story.
const TYPOGRAPHY = new RegExp(`[${Object.keys(REPLACEMENTS).join('')}]`, 'g');

/**
 * Folds typography for matching while keeping length-changing replacements rare:
 * only zero-width characters (removed) and the ellipsis (three dots) change length.
 */
export function normalizeTypography(text: string): string {
  return text.replace(TYPOGRAPHY, (ch) => REPLACEMENTS[ch] ?? ch);
}

/**
 * Lookup key for a name: typography folded, diacritics removed, lower case,
 * possessive 's dropped, every run of non-alphanumerics collapsed to one space.
 * "Lee Jae-myung", "lee jae myung" and "LEE JAE MYUNG’s" share the key "lee jae myung".
 */
export function aliasKey(name: string): string {
  return normalizeTypography(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** URL- and id-safe slug of a text ("Lee Jae Myung" -> "lee-jae-myung"). */
export function slugify(text: string): string {
  return aliasKey(text).replace(/ /g, '-').slice(0, 120);
}
