/**
 * `NEO4J_URI=… NEO4J_PASSWORD=… npx tsx bench/read-latency.ts [--requests 1000] [--duration 10] [--root DIR] [--out FILE]`
 *
 * Sections 3 and 4 of bench/run.ts (read latency through GraphQL over HTTP and through the
 * bare driver for the same Cypher; autocannon at concurrency 16) against ANY running Neo4j,
 * on the graph already loaded there. `--root` runs the API from another checkout (to measure
 * a before/after pair on the same graph). Also measures `{ __typename }` at c16: the ceiling
 * of the HTTP + Apollo stack with no database work. Prints the load average with each figure.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/env';
import { loadCypherRegistry } from '../src/db/cypher-registry';
import { createDriver } from '../src/db/driver';
import { ENTITY_QUERY, EVENTS_QUERY, graphql, loadTest, measure, pickSubjects, replay, startApi, STORY_QUERY, traceStatements } from './read-measures';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '1000' },
    'requests-other': { type: 'string', default: '300' },
    duration: { type: 'string', default: '10' },
    root: { type: 'string', default: join(__dirname, '..') },
    port: { type: 'string', default: '4792' },
    only: { type: 'string' },
    'no-load': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const requests = Number(values.requests);
/** Requests of the queries other than events(involving:) (fewer: the targets are about events). */
const requestsOther = Number(values['requests-other']);
const duration = Number(values.duration);
const root = resolve(values.root);
const log = (line = ''): void => console.log(line);
const load = (): string => os.loadavg().map((l) => l.toFixed(2)).join(' ');

const ALL_EVENTS_QUERY = `query All { events(first: 20) { totalCount edges { node { id date type summary } } } }`;
const TYPENAME_QUERY = `{ __typename }`;

async function main(): Promise<void> {
  const config = loadConfig();
  const connection = { uri: config.NEO4J_URI!, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD ?? '', database: config.NEO4J_DATABASE };
  const driver = createDriver(connection, { connectionTimeoutMs: 30000 });
  const registry = loadCypherRegistry(join(root, 'cypher'));
  const results: Record<string, unknown> = { root, startedAt: new Date().toISOString(), loadAverageAtStart: os.loadavg() };
  const api = await startApi(root, connection, Number(values.port));
  try {
    const stories = Number((await driver.executeQuery('MATCH (s:Story) RETURN count(s) AS n')).records[0]!.get('n'));
    const picks = await pickSubjects(driver);
    results.size = { stories };
    log(`graph: ${stories} stories; API from ${root}; load average ${load()}`);
    log(`frequent "${picks.frequent.name}" (${picks.frequent.events} participations), rare "${picks.rare.name}" (${picks.rare.events}), entity ${picks.entity}, story ${picks.story}`);
    const queries = [
      { label: 'events(involving: frequent)', query: EVENTS_QUERY, variables: { name: picks.frequent.name } },
      { label: 'events(involving: rare)', query: EVENTS_QUERY, variables: { name: picks.rare.name } },
      { label: 'entity + relations (2 levels)', query: ENTITY_QUERY, variables: { id: picks.entity } },
      { label: 'story + claims + sources', query: STORY_QUERY, variables: { id: picks.story } },
      { label: 'events() unfiltered', query: ALL_EVENTS_QUERY, variables: {} },
    ].filter((q) => !values.only || q.label.includes(values.only));
    const reads: Record<string, unknown>[] = [];
    for (const q of queries) {
      for (let i = 0; i < 20; i += 1) await graphql(api.url, q.query, q.variables);
      const statements = await traceStatements(api.child, () => graphql(api.url, q.query, q.variables));
      let errors = 0;
      const n = q.label.startsWith('events(involving') ? requests : requestsOther;
      const viaGraphql = await measure(n, async () => {
        const body = await graphql(api.url, q.query, q.variables);
        if (body.errors) errors += 1;
      }, 150000);
      for (let i = 0; i < 10; i += 1) await replay(driver, registry, statements);
      const viaDriver = await measure(n, () => replay(driver, registry, statements), 150000);
      const ratio = viaGraphql.p50 / viaDriver.p50;
      reads.push({ query: q.label, statements: statements.map((s) => s.name), graphql: viaGraphql, driver: viaDriver, ratioP50: ratio, errors, loadAverage: os.loadavg() });
      log(`  ${q.label.padEnd(30)} GraphQL p50 ${viaGraphql.p50} / p95 ${viaGraphql.p95} / p99 ${viaGraphql.p99} ms | driver p50 ${viaDriver.p50} / p95 ${viaDriver.p95} / p99 ${viaDriver.p99} ms | ${statements.map((s) => s.name).join(', ')} | ratio ${ratio.toFixed(2)}× | n ${viaGraphql.n}/${viaDriver.n}${errors ? ` | ${errors} errors` : ''} | load ${load()}`);
    }
    results.reads = reads;
    if (!values['no-load']) {
      for (const [label, query, variables] of [
        ['{ __typename } (no database)', TYPENAME_QUERY, {}],
        ['events(involving: frequent)', EVENTS_QUERY, { name: picks.frequent.name }],
      ] as const) {
        const r = await loadTest(api.url, query, variables, duration);
        (results.throughput ??= []) as unknown[];
        (results.throughput as unknown[]).push({ label, ...r, loadAverage: os.loadavg() });
        log(`  c16 ${duration}s ${label.padEnd(30)} ${r.requestsPerSec} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.errors} errors, ${r.non2xx} non-2xx | load ${load()}`);
      }
    }
  } finally {
    api.child.kill('SIGKILL'); // the benchmark's own throwaway API process
    await driver.close();
  }
  if (values.out) writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
}









main().then(
  () => process.exit(0), // keep-alive sockets of fetch/autocannon would keep the process up
  (error: unknown) => {
    console.error((error as Error).stack ?? String(error));
    process.exit(1);
  },
);
