/**
 * Where write-transaction time goes:
 *   NEO4J_URI=… NEO4J_PASSWORD=… NEO4J_PID=<server pid> npx tsx bench/load-profile.ts <corpus-dir> [--batch 200] [--limit 2000] [--floor]
 * Wipes the database, warms the server up on the first batch (then wipes again), loads the corpus in
 * batches with `loadGraphs`, and prints the time spent in each named statement and, with NEO4J_PID,
 * the server's CPU time per story (/proc: the cost that two cores must share).
 * `--floor`: entities are written first, untimed; the timed part only CREATEs what the stories own
 * (stories, sources, claims, features, events and their relationships): no MERGE, no read-back.
 * That is the least this graph model can cost per story, whatever the load statements look like.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { applySchema } from '../src/db/apply-schema';
import { loadCypherRegistry } from '../src/db/cypher-registry';
import { createDriver, DEFAULT_RETRY_MS } from '../src/db/driver';
import { createExecutor, type Executor } from '../src/db/executor';
import { flattenRows, loadGraphs } from '../src/pipeline/load/load-graphs';
import { runPipeline } from '../src/pipeline/run-pipeline';
import { processCpuMs } from './process-cpu';
import { wipeDatabase } from './wipe-database';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { batch: { type: 'string', default: '200' }, limit: { type: 'string', default: '2000' }, floor: { type: 'boolean', default: false } } });
  const dir = positionals[0]!;
  const batchSize = Number(values.batch);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, Number(values.limit));
  const graphs = files.map((f) => {
    const result = runPipeline(readFileSync(join(dir, f), 'utf8'));
    if (!result.ok) throw new Error(`${f}: ${JSON.stringify(result.issues)}`);
    return result.graph;
  });
  const driver = createDriver({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD!, database: 'neo4j' });
  const registry = loadCypherRegistry();
  const base = createExecutor({ driver, registry, database: 'neo4j', queryTimeoutMs: 600_000, readRetryMs: DEFAULT_RETRY_MS });
  await applySchema(base, registry);
  const wipe = (): Promise<void> => wipeDatabase(driver);
  await wipe();
  await loadGraphs(base, graphs.slice(0, batchSize)); // compiles the plans, warms the JIT
  await wipe();
  const floor = values.floor === true;
  if (floor) await base.writeTransaction((tx) => tx.run('load/merge-entities', { rows: flattenRows(graphs).entities }), 'floor/entities');
  const owned = new Set(['load/lock-stories', 'load/create-sources', 'load/create-claims', 'load/create-features', 'load/create-events']);
  const spent = new Map<string, number>();
  const timed: Executor = {
    ...base,
    read: base.read,
    write: base.write,
    get roundTrips() { return base.roundTrips; },
    writeTransaction: (work, label) =>
      base.writeTransaction((tx) => work({
        run: async (name, params) => {
          if (floor && !owned.has(name)) return [];
          const t0 = performance.now();
          try { return await tx.run(name, params); } finally { spent.set(name, (spent.get(name) ?? 0) + performance.now() - t0); }
        },
      }), label),
  };
  const pid = process.env.NEO4J_PID;
  const cpu0 = pid ? (processCpuMs(pid) ?? 0) : 0;
  const t0 = performance.now();
  for (let i = 0; i < graphs.length; i += batchSize) {
    const b0 = performance.now();
    await loadGraphs(timed, graphs.slice(i, i + batchSize));
    console.log(`batch ${i / batchSize + 1}: ${Math.round(performance.now() - b0)} ms`);
  }
  const total = performance.now() - t0;
  console.log(`${graphs.length} stories in ${(total / 1000).toFixed(1)} s = ${(graphs.length / (total / 1000)).toFixed(0)} stories/s`);
  if (pid) {
    const cpu = (processCpuMs(pid) ?? 0) - cpu0;
    console.log(`Neo4j server CPU: ${(cpu / 1000).toFixed(1)} s = ${(cpu / graphs.length).toFixed(2)} ms per story -> at most ${Math.round((os.cpus().length * 1000) / (cpu / graphs.length))} stories/s on ${os.cpus().length} cores with nothing else running`);
  }
  for (const [name, ms] of [...spent].sort((a, b) => b[1] - a[1])) console.log(`${name.padEnd(34)} ${(ms / 1000).toFixed(2)} s`);
  await driver.close();
}

main().catch((error) => { console.error(error); process.exit(1); });
