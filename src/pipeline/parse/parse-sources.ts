import type { ParseIssue, ParsedSource } from '../../domain/parsed-story';

/** Sources read from a digest's "Sources" block, with what was odd about them. */
export interface SourcesParse {
  sources: ParsedSource[];
  warnings: ParseIssue[];
}

const NUMBER_LINE = /^\[(\d{1,4})\]\s*(.*)$/;
const BULLET_LINE = /^[-–—•*]$/;
const URL = /\bhttps?:\/\/\S+/;
/** "Title – description": an en or em dash with spaces; a spaced hyphen only as a fallback. */
const DASH_SEPARATOR = /\s[–—]\s/;
const HYPHEN_SEPARATOR = /\s-\s/;
const MAX_OUTLET_LENGTH = 80;

/**
 * Reads the lines of a "Sources" block, `lines[from]` up to `lines[to]` (exclusive), as
 * repeated "-" / "[n]" / "Outlet: Title – description ." groups. Tolerates a missing "-",
 * and "[n] Outlet: ..." on one line. Duplicate numbers keep the first and warn.
 */
export function parseSources(lines: readonly string[], from: number, to: number): SourcesParse {
  const sources: ParsedSource[] = [];
  const warnings: ParseIssue[] = [];
  let pending: { number: number; line: number } | null = null;

  for (let index = from; index < to; index += 1) {
    const text = (lines[index] ?? '').trim();
    const line = index + 1;
    if (text.length === 0 || BULLET_LINE.test(text)) continue;
    const numbered = NUMBER_LINE.exec(text);
    if (numbered) {
      if (pending) warnings.push(malformed(pending.line, `source [${pending.number}] has no text after its number`));
      const number = Number(numbered[1]);
      const rest = numbered[2] ?? '';
      pending = null;
      if (rest.length > 0) addSource(sources, warnings, number, rest, line);
      else pending = { number, line };
      continue;
    }
    if (pending) {
      addSource(sources, warnings, pending.number, text, line);
      pending = null;
    } else {
      warnings.push(malformed(line, 'expected "[n]" before a source line; the line was skipped'));
    }
  }
  if (pending) warnings.push(malformed(pending.line, `source [${pending.number}] has no text after its number`));
  return { sources, warnings };
}

/**
 * Adds source `number` unless already listed (a warning then). Module level, not a closure: the
 * TypeScript transform used by tsx names every named closure on creation (≈ 0.5 µs each).
 */
function addSource(sources: ParsedSource[], warnings: ParseIssue[], number: number, content: string, line: number): void {
  if (sources.some((source) => source.number === number)) {
    warnings.push({ line, rule: 'digest.source-duplicate', message: `source [${number}] is listed more than once; the first is kept` });
    return;
  }
  const source = parseSourceLine(number, content, line);
  if (source.outlet === 'Unknown') {
    warnings.push({ line, rule: 'digest.source-outlet-missing', message: `source [${number}] has no "Outlet: " prefix` });
  }
  sources.push(source);
}

function parseSourceLine(number: number, content: string, line: number): ParsedSource {
  const url = content.includes('http') ? (URL.exec(content)?.[0] ?? null) : null;
  const text = collapseWhitespace(url ? content.replace(url, ' ') : content).trim();
  const colon = text.indexOf(': ');
  const hasOutlet = colon > 0 && colon <= MAX_OUTLET_LENGTH;
  const outlet = hasOutlet ? text.slice(0, colon).trim() : 'Unknown';
  const rest = hasOutlet ? text.slice(colon + 2) : text;
  const separator = DASH_SEPARATOR.exec(rest) ?? HYPHEN_SEPARATOR.exec(rest);
  const title = cleanEnd(separator ? rest.slice(0, separator.index) : rest);
  const description = separator ? cleanEnd(rest.slice(separator.index + separator[0].length)) : '';
  return { number, outlet, title, description: description.length > 0 ? description : null, url, line };
}

/** `text.replace(/\s+/g, ' ')`, returning `text` itself when it has no other whitespace than single spaces. */
function collapseWhitespace(text: string): string {
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return text.replace(WHITESPACE_RUN, ' ');
      previousSpace = true;
    } else if (c <= 13 || c >= 128) {
      // Tabs, newlines and every non-ASCII \s character: let the regex decide.
      if (c >= 128 ? isUnicodeSpace(c) : c >= 9) return text.replace(WHITESPACE_RUN, ' ');
      previousSpace = false;
    } else previousSpace = false;
  }
  return text;
}
const WHITESPACE_RUN = /\s+/g;

/** The non-ASCII characters of the regex class \s. */
function isUnicodeSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Drops the detached " ." that ends digest source lines (exported for tests). */
export function cleanEnd(text: string): string {
  // `text.replace(/\s+\.$/, '')` without the regex (which tries every position): a final "." after
  // whitespace goes, with the whole whitespace run before it.
  const dot = text.length - 1;
  if (dot < 1 || text.charCodeAt(dot) !== 46) return text.trim();
  let cut = dot;
  while (cut > 0 && isRegexSpace(text.charCodeAt(cut - 1))) cut--;
  return (cut < dot ? text.slice(0, cut) : text).trim();
}

/** The characters of the regex class \s. */
function isRegexSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return isUnicodeSpace(c);
}

function malformed(line: number, message: string): ParseIssue {
  return { line, rule: 'digest.source-malformed', message };
}
