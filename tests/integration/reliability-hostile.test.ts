/**
 * The hostile-input suite (tests/helpers/hostile-inputs.ts, >= 1,000 deterministic cases)
 * through the ingest service and through the `ingestStory` mutation over HTTP:
 * - every case ends in a clear outcome: stored (with warnings) or rejected with issues that
 *   name a rule and (unless the rule is about the whole story) a line; never a throw, a stack
 *   trace or INTERNAL_SERVER_ERROR;
 * - the outcome is the one the case expects (e.g. control characters -> input.control-character);
 * - the graph afterwards equals a graph into which only the accepted stories were ingested
 *   (snapshotGraph: counts + checksum), so a rejected story wrote nothing;
 * - GraphQL answers exactly what the service answers, and the server stays up.
 */
import { Executor } from '../../src/db/executor';
import { createIngestService, IngestResult } from '../../src/pipeline/ingest';
import { DEFAULT_STORY_LIMITS } from '../../src/pipeline/limits';
import { describeIssueProblem, devStories, generateHostileInputs, HostileInput, WHOLE_STORY_RULES } from '../helpers/hostile-inputs';
import { resetGraph } from '../helpers/test-db';
import { GraphSnapshot, openTestExecutor, snapshotGraph } from '../helpers/test-executor';
import { gql, INGEST_TOKEN, startTestApi } from './graphql-harness';

jest.setTimeout(600_000);

const cases = generateHostileInputs();
let executor: Executor;

async function reset(): Promise<void> {
  await resetGraph();
}

/** Resets the graph and loads the dev corpus: the "before" of every run. */
async function baseline(): Promise<void> {
  await reset();
  const ingest = createIngestService({ executor, maxStoryBytes: DEFAULT_STORY_LIMITS.maxStoryBytes });
  for (const story of devStories()) expect((await ingest.ingestText(story.text)).ok).toBe(true);
}

/** What must be true of one outcome; returns the problems found. */
function judge(c: HostileInput, result: IngestResult): string[] {
  const problems: string[] = [];
  const lineCount = c.text.split(/\r\n|\r|\n/).length;
  const issues = result.ok ? result.warnings : result.issues;
  if (!result.ok && issues.length === 0) problems.push('rejected without issues');
  for (const issue of issues) {
    const problem = describeIssueProblem(issue, lineCount, !result.ok && !WHOLE_STORY_RULES.has(issue.rule));
    if (problem) problems.push(problem);
  }
  const e = c.expect;
  switch (e.outcome) {
    case 'rejected':
      if (result.ok) problems.push(`expected rejection by ${e.rule}, was stored`);
      else if (!result.issues.some((i) => i.rule === e.rule)) problems.push(`expected ${e.rule}, got ${result.issues.map((i) => i.rule).join(', ')}`);
      break;
    case 'accepted':
      if (!result.ok) problems.push(`expected to be stored, rejected: ${JSON.stringify(result.issues.slice(0, 2))}`);
      else if (e.warning && !result.warnings.some((w) => w.rule === e.warning)) problems.push(`expected warning ${e.warning}, got ${result.warnings.map((w) => w.rule).join(', ')}`);
      break;
    case 'any':
      break;
    default:
      throw new Error(`unknown expectation ${JSON.stringify(e)}`);
  }
  return problems.map((p) => `${c.name}: ${p}`);
}

beforeAll(async () => {
  executor = await openTestExecutor();
});
afterAll(async () => {
  await executor?.driver.close();
});

it(`generates at least 1,000 distinct, deterministic cases (${cases.length})`, () => {
  expect(cases.length).toBeGreaterThanOrEqual(1000);
  expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  const again = generateHostileInputs();
  expect(again.map((c) => c.text)).toEqual(cases.map((c) => c.text));
});

