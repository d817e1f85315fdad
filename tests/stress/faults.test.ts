/**
 * A longer fault run on the throwaway `fault` instance: STRESS_FAULT_CYCLES (default 6)
 * cycles of 4 concurrent ingesters loading overlapping stories while the server is stopped
 * (even cycles) or killed with SIGKILL (odd cycles) at a random moment, then restarted.
 * After every cycle no story is half written; at the end a re-run gives a clean run's graph.
 * Then `npm run ingest` of STRESS_OUTAGE_STORIES (default 5,000) generated stories with the server
 * stopped a third of the way: exit 3, and the re-run ends with a clean run's checksum.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalNeo4j } from '../../src/neo4j/start-local-neo4j';
import { applySchema } from '../../src/db/apply-schema';
import { loadCypherRegistry } from '../../src/db/cypher-registry';
import { DatabaseUnavailableError, Executor } from '../../src/db/executor';
import { createIngestService } from '../../src/pipeline/ingest';
import { createRng, shuffle } from '../helpers/hostile-inputs';
import { resetDatabase } from '../helpers/test-db';
import { snapshotGraph } from '../helpers/test-executor';
import { bulkIngestThroughOutage, describeError, expectedStorySizes, incompleteStories, ingestSequentially, openFaultExecutor, overlappingCorpus, startFaultNeo4j, waitUntil } from './scenarios';

const CYCLES = Number(process.env.STRESS_FAULT_CYCLES ?? 6);
const OUTAGE_STORIES = Number(process.env.STRESS_OUTAGE_STORIES ?? 5000);

it(`survives ${CYCLES} stop/kill cycles during concurrent ingest`, async () => {
  const corpus = overlappingCorpus({ variantsPerDevStory: 3, synthetic: 300, people: 100 });
  const expected = expectedStorySizes(corpus);
  let server: LocalNeo4j = await startFaultNeo4j();
  const executors: Executor[] = Array.from({ length: 4 }, () => openFaultExecutor(server, 1000));
  const [main] = executors as [Executor];
  try {
    await applySchema(main, loadCypherRegistry());
    await resetDatabase(main.driver);
    const rng = createRng(99);
    for (let cycle = 0; cycle < CYCLES; cycle += 1) {
      const other: string[] = [];
      let ok = 0;
      let unavailable = 0;
      const work = executors.map(async (executor) => {
        const ingest = createIngestService({ executor, maxStoryBytes: 2_000_000 });
        let inARow = 0;
        for (const story of shuffle(rng, corpus).slice(0, 80)) {
          if (inARow >= 3) break; // the server is gone: stop this ingester, as a bulk ingest would
          try {
            if ((await ingest.ingestText(story.text)).ok) ok += 1;
            inARow = 0;
          } catch (error) {
            if (error instanceof DatabaseUnavailableError) (unavailable += 1), (inARow += 1);
            else other.push(describeError(error));
          }
        }
      });
      // Stop at a random moment once the ingesters are under way: after a restart the first
      // ingests are slow (cold plans and page cache), and a stop before any of them commits
      // would test nothing.
      await waitUntil(`cycle ${cycle}: a first story ingested`, async () => ok > 0, 120000);
      await new Promise((r) => setTimeout(r, 500 + rng() * 3000));
      if (cycle % 2 === 0) await server.stop();
      else {
        process.kill(server.pid, 'SIGKILL');
        await server.exited;
      }
      await Promise.all(work);
      server = await startFaultNeo4j();
      await waitUntil('queries after restart', async () => (await main.read('admin/graph-counts')).length === 1);
      process.stderr.write(`[stress] fault cycle ${cycle} (${cycle % 2 === 0 ? 'stop' : 'SIGKILL'}): ${ok} ok, ${unavailable} db-unavailable, ${other.length} other\n`);
      expect(other).toEqual([]);
      expect(ok).toBeGreaterThan(0);
      expect(await incompleteStories(main, expected)).toEqual([]);
    }
    await ingestSequentially(main, corpus);
    const rerun = await snapshotGraph(main);
    await resetDatabase(main.driver);
    await ingestSequentially(main, corpus);
    expect(await snapshotGraph(main)).toEqual(rerun);
  } finally {
    await Promise.all(executors.map((e) => e.driver.close()));
    await server.stop();
  }
});

it(`npm run ingest of ${OUTAGE_STORIES} stories through an outage: exit 3, whole stories only, a re-run finishes with the clean checksum`, async () => {
  const workDir = mkdtempSync(join(tmpdir(), 'newsgraph-outage-'));
  const start = (): Promise<LocalNeo4j> => startFaultNeo4j({ heap: '2g', pageCache: '512m' });
  let server = await start();
  try {
    const setup = openFaultExecutor(server, 10000);
    await applySchema(setup, loadCypherRegistry());
    await setup.driver.close();
    server = await bulkIngestThroughOutage({ server, stories: OUTAGE_STORIES, workDir, restart: start });
  } finally {
    rmSync(workDir, { recursive: true, force: true });
    await server.stop();
  }
});
