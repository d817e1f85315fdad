import type { ParseIssue, ParsedTimelineEntry } from '../../domain/parsed-story';
import * as modextract_markers from './extract-markers';
import * as modparse_date from './parse-date';
import * as modsplit_sentences from './split-sentences';
// Imported bindings read once: the CommonJS transform turns every use into a getter call.
const { extractMarkers } = modextract_markers;
const { parseDateRange } = modparse_date;
const { flatNorm } = modsplit_sentences;

/** Timeline entries read from a digest's "Timeline" block, with what was odd about them. */
export interface TimelineParse {
  timeline: ParsedTimelineEntry[];
  warnings: ParseIssue[];
}

/** A spaced dash or a colon between the date and the text ("Jan 5 2026 – Lee arrives"). */
const SEPARATOR = /\s[–—-]\s|:\s/g;
const MAX_DATE_LENGTH = 60;

/**
 * The first two separators starting within MAX_DATE_LENGTH characters of an entry: where its date may
 * end. A separator is at most 3 characters long, so one starting there lies inside the first
 * MAX_DATE_LENGTH + 3 characters: the regex scans those instead of the whole entry.
 */
export function dateSeparators(raw: string): Array<{ start: number; end: number }> {
  const separators: Array<{ start: number; end: number }> = [];
  const head = raw.length > MAX_DATE_LENGTH + 3 ? raw.slice(0, MAX_DATE_LENGTH + 3) : raw;
  SEPARATOR.lastIndex = 0;
  for (let match = SEPARATOR.exec(head); match && separators.length < 2; match = SEPARATOR.exec(head)) {
    if (match.index > MAX_DATE_LENGTH) break;
    separators.push({ start: match.index, end: match.index + match[0].length });
  }
  return separators;
}

/**
 * Reads the lines of a "Timeline" block, `lines[from]` up to `lines[to]` (exclusive), as
 * "date – text [n]..." entries. The date may itself contain a spaced dash
 * ("Nov 28 2023 – Jan 2 2024 – ..."), so the longest readable date prefix wins. A date that
 * cannot be read gives `date: null` and a warning; a year left out is taken from the entry before.
 */
export function parseTimeline(lines: readonly string[], from: number, to: number): TimelineParse {
  const timeline: ParsedTimelineEntry[] = [];
  const warnings: ParseIssue[] = [];
  let referenceYear: number | undefined;

  for (let index = from; index < to; index += 1) {
    const raw = (lines[index] ?? '').trim();
    const line = index + 1;
    if (raw.length === 0) continue;

    const separators = dateSeparators(raw);

    let dateText = '';
    let body = raw;
    let range: ReturnType<typeof parseDateRange> = null;
    for (let k = separators.length - 1; k >= 0; k -= 1) {
      const separator = separators[k];
      if (!separator) continue;
      const candidate = parseDateRange(raw.slice(0, separator.start), referenceYear);
      if (candidate) {
        range = candidate;
        dateText = raw.slice(0, separator.start).trim();
        body = raw.slice(separator.end);
        break;
      }
    }
    const first = separators[0];
    if (!range && first) {
      dateText = raw.slice(0, first.start).trim();
      body = raw.slice(first.end);
    }
    if (!range) {
      const message = first
        ? `timeline date "${dateText}" could not be read; expected e.g. "Jan 5 2026" or "Nov 30–Dec 13 2023"`
        : 'expected "date – text" in a timeline entry';
      warnings.push({ line, rule: first ? 'digest.timeline-date-unreadable' : 'digest.timeline-entry-malformed', message });
    } else {
      referenceYear = Number(range.date.slice(0, 4));
    }

    const { text, markers } = extractMarkers(body);
    timeline.push({
      date: range?.date ?? null,
      endDate: range?.endDate ?? null,
      dateText,
      text,
      norm: flatNorm(text),
      markers,
      line,
    });
  }
  return { timeline, warnings };
}
