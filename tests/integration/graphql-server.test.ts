/**
 * The HTTP server around the schema: write auth, read auth, DB_UNAVAILABLE, error masking,
 * probes, limits, CSRF, introspection and the operation log — all over real HTTP and Neo4j.
 */
import neo4j from 'neo4j-driver';
import { loadCypherRegistry } from '../../src/db/cypher-registry';
import { createExecutor, Executor } from '../../src/db/executor';
import { IngestService } from '../../src/pipeline/ingest';
import { resetGraph } from '../helpers/test-db';
import { openTestExecutor } from '../helpers/test-executor';
import { codes, gql, INGEST_TOKEN, READ_TOKEN, seedText, startTestApi, TestApi } from './graphql-harness';

let executor: Executor;
const started: TestApi[] = [];
const start = async (options: Omit<Parameters<typeof startTestApi>[0], 'executor'> & { executor?: Executor }) => {
  const api = await startTestApi({ executor, ...options });
  started.push(api);
  return api;
};

beforeAll(async () => {
  await resetGraph();
  executor = await openTestExecutor();
});
afterAll(async () => {
  await Promise.all(started.map((a) => a.close()));
  await executor?.driver.close();
});

const INGEST = `mutation Ingest($text: String!, $force: Boolean) {
  ingestStory(text: $text, force: $force) {
    __typename
    ... on StoryIngested { storyId status counts { events sources } story { title events { id } } }
    ... on StoryRejected { issues { line rule message } }
  }
}`;
const DELETE = `mutation Delete($id: ID!) { deleteStory(id: $id) { deleted prunedEntities } }`;

describe('mutations need the ingest token', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await start({ ingestToken: INGEST_TOKEN, readToken: READ_TOKEN });
  });

  it.each([
    ['no token', undefined, 'UNAUTHENTICATED'],
    ['a wrong token', 'wrong-token-0123456789abcdef', 'UNAUTHENTICATED'],
    ['the read token', READ_TOKEN, 'FORBIDDEN'],
  ])('refuses ingestStory and deleteStory with %s', async (_, token, code) => {
    // Reads need the read token here, so a tokenless request is refused before execution.
    const ingest = await gql(api.url, INGEST, { text: seedText() }, { token });
    const del = await gql(api.url, DELETE, { id: 'x' }, { token });
    expect([codes(ingest), codes(del)]).toEqual([[code], [code]]);
  });

  it('ingests, reports UNCHANGED then UPDATED (force), and deletes with the ingest token', async () => {
    const first = await gql(api.url, INGEST, { text: seedText() }, { token: INGEST_TOKEN });
    expect(first.body.errors).toBeUndefined();
    const ingested = first.body.data.ingestStory;
    expect(ingested).toMatchObject({ __typename: 'StoryIngested', status: 'CREATED', counts: { sources: 2 } });
    expect(ingested.story.events.length).toBe(ingested.counts.events);
    const again = await gql(api.url, INGEST, { text: seedText() }, { token: INGEST_TOKEN });
    expect(again.body.data.ingestStory.status).toBe('UNCHANGED');
    const forced = await gql(api.url, INGEST, { text: seedText(), force: true }, { token: INGEST_TOKEN });
    expect(forced.body.data.ingestStory.status).toBe('UPDATED');

    const del = await gql(api.url, DELETE, { id: ingested.storyId }, { token: INGEST_TOKEN });
    expect(del.body.data.deleteStory.deleted).toBe(true);
    const gone = await gql(api.url, `query($id: ID!) { story(id: $id) { id } }`, { id: ingested.storyId }, { token: READ_TOKEN });
    expect(gone.body).toEqual({ data: { story: null } });
    const twice = await gql(api.url, DELETE, { id: ingested.storyId }, { token: INGEST_TOKEN });
    expect(twice.body.data.deleteStory).toEqual({ deleted: false, prunedEntities: 0 });
  });

  it('answers bad input as a StoryRejected value, not an error', async () => {
    const res = await gql(api.url, INGEST, { text: 'just one line without anything else' }, { token: INGEST_TOKEN });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.ingestStory.__typename).toBe('StoryRejected');
    expect(res.body.data.ingestStory.issues.length).toBeGreaterThan(0);
  });

  it('refuses a story over MAX_STORY_BYTES with BAD_USER_INPUT on text', async () => {
    const small = await start({ ingestToken: INGEST_TOKEN, maxStoryBytes: 1000 });
    const res = await gql(small.url, INGEST, { text: 'x'.repeat(1001) }, { token: INGEST_TOKEN });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors![0]!.extensions!.argumentPath).toEqual(['text']);
  });

  it('requires the read (or ingest) token for reads when READ_TOKEN is set', async () => {
    const none = await gql(api.url, `{ stories { totalCount } }`);
    expect(none.status).toBe(401);
    expect(codes(none)).toEqual(['UNAUTHENTICATED']);
    const read = await gql(api.url, `{ stories { totalCount } }`, {}, { token: READ_TOKEN });
    const write = await gql(api.url, `{ stories { totalCount } }`, {}, { token: INGEST_TOKEN });
    expect([read.status, write.status, read.body.errors, write.body.errors]).toEqual([200, 200, undefined, undefined]);
  });
});

