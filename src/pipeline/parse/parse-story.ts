import type { ParseResult, StoryFormat } from '../../domain/parsed-story';
import * as moddigest_lines from './digest-lines';
import * as modinspect_input from './inspect-input';
import * as modparse_article from './parse-article';
import * as modparse_digest from './parse-digest';
// Imported bindings read once: the CommonJS transform turns every use into a getter call.
const { digestLines } = moddigest_lines;
const { inspectInput } = modinspect_input;
const { parseArticle } = modparse_article;
const { parseDigest } = modparse_digest;

/** Options for {@link parseStory}. */
export interface ParseStoryOptions {
  /** Which format to read; AUTO (the default) tells a digest from a plain article. */
  format?: StoryFormat | 'AUTO';
}

/**
 * The parse stage: raw story text -> {@link ParseResult}. Pure (no I/O, no environment) and
 * total: bad input (empty, binary, missing parts) comes back as `{ ok: false, issues }`,
 * each issue naming its 1-based line and rule; it never throws on input.
 */
export function parseStory(text: string, options: ParseStoryOptions = {}): ParseResult {
  const inspection = inspectInput(text);
  if (inspection.errors.length > 0) return { ok: false, issues: inspection.errors };

  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Without a carriage return the line-break regex splits exactly where "\n" does.
  const lines = body.includes('\r') ? body.split(/\r\n|\r|\n/) : body.split('\n');
  const requested = options.format ?? 'AUTO';
  const format: StoryFormat = requested === 'AUTO' ? detectFormat(lines) : requested;
  const result = parseAs(format, lines);
  if (result.ok) result.story.warnings.unshift(...inspection.warnings);
  return result;
}

function parseAs(format: StoryFormat, lines: readonly string[]): ParseResult {
  switch (format) {
    case 'DIGEST':
      return parseDigest(lines);
    case 'ARTICLE':
      return parseArticle(lines);
    default:
      return assertNever(format);
  }
}

/** A digest has "Updated (...)" right after its title, or both a "Sources" and a "Timeline" line. */
function detectFormat(lines: readonly string[]): StoryFormat {
  // Most stories are digests with "Updated (...)" as the second filled line: found without trimming every line.
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length === 0) continue;
    const t = line.trim();
    if (t.length === 0) continue;
    if (++seen === 2) {
      if (digestLines.updated.test(t)) return 'DIGEST';
      break;
    }
  }
  const filled = lines.map((line) => line.trim()).filter((line) => line.length > 0);
  if (digestLines.updated.test(filled[1] ?? '')) return 'DIGEST';
  const hasSources = filled.some((line) => digestLines.sources.test(line));
  const hasTimeline = filled.some((line) => digestLines.timeline.test(line));
  return hasSources && hasTimeline ? 'DIGEST' : 'ARTICLE';
}

function assertNever(value: never): never {
  throw new Error(`Unhandled story format: ${String(value)}`);
}
