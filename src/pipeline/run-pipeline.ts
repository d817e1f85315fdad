/**
 * parse -> extract -> resolve for one story text. Pure: no I/O. Bad input comes back as
 * `{ ok: false, issues }` from the parser; extraction and resolution never fail on input.
 */
import type { ParsedStory, ParseIssue, StoryFormat } from '../domain/parsed-story';
import type { ResolvedGraph } from '../domain/resolved-graph';
import { extractStory } from './extract/extract-story';
import { parseStory } from './parse/parse-story';
import { resolveExtraction } from './resolve/resolve-extraction';

export interface RunPipelineOptions {
  format?: StoryFormat | 'AUTO';
}

export type RunPipelineResult = { ok: true; graph: ResolvedGraph; story: ParsedStory } | { ok: false; issues: ParseIssue[] };

/** Runs the pure stages on one story text. */
export function runPipeline(text: string, options: RunPipelineOptions = {}): RunPipelineResult {
  const parsed = parseStory(text, { format: options.format ?? 'AUTO' });
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const extraction = extractStory(parsed.story);
  return { ok: true, graph: resolveExtraction(extraction), story: parsed.story };
}
