/**
 * Faults, on a throwaway local Neo4j of its own (instance `fault`, bolt 7757 / http 7544;
 * never the shared test instance), which this file stops, kills and restarts:
 * (a) the API stays up while Neo4j is down: /ready 503, queries and ingests answer
 *     DB_UNAVAILABLE within seconds, and all recovers when Neo4j is back, without restarting the API;
 * (b) Neo4j killed with SIGKILL: the next start recovers it with every committed story;
 * (c) Neo4j stopped in the middle of a sequence of ingests: failures are DatabaseUnavailableError,
 *     no story is half written, and re-running gives the checksum of a clean run;
 * (d) the same for `npm run ingest` (150 stories here, 5,000 in `npm run test:stress`): it exits 3
 *     saying how far it got, and re-running the same command finishes with a clean run's checksum.
 * Skipped with NEO4J_URI (an external server cannot be stopped from here).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseUnavailableError, Executor } from '../../src/db/executor';
import { loadCypherRegistry } from '../../src/db/cypher-registry';
import { applySchema } from '../../src/db/apply-schema';
import type { LocalNeo4j } from '../../src/neo4j/start-local-neo4j';
import { createIngestService } from '../../src/pipeline/ingest';
import { devStories } from '../helpers/hostile-inputs';
import { snapshotGraph } from '../helpers/test-executor';
import { bulkIngestThroughOutage, expectedStorySizes, incompleteStories, openFaultExecutor, overlappingCorpus, startFaultNeo4j, waitUntil } from '../stress/scenarios';
import { codes, gql, INGEST_TOKEN, startTestApi } from './graphql-harness';

jest.setTimeout(600_000);

const local = !process.env.NEO4J_URI || !!process.env.NEO4J_TEST_LOCAL_ROOT;
const describeLocal = local ? describe : describe.skip;

const RETRY_MS = 1000;

let server: LocalNeo4j | undefined;
let executor: Executor;
const registry = loadCypherRegistry();
const startFault = startFaultNeo4j;
const openExecutor = (s: LocalNeo4j): Executor => openFaultExecutor(s, RETRY_MS); // NEO4J_RETRY_MS small: fail fast while down

describeLocal('faults on a throwaway Neo4j', () => {
  beforeAll(async () => {
    server = await startFault();
    executor = openExecutor(server);
    await applySchema(executor, registry);
    await executor.write('admin/delete-all');
  });
  afterAll(async () => {
    await executor?.driver.close();
    await server?.stop();
  });

  it('(a) keeps the API up while Neo4j is down: /ready 503, DB_UNAVAILABLE fast, recovery without restart', async () => {
    const api = await startTestApi({ executor, ingestToken: INGEST_TOKEN });
    try {
      const [lee, nato] = [devStories()[2]!, devStories()[3]!];
      const first = await gql(api.url, INGEST, { text: lee.text }, { token: INGEST_TOKEN });
      expect(first.body.data?.ingestStory.__typename).toBe('StoryIngested');
      expect((await fetch(`${api.base}/ready`)).status).toBe(200);

      await server!.stop();

      const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
        const t0 = Date.now();
        const value = await work();
        return [value, Date.now() - t0];
      };
      const [ready, readyMs] = await timed(() => fetch(`${api.base}/ready`));
      const [query, queryMs] = await timed(() => gql(api.url, '{ stories { totalCount } events(involving: "Lee") { totalCount } }'));
      const [ingest, ingestMs] = await timed(() => gql(api.url, INGEST, { text: nato.text }, { token: INGEST_TOKEN }));
      const health = await fetch(`${api.base}/health`);
      expect({ ready: ready.status, health: health.status, query: [...new Set(codes(query))], ingest: codes(ingest) }).toEqual({
        ready: 503,
        health: 200,
        query: ['DB_UNAVAILABLE'],
        ingest: ['DB_UNAVAILABLE'],
      });
      expect(JSON.stringify([query.body, ingest.body])).not.toMatch(/bolt:|ECONNREFUSED|7757|stack|MATCH|MERGE/i);
      expect({ readyMs: readyMs < 6000, queryMs: queryMs < 6000, ingestMs: ingestMs < 6000 }).toEqual({ readyMs: true, queryMs: true, ingestMs: true });
      process.stderr.write(`[faults] down: /ready ${readyMs} ms, query ${queryMs} ms, ingest ${ingestMs} ms\n`);

      server = await startFault();
      const recoveredMs = await waitUntil('/ready 200 after restart', async () => (await fetch(`${api.base}/ready`)).status === 200);
      const after = await gql(api.url, '{ stories { totalCount } }');
      expect(after.body).toEqual({ data: { stories: { totalCount: 1 } } });
      const retry = await gql(api.url, INGEST, { text: nato.text }, { token: INGEST_TOKEN });
      expect(retry.body.data?.ingestStory).toMatchObject({ __typename: 'StoryIngested', status: 'CREATED' });
      expect(api.logs.filter((l) => l.level === 'error')).toEqual([]);
      process.stderr.write(`[faults] back: /ready 200 ${recoveredMs} ms after the server was up\n`);
    } finally {
      await api.close();
    }
  });

  it('(b) recovers every committed story after the JVM is killed with SIGKILL', async () => {
    const ingest = createIngestService({ executor, maxStoryBytes: 2_000_000 });
    for (const story of devStories().slice(4)) expect((await ingest.ingestText(story.text)).ok).toBe(true);
    const before = await snapshotGraph(executor);
    const exited = server!.exited!;
    process.kill(server!.pid, 'SIGKILL');
    expect(await exited).toMatchObject({ signal: 'SIGKILL' });

    server = await startFault();
    await waitUntil('queries after restart', async () => (await executor.read('admin/graph-counts')).length === 1);
    expect(await snapshotGraph(executor)).toEqual(before);
  });

  it('(c) a stop in the middle of a sequence of ingests: only DB-unavailable failures, no half-written story, a clean re-run', async () => {
    const corpus = overlappingCorpus({ variantsPerDevStory: 1, synthetic: 8, people: 30 });
    const expected = expectedStorySizes(corpus);
    await executor.write('admin/delete-all');
    const ingest = createIngestService({ executor, maxStoryBytes: 2_000_000 });
    const outcomes: string[] = [];
    let stopping: Promise<void> | undefined;
    for (const [i, story] of corpus.entries()) {
      // Stop the server while the sequence runs (not between two awaited calls only).
      if (i === Math.floor(corpus.length / 3)) stopping = server!.stop();
      // Like a bulk ingest giving up: after three unavailable answers in a row the rest is not tried.
      if (outcomes.slice(-3).join() === 'db-unavailable,db-unavailable,db-unavailable') break;
      try {
        const result = await ingest.ingestText(story.text);
        outcomes.push(result.ok ? 'ok' : `rejected ${JSON.stringify(result.issues)}`);
      } catch (error) {
        outcomes.push(error instanceof DatabaseUnavailableError ? 'db-unavailable' : `other: ${String(error)} ${String((error as { code?: string }).code)}`);
      }
    }
    await stopping;
    expect(outcomes.filter((o) => o !== 'ok' && o !== 'db-unavailable')).toEqual([]);
    expect(outcomes.filter((o) => o === 'db-unavailable').length).toBeGreaterThan(0);
    process.stderr.write(`[faults] stop mid-sequence: ${outcomes.filter((o) => o === 'ok').length} ok, ${outcomes.filter((o) => o !== 'ok').length} db-unavailable\n`);

    server = await startFault();
    await waitUntil('queries after restart', async () => (await executor.read('admin/graph-counts')).length === 1);
    // Every story in the graph is whole: what it owns is what the pipeline produced for it.
    // Every story reported ok is there; the one in flight when the server went down may have
    // committed although its client saw the connection drop (the commit-acknowledgement race),
    // so at most one story more than the ok ones.
    const stored = (await executor.read('admin/story-sizes')).length;
    const ok = outcomes.filter((o) => o === 'ok').length;
    expect(stored).toBeGreaterThanOrEqual(ok);
    expect(stored).toBeLessThanOrEqual(ok + 1);
    expect(await incompleteStories(executor, expected)).toEqual([]);
    for (const story of corpus) expect((await ingest.ingestText(story.text)).ok).toBe(true);
    const rerun = await snapshotGraph(executor);
    await executor.write('admin/delete-all');
    for (const story of corpus) expect((await ingest.ingestText(story.text)).ok).toBe(true);
    expect(await snapshotGraph(executor)).toEqual(rerun);
  });

  it('(d) npm run ingest through an outage: exit 3 with what remains, whole stories only, a re-run finishes with the clean checksum', async () => {
    await executor.driver.close();
    const workDir = mkdtempSync(join(tmpdir(), 'newsgraph-outage-'));
    try {
      server = await bulkIngestThroughOutage({ server: server!, stories: 150, workDir });
    } finally {
      rmSync(workDir, { recursive: true, force: true });
      executor = openExecutor(server!);
    }
  });
});

const INGEST = `mutation Ingest($text: String!) {
  ingestStory(text: $text) {
    __typename
    ... on StoryIngested { storyId status }
    ... on StoryRejected { issues { line rule message } }
  }
}`;
