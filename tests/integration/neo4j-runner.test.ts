/**
 * The Neo4j the integration tests run against: reachable, the pinned version, password
 * protected, and (when started locally) bound to loopback only and shared rather than duplicated.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { LocalNeo4jError } from '../../src/neo4j/local-neo4j-error';
import { startLocalNeo4j } from '../../src/neo4j/start-local-neo4j';
import { connectTestDb, resetDatabase, testDbConnection } from '../helpers/test-db';

const localRoot = process.env.NEO4J_TEST_LOCAL_ROOT;
const itLocal = localRoot ? it : it.skip;

let driver: Driver;

beforeAll(async () => {
  driver = connectTestDb();
  await resetDatabase(driver);
});

afterAll(async () => {
  await driver.close();
});

it('answers RETURN 1', async () => {
  const { records } = await driver.executeQuery('RETURN 1 AS one');
  expect(records.map((r) => r.toObject())).toEqual([{ one: neo4j.int(1) }]);
});

it('runs Neo4j 5.26.x', async () => {
  const { records } = await driver.executeQuery('CALL dbms.components() YIELD name, versions RETURN name, versions');
  expect(records).toHaveLength(1);
  expect(records[0]!.get('name')).toBe('Neo4j Kernel');
  expect(records[0]!.get('versions')).toEqual([expect.stringMatching(/^5\.26\.\d+$/)]);
});

it('rejects a wrong password', async () => {
  const { uri, user, password } = testDbConnection();
  const intruder = neo4j.driver(uri, neo4j.auth.basic(user, `${password}-wrong`));
  try {
    await expect(intruder.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
  } finally {
    await intruder.close();
  }
});

it('resetDatabase removes every node and relationship', async () => {
  await driver.executeQuery('UNWIND range(1, 25) AS i CREATE (:ResetProbe {i: i})-[:NEXT]->(:ResetProbe)');
  await resetDatabase(driver);
  const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS nodes');
  expect(records[0]!.get('nodes')).toEqual(neo4j.int(0));
});

itLocal('listens on 127.0.0.1 only', async () => {
  const { records } = await driver.executeQuery(
    `SHOW SETTINGS YIELD name, value
     WHERE name IN ['server.default_listen_address', 'server.bolt.listen_address', 'server.http.listen_address', 'server.https.enabled']
     RETURN name, value ORDER BY name`,
  );
  const boltPort = new URL(testDbConnection().uri).port;
  expect(Object.fromEntries(records.map((r) => [r.get('name'), r.get('value')]))).toEqual({
    'server.bolt.listen_address': `127.0.0.1:${boltPort}`,
    'server.default_listen_address': '127.0.0.1',
    'server.http.listen_address': expect.stringMatching(/^127\.0\.0\.1:\d+$/),
    'server.https.enabled': 'false',
  });
  // And concretely: the Bolt port is closed on every non-loopback IPv4 address of this machine.
  const external = Object.values(os.networkInterfaces())
    .flat()
    .filter((a): a is os.NetworkInterfaceInfo => !!a && a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
  for (const address of external) {
    await expect(tcpConnect(address, Number(boltPort))).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  }
});

itLocal('a second start of the same instance reuses the running server', async () => {
  const { uri, password } = testDbConnection();
  const again = await startLocalNeo4j({ root: localRoot, instance: process.env.NEO4J_TEST_INSTANCE || 'test', boltPort: Number(new URL(uri).port), httpPort: Number(process.env.NEO4J_TEST_HTTP_PORT || 7484) });
  expect({ owned: again.owned, uri: again.uri, password: again.password }).toEqual({ owned: false, uri, password });
  expect(again.version).toMatch(/^5\.26\.\d+$/);
  await again.stop(); // no-op for a reused server
  await expect(driver.verifyConnectivity()).resolves.toBeDefined();
});

itLocal('fails clearly when the port is taken by another program', async () => {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as net.AddressInfo).port;
  const root = await mkdtemp(path.join(os.tmpdir(), 'neo4j-port-test-'));
  try {
    const attempt = startLocalNeo4j({ root, instance: 'port-test', boltPort: port, httpPort: port + 1 });
    await expect(attempt).rejects.toBeInstanceOf(LocalNeo4jError);
    await expect(attempt).rejects.toMatchObject({
      code: 'PORT_IN_USE',
      message: `Bolt port ${port} on 127.0.0.1 is already in use by another program. Stop that program or choose another port with NEO4J_LOCAL_BOLT_PORT.`,
    });
  } finally {
    blocker.close();
    await rm(root, { recursive: true, force: true });
  }
});

function tcpConnect(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
    socket.once('timeout', () => {
      socket.destroy();
      reject(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' }));
    });
    socket.once('error', reject);
  });
}
