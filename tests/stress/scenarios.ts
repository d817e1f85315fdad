/**
 * Reliability scenarios shared by the integration tests (small sizes, in `npm test`) and
 * the stress tests (full sizes, `npm run test:stress`): overlapping corpora, concurrent
 * ingesters on their own drivers, graph integrity checks. Neo4j is always the real one
 * global setup started (or NEO4J_URI).
 */
import { createDriver } from '../../src/db/driver';
import { loadCypherRegistry } from '../../src/db/cypher-registry';
import { createExecutor, Executor } from '../../src/db/executor';
import { DEFAULT_NEO4J_ROOT } from '../../src/neo4j/default-neo4j-root';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/start-local-neo4j';
import { createIngestService, IngestResult } from '../../src/pipeline/ingest';
import { runPipeline } from '../../src/pipeline/run-pipeline';
import { generateStories } from '../../src/synth/generate-stories';
import { createRng, devStories, shuffle } from '../helpers/hostile-inputs';
import { resetDatabase } from '../helpers/test-db';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { writeCorpus } from '../../src/synth/write-corpus';
import { GraphSnapshot, openTestExecutor, snapshotGraph } from '../helpers/test-executor';

export interface CorpusStory {
  name: string;
  text: string;
}

/**
 * The dev stories, variants of them (new title and shifted dates: same people, countries,
 * places) and `synthetic` generated digests drawn from a small cast (`people`), so that
 * most stories share entities with many others.
 */
export function overlappingCorpus({ variantsPerDevStory, synthetic, people }: { variantsPerDevStory: number; synthetic: number; people: number }): CorpusStory[] {
  const dev = devStories();
  const variants = dev.flatMap((story) =>
    Array.from({ length: variantsPerDevStory }, (_, k) => {
      const [title, ...rest] = story.text.split('\n');
      const shifted = rest.map((line) => line.replace(/\b(20\d\d)\b/g, (year) => String(Number(year) + k + 1)));
      return { name: `${story.name}~v${k + 1}`, text: [`${title} (follow-up ${k + 1})`, ...shifted].join('\n') };
    }),
  );
  const synth = [...generateStories({ stories: synthetic, seed: 'reliability', people })].map((s, i) => ({ name: `synth-${i}`, text: s.text }));
  return [...dev, ...variants, ...synth];
}

export { resetGraph } from '../helpers/test-db';

/** Ingests stories one after the other; throws on the first rejected story. */
export async function ingestSequentially(executor: Executor, stories: CorpusStory[]): Promise<void> {
  const ingest = createIngestService({ executor, maxStoryBytes: 2_000_000 });
  for (const story of stories) {
    const result = await ingest.ingestText(story.text);
    if (!result.ok) throw new Error(`${story.name} rejected: ${JSON.stringify(result.issues)}`);
  }
}

/** `count` executors, each on its own driver (its own connection pool). Close with {@link closeExecutors}. */
export async function openExecutors(count: number): Promise<Executor[]> {
  const executors: Executor[] = [];
  for (let i = 0; i < count; i += 1) executors.push(await openTestExecutor());
  return executors;
}

export async function closeExecutors(executors: Executor[]): Promise<void> {
  await Promise.all(executors.map((e) => e.driver.close()));
}

export interface IngesterReport {
  ingested: number;
  failures: { story: string; error: string }[];
  rejected: { story: string; issues: unknown }[];
}

/**
 * Every executor ingests its own seeded shuffle of an overlapping share (`share`, 0..1)
 * of the stories; together they cover all. All run at once (Promise.all).
 */
export async function ingestConcurrently(executors: Executor[], stories: CorpusStory[], { seed, share }: { seed: number; share: number }): Promise<IngesterReport[]> {
  const rng = createRng(seed);
  const plans = executors.map(() => shuffle(rng, stories).slice(0, Math.ceil(stories.length * share)));
  // Whatever no plan drew goes to the first ingester, so the union is the whole corpus.
  const covered = new Set(plans.flat().map((s) => s.name));
  plans[0]!.push(...stories.filter((s) => !covered.has(s.name)));
  return Promise.all(
    executors.map(async (executor, i) => {
      const ingest = createIngestService({ executor, maxStoryBytes: 2_000_000 });
      const report: IngesterReport = { ingested: 0, failures: [], rejected: [] };
      for (const story of plans[i]!) {
        let result: IngestResult;
        try {
          result = await ingest.ingestText(story.text);
        } catch (error) {
          report.failures.push({ story: story.name, error: describeError(error) });
          continue;
        }
        if (result.ok) report.ingested += 1;
        else report.rejected.push({ story: story.name, issues: result.issues });
      }
      return report;
    }),
  );
}

/** The counts of cypher/admin/integrity-check.cypher; all must be 0 (duplicateEntityNames: see the test). */
export async function integrityCounts(executor: Executor): Promise<Record<string, number>> {
  const [row] = await executor.read('admin/integrity-check');
  return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v)]));
}

