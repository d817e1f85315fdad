import { DatabaseUnavailableError, type Executor } from '../db/executor';
import type { ResolvedGraph } from '../domain/resolved-graph';
import { loadGraphs, type LoadStatus } from '../pipeline/load/load-graphs';
import { slugify } from '../domain/normalize';
import { checkStoryText, type StoryLimits } from '../pipeline/limits';
import { parseStory } from '../pipeline/parse/parse-story';
import { storyContentHash } from '../pipeline/resolve/story-content-hash';
import type { ExtractOutcome, ExtractPool } from './extract-pool';
import type { StoryInput, StoryOrigin } from './read-story-stream';

/** One story that did not make it into the graph, and why. */
export interface BulkIngestFailure {
  /** File path, or `-` for stdin. */
  source: string;
  /** Line in `source` the problem is on (the story's first line when the problem has no line). */
  line: number;
  /** 0-based position of the story in the run. */
  index: number;
  rule: string;
  message: string;
}

/** Counters while the run goes on. */
export interface BulkIngestProgress {
  /** Stories read from the inputs so far. */
  read: number;
  /** Stories finished: loaded, skipped or failed. */
  done: number;
  /** Total stories when known up front (files), else null. */
  total: number | null;
  created: number;
  updated: number;
  /** Loaded before with the same id and content (found by the load stage). */
  unchanged: number;
  /** Content hash already in the graph: skipped before extraction. */
  skipped: number;
  failed: number;
  elapsedMs: number;
}

/** Result of a run: counters, every failure, and where the time went. */
export interface BulkIngestSummary extends BulkIngestProgress {
  failures: BulkIngestFailure[];
  batches: number;
  /** Batches whose transaction failed and whose stories were retried one by one. */
  retriedBatches: number;
  timings: {
    /** Main thread: parsing and hashing for the resume check. */
    hashMs: number;
    /** Hash look-ups in the graph. */
    lookupMs: number;
    /** Write transactions. */
    loadMs: number;
    /** Main thread waiting for extraction results (the workers were the bottleneck). */
    extractWaitMs: number;
  };
}

export interface BulkIngestOptions {
  executor: Executor;
  pool: ExtractPool;
  /** Stories per write transaction. */
  batchSize: number;
  /**
   * Write transactions at once (default 1). One Cypher transaction runs on one server thread;
   * two let Neo4j use two cores. Locks are taken in id order, deadlocks are retried by the driver.
   */
  loaders?: number;
  /** The story limits the workers enforce (MAX_STORY_BYTES, MAX_LINE_CHARS, …). */
  limits: StoryLimits;
  /** Skip, before extraction, stories whose content hash is already in the graph. Default true. */
  resume?: boolean;
  /** Rewrite stories even when unchanged (turns resume off). */
  force?: boolean;
  /** Total stories, when the caller knows it (for progress and ETA). */
  total?: number | null;
  /** Called at most every `progressIntervalMs` (default 1000) and once at the end. */
  onProgress?: (progress: BulkIngestProgress) => void;
  progressIntervalMs?: number;
}

interface Pending {
  origin: StoryOrigin;
  outcome: Promise<ExtractOutcome>;
}

interface Loadable {
  origin: StoryOrigin;
  graph: ResolvedGraph;
}

/**
 * Bulk ingest: reads stories one at a time, skips those whose content hash is already in the
 * graph (parse + hash on the main thread, one look-up per group, before any extraction),
 * extracts the rest in the worker pool, and writes them `batchSize` per transaction with
 * `loadGraphs`, `loaders` transactions at a time while extraction of the next batches goes on.
 *
 * Each story stays all-or-nothing: a story that fails to parse is reported and skipped; when
 * a batch transaction fails for a non-transient reason (the driver has already retried
 * transient ones) its stories are retried one by one, so one bad story never sinks the rest.
 * An unreachable database aborts the run (it throws `DatabaseUnavailableError`).
 * Memory is bounded by the extraction window and two batches, whatever the input size.
 */
