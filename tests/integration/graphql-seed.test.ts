/**
 * The issue-2 contract end to end: the seed story is ingested through the ingest service,
 * then queried over HTTP against the real Neo4j. Expectations come from the gold file.
 */
import { Executor } from '../../src/db/executor';
import { resetGraph } from '../helpers/test-db';
import { openTestExecutor, snapshotGraph } from '../helpers/test-executor';
import { codes, gql, GqlResponse, seedGold, seedText, startTestApi, TestApi } from './graphql-harness';

let executor: Executor;
let api: TestApi;
let storyId: string;
const gold = seedGold();
const eventId = (index: number) => `${storyId}#e${index}`;

beforeAll(async () => {
  await resetGraph();
  executor = await openTestExecutor();
  api = await startTestApi({ executor });
  const result = await api.ingest.ingestText(seedText(), { format: 'AUTO' });
  if (!result.ok) throw new Error(`seed story rejected: ${JSON.stringify(result.issues)}`);
  storyId = result.storyId;
});
afterAll(async () => {
  await api?.close();
  await executor?.driver.close();
});

const EVENTS_INVOLVING = /* GraphQL */ `
  query EventsInvolving($who: String!, $first: Int, $after: String) {
    events(involving: $who, first: $first, after: $after) {
      totalCount
      matchedEntities { id name type }
      edges { cursor node { id date type claims { id kind sources { number outlet } } sources { number outlet } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

describe('events(involving:) answers the gold queries', () => {
  it.each(gold.queries.map((q) => [q.involving, q] as const))('%s: every must event with its claims and Yonhap sources, no mustNot event', async (_, q) => {
    const res = await gql(api.url, EVENTS_INVOLVING, { who: q.involving, first: 100 });
    expect(res.body.errors).toBeUndefined();
    const edges: any[] = res.body.data.events.edges;
    const ids = edges.map((e) => e.node.id);
    expect(ids).toEqual(expect.arrayContaining(q.must.map(eventId)));
    expect(ids.filter((id) => q.mustNot.map(eventId).includes(id))).toEqual([]);
    for (const index of q.must) {
      const node = edges.find((e) => e.node.id === eventId(index))!.node;
      const goldEvent = gold.events[index]!;
      // Its timeline entry first, every claim citing only Yonhap articles of this story.
      const yonhap = goldEvent.sources.map((n) => ({ number: n, outlet: 'Yonhap' }));
      expect({ index, date: node.date, timelineClaim: node.claims[0]?.kind, timelineSources: node.claims[0]?.sources }).toEqual({
        index,
        date: goldEvent.date,
        timelineClaim: 'timeline',
        timelineSources: yonhap,
      });
      // The event cites what its claims cite: at least the timeline entry's sources, all Yonhap.
      expect({ index, sources: node.sources }).toEqual({ index, sources: expect.arrayContaining(yonhap) });
      expect(new Set(node.sources.map((s: { outlet: string }) => s.outlet))).toEqual(new Set(['Yonhap']));
    }
  });

  it('matches names case- and punctuation-insensitively and strips leading titles', async () => {
    const answers = await Promise.all(['Lee', 'lee jae myung', 'LEE JAE-MYUNG', 'President Lee', 'President Lee Jae Myung'].map((who) => gql(api.url, EVENTS_INVOLVING, { who, first: 100 })));
    const [first, ...rest] = answers.map((a) => a.body.data.events);
    expect(first.totalCount).toBeGreaterThan(0);
    expect(first.matchedEntities.map((e: any) => e.name)).toEqual(['Lee Jae Myung']);
    for (const other of rest) expect(other).toEqual(first);
  });

  it('answers an unknown name with an empty connection and no matched entity', async () => {
    const res = await gql(api.url, EVENTS_INVOLVING, { who: 'Nobody Anyone', first: 5 });
    expect(res.body).toEqual({ data: { events: { totalCount: 0, matchedEntities: [], edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } });
  });

  it('lists all events newest first, then by story and timeline position', async () => {
    const res = await gql(api.url, `{ events(first: 100) { totalCount edges { node { id date } } } }`);
    expect(res.body.data.events.totalCount).toBe(gold.events.length);
    // Every seed event is on 2026-01-05, so the order is the timeline order.
    expect(res.body.data.events.edges.map((e: any) => e.node.id)).toEqual(gold.events.map((e) => eventId(e.index)));
  });
});

describe('pagination', () => {
  it('walks every page with first/after and meets the single-page answer', async () => {
    const all = (await gql(api.url, EVENTS_INVOLVING, { who: 'Lee', first: 100 })).body.data.events;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const res: GqlResponse = await gql(api.url, EVENTS_INVOLVING, { who: 'Lee', first: 2, after });
      const conn: any = res.body.data.events;
      expect(conn.totalCount).toBe(all.totalCount);
      expect(conn.edges.length).toBe(Math.min(2, all.totalCount - seen.length));
      seen.push(...conn.edges.map((e: any) => e.node.id));
      expect(conn.pageInfo.hasNextPage).toBe(seen.length < all.totalCount);
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e: any) => e.node.id));
  });

  it.each([[101], [0], [-1]])('refuses first: %d with BAD_USER_INPUT naming the argument', async (first) => {
    const res = await gql(api.url, EVENTS_INVOLVING, { who: 'Lee', first });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors![0]!.extensions!.argumentPath).toEqual(['first']);
    expect(res.body.data).toBeNull();
  });

  it('refuses a cursor it did not issue', async () => {
    const res = await gql(api.url, EVENTS_INVOLVING, { who: 'Lee', after: 'not-a-cursor' });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors![0]!.extensions!.argumentPath).toEqual(['after']);
  });

  it.each([
    ['from', '2026-13-01'],
    ['to', '05/01/2026'],
    ['from', '2026-02-30'],
  ])('validates dates: %s = %s is BAD_USER_INPUT', async (arg, value) => {
    const res = await gql(api.url, `query($d: String) { events(${arg}: $d) { totalCount } }`, { d: value });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors![0]!.extensions!.argumentPath).toEqual([arg]);
  });

  it('filters by date range (inclusive)', async () => {
    const inside = await gql(api.url, `{ events(from: "2026-01-05", to: "2026-01-05") { totalCount } }`);
    const before = await gql(api.url, `{ events(to: "2026-01-04") { totalCount } }`);
    expect(inside.body.data.events.totalCount).toBe(gold.events.length);
    expect(before.body.data.events.totalCount).toBe(0);
  });
});

describe('entity(id) and story(id)', () => {
  it('gives an entity with the same events as events(involving:)', async () => {
    const involving = (await gql(api.url, EVENTS_INVOLVING, { who: 'Xi Jinping', first: 100 })).body.data.events;
    const xi = involving.matchedEntities[0];
    const res = await gql(api.url, `query($id: ID!) { entity(id: $id) { __typename id name type events(first: 100) { totalCount edges { node { id } } } } }`, { id: xi.id });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.entity).toMatchObject({ __typename: 'Person', id: xi.id, name: 'Xi Jinping', type: 'PERSON' });
    expect(res.body.data.entity.events.edges.map((e: any) => e.node.id)).toEqual(involving.edges.map((e: any) => e.node.id));
  });

  it('gives events(involving:) the same participants, places and agreements as the event loader', async () => {
    const fields = `id participants { id name } places { id } agreements { id }`;
    // One name: read with the page. Story filter: through the eventEntities loader.
    const withPage = (await gql(api.url, `query { events(involving: "Xi Jinping", first: 100) { edges { node { ${fields} } } } }`)).body;
    const viaLoader = (await gql(api.url, `query($story: ID!) { events(story: $story, first: 100) { edges { node { ${fields} } } } }`, { story: storyId })).body;
    expect(withPage.errors).toBeUndefined();
    expect(viaLoader.errors).toBeUndefined();
    const byId = new Map(viaLoader.data.events.edges.map((e: any) => [e.node.id, e.node]));
    const paged = withPage.data.events.edges.map((e: any) => e.node);
    expect(paged.length).toBeGreaterThan(1);
    expect(paged.some((e: any) => e.participants.length > 1 && e.places.length > 0)).toBe(true);
    expect(paged).toEqual(paged.map((e: any) => byId.get(e.id)));
  });

  it('gives a story with sources by number, claims in story order and events in timeline order', async () => {
    const res = await gql(
      api.url,
      `query($id: ID!) { story(id: $id) { id title articleCount sources { number outlet title } claims { id kind } events { id date type story { id } } } }`,
      { id: storyId },
    );
    expect(res.body.errors).toBeUndefined();
    const story = res.body.data.story;
    expect(story.title).toBe(gold.story.title);
    expect(story.articleCount).toBe(gold.story.articleCount);
    expect(story.sources).toEqual(gold.sources.map((s) => ({ number: s.n, outlet: s.outlet, title: s.title })));
    expect(story.events.map((e: any) => e.id)).toEqual(gold.events.map((e) => eventId(e.index)));
    expect(story.events.map((e: any) => e.date)).toEqual(gold.events.map((e) => e.date));
    expect(new Set(story.events.map((e: any) => e.story.id))).toEqual(new Set([storyId]));
    const kinds: string[] = story.claims.map((c: any) => c.kind);
    expect(kinds.filter((k) => k === 'timeline').length).toBe(gold.events.length);
    // Summary sentences come before timeline entries.
    expect(kinds.indexOf('timeline')).toBe(kinds.lastIndexOf('summary') + 1);
  });

  it('answers unknown ids with null and no error', async () => {
    const res = await gql(api.url, `{ entity(id: "person:nobody") { id } story(id: "no-such-story") { id } }`);
    expect(res.body).toEqual({ data: { entity: null, story: null } });
  });

  it('answers events(story:) for an unknown story with NOT_FOUND', async () => {
    const res = await gql(api.url, `{ events(story: "no-such-story") { totalCount } }`);
    expect(codes(res)).toEqual(['NOT_FOUND']);
  });
});

describe('round trips', () => {
  const NESTED = /* GraphQL */ `
    query Nested($first: Int) {
      events(first: $first) {
        totalCount
        edges { node { id participants { id name } claims { id text sources { id outlet } } } }
      }
    }
  `;
  it('costs the same number of Cypher round trips for 1 result as for all', async () => {
    const before1 = executor.roundTrips;
    const one = await gql(api.url, NESTED, { first: 1 });
    const trips1 = executor.roundTrips - before1;
    const beforeN = executor.roundTrips;
    const many = await gql(api.url, NESTED, { first: 100 });
    const tripsN = executor.roundTrips - beforeN;
    expect(one.body.data.events.edges).toHaveLength(1);
    expect(many.body.data.events.edges).toHaveLength(gold.events.length);
    // events page, participants, claims, sources: one statement per level.
    expect({ trips1, tripsN }).toEqual({ trips1: 4, tripsN: 4 });
  });

  it('does the same for events(involving:) (one statement for the name and its page, then one per level)', async () => {
    const query = EVENTS_INVOLVING;
    const b1 = executor.roundTrips;
    await gql(api.url, query, { who: 'Lee', first: 1 });
    const t1 = executor.roundTrips - b1;
    const bN = executor.roundTrips;
    await gql(api.url, query, { who: 'Lee', first: 100 });
    const tN = executor.roundTrips - bN;
    // name lookup with the events page, claims, sources of claims, sources of events
    expect({ t1, tN }).toEqual({ t1: 4, tN: 4 });
  });

  it('does the same for nested relations and connections (one statement per loader and level)', async () => {
    const query = /* GraphQL */ `
      query NestedRelations($first: Int) {
        events(involving: "Xi", first: $first) {
          edges { node { participants {
            relations(first: 100) { edges { node { type claims { id } sources { id } } } }
            mentionConnection(first: 2) { totalCount edges { node { id sources { id } } } }
          } } }
        }
      }
    `;
    const trips = async (first: number) => {
      const before = executor.roundTrips;
      const res = await gql(api.url, query, { first });
      expect(res.body.errors).toBeUndefined();
      return executor.roundTrips - before;
    };
    // name lookup with the events page and their participants; relations + mentionConnection;
    // relation claims (by id), relation sources (by id), sources of the mentioning claims.
    // (Xi's first event, the meeting with Lee, reaches every loader.)
    expect({ one: await trips(1), many: await trips(100) }).toEqual({ one: 6, many: 6 });
  });
});

describe('ingest is idempotent', () => {
  it('leaves node and relationship counts (and content) identical when the seed is written again', async () => {
    const before = await snapshotGraph(executor);
    const again = await api.ingest.ingestText(seedText(), { force: true });
    expect(again).toMatchObject({ ok: true, storyId, status: 'updated' });
    const after = await snapshotGraph(executor);
    expect(after).toEqual(before);
    const unchanged = await api.ingest.ingestText(seedText());
    expect(unchanged).toMatchObject({ ok: true, storyId, status: 'unchanged' });
    expect(await snapshotGraph(executor)).toEqual(before);
  });
});
