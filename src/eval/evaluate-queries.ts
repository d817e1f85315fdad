/**
 * Query-level evaluation through the real graph: every gold query
 * (`queries[]`: involving, must, should, mustNot — 0-based timeline indexes) is sent as
 * `events(involving:, story:)` to a running GraphQL API over HTTP, and the returned event ids
 * (`<storyId>#e<index>`) are compared with the gold lists. The stories must already be
 * ingested into the graph behind that API.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../domain/normalize';
import { parseStory } from '../pipeline/parse/parse-story';
import type { GoldFile, GoldQuery } from './evaluate-corpus';

export interface QueryResult {
  story: string;
  involving: string;
  mustHit: number;
  mustTotal: number;
  shouldHit: number;
  shouldTotal: number;
  /** Gold mustNot events that came back (should be 0). */
  mustNotReturned: number[];
  missingMust: number[];
}

export interface QueryReport {
  queries: QueryResult[];
  total: { mustRecall: number; shouldRecall: number; mustNotReturned: number; queries: number };
}

const EVENTS_QUERY = `query Eval($involving: String!, $story: ID!) {
  events(involving: $involving, story: $story, first: 100) { edges { node { id } } }
}`;

/** Runs every gold query of the `*.txt` + `*.gold.json` pairs in `files` against `graphqlUrl`. */
export async function evaluateQueries(graphqlUrl: string, files: string[], headers: Record<string, string> = {}): Promise<QueryReport> {
  const queries: QueryResult[] = [];
  for (const file of files) {
    const goldPath = file.replace(/\.txt$/, '.gold.json');
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
    const parsed = parseStory(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error(`${file} does not parse: ${parsed.issues[0]?.message}`);
    const storyId = slugify(parsed.story.titleNorm);
    for (const q of gold.queries ?? []) queries.push(await runQuery(graphqlUrl, headers, storyId, file, q));
  }
  const sum = (f: (q: QueryResult) => number) => queries.reduce((s, q) => s + f(q), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    queries,
    total: {
      mustRecall: ratio(sum((q) => q.mustHit), sum((q) => q.mustTotal)),
      shouldRecall: ratio(sum((q) => q.shouldHit), sum((q) => q.shouldTotal)),
      mustNotReturned: sum((q) => q.mustNotReturned.length),
      queries: queries.length,
    },
  };
}

async function runQuery(url: string, headers: Record<string, string>, storyId: string, file: string, q: GoldQuery): Promise<QueryResult> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: EVENTS_QUERY, variables: { involving: q.involving, story: storyId } }),
  });
  const body = (await response.json()) as { data?: { events: { edges: { node: { id: string } }[] } }; errors?: { message: string }[] };
  if (!body.data) throw new Error(`events(involving: "${q.involving}") failed: ${body.errors?.map((e) => e.message).join('; ')}`);
  const returned = new Set(
    body.data.events.edges.map((e) => e.node.id).filter((id) => id.startsWith(`${storyId}#e`)).map((id) => Number(id.slice(storyId.length + 2))),
  );
  return {
    story: join(file).split('/').pop()!.replace(/\.txt$/, ''),
    involving: q.involving,
    mustHit: q.must.filter((i) => returned.has(i)).length,
    mustTotal: q.must.length,
    shouldHit: q.should.filter((i) => returned.has(i)).length,
    shouldTotal: q.should.length,
    mustNotReturned: q.mustNot.filter((i) => returned.has(i)),
    missingMust: q.must.filter((i) => !returned.has(i)),
  };
}
