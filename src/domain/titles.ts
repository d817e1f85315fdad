import { aliasKey } from './normalize';

/**
 * Titles that may precede a name in a query ("President Lee", "Prime Minister Sanae
 * Takaichi"), as alias keys (lower case, punctuation folded: "secretary-general" is
 * "secretary general"). Demonyms ("South Korean", "Japanese") are deliberately NOT here:
 * "Japanese" alone names a country, so stripping it would change what is asked.
 */
export const LEADING_TITLES: readonly string[] = [
  'president',
  'vice president',
  'prime minister',
  'foreign minister',
  'minister',
  'chancellor',
  'king',
  'queen',
  'secretary general',
  'secretary of state',
  'senator',
  'governor',
  'mayor',
  'ceo',
  'chairman',
  'premier',
  'general',
  'pope',
  'dr',
  'mr',
  'mrs',
  'ms',
  'sir',
].map(aliasKey);

// Longest first, so "vice president" wins over "president" and "prime minister" over "minister".
const BY_LENGTH = [...LEADING_TITLES].sort((a, b) => b.length - a.length);

/**
 * Removes leading titles from an alias key, repeatedly ("president dr lee" -> "lee"),
 * never leaving it empty: a key that is only a title ("president") is returned as is.
 */
export function stripLeadingTitles(key: string): string {
  let rest = key;
  for (;;) {
    const title = BY_LENGTH.find((t) => rest.startsWith(`${t} `));
    if (title === undefined) return rest;
    rest = rest.slice(title.length + 1);
  }
}