export async function bulkIngest(inputs: AsyncIterable<StoryInput>, options: BulkIngestOptions): Promise<BulkIngestSummary> {
  const { executor, pool, batchSize, limits } = options;
  const resume = (options.resume ?? true) && !options.force;
  const started = performance.now();
  const interval = options.progressIntervalMs ?? 1000;
  const window = Math.max(4, pool.size * 16);
  const hashGroupSize = Math.max(100, batchSize);

  const summary: BulkIngestSummary = {
    read: 0, done: 0, total: options.total ?? null, created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0, elapsedMs: 0,
    failures: [], batches: 0, retriedBatches: 0,
    timings: { hashMs: 0, lookupMs: 0, loadMs: 0, extractWaitMs: 0 },
  };
  let lastReport = 0;
  const report = (force = false): void => {
    const now = performance.now();
    if (!options.onProgress || (!force && now - lastReport < interval)) return;
    lastReport = now;
    summary.elapsedMs = now - started;
    const { failures: _f, batches: _b, retriedBatches: _r, timings: _t, ...progress } = summary;
    options.onProgress(progress);
  };
  const fail = (origin: StoryOrigin, rule: string, message: string, storyLine: number | null = null): void => {
    summary.failed += 1;
    summary.done += 1;
    summary.failures.push({ source: origin.source, line: storyLine === null ? origin.line : origin.line + storyLine - 1, index: origin.index, rule, message });
    report();
  };

  // Stage 3: write transactions (up to `loaders` at once), overlapping with extraction.
  let batch: Loadable[] = [];
  const loaders = Math.max(1, options.loaders ?? 1);
  const writing = new Set<{ ids: Set<string>; done: Promise<void> }>();
  const count = (status: LoadStatus): void => {
    summary[status] += 1;
    summary.done += 1;
  };
  const writeBatch = async (items: Loadable[]): Promise<void> => {
    const t0 = performance.now();
    summary.batches += 1;
    try {
      const result = await loadGraphs(executor, items.map((i) => i.graph), { force: options.force });
      for (const story of result.stories) count(story.status);
    } catch (error) {
      if (error instanceof DatabaseUnavailableError) throw error;
      summary.retriedBatches += 1;
      for (const item of items) {
        try {
          const result = await loadGraphs(executor, [item.graph], { force: options.force });
          count(result.stories[0]!.status);
        } catch (single) {
          if (single instanceof DatabaseUnavailableError) throw single;
          fail(item.origin, 'load.failed', `story "${item.graph.story.id}" could not be written: ${(single as Error).message}`);
        }
      }
    } finally {
      summary.timings.loadMs += performance.now() - t0;
      report();
    }
  };
  const flushBatch = async (): Promise<void> => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    const ids = new Set(items.map((i) => i.graph.story.id));
    // A story repeated in a batch still being written waits for it: later versions win, as in a sequential run.
    const conflicts = (): Promise<void>[] => [...writing].filter((w) => [...ids].some((id) => w.ids.has(id))).map((w) => w.done);
    while (writing.size >= loaders || conflicts().length > 0) {
      await Promise.race(writing.size >= loaders ? [...writing].map((w) => w.done) : conflicts());
    }
    const entry = { ids, done: writeBatch(items) };
    writing.add(entry);
    // Rejections (database unavailable) surface through the awaits above and at the end.
    entry.done.then(() => writing.delete(entry), () => {});
  };

  // Stage 2: extraction results, consumed in input order.
  const inFlight: Pending[] = [];
  const settleOldest = async (): Promise<void> => {
    const head = inFlight.shift();
    if (!head) return;
    const t0 = performance.now();
    const outcome = await head.outcome;
    summary.timings.extractWaitMs += performance.now() - t0;
    if (!outcome.ok) {
      const first = outcome.issues[0];
      fail(head.origin, first?.rule ?? 'extract.failed', describeIssues(outcome.issues), first?.line ?? null);
      return;
    }
    batch.push({ origin: head.origin, graph: outcome.graph });
    if (batch.length >= batchSize) await flushBatch();
  };
  const dispatch = async (origin: StoryOrigin, text: string): Promise<void> => {
    inFlight.push({ origin, outcome: pool.extract(text) });
    while (inFlight.length > window) await settleOldest();
  };

  // Stage 1: read, check size, and (resume) drop stories whose content is already loaded.
  let hashGroup: { origin: StoryOrigin; text: string; hash: string; storyId: string }[] = [];
  // Ids of the stories this run sends to extraction. A story whose content is in the graph is
  // skipped only when no earlier story of this run has its id: after "A changed" the original
  // A must be written back, as a sequential run would (the look-up runs ahead of the writes).
  // Kept as 30-bit hashes (small integers): a Set of the id strings held ~1 KB per story
  // (slugs are built piecewise), 100 MB of live heap at 100k stories. A collision only sends
  // a loaded story through extraction and an idempotent write instead of skipping it.
  const dispatchedIds = new Set<number>();
  const flushHashGroup = async (): Promise<void> => {
    if (hashGroup.length === 0) return;
    const group = hashGroup;
    hashGroup = [];
    const t0 = performance.now();
    const rows = await executor.read('load/stories-by-content-hash', { hashes: [...new Set(group.map((g) => g.hash))] });
    summary.timings.lookupMs += performance.now() - t0;
    const loaded = new Set(rows.map((r) => String(r.contentHash)));
    for (const item of group) {
      if (loaded.has(item.hash) && !dispatchedIds.has(idHash(item.storyId))) {
        summary.skipped += 1;
        summary.done += 1;
        report();
      } else {
        dispatchedIds.add(idHash(item.storyId));
        await dispatch(item.origin, item.text);
      }
    }
  };

  for await (const input of inputs) {
    summary.read += 1;
    if ('issue' in input) {
      fail(input.origin, input.issue.rule, input.issue.message);
      continue;
    }
    if (!resume) {
      const size = Buffer.byteLength(input.text, 'utf8');
      if (size > limits.maxStoryBytes) {
        fail(input.origin, 'limit.story-bytes', `story is ${size} bytes; the limit is ${limits.maxStoryBytes} (MAX_STORY_BYTES)`);
        continue;
      }
      await dispatch(input.origin, input.text);
      continue;
    }
    const t0 = performance.now();
    // The whole-text checks come before the resume look-up: a refused text (control characters,
    // bad UTF-8) whose parsed content equals a loaded story must be reported, not "skipped".
    const textCheck = checkStoryText(input.text, limits);
    if (textCheck.errors.length > 0) {
      summary.timings.hashMs += performance.now() - t0;
      const first = textCheck.errors[0]!;
      fail(input.origin, first.rule, describeIssues(textCheck.errors), first.line);
      continue;
    }
    const parsed = parseStory(input.text);
    if (!parsed.ok) {
      summary.timings.hashMs += performance.now() - t0;
      const first = parsed.issues[0];
      fail(input.origin, first?.rule ?? 'parse.failed', describeIssues(parsed.issues), first?.line ?? null);
      continue;
    }
    hashGroup.push({ origin: input.origin, text: input.text, hash: storyContentHash(parsed.story), storyId: slugify(parsed.story.title) });
    summary.timings.hashMs += performance.now() - t0;
    if (hashGroup.length >= hashGroupSize) await flushHashGroup();
  }
  await flushHashGroup();
  while (inFlight.length > 0) await settleOldest();
  await flushBatch();
  while (writing.size > 0) await Promise.race([...writing].map((w) => w.done));

  summary.elapsedMs = performance.now() - started;
  report(true);
  return summary;
}

/** FNV-1a over UTF-16 code units, cut to 30 bits so V8 stores it as a small integer. */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

function describeIssues(issues: { line: number | null; rule: string; message: string }[]): string {
  const shown = issues.slice(0, 3).map((i) => `${i.line === null ? '' : `line ${i.line}: `}${i.message} [${i.rule}]`);
  return `${shown.join('; ')}${issues.length > 3 ? ` (+${issues.length - 3} more)` : ''}`;
}
