/**
 * `NEO4J_URI=… NEO4J_PASSWORD=… npx tsx bench/backfill-involvements.ts [--batch 200]`
 *
 * Writes the INVOLVES relationships and Event.sortKey (cypher/load/merge-involvements) for
 * every story already in a graph loaded before they existed, in batches of stories, one
 * write transaction each. Idempotent: safe to run again (it recomputes each story's set).
 * Applies the schema first (the INVOLVES key indexes).
 */
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { openDatabase } from '../src/app/open-database';
import { loadConfig } from '../src/config/env';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { batch: { type: 'string', default: '200' } } });
  const batch = Number(values.batch);
  const db = await openDatabase(loadConfig(), (m) => console.error(m));
  try {
    const session = db.executor.driver.session({ database: db.executor.database, defaultAccessMode: neo4j.session.READ });
    // The script's own look-up (not an application query): every story id.
    const ids = (await session.run('MATCH (s:Story) RETURN s.id AS id ORDER BY id')).records.map((r) => String(r.get('id')));
    await session.close();
    const started = performance.now();
    let merged = 0;
    for (let i = 0; i < ids.length; i += batch) {
      const rows = await db.executor.write('load/merge-involvements', { storyIds: ids.slice(i, i + batch) });
      merged += Number(rows[0]?.merged ?? 0);
      process.stderr.write(`\r${Math.min(i + batch, ids.length)}/${ids.length} stories, ${merged} involvements`);
    }
    console.error(`\nbackfilled ${ids.length} stories, ${merged} involvements in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).stack ?? String(error));
  process.exit(1);
});
