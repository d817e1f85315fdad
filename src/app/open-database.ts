import { Config } from '../config/env';
import { createDriver, Neo4jConnection } from '../db/driver';
import { createExecutor, Executor } from '../db/executor';
import { CypherRegistry, loadCypherRegistry } from '../db/cypher-registry';
import { applySchema } from '../db/apply-schema';
import { startLocalNeo4j } from '../neo4j/start-local-neo4j';

export interface OpenDatabase {
  executor: Executor;
  registry: CypherRegistry;
  connection: Neo4jConnection;
  /** Set when the project runs Neo4j itself. */
  local: { httpUrl: string; browserUrl: string | null; passwordFile: string; version: string; owned: boolean } | null;
  close(): Promise<void>;
}

/**
 * Connects to `NEO4J_URI` when given, otherwise starts (or reuses) the project's local
 * Neo4j; then applies the schema. `close()` closes the driver and stops a server we started.
 */
export async function openDatabase(config: Config, progress: (message: string) => void): Promise<OpenDatabase> {
  const registry = loadCypherRegistry();
  let connection: Neo4jConnection;
  let local: OpenDatabase['local'] = null;
  let stopLocal: () => Promise<void> = async () => {};
  if (config.NEO4J_URI) {
    connection = { uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD ?? '', database: config.NEO4J_DATABASE };
    progress(`Using external Neo4j at ${config.NEO4J_URI}`);
  } else {
    const server = await startLocalNeo4j({
      root: config.NEO4J_HOME_DIR,
      instance: config.NEO4J_LOCAL_INSTANCE,
      boltPort: config.NEO4J_LOCAL_BOLT_PORT,
      httpPort: config.NEO4J_LOCAL_HTTP_PORT,
      heap: config.NEO4J_LOCAL_HEAP,
      onProgress: progress,
    });
    connection = { uri: server.uri, user: server.user, password: server.password, database: 'neo4j' };
    local = { httpUrl: server.httpUrl, browserUrl: server.browserUrl, passwordFile: server.passwordFile, version: server.version, owned: server.owned };
    stopLocal = () => server.stop();
  }
  const driver = createDriver(connection, { maxRetryTimeMs: config.NEO4J_RETRY_MS, connectionTimeoutMs: 5000 });
  try {
    await driver.verifyConnectivity({ database: connection.database });
  } catch (error) {
    await driver.close();
    await stopLocal();
    throw new Error(`Cannot connect to Neo4j at ${connection.uri}: ${(error as Error).message}. Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, or unset NEO4J_URI to use the local server.`);
  }
  const executor = createExecutor({ driver, registry, database: connection.database, queryTimeoutMs: config.QUERY_TIMEOUT_MS, readRetryMs: config.NEO4J_RETRY_MS });
  await applySchema(executor, registry);
  return {
    executor,
    registry,
    connection,
    local,
    async close() {
      await driver.close();
      await stopLocal();
    },
  };
}
