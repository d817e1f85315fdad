/**
 * The GraphQL API as the benchmark runs it: its own process (so its RSS is its own), started
 * with `fork` by bench/run.ts. Connection settings come from the environment like `npm start`.
 * IPC messages:
 *   { type: 'trace-start' } -> { type: 'trace-started' }, then one HTTP request by the benchmark,
 *   { type: 'trace-end' } -> { type: 'trace', statements: [{ name, params }] }: every Cypher
 *       statement that request sent, in order, so the benchmark can replay exactly that Cypher
 *       through the bare driver;
 *   { type: 'memory' } -> { type: 'memory', rss, peakRss };
 *   { type: 'in-process', query, variables, runs, warmMs } -> { type: 'in-process', p50 }: the
 *       operation through Apollo's executeOperation in this process (real executor and Neo4j,
 *       no HTTP), `runs` times (or as many as fit in ~10 s) after `warmMs` of warm-up: the API's
 *       cost without the network.
 */
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config/env';
import { limitHeapGrowth } from '../src/app/limit-heap-growth';
import { openDatabase } from '../src/app/open-database';
import type { Executor, Params } from '../src/db/executor';
import { createContext } from '../src/graphql/context';
import { createApiServer } from '../src/graphql/create-server';
import { createLogger } from '../src/graphql/logger';
import { createIngestService } from '../src/pipeline/ingest';

type Request =
  | { type: 'trace-start' }
  | { type: 'trace-end' }
  | { type: 'memory' }
  | { type: 'in-process'; query: string; variables: Record<string, unknown>; runs: number; warmMs: number };

async function main(): Promise<void> {
  limitHeapGrowth(100); // as npm start does
  const config = loadConfig();
  const db = await openDatabase(config, () => {});
  let trace: { name: string; params: Params }[] | null = null;
  const base = db.executor;
  const executor: Executor = {
    get roundTrips() {
      return base.roundTrips;
    },
    driver: base.driver,
    database: base.database,
    read: (name, params = {}) => {
      trace?.push({ name, params });
      return base.read(name, params);
    },
    write: (name, params = {}) => base.write(name, params),
    writeTransaction: (work, label) => base.writeTransaction(work, label),
  };
  const ingest = createIngestService({ executor, maxStoryBytes: config.MAX_STORY_BYTES });
  const logger = createLogger({ level: 'silent' }); // errors are counted by the benchmark from the responses
  const api = createApiServer({ config, executor, ingest, logger, limits: { rateLimitPerMinute: 0 } });
  const { url } = await api.listen();

  let peakRss = process.memoryUsage().rss;
  setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100).unref();

  process.on('message', (message: Request) => {
    switch (message.type) {
      case 'memory':
        process.send?.({ type: 'memory', rss: process.memoryUsage().rss, peakRss: Math.max(peakRss, process.resourceUsage().maxRSS * 1024) });
        return;
      case 'trace-start':
        trace = [];
        process.send?.({ type: 'trace-started' });
        return;
      case 'in-process':
        void inProcess(message).then(
          (p50) => process.send?.({ type: 'in-process', p50 }),
          (error: unknown) => process.send?.({ type: 'in-process', p50: null, error: String(error) }),
        );
        return;
      case 'trace-end':
        // neo4j Integers do not survive IPC: send plain numbers (the executor converts them back).
        process.send?.({ type: 'trace', statements: (trace ?? []).map((t) => ({ name: t.name, params: toPlain(t.params) })) });
        trace = null;
        return;
    }
  });
  const contextDeps = { executor, ingest, tokens: {}, maxStoryBytes: config.MAX_STORY_BYTES, logger };
  async function inProcess({ query, variables, runs, warmMs }: { query: string; variables: Record<string, unknown>; runs: number; warmMs: number }): Promise<number> {
    const once = async (): Promise<number> => {
      const t0 = performance.now();
      const response = await api.apollo.executeOperation({ query, variables }, { contextValue: createContext(contextDeps, {}) });
      if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(`in-process operation failed: ${JSON.stringify(response.body)}`);
      return performance.now() - t0;
    };
    const warmUntil = performance.now() + warmMs;
    while (performance.now() < warmUntil) await once();
    // At most ~10 s (at least 10 runs): the two-level entity query takes ~0.3 s a run.
    const times: number[] = [];
    const start = performance.now();
    for (let i = 0; i < runs && (i < 10 || performance.now() - start < 10000); i += 1) times.push(await once());
    times.sort((a, b) => a - b);
    return Math.round(times[Math.ceil(times.length / 2) - 1]! * 100) / 100;
  }
  const stop = async (): Promise<void> => {
    await api.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('disconnect', () => void stop());
  process.send?.({ type: 'ready', url });
}

function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  return value;
}

main().catch((error: unknown) => {
  console.error(`bench api-server failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
