/**
 * Bodies of organizations over GraphQL on a real Neo4j: Organization.partOf / bodies, the
 * events of a body found by events(involving: <its organization>), and idempotent re-ingest.
 */
import { Executor } from '../../src/db/executor';
import { resetGraph } from '../helpers/test-db';
import { openTestExecutor, snapshotGraph } from '../helpers/test-executor';
import { gqlData, startTestApi, TestApi } from './graphql-harness';

const STORY = `Health body approves budget
Updated (1 articles)
Budget approved The World Health Organization (WHO) agreed its budget in Geneva [1]. The WHO said the budget protects emergency work [1].
Sources (1 articles)
-
[1]
Health Wire: WHO agrees budget – Reports the vote of the WHO Executive Board .
Timeline
Feb 3 2025 – The WHO Executive Board approves the two-year budget. [1]
May 20 2025 – The WHO Session in Geneva adopts the budget. [1]
`;

let executor: Executor;
let api: TestApi;

const ask = (query: string, variables: Record<string, unknown> = {}): Promise<any> => gqlData(api.url, query, variables);

beforeAll(async () => {
  await resetGraph();
  executor = await openTestExecutor();
  api = await startTestApi({ executor });
  const result = await api.ingest.ingestText(STORY);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
});
afterAll(async () => {
  await api?.close();
  await executor?.driver.close();
});

describe('bodies of organizations', () => {
  it('serves partOf and bodies on Organization', async () => {
    const data = await ask(`{
      board: entity(id: "org:who-executive-board") { ... on Organization { name partOf { id } bodies { id } } }
      who: entity(id: "org:world-health-organization") { ... on Organization { aliases partOf { id } bodies { id name } } }
    }`);
    expect(data.board).toEqual({ name: 'WHO Executive Board', partOf: [{ id: 'org:world-health-organization' }], bodies: [] });
    expect(data.who.partOf).toEqual([]);
    expect(data.who.bodies).toEqual([{ id: 'org:who-executive-board', name: 'WHO Executive Board' }]);
    // "The WHO Session … adopts": the organization itself, not a body.
    expect(data.who.aliases).toContain('WHO Session');
  });

  it('finds the events of a body among the events involving its organization, without making it a participant', async () => {
    const data = await ask(`{ events(involving: "World Health Organization", first: 10) {
      totalCount edges { node { date participants { id } } } } }`);
    const byDate = Object.fromEntries(data.events.edges.map((e: any) => [e.node.date, e.node.participants.map((p: any) => p.id)]));
    expect(byDate['2025-02-03']).toEqual(['org:who-executive-board']);
    expect(byDate['2025-05-20']).toContain('org:world-health-organization');
  });

  it('leaves the graph as it was when the story is ingested again', async () => {
    const before = await snapshotGraph(executor);
    const again = await api.ingest.ingestText(STORY, { force: true });
    expect(again.ok).toBe(true);
    expect(await snapshotGraph(executor)).toEqual(before);
  });
});
