import type { Driver } from 'neo4j-driver';

/** Deletes every node and relationship of the benchmark's own database (constraints and indexes stay). */
export async function wipeDatabase(driver: Driver): Promise<void> {
  const session = driver.session({ database: 'neo4j' });
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction; this is the benchmark's own reset.
    // Relationships first: detaching a country with 100k relationships in one inner transaction exceeds the memory pool.
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 50000 ROWS');
  } finally {
    await session.close();
  }
}
