/**
 * Every field and filter of the API issue, over HTTP, on the dev corpus (the seven bundled
 * sample stories) in a real Neo4j: relations with their events, claims, sources and
 * corroboration; roles, leaders, agreements; timeline; sections; search; every events
 * filter; the nested connections and the plain lists' caps; round trips bounded by depth.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Executor } from '../../src/db/executor';
import { resetGraph } from '../helpers/test-db';
import { openTestExecutor } from '../helpers/test-executor';
import { codes, DEV_DIR, gql, gqlData, seedDevCorpus, startTestApi, TestApi } from './graphql-harness';

let executor: Executor;
let api: TestApi;
let stories: Record<string, string>;
const LEE_XI = 'lee-and-xi-sign-14-mous-push-joint-korean-peninsula-peace-measures-amid-regional-tensions';
const MOUS = `agreement:${LEE_XI}:14-memoranda-of-understanding`;
const goldOf = (file: string) => JSON.parse(readFileSync(join(DEV_DIR, `${file}.gold.json`), 'utf8'));

const ask = (query: string, variables: Record<string, unknown> = {}): Promise<any> => gqlData(api.url, query, variables);
const ids = (conn: { edges: { node: { id: string } }[] }) => conn.edges.map((e) => e.node.id);
const distinctOutlets = (sources: { outlet: string }[]) => new Set(sources.map((s) => s.outlet.trim().toLowerCase())).size;

beforeAll(async () => {
  await resetGraph();
  executor = await openTestExecutor();
  // These tests ask deliberately wide queries (every event with every claim); the cost and
  // depth limits have their own tests (graphql-limits.test.ts), so they are raised here.
  api = await startTestApi({ executor, limits: { maxCost: 10_000_000, maxDepth: 20 } });
  stories = await seedDevCorpus(api.ingest);
});
afterAll(async () => {
  await api?.close();
  await executor?.driver.close();
});

describe('Entity.relations', () => {
  const RELATIONS = /* GraphQL */ `
    query Relations($id: ID!, $types: [String!], $first: Int, $after: String) {
      entity(id: $id) {
        relations(types: $types, first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node {
            type entity { id name } eventCount claimCount sourceCount outletCount firstDate lastDate
            events { id date places { id } claims { id } sources { id } }
            claims { id supports { id } sources { id } }
            sources { id outlet story { id } }
          } }
        }
      }
    }
  `;

  it('Xi MET Lee: when, where, the events, claims and sources that say so, corroboration counts', async () => {
    const data = await ask(RELATIONS, { id: 'person:xi-jinping', types: ['MET'] });
    const relations = data.entity.relations;
    expect(relations.totalCount).toBe(1);
    const met = relations.edges[0].node;
    expect({ type: met.type, entity: met.entity, eventCount: met.eventCount, firstDate: met.firstDate, lastDate: met.lastDate }).toEqual({
      type: 'MET',
      entity: { id: 'person:lee-jae-myung', name: 'Lee Jae Myung' },
      eventCount: 1,
      firstDate: '2026-01-05',
      lastDate: '2026-01-05',
    });
    // The meeting is timeline entry 3 of the Lee–Xi story, in the Great Hall of the People.
    expect(met.events.map((e: any) => e.id)).toEqual([`${LEE_XI}#e3`]);
    expect(met.events[0].places.map((p: any) => p.id)).toContain('place:great-hall-of-the-people');
    // The relation's claims are exactly the claims of its events; its sources exactly theirs.
    const eventClaims = met.events.flatMap((e: any) => e.claims.map((c: any) => c.id));
    expect(met.claims.map((c: any) => c.id).sort()).toEqual([...new Set<string>(eventClaims)].sort());
    expect(met.claimCount).toBe(met.claims.length);
    for (const claim of met.claims) expect(claim.supports.map((e: any) => e.id)).toContain(`${LEE_XI}#e3`);
    const claimSources = new Set<string>(met.claims.flatMap((c: any) => c.sources.map((s: any) => s.id)));
    expect(met.sources.map((s: any) => s.id).sort()).toEqual([...claimSources].sort());
    expect(met.sources.map((s: any) => s.outlet)).toEqual(['Yonhap', 'Yonhap']);
    expect({ sourceCount: met.sourceCount, outletCount: met.outletCount }).toEqual({ sourceCount: 2, outletCount: 1 });
    expect(new Set(met.sources.map((s: any) => s.story.id))).toEqual(new Set([LEE_XI]));
  });

  it('covers roles both ways (HOLDS_ROLE, HAS_LEADER) with the claims stating them', async () => {
    const lee = (await ask(RELATIONS, { id: 'person:lee-jae-myung', types: ['HOLDS_ROLE'] })).entity.relations.edges.map((e: any) => e.node);
    expect(lee.map((r: any) => [r.type, r.entity.id, r.eventCount])).toEqual([['HOLDS_ROLE', 'country:KOR', 0]]);
    expect(lee[0].claimCount).toBeGreaterThan(0);
    expect(lee[0].claims.length).toBe(lee[0].claimCount);
    expect(lee[0].sourceCount).toBe(lee[0].sources.length);
    const kor = (await ask(RELATIONS, { id: 'country:KOR', types: ['HAS_LEADER'] })).entity.relations.edges.map((e: any) => e.node);
    expect(kor.map((r: any) => [r.type, r.entity.id])).toEqual([['HAS_LEADER', 'person:lee-jae-myung']]);
    expect(kor[0].claims.map((c: any) => c.id)).toEqual(lee[0].claims.map((c: any) => c.id));
  });

  it('covers parties to agreements (PARTY_TO, HAS_PARTY) and signings (SIGNED, SIGNED_WITH)', async () => {
    const china = (await ask(RELATIONS, { id: 'country:CHN', types: ['PARTY_TO'] })).entity.relations.edges.map((e: any) => [e.node.type, e.node.entity.id]);
    expect(china).toEqual([['PARTY_TO', 'agreement:one-china-policy']]);
    const mous = (await ask(RELATIONS, { id: MOUS, types: ['HAS_PARTY', 'SIGNED_BY'] })).entity.relations.edges.map((e: any) => [e.node.type, e.node.entity.id]);
    expect(mous).toEqual(expect.arrayContaining([['HAS_PARTY', 'country:KOR'], ['SIGNED_BY', 'person:lee-jae-myung'], ['SIGNED_BY', 'person:xi-jinping']]));
    const xi = (await ask(RELATIONS, { id: 'person:xi-jinping', types: ['SIGNED', 'SIGNED_WITH'] })).entity.relations.edges.map((e: any) => [e.node.type, e.node.entity.id]);
    expect(xi.sort()).toEqual([['SIGNED', MOUS], ['SIGNED_WITH', 'person:lee-jae-myung']]);
  });

  it('is strongest first, consistent in its counts, and pages with first/after', async () => {
    const all = (await ask(RELATIONS, { id: 'person:lee-jae-myung', first: 100 })).entity.relations;
    expect(all.totalCount).toBe(all.edges.length);
    expect(all.totalCount).toBeGreaterThan(5);
    const nodes = all.edges.map((e: any) => e.node);
    for (let i = 1; i < nodes.length; i++) expect(nodes[i - 1].eventCount).toBeGreaterThanOrEqual(nodes[i].eventCount);
    for (const r of nodes) {
      expect({ r: `${r.type} ${r.entity.id}`, events: r.events.length, claims: r.claims.length, sources: r.sources.length, outlets: distinctOutlets(r.sources) }).toEqual({
        r: `${r.type} ${r.entity.id}`,
        events: r.eventCount,
        claims: r.claimCount,
        sources: r.sourceCount,
        outlets: r.outletCount,
      });
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: any = (await ask(RELATIONS, { id: 'person:lee-jae-myung', first: 5, after })).entity.relations;
      seen.push(...page.edges.map((e: any) => `${e.node.type} ${e.node.entity.id}`));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(nodes.map((r: any) => `${r.type} ${r.entity.id}`));
  });

  it('refuses relation kinds that are not kinds with BAD_USER_INPUT on types', async () => {
    const res = await gql(api.url, RELATIONS, { id: 'person:xi-jinping', types: ['met; DROP'] });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors![0]!.extensions!.argumentPath).toEqual(['types', 0]);
  });
});