describe('writes disabled', () => {
  it('answers both mutations with FORBIDDEN when INGEST_TOKEN is unset, whatever the token', async () => {
    const api = await start({});
    for (const token of [undefined, INGEST_TOKEN]) {
      const ingest = await gql(api.url, INGEST, { text: seedText() }, { token });
      const del = await gql(api.url, DELETE, { id: 'x' }, { token });
      for (const res of [ingest, del]) {
        expect(codes(res)).toEqual(['FORBIDDEN']);
        expect(res.body.errors![0]!.message).toBe('writes are disabled: set INGEST_TOKEN');
      }
    }
  });
});

describe('database unavailable', () => {
  let down: Executor;
  beforeAll(() => {
    down = createExecutor({
      // Writes (driver) and reads (executor) retry for 15 s by default; a short retry keeps the test fast.
      driver: neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'none'), {
        disableLosslessIntegers: true,
        connectionTimeout: 2000,
        connectionAcquisitionTimeout: 2000,
        maxTransactionRetryTime: 500,
      }),
      registry: loadCypherRegistry(),
      database: 'neo4j',
      queryTimeoutMs: 2000,
      readRetryMs: 500,
    });
  });
  afterAll(async () => down.driver.close());

  it('answers DB_UNAVAILABLE fast, without driver details', async () => {
    const api = await start({ executor: down });
    const t0 = Date.now();
    const res = await gql(api.url, `{ events(involving: "Lee") { totalCount } stories { totalCount } }`);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(new Set(codes(res))).toEqual(new Set(['DB_UNAVAILABLE']));
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/bolt|ECONNREFUSED|127\.0\.0\.1|stack|MATCH/i);
    const ready = await fetch(`${api.base}/ready`);
    expect(ready.status).toBe(503);
    const health = await fetch(`${api.base}/health`);
    expect(health.status).toBe(200);
  });
});

