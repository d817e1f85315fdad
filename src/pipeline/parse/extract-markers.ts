/** Text with its citation markers taken out, and the cited source numbers. */
export interface MarkedText {
  /** The text without markers (and without the whitespace before each), trimmed. */
  text: string;
  /** Source numbers in order of first appearance, without duplicates. */
  markers: number[];
}

const MAX_MARKER_DIGITS = 4;

/**
 * Removes every citation marker ("[3]") from `text` and returns the numbers in order
 * of first appearance, deduplicated ("[2][1][2]" -> [2, 1]). Brackets holding anything
 * but 1-4 digits are left in the text. Scans with indexOf: this runs on every sentence.
 */
export function extractMarkers(text: string): MarkedText {
  const markers: number[] = [];
  // The text between markers, joined once at the end: a flat string rather than a cons string
  // (see normalizeTypography; every sentence and timeline entry comes through here).
  const parts: string[] = [];
  let copied = 0;
  for (let open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
    const close = text.indexOf(']', open + 1);
    if (close < 0) break;
    if (!isDigits(text, open + 1, close)) {
      // Jump to the last "[" before this "]" so runs of "[[[[" stay linear.
      open = Math.max(open, text.lastIndexOf('[', close) - 1);
      continue;
    }
    const n = Number(text.slice(open + 1, close));
    if (!markers.includes(n)) markers.push(n);
    let cut = open;
    while (cut > copied && isSpace(text.charCodeAt(cut - 1))) cut -= 1;
    parts.push(text.slice(copied, cut));
    copied = close + 1;
    open = close;
  }
  if (copied === 0) return { text: text.trim(), markers };
  parts.push(text.slice(copied));
  return { text: parts.join('').trim(), markers };
}

function isDigits(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_MARKER_DIGITS) return false;
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f;
}