describe('roles, leaders, agreements', () => {
  it('Person.roles: Lee is President of South Korea, with the claim that says so', async () => {
    const data = await ask(`{ entity(id: "person:lee-jae-myung") { ... on Person { roles { title person { id } of { id name } claims { id text story { id } } } } } }`);
    const roles = data.entity.roles;
    expect(roles.map((r: any) => [r.title, r.person.id, r.of.id, r.of.name])).toEqual([['President', 'person:lee-jae-myung', 'country:KOR', 'South Korea']]);
    expect(roles[0].claims.length).toBeGreaterThan(0);
    expect(roles[0].claims[0].text).toContain('President Lee Jae Myung');
  });

  it('Country.leaders and Organization.leaders list the office-holders', async () => {
    const data = await ask(`{
      kor: entity(id: "country:KOR") { ... on Country { leaders { title person { id } of { id } } } }
      jpn: entity(id: "country:JPN") { ... on Country { leaders { title person { id } } } }
      nato: entity(id: "org:nato") { ... on Organization { leaders { title person { id } } } }
    }`);
    expect(data.kor.leaders).toEqual([{ title: 'President', person: { id: 'person:lee-jae-myung' }, of: { id: 'country:KOR' } }]);
    expect(data.jpn.leaders.map((l: any) => l.person.id).sort()).toEqual(['person:sanae-takaichi', 'person:shinzo-abe']);
    expect(data.nato.leaders).toEqual([{ title: 'Secretary-General', person: { id: 'person:jens-stoltenberg' } }]);
  });

  it('Agreement.parties, topics and count (the 14 MoUs of the gold file)', async () => {
    const gold = goldOf('lee-xi-beijing-summit').entities.find((e: any) => e.count === 14);
    const data = await ask(`query($id: ID!) { entity(id: $id) { __typename name ... on Agreement { count topics parties { id name } } } }`, { id: MOUS });
    // Topics are kept sorted so the graph does not depend on ingest order.
    expect(data.entity).toMatchObject({ __typename: 'Agreement', count: gold.count, topics: [...gold.topics].sort() });
    expect(data.entity.parties.map((p: any) => p.name)).toEqual(expect.arrayContaining(['South Korea']));
  });
});

