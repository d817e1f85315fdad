import { setFlagsFromString } from 'node:v8';

/**
 * Makes V8 start a major GC when the old generation reaches (1 + percent/100) times what
 * survived the last one.
 *
 * By default V8 lets the old generation grow to 3-4x its live set when it sees a high
 * allocation rate, and raises that as a run goes on. Both long-running processes allocate
 * objects that live a second or more and get promoted (the API: responses and DataLoader
 * batches under load; ingest: batches of resolved graphs from the workers), so their RSS
 * followed V8's limit, not the live set. Measured on this 2-core machine, same workload
 * before/after (alternating runs, another job holding a core, so CPU figures are noisy):
 * - API at concurrency 16 on a 20k-story graph: peak RSS 234-248 MB by default, 171-177 MB
 *   at 100 %, 153-161 MB at 50 %; API CPU per request 2.35-2.80 ms by default, 2.73-3.28 at
 *   100 %, 3.02-3.59 at 50 %. The API uses 100.
 * - Bulk ingest of 20k stories: peak RSS 687 MB by default, 461 MB at 50 %, stories/s the
 *   same (Neo4j is its bottleneck). Ingest uses 50.
 * A growth factor rather than a hard cap (--max-old-space-size): a run of unusually large
 * stories can still grow the heap instead of crashing. V8 reads the flag at every GC, so it
 * takes effect when set at start-up; it applies to every isolate (worker threads too).
 */
export function limitHeapGrowth(percent: number): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
