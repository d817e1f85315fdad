/**
 * Substring tests for patterns that start with a space. `text.includes(' fund')` stops at every
 * space of the text (most characters of prose); searching for the word and checking the character
 * before it is several times faster. Same results as the `includes` calls they replace.
 */

/** `s.replace(/'s$/, '')` without running a regex (nor `endsWith`: two char codes are cheaper). */
export function withoutFinalPossessive(s: string): string {
  const n = s.length;
  return n >= 2 && s.charCodeAt(n - 1) === 115 && s.charCodeAt(n - 2) === 39 ? s.slice(0, -2) : s;
}

/** `text.includes(' ' + w)`, for a non-empty `w`. */
export function includesAfterSpace(text: string, w: string): boolean {
  if (w.length === 0) return text.includes(' ');
  for (let i = text.indexOf(w, 1); i >= 0; i = text.indexOf(w, i + 1)) if (text.charCodeAt(i - 1) === 32) return true;
  return false;
}

/** `text.indexOf(` ${w} `)`, for a non-empty `w` (no concatenated needle per call). */
export function indexOfSpaced(text: string, w: string): number {
  const n = w.length;
  for (let i = text.indexOf(w, 1); i >= 0; i = text.indexOf(w, i + 1)) {
    if (text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + n) === 32) return i - 1;
  }
  return -1;
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
