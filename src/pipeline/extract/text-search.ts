/**
 * Substring tests for patterns that start with a space. `text.includes(' fund')` stops at every
 * space of the text (most characters of prose); searching for the word and checking the character
 * before it is several times faster. Same results as the `includes` calls they replace.
 */

/** `text.includes(' ' + w)`, for a non-empty `w`. */
export function includesAfterSpace(text: string, w: string): boolean {
  if (w.length === 0) return text.includes(' ');
  for (let i = text.indexOf(w, 1); i >= 0; i = text.indexOf(w, i + 1)) if (text.charCodeAt(i - 1) === 32) return true;
  return false;
}

/** `text.includes(` ${w} `)`. */
export function includesSpaced(text: string, w: string): boolean {
  if (w.length === 0) return text.includes('  ');
  const n = w.length;
  for (let i = text.indexOf(w, 1); i >= 0; i = text.indexOf(w, i + 1)) {
    if (text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + n) === 32) return true;
  }
  return false;
}
