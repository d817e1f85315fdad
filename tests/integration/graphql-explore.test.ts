/**
 * Analysts get answers: every cypher/explore query runs against the dev corpus (the bundled
 * sample stories) on a real Neo4j with the parameters the README's "Exploring in Neo4j
 * Browser" table gives, and returns rows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR, loadCypherRegistry } from '../../src/db/cypher-registry';
import { Executor } from '../../src/db/executor';
import { createIngestService } from '../../src/pipeline/ingest';
import { connectTestDb, resetDatabase, testDbConnection } from '../helpers/test-db';
import { openTestExecutor } from '../helpers/test-executor';
import { seedDevCorpus } from './graphql-harness';

/** The parameters of each explore query, as an analyst would set them with `:param`. */
const PARAMS: Record<string, Record<string, unknown>> = {
  'agreements-and-parties': {},
  'country-timeline': { country: 'Japan' },
  'event-provenance': { eventId: 'lee-and-xi-sign-14-mous-push-joint-korean-peninsula-peace-measures-amid-regional-tensions#e3' },
  'events-involving': { name: 'Lee' },
  'most-corroborated-claims': { storyId: 'nato-clears-path-for-sweden-and-tells-ukraine-its-future-lies-in-the-alliance-at-vilnius-summit' },
  'person-network': { name: 'Xi Jinping' },
  'possible-duplicates': {},
};

const EXPLORE_DIR = join(CYPHER_DIR, 'explore');
const files = readdirSync(EXPLORE_DIR).filter((f) => f.endsWith('.cypher')).map((f) => f.replace(/\.cypher$/, '')).sort();
const registry = loadCypherRegistry();
const README = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

let executor: Executor;
const driver = connectTestDb();

beforeAll(async () => {
  await resetDatabase(driver);
  executor = await openTestExecutor();
  await seedDevCorpus(createIngestService({ executor, maxStoryBytes: 2_000_000 }));
});
afterAll(async () => {
  await executor?.driver.close();
  await driver.close();
});

describe('cypher/explore queries', () => {
  it('every file has parameters here, a header naming them, and a row in the README table', () => {
    expect(Object.keys(PARAMS).sort()).toEqual(files);
    for (const name of files) {
      const raw = readFileSync(join(EXPLORE_DIR, `${name}.cypher`), 'utf8');
      const header = raw.split('\n').filter((l) => l.startsWith('//')).join('\n');
      const used = [...new Set([...raw.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!))].sort();
      expect({ name, used }).toEqual({ name, used: Object.keys(PARAMS[name]!).sort() });
      expect({ name, header: /Params:/.test(header) && used.every((p) => header.includes(`$${p}`)) }).toEqual({ name, header: true });
      expect({ name, inReadme: README.includes(`\`${name}.cypher\``) }).toEqual({ name, inReadme: true });
    }
  });

  it.each(files)('%s returns rows on the sample stories', async (name) => {
    const session = driver.session({ database: testDbConnection().database, defaultAccessMode: 'READ' });
    try {
      const result = await session.run(registry.get(`explore/${name}`), PARAMS[name]);
      expect({ name, rows: result.records.length > 0 }).toEqual({ name, rows: true });
      // Rows carry data, not only nulls and empty lists.
      const first = result.records[0]!.toObject();
      expect(Object.values(first).some((v) => v !== null && !(Array.isArray(v) && v.length === 0))).toBe(true);
    } finally {
      await session.close();
    }
  });
});
