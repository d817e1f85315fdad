import type { ParseIssue, ParseResult, ParsedSection, ParsedSource, ParsedStory } from '../../domain/parsed-story';
import * as modnormalize from '../../domain/normalize';
import * as moddigest_lines from './digest-lines';
import * as modparse_sources from './parse-sources';
import * as modparse_timeline from './parse-timeline';
import * as modsplit_headline from './split-headline';
import * as modsplit_sentences from './split-sentences';
// Imported bindings read once: the CommonJS transform turns every use into a getter call.
const { normalizeTypography } = modnormalize;
const { digestLines } = moddigest_lines;
const { parseSources } = modparse_sources;
const { parseTimeline } = modparse_timeline;
const { splitHeadline } = modsplit_headline;
const { splitSentences } = modsplit_sentences;

/**
 * Parses a story digest: title, "Updated (N articles)", one summary paragraph per line
 * (headline running into its first sentence), a "Sources" block and a "Timeline" block.
 * `lines` are the input's lines without line terminators. Returns issues instead of
 * throwing; oddities that do not stop parsing become `story.warnings`.
 */
export function parseDigest(lines: readonly string[]): ParseResult {
  const errors: ParseIssue[] = [];
  const warnings: ParseIssue[] = [];

  const titleIndex = nextFilled(lines, 0);
  const titleLine = (lines[titleIndex] ?? '').trim();
  if (titleIndex >= lines.length || isStructureLine(titleLine)) {
    const line = Math.min(titleIndex, lines.length - 1) + 1;
    return fail([{ line, rule: 'digest.title-missing', message: `expected a title line, found "${clip(titleLine)}"` }]);
  }

  let cursor = titleIndex + 1;
  let articleCount: number | null = null;
  const updatedIndex = nextFilled(lines, cursor);
  const updated = digestLines.updated.exec((lines[updatedIndex] ?? '').trim());
  if (updated) {
    articleCount = updated[1] === undefined ? null : Number(updated[1]);
    cursor = updatedIndex + 1;
  } else {
    warnings.push({ line: titleIndex + 2, rule: 'digest.updated-missing', message: 'expected "Updated (N articles)" after the title' });
  }

  const sourcesIndex = findLine(lines, cursor, digestLines.sources);
  const timelineIndex = findLine(lines, cursor, digestLines.timeline);
  const summaryEnd = Math.min(sourcesIndex, timelineIndex, lines.length);

  const sections: ParsedSection[] = [];
  for (let index = cursor; index < summaryEnd; index += 1) {
    const paragraph = (lines[index] ?? '').trim();
    if (paragraph.length === 0) continue;
    const line = index + 1;
    const { headline, body } = splitHeadline(paragraph);
    if (headline === null) {
      warnings.push({ line, rule: 'digest.headline-missing', message: 'no headline found before the first sentence' });
    }
    sections.push({
      headline,
      headlineNorm: headline === null ? null : normalizeTypography(headline),
      sentences: splitSentences(body, line),
      line,
    });
  }

  let sources: ParsedSource[] = [];
  if (sourcesIndex < lines.length) {
    const sourcesHeader = digestLines.sources.exec((lines[sourcesIndex] ?? '').trim());
    const headerCount = sourcesHeader?.[1] === undefined ? null : Number(sourcesHeader[1]);
    if (articleCount === null) articleCount = headerCount;
    else if (headerCount !== null && headerCount !== articleCount) {
      warnings.push(countMismatch(sourcesIndex + 1, `"Sources (${headerCount} articles)" disagrees with "Updated (${articleCount} articles)"`));
    }
    const parsed = parseSources(lines, sourcesIndex + 1, timelineIndex > sourcesIndex ? timelineIndex : lines.length);
    sources = parsed.sources;
    warnings.push(...parsed.warnings);
    if (sources.length === 0) {
      warnings.push({ line: sourcesIndex + 1, rule: 'digest.sources-missing', message: 'the Sources block lists no source' });
    } else if (articleCount !== null && articleCount !== sources.length) {
      warnings.push(countMismatch(sourcesIndex + 1, `${sources.length} sources listed, expected ${articleCount}`));
    }
  } else {
    warnings.push({ line: lines.length, rule: 'digest.sources-missing', message: 'expected a "Sources (N articles)" block' });
  }

  const timelineEnd = sourcesIndex > timelineIndex ? sourcesIndex : lines.length;
  const { timeline, warnings: timelineWarnings } =
    timelineIndex < lines.length ? parseTimeline(lines, timelineIndex + 1, timelineEnd) : { timeline: [], warnings: [] };
  warnings.push(...timelineWarnings);

  if (sections.length === 0 && timeline.length === 0) {
    const line = Math.min(summaryEnd, lines.length - 1) + 1;
    errors.push({
      line,
      rule: 'digest.content-missing',
      message: 'expected summary paragraphs after the "Updated" line or entries after "Timeline"; found neither',
    });
  }
  if (errors.length > 0) return fail(errors);

  if (sources.length > 0) warnings.push(...checkCitations(sections, timeline, sources));

  const story: ParsedStory = {
    format: 'DIGEST',
    title: titleLine,
    titleNorm: normalizeTypography(titleLine),
    articleCount,
    publishedAt: null,
    url: null,
    sections,
    sources,
    timeline,
    warnings,
  };
  return { ok: true, story };
}

/** Markers that point to no listed source, and listed sources that nothing cites. */
function checkCitations(
  sections: readonly ParsedSection[],
  timeline: ParsedStory['timeline'],
  sources: readonly ParsedSource[],
): ParseIssue[] {
  const warnings: ParseIssue[] = [];
  const known = new Set(sources.map((source) => source.number));
  const cited = new Set<number>();
  for (const section of sections) for (const sentence of section.sentences) visitMarkers(sentence.markers, sentence.line, known, cited, warnings);
  for (const entry of timeline) visitMarkers(entry.markers, entry.line, known, cited, warnings);
  for (const source of sources) {
    if (!cited.has(source.number)) {
      warnings.push({ line: source.line, rule: 'digest.source-uncited', message: `source [${source.number}] is never cited` });
    }
  }
  return warnings;
}

/**
 * Records the markers of one sentence or entry as cited, warning about unknown sources. (Module level,
 * not a closure: the TypeScript transform used by tsx names every named closure on creation, ≈ 0.5 µs each.)
 */
function visitMarkers(markers: readonly number[], line: number, known: ReadonlySet<number>, cited: Set<number>, warnings: ParseIssue[]): void {
  for (const n of markers) {
    cited.add(n);
    if (!known.has(n)) {
      warnings.push({ line, rule: 'digest.marker-unknown-source', message: `marker [${n}] points to no listed source` });
    }
  }
}

function isStructureLine(text: string): boolean {
  return digestLines.updated.test(text) || digestLines.sources.test(text) || digestLines.timeline.test(text);
}

function nextFilled(lines: readonly string[], from: number): number {
  let index = from;
  while (index < lines.length && (lines[index] ?? '').trim().length === 0) index += 1;
  return index;
}

/** Index of the first line at or after `from` matching `pattern`, or `lines.length`. */
function findLine(lines: readonly string[], from: number, pattern: RegExp): number {
  for (let index = from; index < lines.length; index += 1) if (pattern.test((lines[index] ?? '').trim())) return index;
  return lines.length;
}

function countMismatch(line: number, message: string): ParseIssue {
  return { line, rule: 'digest.article-count-mismatch', message };
}

function fail(issues: ParseIssue[]): ParseResult {
  return { ok: false, issues };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
