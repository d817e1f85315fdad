import { Executor } from '../db/executor';
import { deleteStories, loadGraphs, LoadStatus } from './load/load-graphs';
import { runPipeline } from './run-pipeline';

export type StoryFormatOption = 'DIGEST' | 'ARTICLE' | 'AUTO';

export interface IngestIssue {
  line: number | null;
  rule: string;
  message: string;
}

export type IngestResult =
  | {
      ok: true;
      storyId: string;
      title: string;
      status: LoadStatus;
      counts: { claims: number; entities: number; entitiesCreated: number; events: number; sources: number };
      warnings: IngestIssue[];
    }
  | { ok: false; issues: IngestIssue[] };

export interface IngestService {
  ingestText(text: string, options?: { format?: StoryFormatOption; force?: boolean }): Promise<IngestResult>;
  deleteStory(id: string): Promise<{ deleted: boolean; prunedEntities: number }>;
}

/**
 * Runs one story through parse → extract → resolve → load. Everything that can be
 * wrong with the input is found before the single write transaction starts, so a
 * rejected story writes nothing.
 */
export function createIngestService({ executor, maxStoryBytes }: { executor: Executor; maxStoryBytes: number }): IngestService {
  return {
    async ingestText(text, options = {}) {
      const size = Buffer.byteLength(text, 'utf8');
      if (size > maxStoryBytes) {
        return { ok: false, issues: [{ line: null, rule: 'input.too-large', message: `story is ${size} bytes; the limit is ${maxStoryBytes} (MAX_STORY_BYTES)` }] };
      }
      const result = runPipeline(text, { format: options.format ?? 'AUTO' });
      if (!result.ok) return { ok: false, issues: result.issues };
      const summary = await loadGraphs(executor, [result.graph], { force: options.force });
      const story = summary.stories[0]!;
      return { ok: true, storyId: story.storyId, title: result.graph.story.title, status: story.status, counts: story.counts, warnings: result.graph.warnings };
    },
    async deleteStory(id) {
      const { deleted, prunedEntities } = await deleteStories(executor, [id]);
      return { deleted: deleted > 0, prunedEntities };
    },
  };
}
