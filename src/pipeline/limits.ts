/**
 * Input limits of the ingest service, checked BEFORE anything is written (and, for the
 * text checks, before anything is parsed): story size, line length, encoding, control
 * characters, claims and entities per story. Pure: no I/O, no environment; the values
 * come from `src/config/env.ts` through {@link storyLimitsFromConfig}.
 *
 * Every problem is an issue `{ line, rule, message }` naming the 1-based line (null for
 * whole-story limits) and the setting to raise when the limit itself is the problem.
 */
import type { Config } from '../config/env';
import type { ParsedStory } from '../domain/parsed-story';
import type { ResolvedGraph } from '../domain/resolved-graph';

/** Limits one story must respect to be written. */
export interface StoryLimits {
  /** UTF-8 bytes of the whole text (MAX_STORY_BYTES). */
  maxStoryBytes: number;
  /** Characters (UTF-16 code units) of one line (MAX_LINE_CHARS). */
  maxLineChars: number;
  /** Claims: summary/body sentences plus timeline entries (MAX_CLAIMS_PER_STORY). */
  maxClaimsPerStory: number;
  /** Distinct entities after resolution (MAX_ENTITIES_PER_STORY). */
  maxEntitiesPerStory: number;
}

/** The defaults of `src/config/env.ts`, for callers that do not pass configuration. */
export const DEFAULT_STORY_LIMITS: StoryLimits = {
  maxStoryBytes: 2_000_000,
  maxLineChars: 20_000,
  maxClaimsPerStory: 2_000,
  maxEntitiesPerStory: 1_000,
};

/** Maps validated configuration onto {@link StoryLimits}. */
export function storyLimitsFromConfig(
  config: Pick<Config, 'MAX_STORY_BYTES' | 'MAX_LINE_CHARS' | 'MAX_CLAIMS_PER_STORY' | 'MAX_ENTITIES_PER_STORY'>,
): StoryLimits {
  return {
    maxStoryBytes: config.MAX_STORY_BYTES,
    maxLineChars: config.MAX_LINE_CHARS,
    maxClaimsPerStory: config.MAX_CLAIMS_PER_STORY,
    maxEntitiesPerStory: config.MAX_ENTITIES_PER_STORY,
  };
}

/** A problem found by a limit check; the same shape as the ingest service's issues. */
export interface LimitIssue {
  line: number | null;
  rule: string;
  message: string;
}

/** Result of {@link checkStoryText}: errors reject the story, warnings travel with it. */
export interface TextCheck {
  errors: LimitIssue[];
  warnings: LimitIssue[];
}

/** At most this many over-long lines are listed one by one. */
const MAX_LISTED_LINES = 5;
/** Above this share of bad characters the input is called binary rather than text with a few bad characters. */
const BINARY_SHARE = 0.05;

/**
 * Whole-text checks, linear in the text and run before parsing:
 * - `limit.story-bytes`: larger than `maxStoryBytes` (nothing else is inspected then);
 * - `limit.line-chars`: a line longer than `maxLineChars` (the first five are listed);
 * - `input.binary`: NUL bytes, or more than 5% of the visible characters are control or replacement characters;
 * - `input.invalid-utf8`: U+FFFD (bytes that were not UTF-8, decoded with replacement) or a lone UTF-16 surrogate;
 * - `input.control-character`: C0 controls other than tab/LF/CR, DEL, C1 controls (U+0080–U+009F);
 * - warnings `input.bidi-control` (U+202A–U+202E, U+2066–U+2069: text that displays
 *   differently from how it reads) and `input.invisible-character` (zero-width
 *   space/joiners, word joiner, BOM after the start: names that look equal but are not).
 */
export function checkStoryText(text: string, limits: StoryLimits): TextCheck {
  // A UTF-16 code unit is at most 3 UTF-8 bytes (a surrogate pair, 2 units, is 4): count bytes only when that can exceed the limit.
  const bytes = text.length * 3 <= limits.maxStoryBytes ? 0 : Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxStoryBytes) {
    return { errors: [{ line: null, rule: 'limit.story-bytes', message: `story is ${bytes} bytes; the limit is ${limits.maxStoryBytes} (MAX_STORY_BYTES)` }], warnings: [] };
  }
  // Fast path (nearly every story): no character the scan below would note and no line that can be too
  // long (the whole text fits in one line's limit) means no issue at all.
  if (text.length <= limits.maxLineChars && !NOTED_CHARACTER.test(text)) return { errors: [], warnings: [] };
  return scanStoryText(text, limits);
}

/**
 * A superset of the characters {@link scanStoryText} notes (every surrogate, also a valid pair;
 * U+FEFF also at the start): text without any of them has no character issue. No `u` flag, so the
 * pattern stays a literal (esbuild rewrites only `\p{…}` literals) and matches UTF-16 code units.
 */
const NOTED_CHARACTER = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200d\u202a-\u202e\u2060\u2066-\u2069\ud800-\udfff\ufeff\ufffd]/;

