import type { ParsedSentence } from '../../domain/parsed-story';
import * as modnormalize from '../../domain/normalize';
import * as modextract_markers from './extract-markers';
// Imported bindings read once: the CommonJS transform turns every use into a getter call.
const { normalizeTypography } = modnormalize;
const { extractMarkers } = modextract_markers;

/** A run of markers that may end a sentence: "[1]", "[2][1]", "[1] [3]". */
const MARKER_GROUP = /\[\d{1,4}\](?:\s*\[\d{1,4}\])*/g;
/** Closing punctuation that may follow a marker group ("... a COP [1]. Next"). */
const AFTER_MARKERS = /^[.!?]?["”’)]*/;
/** A candidate sentence end in marker-free text: terminal punctuation, closers, space. */
const TERMINAL = /[.!?]["”’)]*\s+/g; // one punctuation char: a "[.!?]+" run would backtrack quadratically
const OPENS_SENTENCE = /^["“‘(]?\p{Lu}/u;
const SINGLE_UPPER = /^\p{Lu}$/u;
const DOTTED_LETTERS = /^(?:\p{L}\.)+\p{L}$/u;
const ENDS_SENTENCE = /[.!?]["”’)]*\s*$/;

/** Words whose trailing period is not a sentence end. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'ft', 'jr', 'sr', 'gen', 'lt', 'col', 'maj', 'capt',
  'cmdr', 'adm', 'sgt', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'inc', 'corp', 'ltd', 'co',
  'bros', 'no', 'nos', 'vs', 'etc', 'approx', 'est', 'dept', 'univ', 'ave', 'blvd', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Splits a paragraph into sentences. A citation-marker group ends a sentence when it
 * sits at a sentence boundary (end of text, or followed by optional punctuation and a
 * capitalized word, or preceded by terminal punctuation); marker-free text is split on
 * terminal punctuation, ignoring abbreviations (U.S., Jan., Dr., St.) and initials.
 * Sentences without their own markers get `defaultMarkers` (an article cites itself).
 */
export function splitSentences(text: string, line: number, defaultMarkers: number[] = []): ParsedSentence[] {
  const sentences: ParsedSentence[] = [];
  let chunkStart = 0;
  MARKER_GROUP.lastIndex = 0;
  for (let match = MARKER_GROUP.exec(text); match; match = MARKER_GROUP.exec(text)) {
    const groupEnd = match.index + match[0].length;
    const closer = AFTER_MARKERS.exec(text.slice(groupEnd, groupEnd + 8))?.[0] ?? '';
    const chunkEnd = groupEnd + closer.length;
    const rest = text.slice(chunkEnd).trimStart();
    const before = text.slice(chunkStart, match.index);
    const atBoundary =
      rest.length === 0 || (OPENS_SENTENCE.test(rest) && (closer.length > 0 || ENDS_SENTENCE.test(before)));
    if (!atBoundary) continue;
    pushChunk(sentences, text.slice(chunkStart, chunkEnd), line, defaultMarkers);
    chunkStart = chunkEnd;
  }
  if (chunkStart < text.length) pushChunk(sentences, text.slice(chunkStart), line, defaultMarkers);
  return sentences;
}

/** Adds one marker-delimited chunk, split further where it holds marker-free sentences. */
function pushChunk(out: ParsedSentence[], chunk: string, line: number, defaultMarkers: number[]): void {
  const { text, markers } = extractMarkers(chunk);
  if (text.length === 0) {
    // A stray marker group with no text of its own belongs to the sentence before it.
    const previous = out[out.length - 1];
    if (previous) for (const n of markers) if (!previous.markers.includes(n)) previous.markers.push(n);
    return;
  }
  const parts = splitPlainSentences(text);
  parts.forEach((part, index) => {
    const own = index === parts.length - 1 && markers.length > 0 ? markers : defaultMarkers;
    out.push({ text: part, norm: flatNorm(part), markers: [...own], line });
  });
}

/**
 * `normalizeTypography(text)` as a flat sequential string. A sentence without typography to fold is
 * otherwise a slice of the story text: a view that every character read of extraction goes through.
 * (`join` of two halves copies; a `join` of one string would return it as is.)
 */
export function flatNorm(text: string): string {
  const norm = normalizeTypography(text);
  if (norm !== text || text.length < 13) return norm;
  return [text.slice(0, 1), text.slice(1)].join('');
}

/** Splits marker-free text on sentence-final punctuation, skipping abbreviations and initials. */
function splitPlainSentences(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  TERMINAL.lastIndex = 0;
  for (let match = TERMINAL.exec(text); match; match = TERMINAL.exec(text)) {
    const end = match.index + match[0].length;
    if (!OPENS_SENTENCE.test(text.slice(end, end + 2))) continue;
    if (text[match.index] === '.' && isAbbreviation(text, match.index)) continue;
    const part = text.slice(start, end).trim();
    if (part.length > 0) parts.push(part);
    start = end;
  }
  const last = text.slice(start).trim();
  if (last.length > 0) parts.push(last);
  return parts;
}

const LEADING_QUOTES = /^["“‘(]+/;

/** True when the period at `dot` closes an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  const wordStart = text.lastIndexOf(' ', dot - 1) + 1;
  const word = text.slice(wordStart, dot).replace(LEADING_QUOTES, '');
  if (word.length === 0) return false;
  if (SINGLE_UPPER.test(word)) return true; // an initial: "George W. Bush"
  if (DOTTED_LETTERS.test(word)) return true; // "U.S", "e.g", "a.m"
  return ABBREVIATIONS.has(word.toLowerCase());
}
