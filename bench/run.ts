/**
 * `npm run bench [-- --sizes 1000,10000,100000] [--quick] [--workers N] [--batch N]`
 *
 * 1. extraction alone (parse → extract → resolve): stories/s on one core, and on all cores (worker pool);
 * 2. end-to-end ingest (`npm run ingest` on a generated .ff corpus) into a fresh database for each size:
 *    stories/s, nodes+relationships/s, per-story cost of the largest size vs the smallest, peak RSS;
 * 3. read latency at the largest size, warm cache: p50/p95/p99 over N requests of each query through
 *    GraphQL over HTTP and of the same Cypher statements (traced from the server) through neo4j-driver;
 * 4. GraphQL requests/s at concurrency 16 (autocannon) with the error count;
 * 5. peak RSS of the API under load and of the ingest process.
 * Uses its own local Neo4j instance `bench` (bolt 7797, http 7584), wiped before each size.
 * Prints PASS/MISS against the targets and writes bench/results/<timestamp>.json.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { applySchema } from '../src/db/apply-schema';
import { loadCypherRegistry } from '../src/db/cypher-registry';
import { createDriver, DEFAULT_RETRY_MS } from '../src/db/driver';
import { createExecutor } from '../src/db/executor';
import { createExtractPool } from '../src/ingest/extract-pool';
import { DEFAULT_NEO4J_ROOT } from '../src/neo4j/default-neo4j-root';
import { startLocalNeo4j } from '../src/neo4j/start-local-neo4j';
import { runPipeline } from '../src/pipeline/run-pipeline';
import { generateStories } from '../src/synth/generate-stories';
import { writeCorpus } from '../src/synth/write-corpus';
import { processCpuMs } from './process-cpu';
import { apiMemory, ask, ENTITY_QUERY, EVENTS_QUERY, graphql, loadTest, measure, pickSubjects, replay, round, startApi, STORY_QUERY, traceStatements, warmUp } from './read-measures';
import { wipeDatabase } from './wipe-database';

const ROOT = join(__dirname, '..');
const CORPUS_DIR = join(os.tmpdir(), 'newsgraph-bench');
const API_PORT = 4791;

const TARGETS = {
  extractionStoriesPerSec: 2000,
  ingestStoriesPerSec: 500,
  perStoryCostRatio: 1.2,
  eventsP50Ms: 5,
  eventsP99Ms: 25,
  graphqlOverDriver: 1.3,
  requestsPerSec: 2000,
  apiRssMb: 250,
  // "Flat as the corpus grows": peak RSS of the largest run over the one before it (10× fewer
  // stories at the default sizes), judged when that one has at least 10k stories.
  ingestRssGrowth: 1.1,
};


const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    quick: { type: 'boolean', default: false },
    workers: { type: 'string' },
    batch: { type: 'string' },
    requests: { type: 'string' },
    duration: { type: 'string' },
    'reads-only': { type: 'boolean', default: false },
  },
});
const quick = values.quick;
const sizes = (values.sizes ?? (quick ? '500,2000' : '1000,10000,100000')).split(',').map(Number).sort((a, b) => a - b);
const workers = Number(values.workers ?? os.availableParallelism());
const batch = values.batch ? Number(values.batch) : undefined;
const requests = Number(values.requests ?? (quick ? 200 : 1000));
const duration = Number(values.duration ?? (quick ? 3 : 10));
const log = (line = ''): void => console.log(line);

/**
 * Section 1, run before Neo4j starts: a JVM starting (or creating a fresh database) on the
 * same two cores took ~15 % off this figure.
 */
