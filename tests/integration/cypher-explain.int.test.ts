import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR, loadCypherRegistry } from '../../src/db/cypher-registry';
import { connectTestDb, testDbConnection } from '../helpers/test-db';

/** Every statement the application or an analyst runs compiles against the real database. */
describe('every .cypher file passes EXPLAIN on the real Neo4j', () => {
  const registry = loadCypherRegistry();
  const driver = connectTestDb();
  afterAll(() => driver.close());

  const names = registry.names().filter((n) => !n.startsWith('schema/'));
  it.each(names)('%s', async (name) => {
    const session = driver.session({ database: testDbConnection().database });
    try {
      // EXPLAIN plans without running, so parameters need only exist, not make sense.
      const params = Object.fromEntries(
        [...registry.get(name).matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => [m[1], null]),
      );
      const result = await session.run(`EXPLAIN ${registry.get(name)}`, params);
      expect(result.summary.plan).not.toBe(false);
    } finally {
      await session.close();
    }
  });

  it('schema statements are all IF NOT EXISTS (idempotent)', () => {
    for (const name of registry.names().filter((n) => n.startsWith('schema/'))) {
      expect({ name, text: readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8').includes('IF NOT EXISTS') }).toEqual({ name, text: true });
    }
  });
});
