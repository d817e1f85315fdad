/**
 * Secrets stay secret and the defaults are closed:
 * - the generated Neo4j password file is mode 0600, and the API listens on 127.0.0.1 by default
 *   (Neo4j's own loopback-only binding is tested in neo4j-runner.test.ts, "listens on 127.0.0.1 only");
 * - the API's log lines, during reads, ingests, refused writes, a database outage and a masked
 *   error, never contain the ingest token, the read token or the Neo4j password; neither do
 *   configuration errors nor the local server's own logs and configuration;
 * - writes need the bearer token in the Authorization header; a token in the URL, in a cookie
 *   or in the GraphQL variables does not count (no/wrong/read token: graphql-server.test.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { ConfigError, loadConfig } from '../../src/config/env';
import { loadCypherRegistry } from '../../src/db/cypher-registry';
import { createExecutor, Executor } from '../../src/db/executor';
import { instancePaths } from '../../src/neo4j/instance-paths';
import { IngestService } from '../../src/pipeline/ingest';
import { devStories } from '../helpers/hostile-inputs';
import { resetGraph, testDbConnection } from '../helpers/test-db';
import { openTestExecutor } from '../helpers/test-executor';
import { codes, gql, INGEST_TOKEN, READ_TOKEN, startTestApi, TestApi } from './graphql-harness';

const localRoot = process.env.NEO4J_TEST_LOCAL_ROOT;
const itLocal = localRoot ? it : it.skip;
const { password } = testDbConnection();
const SECRETS = { ingestToken: INGEST_TOKEN, readToken: READ_TOKEN, neo4jPassword: password };

/** Which secrets occur in `text` (expected: none). */
function leaked(text: string): string[] {
  return Object.entries(SECRETS)
    .filter(([, secret]) => secret.length > 0 && text.includes(secret))
    .map(([name]) => name);
}

let executor: Executor;
const apis: TestApi[] = [];
beforeAll(async () => {
  await resetGraph();
  executor = await openTestExecutor();
});
afterAll(async () => {
  await Promise.all(apis.map((a) => a.close()));
  await executor?.driver.close();
});

const INGEST = `mutation Ingest($text: String!) { ingestStory(text: $text) { __typename ... on StoryIngested { storyId } ... on StoryRejected { issues { rule } } } }`;

itLocal('keeps the generated Neo4j password in a file of mode 0600', () => {
  const file = join(localRoot!, 'password');
  expect((statSync(file).mode & 0o777).toString(8)).toBe('600');
  expect(readFileSync(file, 'utf8').trim()).toBe(password);
});

it('listens on 127.0.0.1 unless HOST says otherwise', () => {
  expect(loadConfig({}).HOST).toBe('127.0.0.1');
});

