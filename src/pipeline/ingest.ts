import { Executor } from '../db/executor';
import { DEFAULT_STORY_LIMITS, StoryLimits } from './limits';
import { deleteStories, loadGraphs, LoadStatus } from './load/load-graphs';
import { runCheckedPipeline } from './run-checked-pipeline';

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

export interface IngestServiceOptions {
  executor: Executor;
  /** MAX_STORY_BYTES; overrides `limits.maxStoryBytes`. */
  maxStoryBytes: number;
  /** The other limits (see `limits.ts`); defaults: {@link DEFAULT_STORY_LIMITS}. */
  limits?: Partial<StoryLimits>;
}

/**
 * Runs one story through limits → parse → limits → extract → resolve → limits → load.
 * Everything that can be wrong with the input (size, line length, encoding, control
 * characters, claim and entity counts, format) is found before the single write
 * transaction starts, so a rejected story writes nothing. Database failures throw
 * (`DatabaseUnavailableError` when Neo4j cannot be reached); the story's transaction is
 * then rolled back as a whole.
 */
export function createIngestService({ executor, maxStoryBytes, limits: overrides = {} }: IngestServiceOptions): IngestService {
  const limits: StoryLimits = { ...DEFAULT_STORY_LIMITS, ...overrides, maxStoryBytes };
  return {
    async ingestText(text, options = {}) {
      const checked = runCheckedPipeline(text, { format: options.format ?? 'AUTO', limits });
      if (!checked.ok) return { ok: false, issues: checked.issues };
      const graph = checked.graph;
      const summary = await loadGraphs(executor, [graph], { force: options.force });
      const story = summary.stories[0]!;
      return { ok: true, storyId: story.storyId, title: graph.story.title, status: story.status, counts: story.counts, warnings: checked.warnings };
    },
    async deleteStory(id) {
      const { deleted, prunedEntities } = await deleteStories(executor, [id]);
      return { deleted: deleted > 0, prunedEntities };
    },
  };
}
