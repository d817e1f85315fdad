/**
 * `NEO4J_URI=… NEO4J_PASSWORD=… npx tsx bench/profile-events.ts <cypherDir> <statement> '<params JSON>'`
 *
 * PROFILEs one registered statement (e.g. read/events-page) with the given parameters and
 * prints its operator tree with rows and db hits, and the totals: the evidence that a read
 * uses an index range instead of expanding all of an entity's events.
 */
import { resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config/env';
import { loadCypherRegistry } from '../src/db/cypher-registry';
import { toNeo4jParams } from '../src/db/executor';

interface Plan { operatorType: string; rows: number; dbHits: number; arguments: Record<string, unknown>; children: Plan[] }

async function main(): Promise<void> {
  const [dir, name, json] = process.argv.slice(2);
  const config = loadConfig();
  const registry = loadCypherRegistry(resolve(dir!));
  const driver = neo4j.driver(config.NEO4J_URI!, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD ?? ''));
  const params = toNeo4jParams(JSON.parse(json ?? '{}', (k, v) => (['skip', 'limit', 'maxEvents', 'listMax', 'max'].includes(k) ? neo4j.int(v as number) : v))) as Record<string, unknown>;
  const session = driver.session({ database: config.NEO4J_DATABASE, defaultAccessMode: neo4j.session.READ });
  try {
    for (let i = 0; i < 3; i += 1) await session.run(registry.get(name!), params); // warm
    const t0 = performance.now();
    await session.run(registry.get(name!), params);
    const ms = performance.now() - t0;
    const result = await session.run(`PROFILE ${registry.get(name!)}`, params);
    const profile = result.summary.profile as unknown as Plan;
    let hits = 0;
    const walk = (p: Plan, depth: number): void => {
      hits += p.dbHits;
      const detail = String(p.arguments.Details ?? '').slice(0, 110);
      console.log(`${'  '.repeat(depth)}${p.operatorType.padEnd(Math.max(1, 42 - 2 * depth))} rows ${String(p.rows).padStart(7)}  hits ${String(p.dbHits).padStart(8)}  ${detail}`);
      for (const c of p.children) walk(c, depth + 1);
    };
    walk(profile, 0);
    console.log(`TOTAL db hits ${hits}; rows returned ${result.records.length}; warm run ${ms.toFixed(1)} ms`);
  } finally {
    await session.close();
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).stack ?? String(error));
  process.exit(1);
});
