/**
 * Abuse limits, each with its own test, with the defaults (which let every README example
 * through: readme-examples.int.test.ts) and configured: depth, cost, aliases, tokens,
 * directives, HTTP batching, and the per-client rate limit (RATE_LIMITED, HTTP 429).
 * Refused queries never reach the database.
 */
import { request } from 'node:http';
import { Executor } from '../../src/db/executor';
import { defaultLimits } from '../../src/graphql/create-server';
import { resetGraph } from '../helpers/test-db';
import { openTestExecutor } from '../helpers/test-executor';
import { codes, gql, GqlResponse, INGEST_TOKEN, READ_TOKEN, startTestApi, TestApi } from './graphql-harness';

let executor: Executor;
const started: TestApi[] = [];
const start = async (options: Omit<Parameters<typeof startTestApi>[0], 'executor'> = {}) => {
  const api = await startTestApi({ executor, ...options });
  started.push(api);
  return api;
};
let api: TestApi;
const DEFAULTS = defaultLimits(2_000_000);

beforeAll(async () => {
  await resetGraph();
  executor = await openTestExecutor();
  api = await start();
});
afterAll(async () => {
  await Promise.all(started.map((a) => a.close()));
  await executor?.driver.close();
});

/** Sends `query` and checks it was refused before execution, with a message naming `what`. */
async function expectRefused(url: string, query: string, what: RegExp, code = 'GRAPHQL_VALIDATION_FAILED'): Promise<void> {
  const before = executor.roundTrips;
  const res = await gql(url, query);
  expect(res.status).toBe(400);
  expect(new Set(codes(res))).toEqual(new Set([code]));
  expect(res.body.errors!.some((e) => what.test(e.message))).toBe(true);
  expect(executor.roundTrips).toBe(before);
}

/** `{ stories { edges { node { events { story { events ... { id } } } } } } }`: `levels` below node. */
const deepQuery = (levels: number) => {
  const path = Array.from({ length: levels }, (_, i) => (i % 2 === 0 ? 'events' : 'story'));
  return `{ stories { edges { node { ${path.map((f) => `${f} { `).join('')}id${' }'.repeat(levels)} } } } }`;
};

describe('defaults', () => {
  it('are depth 12, cost 20000, aliases 20, tokens 3000, directives 50; rate limit off under NODE_ENV=test only', () => {
    expect(DEFAULTS).toMatchObject({ maxDepth: 12, maxCost: 20000, maxAliases: 20, maxTokens: 3000, maxDirectives: 50 });
    expect(DEFAULTS.rateLimitPerMinute).toBe(600);
    expect(defaultLimits(2_000_000, { NODE_ENV: 'test' }).rateLimitPerMinute).toBe(0);
    expect(defaultLimits(2_000_000, { NODE_ENV: 'test', RATE_LIMIT_PER_MINUTE: 30, RATE_LIMIT_BURST: 5 })).toMatchObject({ rateLimitPerMinute: 30, rateLimitBurst: 5 });
  });
});

describe('depth', () => {
  it('lets a query at the default depth through and refuses one level more', async () => {
    // stories.edges.node = 3 levels, 8 more, and the leaf `id` make 12.
    const ok = await gql(api.url, deepQuery(8));
    expect(ok.body.errors).toBeUndefined();
    await expectRefused(api.url, deepQuery(9), /depth limit of 12 exceeded, found 13/i);
  });
  it('is configurable', async () => {
    const strict = await start({ limits: { maxDepth: 4 } });
    await expectRefused(strict.url, deepQuery(2), /depth/i);
  });
});

describe('cost', () => {
  // Static cost about 40000 (graphql-armor: objects 2, scalars 1, times 1.5 per level).
  const wide = `{ events(first: 100) { edges { node { participants { relations { edges { node { events { claims { sources { id outlet title } } } } } } } } } } }`;
  it('refuses a query whose static cost exceeds the default', async () => {
    await expectRefused(api.url, wide, /cost limit of 20000 exceeded/i);
  });
  it('is configurable', async () => {
    const strict = await start({ limits: { maxCost: 10 } });
    await expectRefused(strict.url, `{ stories { edges { node { id title sources { outlet } } } } }`, /cost/i);
    const loose = await start({ limits: { maxCost: 100_000_000, maxDepth: 20 } });
    expect((await gql(loose.url, wide)).body.errors).toBeUndefined();
  });
});

describe('aliases', () => {
  const aliased = (n: number) => `{ stories(first: 1) { ${Array.from({ length: n }, (_, i) => `a${i}: totalCount`).join(' ')} } }`;
  it('lets the default number of aliases through and refuses one more', async () => {
    expect((await gql(api.url, aliased(20))).body.errors).toBeUndefined();
    await expectRefused(api.url, aliased(21), /aliases limit of 20 exceeded/i);
  });
  it('is configurable', async () => {
    const strict = await start({ limits: { maxAliases: 2 } });
    await expectRefused(strict.url, aliased(3), /alias/i);
  });
});

describe('tokens', () => {
  // `{ __typename __typename ... }` is 2 braces + 1 token per field.
  const fields = (n: number) => `{ ${Array.from({ length: n }, () => '__typename').join(' ')} }`;
  it('refuses a document with more lexical tokens than the default at parse time', async () => {
    expect((await gql(api.url, fields(200))).body.errors).toBeUndefined();
    await expectRefused(api.url, fields(2999), /more that 3000 tokens/i, 'GRAPHQL_PARSE_FAILED');
  });
  it('is configurable', async () => {
    const strict = await start({ limits: { maxTokens: 20 } });
    await expectRefused(strict.url, fields(30), /token/i, 'GRAPHQL_PARSE_FAILED');
  });
});

describe('directives', () => {
  const directed = (n: number) => `{ ${Array.from({ length: n }, () => '... @include(if: true) { __typename }').join(' ')} }`;
  it('refuses more directives than the default', async () => {
    expect((await gql(api.url, directed(50))).body.errors).toBeUndefined();
    await expectRefused(api.url, directed(51), /directives limit of 50 exceeded/i);
  });
});

describe('batch', () => {
  it('refuses HTTP array batching (one operation per request)', async () => {
    const before = executor.roundTrips;
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ stories { totalCount } }' }, { query: '{ stories { totalCount } }' }]),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/batch/i);
    expect(executor.roundTrips).toBe(before);
  });
});