describe('through the ingest service, then GraphQL', () => {
  const outcomes = new Map<string, IngestResult>();
  let reference: GraphSnapshot;

  it('answers every case with a clear outcome, as expected, without throwing', async () => {
    await baseline();
    const ingest = createIngestService({ executor, maxStoryBytes: DEFAULT_STORY_LIMITS.maxStoryBytes });
    const problems: string[] = [];
    for (const c of cases) {
      try {
        const result = await ingest.ingestText(c.text);
        outcomes.set(c.name, result);
        problems.push(...judge(c, result));
      } catch (error) {
        problems.push(`${c.name}: threw ${String(error)}`);
      }
    }
    expect(problems).toEqual([]);
    const accepted = [...outcomes.values()].filter((r) => r.ok).length;
    expect(accepted).toBeGreaterThan(50); // the mutations of real stories mostly stay valid
    expect(cases.length - accepted).toBeGreaterThan(600);
  });

  it('leaves exactly the graph of the accepted stories (rejected stories wrote nothing)', async () => {
    const afterAll = await snapshotGraph(executor);
    await baseline();
    const ingest = createIngestService({ executor, maxStoryBytes: DEFAULT_STORY_LIMITS.maxStoryBytes });
    for (const c of cases) {
      if (outcomes.get(c.name)?.ok) expect((await ingest.ingestText(c.text)).ok).toBe(true);
    }
    reference = await snapshotGraph(executor);
    expect(afterAll).toEqual(reference);
  });

  it('answers the same through the ingestStory mutation, never INTERNAL_SERVER_ERROR, and stays up', async () => {
    await baseline();
    const api = await startTestApi({ executor, ingestToken: INGEST_TOKEN });
    const problems: string[] = [];
    try {
      for (const c of cases) {
        const expected = outcomes.get(c.name)!;
        let res: Awaited<ReturnType<typeof gql<{ ingestStory: unknown }>>>;
        try {
          res = await gql<{ ingestStory: unknown }>(api.url, MUTATION, { text: c.text }, { token: INGEST_TOKEN });
        } catch (error) {
          problems.push(`${c.name}: request failed ${String(error)}`);
          continue;
        }
        const text = JSON.stringify(res.body);
        if (/INTERNAL_SERVER_ERROR|\bat \S+:\d+:\d+|node_modules/.test(text)) problems.push(`${c.name}: ${text.slice(0, 300)}`);
        const first = expected.ok ? null : expected.issues[0]!.rule;
        if (first === 'input.empty' || first === 'limit.story-bytes') {
          // The mutation refuses these arguments itself (or the HTTP layer, for bodies over its limit).
          const code = res.body.errors?.[0]?.extensions?.code;
          const ok = (res.status === 200 && code === 'BAD_USER_INPUT') || (res.status === 413 && code === 'BAD_REQUEST');
          if (!ok) problems.push(`${c.name}: expected BAD_USER_INPUT or 413, got ${res.status} ${text.slice(0, 200)}`);
          continue;
        }
        const got = res.body.data?.ingestStory;
        const want = expected.ok
          ? { __typename: 'StoryIngested', storyId: expected.storyId, status: expected.status.toUpperCase(), warnings: expected.warnings }
          : { __typename: 'StoryRejected', issues: expected.issues };
        if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${c.name}: GraphQL ${JSON.stringify(got ?? res.body).slice(0, 300)} != service ${JSON.stringify(want).slice(0, 300)}`);
      }
      expect(problems).toEqual([]);
      expect((await fetch(`${api.base}/health`)).status).toBe(200);
      const stories = await gql(api.url, '{ stories { totalCount } }');
      expect(stories.body.errors).toBeUndefined();
      expect(api.logs.filter((l) => l.level === 'error')).toEqual([]);
    } finally {
      await api.close();
    }
    expect(await snapshotGraph(executor)).toEqual(reference);
  });
});

const MUTATION = `mutation Ingest($text: String!) {
  ingestStory(text: $text) {
    __typename
    ... on StoryIngested { storyId status warnings { line rule message } }
    ... on StoryRejected { issues { line rule message } }
  }
}`;
