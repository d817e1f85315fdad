/**
 * Shared by tests/integration/graphql-*.test.ts: starts the API on an ephemeral port over
 * a real executor and sends GraphQL over HTTP with fetch. Log lines are captured so tests
 * can assert what the server logged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Config } from '../../src/config/env';
import { Executor } from '../../src/db/executor';
import { ApiLimits, ApiServer, createApiServer } from '../../src/graphql/create-server';
import { createLogger } from '../../src/graphql/logger';
import { createIngestService, IngestService } from '../../src/pipeline/ingest';

export const INGEST_TOKEN = 'ingest-token-0123456789abcdef';
export const READ_TOKEN = 'read-token-0123456789abcdef';
export const SEED_BASE = join(__dirname, '..', 'fixtures', 'dev', 'lee-xi-beijing-summit');

export interface Gold {
  story: { title: string; articleCount: number };
  sources: { n: number; outlet: string; title: string }[];
  events: { index: number; date: string; type: string; participants: string[]; sources: number[] }[];
  queries: { ask: string; involving: string; must: number[]; should: number[]; optional: number[]; mustNot: number[] }[];
}

/** The dev corpus (also what `npm start` ingests as samples): seven digests with gold files. */
export const DEV_DIR = join(__dirname, '..', 'fixtures', 'dev');

/** Ingests every dev-corpus story; returns their ids by file name (without `.txt`). */
export async function seedDevCorpus(ingest: IngestService): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const file of readdirSync(DEV_DIR).filter((f) => f.endsWith('.txt')).sort()) {
    const result = await ingest.ingestText(readFileSync(join(DEV_DIR, file), 'utf8'), { format: 'AUTO' });
    if (!result.ok) throw new Error(`${file} rejected: ${JSON.stringify(result.issues)}`);
    ids[file.replace(/\.txt$/, '')] = result.storyId;
  }
  return ids;
}

export const seedText = (): string => readFileSync(`${SEED_BASE}.txt`, 'utf8');
export const seedGold = (): Gold => JSON.parse(readFileSync(`${SEED_BASE}.gold.json`, 'utf8')) as Gold;

export interface TestApi {
  url: string;
  base: string;
  server: ApiServer;
  ingest: IngestService;
  logs: Record<string, unknown>[];
  close(): Promise<void>;
}

export async function startTestApi(options: {
  executor: Executor;
  ingest?: IngestService;
  ingestToken?: string;
  readToken?: string;
  nodeEnv?: Config['NODE_ENV'];
  limits?: Partial<ApiLimits>;
  maxStoryBytes?: number;
}): Promise<TestApi> {
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  const maxStoryBytes = options.maxStoryBytes ?? 2_000_000;
  const ingest = options.ingest ?? createIngestService({ executor: options.executor, maxStoryBytes });
  const server = createApiServer({
    config: { HOST: '127.0.0.1', PORT: 4000, NODE_ENV: options.nodeEnv ?? 'test', INGEST_TOKEN: options.ingestToken, READ_TOKEN: options.readToken, MAX_STORY_BYTES: maxStoryBytes },
    executor: options.executor,
    ingest,
    logger,
    limits: options.limits,
  });
  const { url } = await server.listen({ port: 0 });
  return { url, base: url.replace(/\/graphql$/, ''), server, ingest, logs, close: () => server.close() };
}

export interface GqlResponse<T = any> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };
}

/** POSTs one operation; `token` becomes `Authorization: Bearer <token>`. */
export async function gql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, options: { token?: string; headers?: Record<string, string> } = {}): Promise<GqlResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(options.headers ?? {}) };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GqlResponse<T>['body'] };
}

/** POSTs one operation, fails the test on any GraphQL error, and returns `data`. */
export async function gqlData(url: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await gql(url, query, variables);
  expect(res.body.errors).toBeUndefined();
  return res.body.data;
}

/** The codes of a response's errors, in order. */
export const codes = (res: GqlResponse): unknown[] => (res.body.errors ?? []).map((e) => e.extensions?.code);