type NotedKind = 'nul' | 'invalid' | 'control' | 'bidi' | 'invisible';

/** Where and how often each kind of character was seen (no per-call closures: tsx names and wraps those). */
class TextScan {
  nul = 0;
  invalid = 0;
  control = 0;
  bidi = 0;
  invisible = 0;
  first: Record<NotedKind, { line: number; code: number } | null> = { nul: null, invalid: null, control: null, bidi: null, invisible: null };

  note(kind: NotedKind, code: number, line: number): void {
    this[kind] += 1;
    if (this.first[kind] === null) this.first[kind] = { line, code };
  }
}

/** The full character and line scan of {@link checkStoryText} (exported for tests: the fast path must agree with it). */
export function scanStoryText(text: string, limits: StoryLimits): TextCheck {
  const errors: LimitIssue[] = [];
  const warnings: LimitIssue[] = [];
  const longLines: { line: number; chars: number }[] = [];
  let longLineCount = 0;
  const counts = new TextScan();
  const first = counts.first;
  let visible = 0;
  let line = 1;
  let lineStart = 0;
  const maxLineChars = limits.maxLineChars;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) {
      visible += 1;
      continue;
    }
    if (c === 0x0a || c === 0x0d) {
      if (i - lineStart > maxLineChars) {
        longLineCount += 1;
        if (longLines.length < MAX_LISTED_LINES) longLines.push({ line, chars: i - lineStart });
      }
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i += 1;
      line += 1;
      lineStart = i + 1;
      continue;
    }
    if (c !== 0x20 && c !== 0x09) visible += 1;
    if (c === 0) counts.note('nul', c, line);
    else if (c < 0x20 ? c !== 0x09 : c === 0x7f || (c >= 0x80 && c <= 0x9f)) counts.note('control', c, line);
    else if (c === 0xfffd) counts.note('invalid', c, line);
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
      else counts.note('invalid', c, line);
    } else if (c >= 0xdc00 && c <= 0xdfff) counts.note('invalid', c, line);
    else if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) counts.note('bidi', c, line);
    else if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || (c === 0xfeff && i > 0)) counts.note('invisible', c, line);
  }
  if (text.length - lineStart > maxLineChars) {
    longLineCount += 1;
    if (longLines.length < MAX_LISTED_LINES) longLines.push({ line, chars: text.length - lineStart });
  }

  for (const { line: at, chars } of longLines) {
    errors.push({ line: at, rule: 'limit.line-chars', message: `line ${at} is ${chars} characters; the limit is ${limits.maxLineChars} (MAX_LINE_CHARS)` });
  }
  if (longLineCount > longLines.length) {
    errors.push({ line: null, rule: 'limit.line-chars', message: `${longLineCount - longLines.length} more line(s) over ${limits.maxLineChars} characters (MAX_LINE_CHARS)` });
  }
  const bad = counts.nul + counts.invalid + counts.control;
  if (counts.nul > 0 || (bad > 0 && bad / Math.max(visible, 1) > BINARY_SHARE)) {
    const at = earliest(first.nul, first.invalid, first.control)!;
    errors.push({ line: at.line, rule: 'input.binary', message: `${bad} NUL, control or replacement character(s) in ${visible} (first ${codePoint(at.code)} on line ${at.line}); expected UTF-8 text, not binary data` });
  } else {
    if (first.invalid) {
      errors.push({
        line: first.invalid.line,
        rule: 'input.invalid-utf8',
        message: `${counts.invalid} character(s) that were not valid UTF-8 (first ${codePoint(first.invalid.code)} on line ${first.invalid.line}); send the text as UTF-8`,
      });
    }
    if (first.control) {
      errors.push({
        line: first.control.line,
        rule: 'input.control-character',
        message: `${counts.control} control character(s) (first ${codePoint(first.control.code)} on line ${first.control.line}); only tab, line feed and carriage return are allowed`,
      });
    }
  }
  if (first.bidi) {
    warnings.push({ line: first.bidi.line, rule: 'input.bidi-control', message: `${counts.bidi} bidirectional control character(s) (first ${codePoint(first.bidi.code)} on line ${first.bidi.line}); the text may display differently from how it is stored` });
  }
  if (first.invisible) {
    warnings.push({ line: first.invisible.line, rule: 'input.invisible-character', message: `${counts.invisible} zero-width character(s) (first ${codePoint(first.invisible.code)} on line ${first.invisible.line}); names containing them are distinct from the visible spelling` });
  }
  return { errors, warnings };
}

/** Distinct capitalized word runs per allowed entity above which a story is refused before extraction. */
const NAME_RUNS_PER_ENTITY = 3;
/** A run of capitalized words ("President Lee Jae Myung", "NATO"): a cheap over-estimate of the entity candidates. */
const CAPITALIZED_RUN = /\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;

