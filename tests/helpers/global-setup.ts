/**
 * Jest global setup of the integration project. With NEO4J_URI set it only checks that the
 * given server answers. Otherwise it starts (or reuses) the local instance `test` on its own
 * ports (bolt 7697, http 7484; NEO4J_TEST_BOLT_PORT / NEO4J_TEST_HTTP_PORT to change) and
 * (NEO4J_TEST_INSTANCE to use another instance folder) and
 * exports NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, which the test workers inherit.
 */
import neo4j from 'neo4j-driver';
import { DEFAULT_NEO4J_ROOT } from '../../src/neo4j/default-neo4j-root';
import { installShutdownHandlers } from '../../src/neo4j/install-shutdown-handlers';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/start-local-neo4j';

/** Shared with global-teardown.ts, which runs in the same process. */
export interface TestNeo4jGlobal {
  server: LocalNeo4j;
  uninstall: () => void;
}

const log = (message: string): void => void process.stderr.write(`[neo4j] ${message}\n`);

// Jest loads global setup through its default export.
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) {
    await checkExternal(process.env.NEO4J_URI, process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? '');
    return;
  }
  log('no NEO4J_URI: starting the local test instance');
  const server = await startLocalNeo4j({
    root: DEFAULT_NEO4J_ROOT,
    // Several developers (or CI jobs) on one machine each pick their own instance and ports.
    instance: process.env.NEO4J_TEST_INSTANCE || 'test',
    boltPort: optionalPort('NEO4J_TEST_BOLT_PORT') ?? 7697,
    httpPort: optionalPort('NEO4J_TEST_HTTP_PORT') ?? 7484,
    heap: '512m',
    pageCache: '128m',
    portSettingNames: { bolt: 'NEO4J_TEST_BOLT_PORT', http: 'NEO4J_TEST_HTTP_PORT' },
    onProgress: log,
    logger: { info: log, warn: log },
  });
  process.env.NEO4J_URI = server.uri;
  process.env.NEO4J_USER = server.user;
  process.env.NEO4J_PASSWORD = server.password;
  process.env.NEO4J_TEST_LOCAL_ROOT = DEFAULT_NEO4J_ROOT;
  const uninstall = server.owned ? installShutdownHandlers([server], { onError: (e) => log(String(e)) }) : () => {};
  (globalThis as { __testNeo4j?: TestNeo4jGlobal }).__testNeo4j = { server, uninstall };
}

async function checkExternal(uri: string, user: string, password: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    throw new Error(
      `NEO4J_URI=${uri} is set but the server does not answer with NEO4J_USER/NEO4J_PASSWORD: ${(error as Error).message}. ` +
        'Fix them, or unset NEO4J_URI to let the tests start a local Neo4j.',
    );
  } finally {
    await driver.close();
  }
}

function optionalPort(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name}=${raw} is not a port number`);
  return port;
}