/** Error class, Neo4j code and message: enough to tell a deadlock from an outage. */
export function describeError(error: unknown): string {
  const e = error as { name?: string; code?: string; message?: string; cause?: { code?: string; message?: string } };
  const cause = e.cause ? ` (cause ${e.cause.code ?? ''}: ${e.cause.message ?? ''})` : '';
  return `${e.name ?? 'Error'} ${e.code ?? ''}: ${e.message ?? String(error)}${cause}`.slice(0, 500);
}

/** The throwaway instance fault tests stop and kill: never the shared test instance. */
export const FAULT_INSTANCE = {
  // Overridable so that two test runs (e.g. npm test and npm run test:stress) can each have their own.
  instance: process.env.NEO4J_FAULT_INSTANCE ?? 'fault',
  boltPort: Number(process.env.NEO4J_FAULT_BOLT_PORT ?? 7757),
  httpPort: Number(process.env.NEO4J_FAULT_HTTP_PORT ?? 7544),
};

/**
 * Starts (this process owns it) the throwaway fault instance: small by default; a graph of
 * thousands of stories needs `heap: '2g'` for snapshotGraph's whole-graph dump (the
 * transaction memory limit is 70% of the heap).
 */
export async function startFaultNeo4j({ heap = '512m', pageCache = '64m' }: { heap?: string; pageCache?: string } = {}): Promise<LocalNeo4j> {
  const server = await startLocalNeo4j({
    root: DEFAULT_NEO4J_ROOT,
    ...FAULT_INSTANCE,
    heap,
    pageCache,
    portSettingNames: { bolt: 'FAULT_INSTANCE.boltPort', http: 'FAULT_INSTANCE.httpPort' },
  });
  if (!server.owned) throw new Error(`the fault instance is already run by another process (pid ${server.pid}); stop it first`);
  return server;
}

/** An executor on `server` whose driver retries for `retryMs` (NEO4J_RETRY_MS) only. */
export function openFaultExecutor(server: LocalNeo4j, retryMs: number): Executor {
  const driver = createDriver({ uri: server.uri, user: server.user, password: server.password, database: 'neo4j' }, { maxRetryTimeMs: retryMs, connectionTimeoutMs: 2000 });
  // A generous timeout: after a restart the first ingests compile their plans on a cold, small instance.
  return createExecutor({ driver, registry: loadCypherRegistry(), database: 'neo4j', queryTimeoutMs: 60000, readRetryMs: retryMs });
}

/** Polls `check` until it is true; returns how long that took. */
export async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 60000): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - t0;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what}: not within ${timeoutMs} ms`);
}

/** What each story of the corpus owns when whole (cypher/admin/story-sizes.cypher columns), by story id. */
export function expectedStorySizes(stories: CorpusStory[]): Map<string, Record<string, unknown>> {
  return new Map(
    stories.map((s) => {
      const r = runPipeline(s.text);
      if (!r.ok) throw new Error(`${s.name} does not parse`);
      const g = r.graph;
      return [g.story.id, { id: g.story.id, contentHash: g.story.contentHash, claims: g.claims.length, sources: g.sources.length, events: g.events.length, mentions: g.mentions.length }];
    }),
  );
}

/** Stories in the graph that are not exactly what the pipeline produced for them (half-written or foreign). */
export async function incompleteStories(executor: Executor, expected: Map<string, Record<string, unknown>>): Promise<unknown[]> {
  const rows = await executor.read('admin/story-sizes');
  return rows.filter((row) => JSON.stringify(row) !== JSON.stringify(expected.get(String(row.id))));
}

/**
 * Like snapshotGraph, but every list-valued property is sorted first: equal when two graphs
 * hold the same nodes, relationships and values, whatever order lists were appended in.
 * (Entity `aliases`/`aliasText` and HOLDS_ROLE `claimIds` depend on ingest order: see README, "Reliability".)
 */
export async function snapshotIgnoringListOrder(executor: Executor, { omit = [], withoutAliasNodes = false }: { omit?: string[]; withoutAliasNodes?: boolean } = {}): Promise<GraphSnapshot> {
  const sortLists = (props: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(props)
        .filter(([k]) => !omit.includes(k))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, Array.isArray(v) ? [...v].map(String).sort() : k === 'aliasText' ? String(v).split(' | ').sort().join(' | ') : v]),
    );
  const nodes = (await executor.read('admin/graph-dump-nodes'))
    .filter((r) => !(withoutAliasNodes && (r.labels as string[]).includes('Alias')))
    .map((r) => `N ${JSON.stringify([r.key, [...(r.labels as string[])].sort(), sortLists(r.props as Record<string, unknown>)])}`);
  const rels = (await executor.read('admin/graph-dump-relationships'))
    .filter((r) => !(withoutAliasNodes && r.type === 'NAMES'))
    .map((r) => `R ${JSON.stringify([r.start, r.type, r.end, sortLists((r.props ?? {}) as Record<string, unknown>)])}`);
  const hash = createHash('sha256');
  for (const line of [...nodes, ...rels].sort()) hash.update(`${line}\n`);
  return { nodes: nodes.length, relationships: rels.length, checksum: hash.digest('hex') };
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run ingest -- <args>` against `server`, with NEO4J_RETRY_MS = `retryMs`; `onStderr` sees output as it comes. */
export function runIngestCliOn(
  server: LocalNeo4j,
  args: string[],
  { retryMs, onStderr, onSpawn }: { retryMs: number; onStderr?: (text: string) => void; onSpawn?: (child: ChildProcess) => void },
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'ingest', '--', ...args], {
      cwd: join(__dirname, '..', '..'),
      env: { ...process.env, NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password, NEO4J_DATABASE: 'neo4j', NEO4J_RETRY_MS: String(retryMs) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so that npm and the node process under it can be paused together
    });
    onSpawn?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      onStderr?.(stderr);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * A bulk ingest (`npm run ingest`) of `stories` generated stories during which Neo4j is stopped
 * once a third of them are done. The CLI must exit 3 saying how far it got and what to do, with
 * no stack trace; after a restart every stored story is whole; re-running the same command loads
 * the rest (skipping what is there); the graph then equals a clean run's. Returns the restarted server.
 */
