import { createHash } from 'node:crypto';
import { createDriver, DEFAULT_RETRY_MS } from '../../src/db/driver';
import { createExecutor, Executor } from '../../src/db/executor';
import { loadCypherRegistry } from '../../src/db/cypher-registry';
import { applySchema } from '../../src/db/apply-schema';
import { testDbConnection } from './test-db';

/** An executor on the integration-test Neo4j with the schema applied. Close its driver when done. */
export async function openTestExecutor(options: { queryTimeoutMs?: number } = {}): Promise<Executor> {
  const connection = testDbConnection();
  const registry = loadCypherRegistry();
  const executor = createExecutor({
    driver: createDriver(connection),
    registry,
    database: connection.database,
    queryTimeoutMs: options.queryTimeoutMs ?? 30000,
    readRetryMs: DEFAULT_RETRY_MS,
  });
  await applySchema(executor, registry);
  return executor;
}

export interface GraphSnapshot {
  nodes: number;
  relationships: number;
  /** Relationships per type: when two snapshots differ, says where. */
  relationshipsByType?: Record<string, number>;
  /** sha256 over every node (labels, properties) and relationship (ends, type, properties), sorted. */
  checksum: string;
}

/** Counts and a checksum of the whole graph: equal snapshots mean equal graphs. */
export async function snapshotGraph(executor: Executor): Promise<GraphSnapshot> {
  const nodes = await executor.read('admin/graph-dump-nodes');
  const relationships = await executor.read('admin/graph-dump-relationships');
  const hash = createHash('sha256');
  const stable = (value: unknown): string =>
    JSON.stringify(value, (_key, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v));
  const lines = [
    ...nodes.map((row) => `N ${stable({ ...row, labels: [...(row.labels as string[])].sort() })}`),
    ...relationships.map((row) => `R ${stable(row)}`),
  ].sort();
  for (const line of lines) hash.update(`${line}\n`);
  const relationshipsByType: Record<string, number> = {};
  for (const row of relationships) relationshipsByType[String(row.type)] = (relationshipsByType[String(row.type)] ?? 0) + 1;
  return { nodes: nodes.length, relationships: relationships.length, relationshipsByType, checksum: hash.digest('hex') };
}
