/**
 * The README stays true: every ```graphql block of README.md runs against an API with the
 * default limits over the dev corpus (the bundled sample stories) on a real Neo4j, mutations
 * with the ingest token. Each must answer without errors and with data in every top-level field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OperationDefinitionNode, parse } from 'graphql';
import { Executor } from '../../src/db/executor';
import { resetGraph } from '../helpers/test-db';
import { openTestExecutor } from '../helpers/test-executor';
import { gql, INGEST_TOKEN, seedDevCorpus, startTestApi, TestApi } from './graphql-harness';

const README = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
const blocks = [...README.matchAll(/^```graphql\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
const operationOf = (doc: string) => parse(doc).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
const label = (doc: string) => `${operationOf(doc).operation} ${operationOf(doc).name?.value ?? '(anonymous)'}`;

let executor: Executor;
let api: TestApi;

beforeAll(async () => {
  await resetGraph();
  executor = await openTestExecutor();
  api = await startTestApi({ executor, ingestToken: INGEST_TOKEN });
  await seedDevCorpus(api.ingest);
});
afterAll(async () => {
  await api?.close();
  await executor?.driver.close();
});

/**
 * Paths of the parts of a top-level answer that came back empty: null, an empty list, or a
 * connection without edges anywhere down its single objects (`entity.relations.edges`).
 */
function emptyParts(value: unknown, path: string): string[] {
  if (value === null || value === undefined) return [path];
  if (Array.isArray(value)) return value.length === 0 ? [path] : [];
  if (typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (record.__typename === 'StoryRejected') return [`${path} (StoryRejected)`];
  return Object.entries(record).flatMap(([key, child]) => {
    if (key === 'edges') return Array.isArray(child) && child.length > 0 ? [] : [`${path}.edges`];
    return child !== null && typeof child === 'object' && !Array.isArray(child) ? emptyParts(child, `${path}.${key}`) : [];
  });
}

describe('README.md GraphQL examples', () => {
  it('has the examples the README promises (events, relations, signings, search, story, paging, ingest)', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    const text = blocks.join('\n');
    for (const needle of ['involving:', 'relations(types: ["MET"])', '"Signing"', 'entities(search:', 'search(text:', 'sections', 'after: $after', 'ingestStory']) {
      expect({ needle, found: text.includes(needle) }).toEqual({ needle, found: true });
    }
  });

  it.each(blocks.map((b) => [label(b), b] as const))('%s runs without errors and answers with data', async (_, doc) => {
    const mutation = operationOf(doc).operation === 'mutation';
    const res = await gql(api.url, doc, {}, mutation ? { token: INGEST_TOKEN } : {});
    expect(res.body.errors).toBeUndefined();
    expect(res.status).toBe(200);
    const data = res.body.data as Record<string, unknown>;
    const selected = operationOf(doc).selectionSet.selections.length;
    expect(Object.keys(data)).toHaveLength(selected);
    expect(Object.entries(data).flatMap(([key, value]) => emptyParts(value, key))).toEqual([]);
  });
});