/**
 * Checks on the parsed story, before extraction (whose cost grows faster than linearly
 * with the number of names, so an oversized story is refused before it is spent):
 * - `limit.claims`: more sentences + timeline entries than `maxClaimsPerStory`, naming the line of the first claim over the limit;
 * - `limit.entities`: more than 3 × `maxEntitiesPerStory` distinct capitalized word runs (real
 *   stories have 1.5–4 runs per entity; the exact count is checked again after resolution).
 */
export function checkParsedStory(story: ParsedStory, limits: StoryLimits): LimitIssue[] {
  const issues: LimitIssue[] = [];
  let claims = story.timeline.length;
  for (const s of story.sections) claims += s.sentences.length;
  if (claims > limits.maxClaimsPerStory) {
    const lines = [...story.sections.flatMap((s) => s.sentences.map((x) => x.line)), ...story.timeline.map((t) => t.line)];
    const at = lines[limits.maxClaimsPerStory] ?? null;
    issues.push({ line: at, rule: 'limit.claims', message: `story has ${lines.length} claims (sentences and timeline entries); the limit is ${limits.maxClaimsPerStory} (MAX_CLAIMS_PER_STORY)${at === null ? '' : `, reached on line ${at}`}` });
  }
  const maxRuns = NAME_RUNS_PER_ENTITY * limits.maxEntitiesPerStory;
  // The exact count (a Set of every run) only when a cheap upper bound on the number of runs exceeds the limit.
  if (capitalizedRunBound(story, maxRuns) <= maxRuns) return issues;
  const runs = new Set<string>();
  let overAt: number | null = null;
  const texts = [
    ...story.sections.flatMap((s) => [{ text: s.headlineNorm ?? '', line: s.line }, ...s.sentences.map((x) => ({ text: x.norm, line: x.line }))]),
    ...story.timeline.map((t) => ({ text: t.norm, line: t.line })),
  ];
  for (const { text, line } of texts) {
    for (const match of text.matchAll(CAPITALIZED_RUN)) runs.add(match[0]);
    if (runs.size > maxRuns) {
      overAt = line;
      break;
    }
  }
  if (overAt !== null) {
    issues.push({
      line: overAt,
      rule: 'limit.entities',
      message: `story names more than ${maxRuns} distinct capitalized names by line ${overAt}, far more than the limit of ${limits.maxEntitiesPerStory} entities (MAX_ENTITIES_PER_STORY)`,
    });
  }
  return issues;
}

/**
 * An upper bound on the number of {@link CAPITALIZED_RUN} matches in the story's texts (so on the
 * distinct runs); the counting stops once it exceeds `limit`. A match starts with an upper-case letter
 * (A–Z or a code unit ≥ U+0080) and is followed by a character that starts none (greedy), so a text of
 * n code units has at most ⌈n/2⌉ matches, and at most as many as it has such letters.
 */
export function capitalizedRunBound(story: ParsedStory, limit: number): number {
  let byLength = 0;
  for (const s of story.sections) {
    byLength += ((s.headlineNorm ?? '').length + 1) >> 1;
    for (const x of s.sentences) byLength += (x.norm.length + 1) >> 1;
  }
  for (const t of story.timeline) byLength += (t.norm.length + 1) >> 1;
  if (byLength <= limit) return byLength;
  let letters = 0;
  for (const s of story.sections) {
    letters += upperCaseUnits(s.headlineNorm ?? '');
    if (letters > limit) return letters;
    for (const x of s.sentences) {
      letters += upperCaseUnits(x.norm);
      if (letters > limit) return letters;
    }
  }
  for (const t of story.timeline) {
    letters += upperCaseUnits(t.norm);
    if (letters > limit) return letters;
  }
  return letters;
}

/** Code units that may start an upper-case letter: A–Z and everything from U+0080 on. */
function upperCaseUnits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || c >= 0x80) n += 1;
  }
  return n;
}

/** Entities and claims of the resolved graph, the last check before the write (`limit.entities`, `limit.claims`). */
export function checkResolvedGraph(graph: ResolvedGraph, limits: StoryLimits): LimitIssue[] {
  const issues: LimitIssue[] = [];
  if (graph.claims.length > limits.maxClaimsPerStory) {
    issues.push({ line: null, rule: 'limit.claims', message: `story has ${graph.claims.length} claims; the limit is ${limits.maxClaimsPerStory} (MAX_CLAIMS_PER_STORY)` });
  }
  if (graph.entities.length > limits.maxEntitiesPerStory) {
    issues.push({ line: null, rule: 'limit.entities', message: `story names ${graph.entities.length} distinct entities; the limit is ${limits.maxEntitiesPerStory} (MAX_ENTITIES_PER_STORY)` });
  }
  return issues;
}

function earliest(...found: ({ line: number; code: number } | null)[]): { line: number; code: number } | null {
  return found.filter((f): f is { line: number; code: number } => f !== null).sort((a, b) => a.line - b.line)[0] ?? null;
}

function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
