/**
 * read/relations-by-entity-ids collects supporting claims only for the relations whose event
 * count lies within the requested page. Its pages must equal those of the statement that
 * collected them for every relation (kept as a reference in tests/fixtures/cypher), for the
 * most connected entities of a generated corpus, across page positions, sizes and type filters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { Executor } from '../../src/db/executor';
import { EVENT_RELATION_KINDS } from '../../src/graphql/loaders';
import { loadGraphs } from '../../src/pipeline/load/load-graphs';
import { runPipeline } from '../../src/pipeline/run-pipeline';
import { generateStories } from '../../src/synth/generate-stories';
import { resetGraph } from '../helpers/test-db';
import { openTestExecutor } from '../helpers/test-executor';

const REFERENCE = readFileSync(join(__dirname, '../fixtures/cypher/relations-by-entity-ids.reference.cypher'), 'utf8');
let executor: Executor;

beforeAll(async () => {
  await resetGraph();
  executor = await openTestExecutor();
  const graphs = [...generateStories({ stories: 150, seed: 'relations-paging' })].map((s) => {
    const result = runPipeline(s.text);
    if (!result.ok) throw new Error('a generated story does not parse');
    return result.graph;
  });
  for (let i = 0; i < graphs.length; i += 50) await loadGraphs(executor, graphs.slice(i, i + 50));
}, 240_000);
afterAll(async () => executor?.driver.close());

async function reference(params: Record<string, unknown>): Promise<unknown[]> {
  const session = executor.driver.session({ database: executor.database, defaultAccessMode: neo4j.session.READ });
  try {
    return (await session.run(REFERENCE, params)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

describe('relations-by-entity-ids pages', () => {
  it('equal the reference statement for the most connected entities at every page position', async () => {
    const top = await executor.driver.executeQuery('MATCH (e:Entity) RETURN e.id AS id ORDER BY COUNT { (e)--() } DESC, e.id LIMIT 6', {}, { database: executor.database });
    const ids = top.records.map((r) => String(r.get('id')));
    expect(ids.length).toBe(6);
    let compared = 0;
    let nonEmpty = 0;
    for (const types of [null, ['MET', 'CO_PARTICIPATED'], ['HOLDS_ROLE', 'HAS_LEADER', 'VISITED']]) {
      for (const [skip, limit] of [[0, 5], [0, 20], [3, 7], [10, 10], [25, 50], [0, 100], [400, 10]] as const) {
        const params = {
          ids, types, skip: neo4j.int(skip), limit: neo4j.int(limit), eventKinds: EVENT_RELATION_KINDS,
          listMax: neo4j.int(500), maxEvents: neo4j.int(1000),
        };
        const want = await reference(params);
        const got = (await executor.read('read/relations-by-entity-ids', params));
        expect(got).toEqual(want);
        compared += 1;
        nonEmpty += (want as { relations: unknown[] }[]).filter((r) => r.relations.length > 0).length;
      }
    }
    expect(compared).toBe(21);
    // The comparison is not vacuous: most of those pages hold relations.
    expect(nonEmpty).toBeGreaterThan(60);
  });
});
