/** What bench/run.ts and bench/read-latency.ts share: the API child process, GraphQL and driver timings, autocannon, the picks. */
import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import type { CypherRegistry } from '../src/db/cypher-registry';
import { toNeo4jParams, type Params } from '../src/db/executor';

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  n: number;
}

export const EVENTS_QUERY = `query Events($name: String!) { events(involving: $name, first: 20) { totalCount edges { node { id date type summary participants { id name } } } } }`;
export const ENTITY_QUERY = `query Entity($id: ID!) { entity(id: $id) { id name relations(first: 10) { totalCount edges { node { type eventCount entity { id name relations(first: 5) { totalCount edges { node { type eventCount entity { id name } } } } } } } } } }`;
export const STORY_QUERY = `query Story($id: ID!) { story(id: $id) { id title claims { id text sources { outlet title } } sources { number outlet title } } }`;

/** The API (bench/api-server.ts of the checkout at `root`) in a child process, in production mode. */
export async function startApi(root: string, connection: { uri: string; user: string; password: string }, port: number): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(join(root, 'bench', 'api-server.ts'), [], {
    cwd: root,
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, NEO4J_URI: connection.uri, NEO4J_USER: connection.user, NEO4J_PASSWORD: connection.password, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'error' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: { type: string; url: string }) => (m.type === 'ready' ? resolve(m.url) : reject(new Error('api did not start'))));
    child.once('exit', (code) => reject(new Error(`api exited with ${code}`)));
  });
  return { child, url: url.endsWith('/graphql') ? url : `${url.replace(/\/$/, '')}/graphql` };
}

export function ask<T>(child: ChildProcess, message: object, reply: string): Promise<T> {
  return new Promise((resolve) => {
    const listener = (m: { type: string }): void => {
      if (m.type !== reply) return;
      child.off('message', listener);
      resolve(m as T);
    };
    child.on('message', listener);
    child.send(message);
  });
}

export async function traceStatements(child: ChildProcess, run: () => Promise<unknown>): Promise<{ name: string; params: Params }[]> {
  await ask(child, { type: 'trace-start' }, 'trace-started');
  await run();
  return (await ask<{ statements: { name: string; params: Params }[] }>(child, { type: 'trace-end' }, 'trace')).statements;
}

export function apiMemory(child: ChildProcess): Promise<{ rss: number; peakRss: number }> {
  return ask(child, { type: 'memory' }, 'memory');
}

/** The statements one GraphQL request ran, replayed in order, each in its own auto-commit read transaction as the executor runs reads. */
export async function replay(driver: Driver, registry: CypherRegistry, statements: { name: string; params: Params }[]): Promise<void> {
  for (const s of statements) {
    const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      await session.run(registry.get(s.name), toNeo4jParams(s.params) as Params);
    } finally {
      await session.close();
    }
  }
}

/**
 * Sequential requests go through node:http with one keep-alive connection: undici's `fetch`
 * added ~1 ms of client time per request on this machine (p50 3.5 vs 2.1 ms for the same
 * rare-name request), which is the client library's cost, not the API's.
 */
const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });

export function graphql(url: string, query: string, variables: Record<string, unknown>): Promise<{ data?: unknown; errors?: unknown[] }> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent: keepAlive, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: unknown; errors?: unknown[] });
        } catch (error) {
          reject(new Error(`HTTP ${response.statusCode}: not JSON`, { cause: error }));
        }
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** `n` sequential runs, or fewer (at least 10) when they would take longer than `budgetMs`: slow queries must not blow the 30-minute budget. */
export async function measure(n: number, work: () => Promise<unknown>, budgetMs = 60000): Promise<Latency> {
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < n; i += 1) {
    if (i >= Math.min(10, n) && performance.now() - start > budgetMs) break;
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (p: number): number => round(times[Math.min(times.length - 1, Math.max(0, Math.ceil(p * times.length) - 1))] ?? 0);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), mean: round(times.reduce((s, t) => s + t, 0) / times.length), n: times.length };
}

/**
 * Runs `work` until both the API's and Neo4j's JIT have compiled the path: at least `minMs`
 * and `minRuns`, at most `maxMs` or `maxRuns`. A fixed 100 requests was not enough right
 * after Neo4j started: the same graph gave a frequent-name p50 of 8.3 ms, then 5.4 ms three
 * minutes later (driver alone 3.6, then 2.1 ms).
 */
export async function warmUp(work: () => Promise<unknown>, { minMs, maxMs, minRuns, maxRuns }: { minMs: number; maxMs: number; minRuns: number; maxRuns: number }): Promise<number> {
  const start = performance.now();
  let runs = 0;
  for (;;) {
    const elapsed = performance.now() - start;
    if (runs >= maxRuns || elapsed >= maxMs || (elapsed >= minMs && runs >= minRuns)) return runs;
    await work();
    runs += 1;
  }
}

export interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  non2xx: number;
  timeouts: number;
}

export async function loadTest(url: string, query: string, variables: Record<string, unknown>, seconds: number): Promise<{ requestsPerSec: number; total: number; p50: number; p99: number; errors: number; non2xx: number }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const autocannon = require('autocannon') as (opts: object) => Promise<AutocannonResult>;
  const result = await autocannon({ url, connections: 16, duration: seconds, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { requestsPerSec: round(result.requests.average), total: result.requests.total, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

export async function pickSubjects(driver: Driver): Promise<{ frequent: { name: string; events: number }; rare: { name: string; events: number }; entity: string; story: string }> {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    // The benchmark's own look-ups (not application queries): ranked people by events.
    const ranked = await session.run(
      'MATCH (e:Person) WITH e, COUNT { (e)-[:PARTICIPATED_IN]->() } AS n WHERE n > 0 RETURN e.id AS id, e.name AS name, n ORDER BY n DESC, e.id',
    );
    const people = ranked.records.map((r) => ({ id: String(r.get('id')), name: String(r.get('name')), events: Number(r.get('n')) })).filter((p) => !p.id.slice('person:'.length).includes(':'));
    const frequent = people[0]!;
    const rare = people.filter((p) => p.events === 1 && p.name.includes(' ')).pop() ?? people[people.length - 1]!;
    const middle = people[Math.min(people.length - 1, 50)]!;
    const story = await session.run('MATCH (s:Story) RETURN s.id AS id ORDER BY s.id LIMIT 1');
    return { frequent: { name: frequent.name, events: frequent.events }, rare: { name: rare.name, events: rare.events }, entity: middle.id, story: String(story.records[0]!.get('id')) };
  } finally {
    await session.close();
  }
}

export function round(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}