export async function bulkIngestThroughOutage({ server, stories, workDir, restart = () => startFaultNeo4j() }: { server: LocalNeo4j; stories: number; workDir: string; restart?: () => Promise<LocalNeo4j> }): Promise<LocalNeo4j> {
  const corpus = join(workDir, `outage-${stories}`);
  await writeCorpus({ stories, seed: 'outage', layout: 'files', out: corpus });
  const texts = [...generateStories({ stories, seed: 'outage' })].map((s, i) => ({ name: `outage-${i}`, text: s.text }));
  const expected = expectedStorySizes(texts);
  const retryMs = 2000;
  const t0 = Date.now();
  const phases: string[] = [];
  const phase = (name: string): number => phases.push(`${name} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  let executor = openFaultExecutor(server, retryMs);
  await resetDatabase(executor.driver); // in batches: 5,000 stories exceed one transaction's memory on the small fault instance

  // Once a third of the stories are in the graph, the CLI (its whole process group) is paused,
  // Neo4j is stopped, and the CLI resumes to find it gone: the same moment whatever the machine's speed.
  let stopping: Promise<void> | undefined;
  let cli: ChildProcess | undefined;
  let finished = false;
  const watching = (async () => {
    while (!stopping && !finished) {
      const [row] = await executor.read('admin/story-count').catch(() => []);
      if (cli?.pid && Number(row?.stories ?? 0) >= stories / 3) {
        const group = -cli.pid;
        process.kill(group, 'SIGSTOP');
        stopping = server.stop().finally(() => process.kill(group, 'SIGCONT'));
      } else await new Promise((r) => setTimeout(r, 25));
    }
  })();
  const interrupted = await runIngestCliOn(server, [corpus, '--batch', '25'], { retryMs, onSpawn: (child) => (cli = child) });
  finished = true;
  await watching;
  phase('interrupted run exited');
  await stopping;
  phase('server stopped');
  expect(stopping).toBeDefined();
  const output = `${interrupted.stdout}\n${interrupted.stderr}`;
  expect(output).not.toMatch(/\bat \S+:\d+:\d+|node_modules/);
  expect(interrupted.stderr).toMatch(/Neo4j became unavailable .*NEO4J_RETRY_MS=2000/);
  expect(interrupted.stderr).toMatch(/\d+ of \d+ stories were done .*; every story is written whole or not at all/);
  expect(interrupted.stderr).toContain('re-run the same command');
  expect(interrupted.code).toBe(3);
  await executor.driver.close();

  const restarted = await restart();
  phase('restarted');
  executor = openFaultExecutor(restarted, 10000);
  let passed = false;
  try {
    await waitUntil('queries after restart', async () => (await executor.read('admin/graph-counts')).length === 1);
    const stored = (await executor.read('admin/story-sizes')).length;
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(stories);
    expect(await incompleteStories(executor, expected)).toEqual([]);

    const rerun = await runIngestCliOn(restarted, [corpus], { retryMs });
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(`${stored} skipped`);
    phase('re-run done');
    const resumed = await snapshotGraph(executor);

    await resetDatabase(executor.driver); // in batches: 5,000 stories exceed one transaction's memory on the small fault instance
    const clean = await runIngestCliOn(restarted, [corpus], { retryMs });
    expect(clean.code).toBe(0);
    phase('clean run done');
    process.stderr.write(`[faults] bulk outage: ${stored} of ${stories} stored before the stop; the re-run loaded the rest (${phases.join(', ')})\n`);
    expect(await snapshotGraph(executor)).toEqual(resumed);
    passed = true;
  } finally {
    await executor.driver.close();
    if (!passed) await restarted.stop(); // the caller only knows the server it passed in
  }
  return restarted;
}