/** POSTs from a chosen local address (the loopback network is all of 127/8 on Linux). */
function postFrom(localAddress: string, url: string, query: string, token?: string): Promise<{ status: number; retryAfter: string | undefined; body: GqlResponse['body'] }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query });
    const headers: Record<string, string> = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
    if (token) headers.authorization = `Bearer ${token}`;
    const req = request(url, { method: 'POST', localAddress, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const retry = res.headers['retry-after'];
        resolve({ status: res.statusCode ?? 0, retryAfter: Array.isArray(retry) ? retry[0] : retry, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('rate limit', () => {
  const Q = '{ __typename }';

  it('answers RATE_LIMITED (HTTP 429, Retry-After) once a client IP has spent its burst; /health and /ready stay open', async () => {
    const limited = await start({ limits: { rateLimitPerMinute: 6, rateLimitBurst: 3 } });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await postFrom('127.0.0.1', limited.url, Q));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    const refused = answers[3]!;
    expect(refused.body.errors).toEqual([{ message: 'rate limit exceeded: retry in 10 s', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 10 } }]);
    expect(refused.retryAfter).toBe('10');
    expect(limited.logs.find((l) => l.msg === 'rate limited')).toMatchObject({ level: 'warn', client: '127.0.0.1' });
    for (let i = 0; i < 5; i++) {
      expect((await fetch(`${limited.base}/health`)).status).toBe(200);
      expect((await fetch(`${limited.base}/ready`)).status).toBe(200);
    }
    // Another client address has its own bucket.
    expect((await postFrom('127.0.0.2', limited.url, Q)).status).toBe(200);
  });

  it('keeps a bucket per bearer token too: a token spent from one address is spent from every address', async () => {
    const limited = await start({ readToken: READ_TOKEN, ingestToken: INGEST_TOKEN, limits: { rateLimitPerMinute: 6, rateLimitBurst: 2 } });
    expect((await postFrom('127.0.0.3', limited.url, Q, READ_TOKEN)).status).toBe(200);
    expect((await postFrom('127.0.0.4', limited.url, Q, READ_TOKEN)).status).toBe(200);
    const spent = await postFrom('127.0.0.5', limited.url, Q, READ_TOKEN);
    expect([spent.status, spent.body.errors?.[0]?.extensions?.code]).toEqual([429, 'RATE_LIMITED']);
    // The same fresh address with another token passes: the limit was the token's.
    expect((await postFrom('127.0.0.5', limited.url, Q, INGEST_TOKEN)).status).toBe(200);
  });

  it('is off with rateLimitPerMinute 0', async () => {
    const open = await start({ limits: { rateLimitPerMinute: 0, rateLimitBurst: 1 } });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await postFrom('127.0.0.1', open.url, Q)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
  });
});
