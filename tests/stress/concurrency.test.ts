/**
 * Full-size concurrency: STRESS_STORIES (default 2,000) overlapping stories loaded by 8
 * ingesters on their own drivers, each taking a shuffled quarter; then deletes racing
 * ingests. Same assertions as tests/integration/reliability-concurrency.test.ts.
 */
import { openTestExecutor } from '../helpers/test-executor';
import { closeExecutors, ingestConcurrently, ingestSequentially, integrityCounts, openExecutors, overlappingCorpus, resetGraph, snapshotIgnoringListOrder } from './scenarios';

const STORIES = Number(process.env.STRESS_STORIES ?? 2000);
const CLEAN = { duplicateEntityIds: 0, duplicateEntityNames: 0, orphanClaims: 0, orphanSources: 0, orphanEvents: 0, unsupportedEntities: 0, danglingAliases: 0, rolesWithoutClaims: 0 };

it(`${STORIES} stories x 8 concurrent ingesters: 0 failures, 0 duplicates, the checksum of a sequential run`, async () => {
  const corpus = overlappingCorpus({ variantsPerDevStory: 5, synthetic: STORIES - 42, people: 300 });
  const executor = await openTestExecutor();
  try {
    await resetGraph();
    let t0 = Date.now();
    await ingestSequentially(executor, corpus);
    const sequentialMs = Date.now() - t0;
    // List order aside: Entity.aliases and HOLDS_ROLE.claimIds depend on arrival order (known bug, README "Reliability").
    const sequential = await snapshotIgnoringListOrder(executor);
    expect(await integrityCounts(executor)).toEqual(CLEAN);

    await resetGraph();
    const executors = await openExecutors(8);
    try {
      t0 = Date.now();
      const reports = await ingestConcurrently(executors, corpus, { seed: 2000, share: 0.25 });
      process.stderr.write(`[stress] ${corpus.length} stories: sequential ${sequentialMs} ms, 8 ingesters ${Date.now() - t0} ms (${reports.reduce((n, r) => n + r.ingested, 0)} ingests)\n`);
      expect(reports.flatMap((r) => r.failures)).toEqual([]);
      expect(reports.flatMap((r) => r.rejected)).toEqual([]);
    } finally {
      await closeExecutors(executors);
    }
    expect(await integrityCounts(executor)).toEqual(CLEAN);
    expect(await snapshotIgnoringListOrder(executor)).toEqual(sequential);
  } finally {
    await executor.driver.close();
  }
});
