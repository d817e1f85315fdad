import * as modnormalize from '../../domain/normalize';
// Imported bindings read once: the CommonJS transform turns every use into a getter call.
const { normalizeTypography } = modnormalize;

/** A calendar date or range, both ends ISO YYYY-MM-DD. */
export interface DateRange {
  date: string;
  endDate: string | null;
}

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['january', 1],
  ['feb', 2], ['february', 2],
  ['mar', 3], ['march', 3],
  ['apr', 4], ['april', 4],
  ['may', 5],
  ['jun', 6], ['june', 6],
  ['jul', 7], ['july', 7],
  ['aug', 8], ['august', 8],
  ['sep', 9], ['sept', 9], ['september', 9],
  ['oct', 10], ['october', 10],
  ['nov', 11], ['november', 11],
  ['dec', 12], ['december', 12],
]);

const WEEKDAYS = new Set([
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs',
  'thursday', 'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday',
]);

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const ISO_RANGE = /^(\d{4}-\d{1,2}-\d{1,2})\s*(?:-|to|through|until)\s*(\d{4}-\d{1,2}-\d{1,2})$/;
/** Separator between the two ends of a range: a dash (any kind, folded to '-') or a word. */
const RANGE_SEPARATOR = /\s*-\s*|\s+(?:to|through|until)\s+/;

interface PartialDate {
  year: number | null;
  month: number | null;
  day: number;
}

/**
 * Reads a date or date range as written in digests and article headers:
 * "Jan 5 2026", "Jan. 23, 2024", "3 March 2025", "2025-03-03", "Jul 11–12 2023",
 * "Nov 30–Dec 13 2023", "Nov 28 2023 – Jan 2 2024", "July 11 to 12, 2023".
 * A missing year is taken from the other end of the range, else from `referenceYear`.
 * Returns null for anything it cannot read completely or for impossible dates (Feb 30),
 * and for ranges that end before they start. Never throws.
 */
export function parseDateRange(text: string, referenceYear?: number): DateRange | null {
  const cleaned = normalizeTypography(text)
    .toLowerCase()
    .replace(COMMAS, ' ')
    .replace(WHITESPACE_RUNS, ' ')
    .trim();
  if (cleaned.length === 0 || cleaned.length > 60) return null;

  const isoRange = ISO_RANGE.exec(cleaned);
  if (isoRange) return finishRange(parsePart(isoRange[1] ?? ''), parsePart(isoRange[2] ?? ''), referenceYear);

  const single = parsePart(cleaned);
  if (single) return finishRange(single, null, referenceYear);

  const halves = cleaned.split(RANGE_SEPARATOR);
  if (halves.length !== 2) return null;
  const start = parsePart(halves[0] ?? '');
  const end = parsePart(halves[1] ?? '');
  if (!start || !end) return null;
  return finishRange(start, end, referenceYear);
}

// Module constants: a regex literal in a function body builds a new RegExp object on every evaluation.
const COMMAS = /,/g;
const WHITESPACE_RUNS = /\s+/g;
const DAY_TOKEN = /^\d{1,2}(?:st|nd|rd|th)?$/;
const YEAR_TOKEN = /^\d{4}$/;

/** One end of a date: "jan 5 2026", "5 jan", "jan. 5", "12", "2025-03-03" (weekday names ignored). */
function parsePart(part: string): PartialDate | null {
  const trimmed = part.trim();
  const iso = ISO.exec(trimmed);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };

  let month: number | null = null;
  let day: number | null = null;
  let year: number | null = null;
  for (const raw of trimmed.split(' ')) {
    const token = raw.endsWith('.') ? raw.slice(0, -1) : raw;
    if (token.length === 0) continue;
    if (DAY_TOKEN.test(token)) {
      if (day !== null) return null;
      day = parseInt(token, 10);
    } else if (YEAR_TOKEN.test(token)) {
      if (year !== null) return null;
      year = Number(token);
    } else if (MONTHS.has(token)) {
      if (month !== null) return null;
      month = MONTHS.get(token) ?? null;
    } else if (WEEKDAYS.has(token) || token === 'of' || token === 'the') {
      continue;
    } else {
      return null;
    }
  }
  if (day === null) return null;
  return { year, month, day };
}

function finishRange(start: PartialDate | null, end: PartialDate | null, referenceYear?: number): DateRange | null {
  if (!start) return null;
  if (!end) {
    const year = start.year ?? referenceYear ?? null;
    if (start.month === null || year === null) return null;
    const date = toIso(year, start.month, start.day);
    return date ? { date, endDate: null } : null;
  }

  const startMonth = start.month ?? end.month;
  const endMonth = end.month ?? start.month;
  if (startMonth === null || endMonth === null) return null;

  let startYear = start.year;
  let endYear = end.year;
  if (startYear === null && endYear === null) {
    if (referenceYear === undefined) return null;
    startYear = referenceYear;
    endYear = endMonth < startMonth ? referenceYear + 1 : referenceYear;
  } else if (startYear === null) {
    startYear = endYear !== null && startMonth > endMonth ? endYear - 1 : endYear;
  } else if (endYear === null) {
    endYear = endMonth < startMonth ? startYear + 1 : startYear;
  }
  if (startYear === null || endYear === null) return null;

  const date = toIso(startYear, startMonth, start.day);
  const endDate = toIso(endYear, endMonth, end.day);
  if (!date || !endDate || endDate < date) return null;
  return { date, endDate: endDate === date ? null : endDate };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** ISO string for a real calendar day, or null (month 13, Feb 30, Apr 31...). */
function toIso(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : DAYS_IN_MONTH[month - 1]!;
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
