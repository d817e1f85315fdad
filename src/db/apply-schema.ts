import { Executor } from './executor';
import { CypherRegistry } from './cypher-registry';

/**
 * Applies every `cypher/schema/*` statement (constraints and indexes, all IF NOT EXISTS,
 * so this is safe on every start) and waits until the indexes are online.
 */
export async function applySchema(executor: Executor, registry: CypherRegistry): Promise<string[]> {
  const names = registry.names().filter((n) => n.startsWith('schema/'));
  for (const name of names) {
    // Schema commands cannot share a transaction with data writes or with each other.
    await executor.write(name);
  }
  await executor.write('admin/await-indexes');
  return names;
}