describe('timeline, mentions and their connections', () => {
  const Q = /* GraphQL */ `
    query Timeline($id: ID!, $first: Int, $after: String) {
      entity(id: $id) {
        timeline { id date }
        timelineConnection(first: $first, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }
        events(first: 100) { totalCount edges { node { id } } }
        mentions { id text }
        mentionConnection(first: $first, after: $after) { totalCount edges { cursor score node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } }
      }
    }
  `;

  it('Entity.timeline is every event oldest first; timelineConnection pages the same list', async () => {
    const japan = (await ask(Q, { id: 'country:JPN', first: 100 })).entity;
    const dates = japan.timeline.map((e: any) => e.date);
    expect(dates.length).toBeGreaterThan(3);
    expect([...dates].sort()).toEqual(dates);
    expect(japan.timeline.map((e: any) => e.id).sort()).toEqual(ids(japan.events).sort());
    expect(ids(japan.timelineConnection)).toEqual(japan.timeline.map((e: any) => e.id));
    expect(japan.timelineConnection.totalCount).toBe(japan.timeline.length);
    const pages: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: any = (await ask(Q, { id: 'country:JPN', first: 2, after })).entity.timelineConnection;
      pages.push(...ids(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toEqual(japan.timeline.map((e: any) => e.id));
  });

  it('Entity.mentions in story order; mentionConnection pages them with a cheap totalCount', async () => {
    const lee = (await ask(Q, { id: 'person:lee-jae-myung', first: 100 })).entity;
    expect(lee.mentions.length).toBeGreaterThan(5);
    expect(ids(lee.mentionConnection)).toEqual(lee.mentions.map((c: any) => c.id));
    expect(lee.mentionConnection.totalCount).toBe(lee.mentions.length);
    expect(lee.mentionConnection.edges[0].score).toBeNull();
    const second = (await ask(Q, { id: 'person:lee-jae-myung', first: 3, after: lee.mentionConnection.edges[2].cursor })).entity.mentionConnection;
    expect(ids(second)).toEqual(lee.mentions.slice(3, 6).map((c: any) => c.id));
    expect(second.pageInfo).toMatchObject({ hasNextPage: lee.mentions.length > 6, hasPreviousPage: true });
  });
});

describe('stories, sources, claims, events', () => {
  it('Story.sections: each headline of the gold file with its summary claims', async () => {
    const gold = goldOf('lee-xi-beijing-summit').story.sections;
    const data = await ask(`query($id: ID!) { story(id: $id) { sections { index headline claims { id kind } } } }`, { id: LEE_XI });
    const fold = (s: string) => s.replace(/[\u2010-\u2015]/g, '-');
    expect(data.story.sections.map((s: any) => [s.index, fold(s.headline), s.claims.length])).toEqual(gold.map((g: any, i: number) => [i, g.heading, g.sentences]));
    expect(new Set(data.story.sections.flatMap((s: any) => s.claims.map((c: any) => c.kind)))).toEqual(new Set(['summary']));
  });

  it('Story.claimConnection / eventConnection page the plain lists; Source.story and Source.claims(Connection)', async () => {
    const data = await ask(`query($id: ID!) { story(id: $id) {
      claims { id } events { id }
      claimConnection(first: 100) { totalCount edges { node { id } } }
      eventConnection(first: 100) { totalCount edges { node { id } } }
      firstEvents: eventConnection(first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage } }
      sources { id number story { id } claims { id } claimConnection(first: 100) { totalCount edges { node { id sources { id } } } } }
    } }`, { id: LEE_XI });
    const story = data.story;
    expect(ids(story.claimConnection)).toEqual(story.claims.map((c: any) => c.id));
    expect(story.claimConnection.totalCount).toBe(story.claims.length);
    expect(ids(story.eventConnection)).toEqual(story.events.map((e: any) => e.id));
    expect(story.firstEvents).toEqual({ totalCount: story.events.length, edges: story.events.slice(0, 2).map((e: any) => ({ node: e })), pageInfo: { hasNextPage: true } });
    for (const source of story.sources) {
      expect(source.story.id).toBe(LEE_XI);
      expect(ids(source.claimConnection)).toEqual(source.claims.map((c: any) => c.id));
      expect(source.claimConnection.totalCount).toBe(source.claims.length);
      for (const edge of source.claimConnection.edges) expect(edge.node.sources.map((s: any) => s.id)).toContain(source.id);
    }
  });

  it('Claim.supports, Event.claimConnection, and corroboration counts on claims and events', async () => {
    const data = await ask(`{ events(first: 100) { totalCount edges { node {
      id sourceCount outletCount sources { id outlet }
      claims { id } claimConnection(first: 100) { totalCount edges { node { id supports { id } sourceCount outletCount sources { outlet } mentions { id } } } }
    } } } }`);
    const events = data.events.edges.map((e: any) => e.node);
    expect(events.length).toBe(data.events.totalCount);
    expect(events.length).toBeGreaterThan(40);
    for (const ev of events) {
      expect({ ev: ev.id, sources: ev.sourceCount, outlets: ev.outletCount }).toEqual({ ev: ev.id, sources: ev.sources.length, outlets: distinctOutlets(ev.sources) });
      expect(ids(ev.claimConnection)).toEqual(ev.claims.map((c: any) => c.id));
      for (const { node: claim } of ev.claimConnection.edges) {
        expect(claim.supports.map((s: any) => s.id)).toContain(ev.id);
        expect([claim.sourceCount, claim.outletCount]).toEqual([claim.sources.length, distinctOutlets(claim.sources)]);
      }
    }
    // Some event of the corpus is corroborated by more than one outlet.
    expect(Math.max(...events.map((e: any) => e.outletCount))).toBeGreaterThan(1);
  });
});

describe('search', () => {
  const ENTITIES = `query($s: String!, $types: [EntityType!], $first: Int) { entities(search: $s, types: $types, first: $first) { totalCount edges { match score node { id name type } } } }`;

  it.each([
    ['Lee Jae-myung', 'NAME'],
    ['lee jae myung', 'NAME'],
    ['Lee', 'ALIAS'],
  ])('finds Lee Jae Myung first for %j (%s match)', async (search, match) => {
    const conn = (await ask(ENTITIES, { s: search })).entities;
    expect(conn.edges[0]).toMatchObject({ match, node: { id: 'person:lee-jae-myung', name: 'Lee Jae Myung', type: 'PERSON' } });
    expect(conn.edges[0].score).toEqual(expect.any(Number));
  });

  it('ranks exact name, then alias, then fuzzy; finds misspellings fuzzily; filters by type', async () => {
    const fuzzy = (await ask(ENTITIES, { s: 'Xi Jinpin' })).entities;
    expect(fuzzy.edges[0]).toMatchObject({ match: 'FUZZY', node: { id: 'person:xi-jinping' } });
    expect(fuzzy.edges[0].score).toBeGreaterThan(0);
    const japan = (await ask(ENTITIES, { s: 'Japan', first: 100 })).entities;
    const rank = { NAME: 0, ALIAS: 1, FUZZY: 2 } as Record<string, number>;
    const ranks = japan.edges.map((e: any) => rank[e.match]);
    expect(ranks).toEqual([...ranks].sort());
    expect(japan.edges[0]).toMatchObject({ match: 'NAME', node: { id: 'country:JPN' } });
    const people = (await ask(ENTITIES, { s: 'Japan', types: ['PERSON'], first: 100 })).entities;
    expect(people.edges.every((e: any) => e.node.type === 'PERSON')).toBe(true);
    expect(people.totalCount).toBeLessThan(japan.totalCount);
  });

  it('search(text:) returns claims with their story and sources, most relevant first', async () => {
    const data = await ask(`{ search(text: "memoranda of understanding") { totalCount edges { score node { id text story { id } sources { outlet } } } } }`);
    const edges = data.search.edges;
    expect(edges[0].node.text).toMatch(/memoranda of understanding/);
    expect(edges[0].node.story.id).toBe(LEE_XI);
    expect(edges[0].node.sources).toEqual([{ outlet: 'Yonhap' }]);
    const scores = edges.map((e: any) => e.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
  });

  it.each([
    ['entities', `{ entities(search: "!!!") { totalCount } }`, ['search']],
    ['search', `{ search(text: "") { totalCount } }`, ['text']],
  ])('%s refuses text without a letter or digit with BAD_USER_INPUT', async (_, query, path) => {
    const res = await gql(api.url, query);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors![0]!.extensions!.argumentPath).toEqual(path);
  });
});

describe('events filters', () => {
  const EVENTS = /* GraphQL */ `
    query Events($involving: String, $involvingAll: [String!], $involvingAny: [String!], $type: String, $from: String, $to: String,
                 $country: String, $story: ID, $order: EventOrder, $first: Int) {
      events(involving: $involving, involvingAll: $involvingAll, involvingAny: $involvingAny, type: $type, from: $from, to: $to,
             country: $country, story: $story, order: $order, first: $first) {
        totalCount matchedEntities { id }
        edges { node { id date type story { id } participants { id } places { id } agreements { id } } }
      }
    }
  `;
  const events = async (vars: Record<string, unknown>) => (await ask(EVENTS, { first: 100, ...vars })).events;

  it('involving takes an entity id as well as a name', async () => {
    const byId = await events({ involving: 'person:xi-jinping' });
    const byName = await events({ involving: 'Xi' });
    expect(byId.matchedEntities).toEqual([{ id: 'person:xi-jinping' }]);
    expect(ids(byId)).toEqual(ids(byName));
    expect(byId.totalCount).toBe(3);
  });

  it('involvingAll needs every name; involvingAny any of them', async () => {
    const lee = ids(await events({ involving: 'Lee' }));
    const xi = ids(await events({ involving: 'person:xi-jinping' }));
    const both = await events({ involvingAll: ['Lee', 'person:xi-jinping'] });
    expect(ids(both).sort()).toEqual(lee.filter((id) => xi.includes(id)).sort());
    expect(both.totalCount).toBe(2);
    const any = await events({ involvingAny: ['Lee', 'person:xi-jinping', 'Nobody Anyone'] });
    expect(ids(any).sort()).toEqual([...new Set([...lee, ...xi])].sort());
    expect(any.matchedEntities.map((e: any) => e.id).sort()).toEqual(['person:lee-jae-myung', 'person:xi-jinping']);
    expect((await events({ involvingAll: ['Lee', 'Nobody Anyone'] })).totalCount).toBe(0);
  });

  it('type, from/to, story and country filter; order sorts by date either way', async () => {
    const signings = await events({ type: 'Signing' });
    expect(signings.totalCount).toBe(2);
    expect(signings.edges.every((e: any) => e.node.type === 'Signing')).toBe(true);
    const all = await events({});
    const inRange = await events({ from: '2018-01-01', to: '2019-12-31' });
    expect(inRange.totalCount).toBe(all.edges.filter((e: any) => e.node.date >= '2018-01-01' && e.node.date <= '2019-12-31').length);
    expect(inRange.totalCount).toBeGreaterThan(0);
    const story = await events({ story: stories['nato-vilnius-summit'] });
    expect(story.totalCount).toBe(goldOf('nato-vilnius-summit').events.length);
    expect(new Set(story.edges.map((e: any) => e.node.story.id))).toEqual(new Set([stories['nato-vilnius-summit']]));
    const japan = await events({ country: 'Japan', type: 'Signing' });
    expect(ids(japan)).toEqual([`${stories['eu-japan-epa-signing']}#e2`]);
    expect((await events({ country: 'Lee' })).totalCount).toBe(0);
    const desc = all.edges.map((e: any) => e.node.date ?? '');
    const asc = (await events({ order: 'DATE_ASC' })).edges.map((e: any) => e.node.date ?? '');
    expect(desc).toEqual([...desc].sort().reverse());
    expect(asc.filter((d: string) => d !== '')).toEqual([...asc.filter((d: string) => d !== '')].sort());
  });

  it('refuses more than 10 names with BAD_USER_INPUT naming the argument', async () => {
    const res = await gql(api.url, EVENTS, { involvingAny: Array.from({ length: 11 }, (_, i) => `name ${i}`) });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors![0]!.extensions!.argumentPath).toEqual(['involvingAny']);
  });
});

describe('round trips bounded by depth', () => {
  const NESTED = /* GraphQL */ `
    query NestedRelations($first: Int) {
      events(first: $first) {
        edges { node {
          participants {
            id
            relations(first: 100) { totalCount edges { node { type entity { id } events { id } claims { id } sources { outlet } } } }
            mentionConnection(first: 5) { totalCount edges { node { id } } }
            timelineConnection(first: 5) { totalCount edges { node { id } } }
          }
          claimConnection(first: 5) { totalCount edges { node { id sources { id } } } }
          story { id claimConnection(first: 3) { totalCount edges { node { id } } } eventConnection(first: 3) { totalCount edges { node { id } } } }
        } }
      }
    }
  `;

  it('costs a number of statements bounded by the query, not the results, nesting relations and connections', async () => {
    const count = async (first: number) => {
      const before = executor.roundTrips;
      const data = await ask(NESTED, { first });
      return { trips: executor.roundTrips - before, events: data.events.edges.length, relations: data.events.edges.flatMap((e: any) => e.node.participants.flatMap((p: any) => p.relations.edges)).length };
    };
    const one = await count(1);
    const many = await count(100);
    expect(one.events).toBe(1);
    expect(many.events).toBeGreaterThan(40);
    expect(many.relations).toBeGreaterThan(one.relations * 10);
    // At most one statement per loader the query reaches, whatever the number of results:
    // events page; participants, event claimConnection, story; relations, mentionConnection,
    // timelineConnection, claim sources, story claimConnection and eventConnection; relation
    // events, claims, sources = 13. (Nodes already read are primed: relation events cost
    // nothing when the events page holds them, so `many` may need fewer than the bound.)
    expect(one.trips).toBeLessThanOrEqual(13);
    expect(many.trips).toBeLessThanOrEqual(13);
    expect(Math.min(one.trips, many.trips)).toBeGreaterThanOrEqual(9);
  });
});