async function measureExtraction(): Promise<Record<string, number>> {
  log('\n1. extraction alone (parse → extract → resolve)');
  const texts = [...generateStories({ stories: quick ? 1000 : 4000, seed: 'bench-extract' })].map((s) => s.text);
  // Warm-up: V8 needs ~5 s of CPU on this code before its optimizing compiler has settled.
  const warmUntil = performance.now() + (quick ? 2000 : 6000);
  for (let i = 0; performance.now() < warmUntil; i += 1) runPipeline(texts[i % texts.length]!);
  let t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const text of texts) runPipeline(text);
  const oneCore = texts.length / ((performance.now() - t0) / 1000);
  const cpu = process.cpuUsage(cpu0);
  // Per CPU second as well: on a shared machine the wall clock also counts time other processes took.
  const oneCoreCpu = texts.length / ((cpu.user + cpu.system) / 1e6);
  const pool = createExtractPool({ workers });
  await Promise.all(texts.map((t) => pool.extract(t))); // warm-up: each worker JIT-compiles the pipeline
  t0 = performance.now();
  await Promise.all(texts.map((t) => pool.extract(t)));
  const allCores = texts.length / ((performance.now() - t0) / 1000);
  await pool.close();
  const extraction = { stories: texts.length, avgBytes: Math.round(texts.reduce((s, t) => s + t.length, 0) / texts.length), oneCoreStoriesPerSec: round(oneCore), oneCoreStoriesPerCpuSec: round(oneCoreCpu), allCoresStoriesPerSec: round(allCores), workers };
  log(`   ${texts.length} stories: ${round(oneCore)} stories/s on one core (in process; ${round(oneCoreCpu)} per CPU second), ${round(allCores)} stories/s with ${workers} worker threads`);
  return extraction;
}