describe('unknown errors are masked and logged', () => {
  const failing: IngestService = {
    ingestText: async () => {
      throw new Error('secret detail: MATCH (n) RETURN n at bolt://db.internal');
    },
    deleteStory: async () => {
      throw new TypeError('cannot read properties of undefined (secret)');
    },
  };

  it('shows INTERNAL_SERVER_ERROR without the message, logs it in full with the request id', async () => {
    const api = await start({ ingest: failing, ingestToken: INGEST_TOKEN });
    const res = await gql(api.url, INGEST, { text: seedText() }, { token: INGEST_TOKEN, headers: { 'x-request-id': 'req-mask-1' } });
    expect(res.body.errors).toEqual([{ message: 'Internal server error', locations: expect.anything(), path: ['ingestStory'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(res.headers.get('x-request-id')).toBe('req-mask-1');
    const logged = api.logs.find((l) => l.msg === 'unexpected error');
    expect(logged).toMatchObject({ level: 'error', requestId: 'req-mask-1', error: { message: expect.stringContaining('secret detail') } });
  });

  it('shows the message in development', async () => {
    const api = await start({ ingest: failing, ingestToken: INGEST_TOKEN, nodeEnv: 'development' });
    const res = await gql(api.url, DELETE, { id: 'x' }, { token: INGEST_TOKEN });
    expect(res.body.errors![0]).toMatchObject({ message: expect.stringContaining('secret'), extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});

describe('HTTP surface', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await start({ limits: { maxBodyBytes: 10_000, maxDepth: 8, maxAliases: 3 } });
  });

  it('serves /health and /ready', async () => {
    const health = await fetch(`${api.base}/health`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${api.base}/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
    expect((await fetch(`${api.base}/nope`)).status).toBe(404);
  });

  it('logs one line per operation with request id, operation name and duration', async () => {
    await gql(api.url, `query CountStories { stories { totalCount } }`, {}, { headers: { 'x-request-id': 'req-log-1' } });
    const line = api.logs.find((l) => l.msg === 'graphql operation' && l.requestId === 'req-log-1');
    expect(line).toMatchObject({ level: 'info', operationName: 'CountStories', durationMs: expect.any(Number), roundTrips: 1, errors: 0 });
  });

  it('refuses bodies over the limit with 413', async () => {
    const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ stories { totalCount } }`, pad: 'x'.repeat(20_000) }) });
    expect(res.status).toBe(413);
  });

  it('refuses too deep queries and too many aliases before touching the database', async () => {
    const before = executor.roundTrips;
    const deep = await gql(api.url, `{ stories { edges { node { events { claims { story { events { claims { text } } } } } } } } }`);
    const aliases = await gql(api.url, `{ a: stories { totalCount } b: stories { totalCount } c: stories { totalCount } d: stories { totalCount } }`);
    // graphql-armor rules run with validation: Apollo answers GRAPHQL_VALIDATION_FAILED (HTTP 400).
    expect([deep.status, codes(deep), aliases.status, codes(aliases)]).toEqual([400, ['GRAPHQL_VALIDATION_FAILED'], 400, ['GRAPHQL_VALIDATION_FAILED']]);
    expect(deep.body.errors![0]!.message).toMatch(/depth/i);
    expect(aliases.body.errors![0]!.message).toMatch(/alias/i);
    expect(executor.roundTrips).toBe(before);
  });

  it('does not execute batched requests', async () => {
    const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]) });
    expect(res.status).toBe(400);
  });

  it('prevents CSRF: a simple GET without a preflight header is refused, with it it runs', async () => {
    const simple = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(simple.status).toBe(400);
    const preflighted = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect([preflighted.status, await preflighted.json()]).toEqual([200, { data: { __typename: 'Query' } }]);
  });

  it('turns introspection off in production', async () => {
    const prod = await start({ nodeEnv: 'production' });
    const res = await gql(prod.url, `{ __schema { types { name } } }`);
    expect(codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const dev = await gql(api.url, `{ __schema { queryType { name } } }`);
    expect(dev.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});

describe('cypher/read statements', () => {
  it('every read statement compiles (EXPLAIN) against the real database', async () => {
    const registry = loadCypherRegistry();
    const names = registry.names().filter((n) => n.startsWith('read/'));
    expect(names.length).toBeGreaterThan(20);
    const session = executor.driver.session();
    const failures: string[] = [];
    try {
      for (const name of names) {
        await session.run(`EXPLAIN ${registry.get(name)}`).catch((e: Error) => failures.push(`${name}: ${e.message}`));
      }
    } finally {
      await session.close();
    }
    expect(failures).toEqual([]);
  });
});