it('never logs the tokens or the Neo4j password: reads, ingests, refusals, outage, masked errors', async () => {
  const api = await startTestApi({ executor, ingestToken: INGEST_TOKEN, readToken: READ_TOKEN });
  apis.push(api);
  const story = devStories()[0]!;
  expect((await gql(api.url, INGEST, { text: story.text }, { token: INGEST_TOKEN })).body.data?.ingestStory.__typename).toBe('StoryIngested');
  expect((await gql(api.url, INGEST, { text: 'x\u0001y' }, { token: INGEST_TOKEN })).body.data?.ingestStory.__typename).toBe('StoryRejected');
  expect(codes(await gql(api.url, '{ stories { totalCount } }', {}, { token: READ_TOKEN }))).toEqual([]);
  expect(codes(await gql(api.url, INGEST, { text: story.text }, { token: READ_TOKEN }))).toEqual(['FORBIDDEN']);
  expect(codes(await gql(api.url, INGEST, { text: story.text }, { token: `${INGEST_TOKEN}x` }))).toEqual(['UNAUTHENTICATED']);
  // Secrets sent where they do not belong are not echoed either.
  await gql(api.url, `query Q($t: String) { stories { totalCount } }`, { t: INGEST_TOKEN }, { token: READ_TOKEN });
  await fetch(`${api.url}?token=${INGEST_TOKEN}`, { headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${READ_TOKEN}` } });

  // A masked internal error and a database outage, each logged in full.
  const failing: IngestService = {
    ingestText: async () => {
      throw new Error('boom while ingesting');
    },
    deleteStory: async () => ({ deleted: false, prunedEntities: 0 }),
  };
  const broken = await startTestApi({ executor, ingest: failing, ingestToken: INGEST_TOKEN });
  apis.push(broken);
  expect(codes(await gql(broken.url, INGEST, { text: story.text }, { token: INGEST_TOKEN }))).toEqual(['INTERNAL_SERVER_ERROR']);
  const down = createExecutor({
    driver: neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', password), { connectionTimeout: 1000, maxTransactionRetryTime: 300 }),
    registry: loadCypherRegistry(),
    database: 'neo4j',
    queryTimeoutMs: 1000,
    readRetryMs: 300,
  });
  try {
    const outage = await startTestApi({ executor: down, ingestToken: INGEST_TOKEN });
    apis.push(outage);
    expect(codes(await gql(outage.url, INGEST, { text: story.text }, { token: INGEST_TOKEN }))).toEqual(['DB_UNAVAILABLE']);
    expect((await fetch(`${outage.base}/ready`)).status).toBe(503);
    const all = [api, broken, outage].flatMap((a) => a.logs);
    expect(all.length).toBeGreaterThan(10);
    expect(all.some((l) => l.level === 'error')).toBe(true); // the masked error was logged in full…
    expect(leaked(JSON.stringify(all))).toEqual([]); // …and no log line holds a secret
  } finally {
    await down.driver.close();
  }
});

it('does not echo secret values in configuration errors', () => {
  const shortToken = 'short-secret-1';
  let error: unknown;
  try {
    loadConfig({ INGEST_TOKEN: shortToken, READ_TOKEN: shortToken, NEO4J_URI: 'http://example.org', NEO4J_PASSWORD: 'pw-do-not-print' });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ConfigError);
  expect((error as Error).message).not.toMatch(/short-secret-1|pw-do-not-print/);
});

itLocal('the local Neo4j does not write the password to its logs or configuration', () => {
  const instance = process.env.NEO4J_TEST_INSTANCE || 'test';
  const paths = instancePaths(localRoot!, instance);
  const files = [paths.confDir, paths.logsDir].flatMap((dir) => readdirSync(dir).map((f) => join(dir, f))).filter((f) => statSync(f).isFile());
  expect(files.length).toBeGreaterThan(1);
  expect(files.filter((f) => readFileSync(f, 'utf8').includes(password))).toEqual([]);
});

it('accepts the ingest token only as an Authorization bearer header', async () => {
  const api = await startTestApi({ executor, ingestToken: INGEST_TOKEN });
  apis.push(api);
  const text = devStories()[1]!.text;
  const post = (headers: Record<string, string>, url = api.url, variables: Record<string, unknown> = { text }) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: INGEST, variables }) }).then(
      async (r) => ((await r.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.map((e) => e.extensions?.code),
    );
  expect(await post({}, `${api.url}?token=${INGEST_TOKEN}&access_token=${INGEST_TOKEN}`)).toEqual(['UNAUTHENTICATED']);
  expect(await post({ cookie: `token=${INGEST_TOKEN}` })).toEqual(['UNAUTHENTICATED']);
  expect(await post({ authorization: INGEST_TOKEN })).toEqual(['UNAUTHENTICATED']);
  expect(await post({ authorization: `Basic ${Buffer.from(`neo4j:${INGEST_TOKEN}`).toString('base64')}` })).toEqual(['UNAUTHENTICATED']);
  expect(await post({ 'x-api-key': INGEST_TOKEN })).toEqual(['UNAUTHENTICATED']);
  expect(await post({ authorization: `Bearer ${INGEST_TOKEN}` })).toBeUndefined();
});