async function main(): Promise<void> {
  const started = Date.now();
  const results: Record<string, unknown> = { startedAt: new Date().toISOString(), options: { sizes, quick, workers, batch: batch ?? 'INGEST_BATCH_SIZE', requests, duration }, targets: TARGETS };
  const verdicts: { what: string; value: string; target: string; pass: boolean; note?: string }[] = [];
  const verdict = (what: string, value: number, unit: string, target: number, higherIsBetter: boolean, note?: string): void => {
    verdicts.push({ what, value: `${round(value)} ${unit}`, target: `${higherIsBetter ? '≥' : '≤'} ${target} ${unit}`, pass: higherIsBetter ? value >= target : value <= target, ...(note ? { note } : {}) });
  };

  // Machine
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: round(os.totalmem() / 2 ** 30),
    loadAverageAtStart: os.loadavg().map(round),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
  results.machine = machine;
  log(`machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGb} GiB, ${machine.platform}, Node ${machine.node}, load average ${machine.loadAverageAtStart.join(' ')}`);

  if (!values['reads-only']) {
    const extraction = await measureExtraction();
    results.extraction = extraction;
    verdict('extraction, one core', extraction.oneCoreStoriesPerSec!, 'stories/s', TARGETS.extractionStoriesPerSec, true);
  }

  // Neo4j
  const server = await startLocalNeo4j({
    root: DEFAULT_NEO4J_ROOT,
    instance: 'bench',
    boltPort: 7797,
    httpPort: 7584,
    heap: '2g',
    pageCache: '2g',
    onProgress: (m) => log(`  ${m}`),
    logger: { info: () => {}, warn: (m) => log(`  ${m}`) },
  });
  const connection = { uri: server.uri, user: server.user, password: server.password, database: 'neo4j' };
  const driver = createDriver(connection, { connectionTimeoutMs: 30000 });
  const registry = loadCypherRegistry();
  const executor = createExecutor({ driver, registry, database: 'neo4j', queryTimeoutMs: 600000, readRetryMs: DEFAULT_RETRY_MS });
  await applySchema(executor, registry);
  results.neo4j = { version: server.version, instance: 'bench', heap: '2g', pageCache: '2g', uri: server.uri };
  log(`neo4j: ${server.version} (instance bench, heap 2g, page cache 2g${server.owned ? '' : ', already running: reused'})`);
  let api: ChildProcess | null = null;
  try {
    const readsOnly = values['reads-only'];
    let last: Record<string, number>;
    if (readsOnly) {
      // Sections 3-5 on the graph the previous run left in the bench instance.
      const counts = (await executor.read('admin/graph-counts'))[0]!;
      last = { stories: Number((await driver.executeQuery('MATCH (s:Story) RETURN count(s) AS n')).records[0]!.get('n')), nodes: Number(counts.nodes), relationships: Number(counts.relationships) };
      results.neo4j = { ...(results.neo4j as object), dataSize: { ...last, storeMb: await storeSizeMb() } };
      log(`reads only, on the existing graph: ${last.stories} stories, ${last.nodes} nodes, ${last.relationships} relationships`);
    } else {
    // 2. End-to-end ingest into a fresh database
    log(`\n2. end-to-end ingest (npm run ingest, ${workers} workers, batch ${batch ?? 'default'}) into a fresh database`);
    const ingests: Record<string, number>[] = [];
    // Warm Neo4j (JIT, page cache, query plans) so the smallest size does not carry the start-up cost.
    await wipeDatabase(driver);
    await runIngest(await ensureCorpus(300, 'bench-warmup'), connection);
    for (const size of sizes) {
      await wipeDatabase(driver);
      const corpus = await ensureCorpus(size);
      const serverCpu0 = processCpuMs(server.pid);
      const run = await runIngest(corpus, connection);
      const serverCpu1 = processCpuMs(server.pid);
      // Neo4j's own CPU per story bounds what any client can reach on this machine's cores.
      const serverMsPerStory = serverCpu0 === null || serverCpu1 === null ? null : (serverCpu1 - serverCpu0) / size;
      const counts = (await executor.read('admin/graph-counts'))[0]!;
      const nodes = Number(counts.nodes);
      const relationships = Number(counts.relationships);
      const row = {
        stories: size,
        seconds: round(run.seconds),
        wallSeconds: round(run.wallSeconds),
        storiesPerSec: round(size / run.seconds),
        nodes,
        relationships,
        elementsPerSec: round((nodes + relationships) / run.seconds),
        msPerStory: round((run.seconds * 1000) / size),
        peakRssMb: round(run.peakRssKb / 1024),
        neo4jCpuMsPerStory: serverMsPerStory === null ? -1 : round(serverMsPerStory),
        exitCode: run.code ?? -1,
      };
      ingests.push(row);
      log(`   ${size} stories: ${row.seconds} s, ${row.storiesPerSec} stories/s, ${nodes} nodes + ${relationships} relationships (${row.elementsPerSec}/s), ${row.msPerStory} ms/story, ingest peak RSS ${row.peakRssMb} MB${run.code === 0 ? '' : `, EXIT ${run.code}`}`);
      log(`     ${run.summary}`);
      if (serverMsPerStory !== null) log(`     Neo4j server CPU ${round(serverMsPerStory)} ms/story: at most ${round((os.cpus().length * 1000) / serverMsPerStory)} stories/s on ${os.cpus().length} cores if Neo4j had them all`);
    }
    const first = ingests[0]!;
    last = ingests[ingests.length - 1]!;
    const costRatio = last.msPerStory! / first.msPerStory!;
    results.ingest = { runs: ingests, perStoryCostRatio: round(costRatio), ratioOf: `${last.stories} vs ${first.stories}` };
    log(`   per-story cost ${last.stories} vs ${first.stories}: ${round(costRatio)}×`);
    verdict(`ingest stories/s at ${last.stories}`, last.storiesPerSec!, 'stories/s', TARGETS.ingestStoriesPerSec, true);
    verdict(`per-story cost ${last.stories}/${first.stories}`, costRatio, '×', TARGETS.perStoryCostRatio, false);
    if (ingests.length >= 2) {
      const before = ingests[ingests.length - 2]!;
      const growth = last.peakRssMb! / before.peakRssMb!;
      log(`   ingest peak RSS ${last.stories} vs ${before.stories}: ${round(growth)}× (${last.peakRssMb} vs ${before.peakRssMb} MB)`);
      // Below ~10k stories a run ends before the heaps settle (500 vs 2,000: 264 vs 372 MB).
      if ((before.stories ?? 0) >= 10000) verdict(`ingest peak RSS ${last.stories}/${before.stories}`, growth, '×', TARGETS.ingestRssGrowth, false);
    }
    results.neo4j = { ...(results.neo4j as object), dataSize: { stories: last.stories, nodes: last.nodes, relationships: last.relationships, storeMb: await storeSizeMb() } };
    }

    // 3. Read latency at the largest size
    await settleNeo4j(server.pid);
    log(`\n3. read latency at ${last.stories} stories (warm cache, ${requests} sequential requests each)`);
    const apiProcess = await startApi(ROOT, connection, API_PORT);
    api = apiProcess.child;
    const url = apiProcess.url;
    const picks = await pickSubjects(driver);
    log(`   frequent name "${picks.frequent.name}" (${picks.frequent.events} events), rare name "${picks.rare.name}" (${picks.rare.events} event), entity ${picks.entity}, story ${picks.story}`);
    const queries: { label: string; query: string; variables: Record<string, unknown> }[] = [
      { label: 'events(involving: frequent)', query: EVENTS_QUERY, variables: { name: picks.frequent.name } },
      { label: 'events(involving: rare)', query: EVENTS_QUERY, variables: { name: picks.rare.name } },
      { label: 'entity + relations (2 levels)', query: ENTITY_QUERY, variables: { id: picks.entity } },
      { label: 'story + claims + sources', query: STORY_QUERY, variables: { id: picks.story } },
    ];
    const reads: Record<string, unknown>[] = [];
    const warmSettings = quick ? { minMs: 500, maxMs: 3000, minRuns: 20, maxRuns: 500 } : { minMs: 3000, maxMs: 10000, minRuns: 100, maxRuns: 2000 };
    // The floor of any GraphQL-over-HTTP request here: same client, server and Apollo pipeline,
    // no resolver, no database.
    await warmUp(() => graphql(url, '{ __typename }', {}), warmSettings);
    const floor = await measure(requests, () => graphql(url, '{ __typename }', {}));
    results.readFloor = floor;
    log(`   floor: { __typename } over HTTP (no resolver, no database) p50 ${floor.p50} / p95 ${floor.p95} / p99 ${floor.p99} ms`);
    for (const q of queries) {
      await warmUp(() => graphql(url, q.query, q.variables), warmSettings);
      const statements = await traceStatements(api, () => graphql(url, q.query, q.variables));
      let errors = 0;
      const viaGraphql = await measure(requests, async () => {
        const body = await graphql(url, q.query, q.variables);
        if (body.errors) errors += 1;
      });
      let driverErrors = 0;
      const replayCounting = async (): Promise<void> => {
        try {
          await replay(driver, registry, statements);
        } catch {
          driverErrors += 1; // e.g. a statement over the transaction memory limit: counted, not fatal
        }
      };
      await warmUp(replayCounting, warmSettings);
      const viaDriver = await measure(requests, replayCounting);
      const ratio = viaGraphql.p50 / viaDriver.p50;
      // The best ratio any query with this driver time can reach over HTTP: driver time plus the
      // floor (HTTP + Apollo with no resolver and no database).
      const floorRatio = (viaDriver.p50 + floor.p50) / viaDriver.p50;
      // The same operation through Apollo inside the API process (real executor and Neo4j, no
      // HTTP): with the floor added, what the ratio would be if the HTTP hop cost only its floor.
      const inProcess = await ask<{ p50: number | null; error?: string }>(api, { type: 'in-process', query: q.query, variables: q.variables, runs: Math.min(requests, viaGraphql.n), warmMs: quick ? 500 : 2000 }, 'in-process');
      const inProcessRatio = inProcess.p50 === null ? null : (inProcess.p50 + floor.p50) / viaDriver.p50;
      reads.push({ query: q.label, statements: statements.map((s) => s.name), graphql: viaGraphql, driver: viaDriver, ratioP50: round(ratio), floorRatioP50: round(floorRatio), inProcessP50: inProcess.p50, inProcessPlusFloorRatioP50: inProcessRatio === null ? null : round(inProcessRatio), graphqlErrors: errors, driverErrors });
      log(`   ${q.label.padEnd(32)} GraphQL p50 ${viaGraphql.p50} / p95 ${viaGraphql.p95} / p99 ${viaGraphql.p99} ms | driver p50 ${viaDriver.p50} / p95 ${viaDriver.p95} / p99 ${viaDriver.p99} ms (${statements.length} statements) | ratio ${round(ratio)}× (floor alone ${round(floorRatio)}×) | n ${viaGraphql.n}/${viaDriver.n}${errors ? ` | ${errors} GraphQL errors` : ''}${driverErrors ? ` | ${driverErrors} driver errors` : ''}`);
      if (q.label.startsWith('events')) {
        verdict(`${q.label} p50`, viaGraphql.p50, 'ms', TARGETS.eventsP50Ms, false);
        verdict(`${q.label} p99`, viaGraphql.p99, 'ms', TARGETS.eventsP99Ms, false);
      }
      log(`     in process (Apollo + resolvers + driver, no HTTP) p50 ${inProcess.p50 ?? `failed: ${inProcess.error}`} ms; with the HTTP floor ${inProcessRatio === null ? '?' : round(inProcessRatio)}× the driver`);
      const outOfReach =
        floorRatio > TARGETS.graphqlOverDriver
          ? `HTTP + Apollo alone make it ${round(floorRatio)}×`
          : inProcessRatio !== null && inProcessRatio > TARGETS.graphqlOverDriver
            ? `in process ${inProcess.p50} ms + HTTP floor ${floor.p50} ms already make it ${round(inProcessRatio)}×`
            : undefined;
      verdict(`${q.label} GraphQL/driver p50`, ratio, '×', TARGETS.graphqlOverDriver, false, outOfReach);
      if (errors + driverErrors > 0) verdict(`${q.label} errors`, errors + driverErrors, 'errors', 0, false);
    }
    results.reads = reads;

    // 4. Throughput at concurrency 16
    log(`\n4. GraphQL throughput: events(involving: frequent), 16 connections, ${duration} s (autocannon)`);
    // CPU of the API and of Neo4j per request while under load: on this machine the load
    // generator, the API and Neo4j share the cores, so cores / (CPU per request) bounds the rate.
    const cpuOf = () => ({ api: processCpuMs(apiProcess.child.pid!), neo4j: processCpuMs(server.pid) });
    const cpu0 = cpuOf();
    const load = await loadTest(url, EVENTS_QUERY, { name: picks.frequent.name }, duration);
    const cpu1 = cpuOf();
    const memory = await apiMemory(api);
    const perRequest = (a: number | null, b: number | null) => (a === null || b === null || load.total === 0 ? null : round((b - a) / load.total));
    const apiCpuMs = perRequest(cpu0.api, cpu1.api);
    const neo4jCpuMs = perRequest(cpu0.neo4j, cpu1.neo4j);
    const cores = os.cpus().length;
    const ceiling = (ms: number | null) => (ms === null || ms === 0 ? null : round((cores * 1000) / ms));
    const bare = await loadTest(url, '{ __typename }', {}, Math.min(duration, 5));
    results.throughput = { ...load, apiCpuMsPerRequest: apiCpuMs, neo4jCpuMsPerRequest: neo4jCpuMs, ceilingNeo4jAlone: ceiling(neo4jCpuMs), ceilingApiAndNeo4j: ceiling(apiCpuMs === null || neo4jCpuMs === null ? null : apiCpuMs + neo4jCpuMs), typenameRequestsPerSec: bare.requestsPerSec };
    log(`   ${load.requestsPerSec} req/s, p50 ${load.p50} ms, p99 ${load.p99} ms, ${load.errors} errors, ${load.non2xx} non-2xx`);
    log(`   CPU per request: API ${apiCpuMs ?? '?'} ms, Neo4j ${neo4jCpuMs ?? '?'} ms; ${cores} cores allow at most ${ceiling(neo4jCpuMs) ?? '?'} req/s for Neo4j's share alone, ${ceiling(apiCpuMs === null || neo4jCpuMs === null ? null : apiCpuMs + neo4jCpuMs) ?? '?'} req/s for both (load generator not counted)`);
    log(`   { __typename } (HTTP + Apollo, no database): ${bare.requestsPerSec} req/s`);
    verdict('GraphQL req/s at c16', load.requestsPerSec, 'req/s', TARGETS.requestsPerSec, true);
    verdict('GraphQL errors at c16', load.errors + load.non2xx, 'errors', 0, false);

    // 5. Memory
    const ingestPeak = Math.max(0, ...((results.ingest as { runs?: Record<string, number>[] } | undefined)?.runs ?? []).map((r) => r.peakRssMb!));
    results.memory = { apiPeakRssMb: round(memory.peakRss / 2 ** 20), apiRssAfterLoadMb: round(memory.rss / 2 ** 20), ingestPeakRssMb: ingestPeak };
    log(`\n5. memory: API peak RSS ${round(memory.peakRss / 2 ** 20)} MB under load (${round(memory.rss / 2 ** 20)} MB after), ingest peak RSS ${ingestPeak} MB`);
    verdict('API peak RSS under load', memory.peakRss / 2 ** 20, 'MB', TARGETS.apiRssMb, false);
  } finally {
    api?.kill('SIGTERM');
    await driver.close();
    await server.stop();
  }

  results.loadAverageAtEnd = os.loadavg().map(round);
  results.totalSeconds = round((Date.now() - started) / 1000);
  results.verdicts = verdicts;
  log('\ntargets:');
  for (const v of verdicts) log(`   ${v.pass ? 'PASS' : 'MISS'}  ${v.what.padEnd(46)} ${v.value.padStart(14)}  (target ${v.target})${v.note ? `: ${v.note}` : ''}`);
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  const file = join(ROOT, 'bench', 'results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  log(`\nbench finished in ${round((Date.now() - started) / 60000)} min (load average now ${os.loadavg().map(round).join(' ')}); results: ${file}`);
}



/**
 * Right after a large ingest Neo4j is still busy (flushing pages, background work): reads
 * measured then are not the "warm cache" steady state (frequent-name p50 5.82 ms in such a run,
 * 3.4-3.9 ms on the same graph minutes later). Waits, at most 90 s, until the server uses under
 * 10 % of a core over a second. (Community 5.26 has no db.checkpoint() to force the flush.)
 */
async function settleNeo4j(pid: number): Promise<void> {
  const started = performance.now();
  for (;;) {
    const cpu0 = processCpuMs(pid);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const cpu1 = processCpuMs(pid);
    const waited = (performance.now() - started) / 1000;
    const quiet = cpu0 === null || cpu1 === null || cpu1 - cpu0 < 100;
    if (quiet || waited > 90) {
      log(`\n   (waited ${round(waited)} s for Neo4j to go quiet${quiet ? '' : ': still busy, measuring anyway'})`);
      return;
    }
  }
}

async function ensureCorpus(size: number, seed = 'bench'): Promise<string> {
  mkdirSync(CORPUS_DIR, { recursive: true });
  const file = join(CORPUS_DIR, `corpus-${size}-${seed}.ff`);
  if (!existsSync(file)) await writeCorpus({ stories: size, seed, layout: 'ff', out: file });
  return file;
}

/** Runs the ingest CLI as `npm run ingest` would (tsx), sampling its peak RSS from /proc. */
function runIngest(corpus: string, connection: { uri: string; user: string; password: string }): Promise<{ seconds: number; wallSeconds: number; code: number | null; peakRssKb: number; summary: string }> {
  return new Promise((resolve, reject) => {
    const report = `${corpus}.report.json`;
    const args = ['--import', 'tsx', join(ROOT, 'src/cli/ingest.ts'), corpus, '--workers', String(workers), '--report', report, ...(batch ? ['--batch', String(batch)] : [])];
    const t0 = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: connection.uri, NEO4J_USER: connection.user, NEO4J_PASSWORD: connection.password, QUERY_TIMEOUT_MS: '600000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let peakRssKb = 0;
    const sample = setInterval(() => {
      try {
        const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (match) peakRssKb = Math.max(peakRssKb, Number(match[1]));
      } catch {
        // the process has exited
      }
    }, 200);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', () => {});
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sample);
      // The CLI's own time (first story read to last commit) excludes process start and connecting.
      const wall = (performance.now() - t0) / 1000;
      let seconds = wall;
      try {
        seconds = (JSON.parse(readFileSync(report, 'utf8')) as { totals: { elapsedMs: number } }).totals.elapsedMs / 1000;
      } catch {
        // no report: the run failed early; keep the wall time
      }
      resolve({ seconds, wallSeconds: wall, code, peakRssKb, summary: stdout.trim().split('\n').slice(0, 2).join(' | ') });
    });
  });
}











async function storeSizeMb(): Promise<number | null> {
  const dir = join(DEFAULT_NEO4J_ROOT, 'instances', 'bench', 'data', 'databases', 'neo4j');
  return new Promise((resolve) => {
    const du = spawn('du', ['-sm', dir]);
    let out = '';
    du.stdout.on('data', (d: Buffer) => (out += d.toString()));
    du.on('close', () => resolve(Number(out.split('\t')[0]) || null));
    du.on('error', () => resolve(null));
  });
}


main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench failed: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
