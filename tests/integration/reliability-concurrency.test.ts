/**
 * Idempotency and concurrency of the ingest service on the real Neo4j:
 * - ingesting every dev story 10 times, in shuffled orders, gives the graph of ingesting each once;
 * - 8 ingesters, each on its own driver, loading overlapping stories at once: no failed story
 *   (transient errors and deadlocks are retried by the driver's transaction functions), no
 *   duplicate entity, and the graph of a sequential run;
 * - deleting stories while stories sharing their entities are ingested: no orphan claim,
 *   source or event, no entity left without support, no alias naming nothing, and the graph
 *   of a clean run of the surviving stories.
 * Full sizes: tests/stress/concurrency.test.ts (`npm run test:stress`).
 */
import { Executor } from '../../src/db/executor';
import { createIngestService } from '../../src/pipeline/ingest';
import { createRng, devStories, shuffle } from '../helpers/hostile-inputs';
import { openTestExecutor, snapshotGraph } from '../helpers/test-executor';
import { closeExecutors, expectedStorySizes, incompleteStories, ingestConcurrently, ingestSequentially, integrityCounts, openExecutors, overlappingCorpus, resetGraph, snapshotIgnoringListOrder } from '../stress/scenarios';

jest.setTimeout(600_000);

const CLEAN = { duplicateEntityIds: 0, duplicateEntityNames: 0, orphanClaims: 0, orphanSources: 0, orphanEvents: 0, unsupportedEntities: 0, danglingAliases: 0, rolesWithoutClaims: 0 };

let executor: Executor;
beforeAll(async () => {
  executor = await openTestExecutor();
});
afterAll(async () => {
  await executor?.driver.close();
});

/** Dev stories once each, in file order; then 10 shuffled rounds of them (first appearances in another order). */
async function onceThenTenShuffledRounds() {
  const stories = devStories();
  await resetGraph();
  await ingestSequentially(executor, stories);
  const once = { exact: await snapshotGraph(executor), lists: await snapshotIgnoringListOrder(executor) };
  expect(await integrityCounts(executor)).toEqual(CLEAN);
  await resetGraph();
  const rng = createRng(10);
  await ingestSequentially(executor, Array.from({ length: 10 }, () => shuffle(rng, stories)).flat());
  return { once, tenTimes: { exact: await snapshotGraph(executor), lists: await snapshotIgnoringListOrder(executor) } };
}

// Entity lists (aliases, topics, role claim ids) are kept sorted and merged names are chosen
// order-independently (cypher/load/merge-entities.cypher), so the exact checksum must match.
it('ingesting every dev story 10 times in shuffled orders gives the exact checksum of ingesting each once', async () => {
  const { once, tenTimes } = await onceThenTenShuffledRounds();
  expect(tenTimes.exact).toEqual(once.exact);
  expect(tenTimes.lists).toEqual(once.lists);
});

it('8 concurrent ingesters on overlapping stories: 0 failures, 0 duplicate entities, the checksum of a sequential run', async () => {
  const corpus = overlappingCorpus({ variantsPerDevStory: 2, synthetic: 24, people: 40 });
  await resetGraph();
  await ingestSequentially(executor, corpus);
  const sequential = await snapshotGraph(executor);
  const sequentialIntegrity = await integrityCounts(executor);

  await resetGraph();
  const executors = await openExecutors(8);
  try {
    const t0 = Date.now();
    const reports = await ingestConcurrently(executors, corpus, { seed: 8, share: 0.6 });
    const elapsed = Date.now() - t0;
    expect(reports.flatMap((r) => r.failures)).toEqual([]);
    expect(reports.flatMap((r) => r.rejected)).toEqual([]);
    process.stderr.write(`[reliability] ${corpus.length} stories, ${reports.reduce((n, r) => n + r.ingested, 0)} ingests by 8 ingesters in ${elapsed} ms\n`);
  } finally {
    await closeExecutors(executors);
  }
  expect(await integrityCounts(executor)).toEqual(sequentialIntegrity);
  expect(sequentialIntegrity).toEqual(CLEAN);
  // Exact checksums differ only by list order (the known bug above); everything else is equal.
  expect(await snapshotGraph(executor)).toEqual(sequential);
});

/** What keeps names from deleted stories (known bug, below): entity alias properties and Alias nodes. */
const deleteCorpus = overlappingCorpus({ variantsPerDevStory: 2, synthetic: 16, people: 30 });
/** Stories deleted while the others are ingested: every third one. */
const doomed = deleteCorpus.filter((_, i) => i % 3 === 0);
const survivors = deleteCorpus.filter((_, i) => i % 3 !== 0);
let survivorsGraph: unknown = 'not run';

it('concurrent deletes and ingests of stories sharing entities leave no orphans and the graph of the survivors', async () => {
  await resetGraph();
  await ingestSequentially(executor, survivors);
  const expected = await snapshotGraph(executor);
  survivorsGraph = await snapshotGraph(executor);

  await resetGraph();
  await ingestSequentially(executor, doomed);
  const ids = new Map<string, string>();
  const probe = createIngestService({ executor, maxStoryBytes: 2_000_000 });
  for (const story of doomed) {
    const result = await probe.ingestText(story.text); // unchanged: tells the id
    if (result.ok) ids.set(story.name, result.storyId);
  }
  const executors = await openExecutors(4);
  try {
    const [deleter, ...ingesters] = executors;
    const deletes = (async () => {
      const service = createIngestService({ executor: deleter!, maxStoryBytes: 2_000_000 });
      const failures: string[] = [];
      for (const story of doomed) {
        try {
          const result = await service.deleteStory(ids.get(story.name)!);
          if (!result.deleted) failures.push(`${story.name}: not deleted`);
        } catch (error) {
          failures.push(`${story.name}: ${String(error)}`);
        }
      }
      return failures;
    })();
    const [deleteFailures, reports] = await Promise.all([deletes, ingestConcurrently(ingesters, survivors, { seed: 3, share: 0.5 })]);
    expect(deleteFailures).toEqual([]);
    expect(reports.flatMap((r) => r.failures)).toEqual([]);
  } finally {
    await closeExecutors(executors);
  }
  expect(await integrityCounts(executor)).toEqual(CLEAN);
  // Every surviving story whole (its claims, sources, events and mentions), every deleted one gone.
  expect(await incompleteStories(executor, expectedStorySizes(survivors))).toEqual([]);
  expect((await executor.read('admin/story-sizes')).length).toBe(expectedStorySizes(survivors).size);
  expect(await snapshotGraph(executor)).toEqual(expected);
});

// Deleting a story takes back the aliases only it gave (load/refresh-aliases.cypher).
it('after deletes, shared entities keep no aliases that only deleted stories gave them', async () => {
  // Sequential, so the outcome does not depend on timing.
  await resetGraph();
  await ingestSequentially(executor, [...doomed, ...survivors]);
  const service = createIngestService({ executor, maxStoryBytes: 2_000_000 });
  for (const story of doomed) {
    const result = await service.ingestText(story.text);
    if (result.ok) await service.deleteStory(result.storyId);
  }
  expect(await integrityCounts(executor)).toEqual(CLEAN);
  expect(await snapshotGraph(executor)).toEqual(survivorsGraph);
});
