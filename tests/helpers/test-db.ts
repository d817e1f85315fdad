/**
 * Access to the integration-test Neo4j: the server global-setup.ts started (or NEO4J_URI).
 * Each test file connects once, resets the data in `beforeAll`, and closes the driver in `afterAll`.
 */
import neo4j, { type Driver } from 'neo4j-driver';

/** Credentials of the test server, as exported by global setup. */
export interface TestDbConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** Reads the test server's credentials; throws when global setup did not run. */
export function testDbConnection(): TestDbConnection {
  const uri = process.env.NEO4J_URI;
  if (!uri) {
    throw new Error('NEO4J_URI is not set: run integration tests through jest (npm test / npm run test:integration).');
  }
  return {
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
  };
}

/** A driver for the test server. The caller closes it. */
export function connectTestDb(): Driver {
  const { uri, user, password } = testDbConnection();
  return neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: false });
}

/**
 * Deletes every node and relationship, in batches so a large graph does not need one huge
 * transaction. `CALL … IN TRANSACTIONS` must run in an auto-commit transaction, hence
 * `session.run` rather than `executeWrite`. Constraints and indexes are kept.
 */
export async function resetDatabase(driver: Driver): Promise<void> {
  const session = driver.session({ database: testDbConnection().database });
  try {
    // Relationships first: detaching a country with 100k relationships in one inner transaction
    // exceeds the transaction memory pool (seen at 2,000 stories in npm run test:stress).
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS');
  } finally {
    await session.close();
  }
}

/** Empties the test database with a driver of its own (constraints and indexes stay). */
export async function resetGraph(): Promise<void> {
  const driver = connectTestDb();
  try {
    await resetDatabase(driver);
  } finally {
    await driver.close();
  }
}
