import type { ResolvedGraph } from '../domain/resolved-graph';
import { extractStory } from './extract/extract-story';
import { checkParsedStory, checkResolvedGraph, checkStoryText, StoryLimits } from './limits';
import { parseStory } from './parse/parse-story';
import { resolveExtraction } from './resolve/resolve-extraction';

export interface PipelineIssue {
  line: number | null;
  rule: string;
  message: string;
}

export type CheckedPipelineResult = { ok: true; graph: ResolvedGraph; warnings: PipelineIssue[] } | { ok: false; issues: PipelineIssue[] };

/**
 * limits → parse → limits → extract → resolve → limits: everything that can be wrong with
 * a story, found before anything is written. The one pipeline both the ingest service (API,
 * `npm start`) and the bulk-ingest workers run, so a story is accepted or refused alike.
 */
export function runCheckedPipeline(text: string, options: { format?: 'DIGEST' | 'ARTICLE' | 'AUTO'; limits: StoryLimits }): CheckedPipelineResult {
  const textCheck = checkStoryText(text, options.limits);
  if (textCheck.errors.length > 0) return { ok: false, issues: textCheck.errors };
  const parsed = parseStory(text, { format: options.format ?? 'AUTO' });
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const oversized = checkParsedStory(parsed.story, options.limits);
  if (oversized.length > 0) return { ok: false, issues: oversized };
  const graph = resolveExtraction(extractStory(parsed.story));
  const tooLarge = checkResolvedGraph(graph, options.limits);
  if (tooLarge.length > 0) return { ok: false, issues: tooLarge };
  return { ok: true, graph, warnings: [...textCheck.warnings, ...graph.warnings] };
}
