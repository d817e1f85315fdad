import DataLoader from 'dataloader';
import { z } from 'zod';
import { Params, Row } from '../db/executor';
import { cypherInt, PLAIN_LIST_MAX, RELATION_MAX_EVENTS } from './args';
import { ClaimList, ClaimNode, column, Count, EntityList, EntityNode, EventList, EventNode, RelationList, RelationRow, RoleRow, SourceList, SourceNode, StoryNode } from './rows';

/** The read side of the executor, as resolvers see it. */
export interface ReadDb {
  read(name: string, params?: Params): Promise<Row[]>;
}

export interface EventEntities {
  participants: EntityNode[];
  places: EntityNode[];
  agreements: EntityNode[];
}

export interface StoryContent {
  sources: SourceNode[];
  claims: ClaimNode[];
  events: EventNode[];
}

/** A HOLDS_ROLE relationship; both ends are primed in the entity loader. */
export interface RoleNode {
  title: string;
  claimIds: string[];
  personId: string;
  ofId: string;
}

/** A page of one entity's events: `asc` false = newest first. */
export interface EntityEventsKey {
  id: string;
  asc: boolean;
  skip: number;
  limit: number;
}

/** A page of a parent's children (claims of an entity, events of a story ...). */
export interface PageKey {
  id: string;
  skip: number;
  limit: number;
}

export interface RelationsKey {
  id: string;
  types: string[] | null;
  skip: number;
  limit: number;
}

export interface Paged<T> {
  totalCount: number;
  items: T[];
}

/**
 * One set of DataLoaders per request. Every loader turns all the keys asked for in one
 * tick into ONE named statement (`UNWIND $ids ...`), so a query costs a number of round
 * trips bounded by its depth, not by how many results it returns.
 */
export interface Loaders {
  entity: DataLoader<string, EntityNode | null>;
  event: DataLoader<string, EventNode | null>;
  claim: DataLoader<string, ClaimNode | null>;
  story: DataLoader<string, StoryNode | null>;
  eventEntities: DataLoader<string, EventEntities>;
  eventClaims: DataLoader<string, ClaimNode[]>;
  eventSources: DataLoader<string, SourceNode[]>;
  claimSources: DataLoader<string, SourceNode[]>;
  claimMentions: DataLoader<string, EntityNode[]>;
  claimEvents: DataLoader<string, EventNode[]>;
  sourceClaims: DataLoader<string, ClaimNode[]>;
  storyContent: DataLoader<string, StoryContent>;
  storyEntities: DataLoader<string, EntityNode[]>;
  entityClaims: DataLoader<string, ClaimNode[]>;
  personRoles: DataLoader<string, RoleNode[]>;
  leaders: DataLoader<string, RoleNode[]>;
  agreementParties: DataLoader<string, EntityNode[]>;
  organizationStructure: DataLoader<string, { partOf: EntityNode[]; bodies: EntityNode[] }>;
  entityEvents: DataLoader<EntityEventsKey, Paged<EventNode>, string>;
  relations: DataLoader<RelationsKey, Paged<RelationRow>, string>;
  source: DataLoader<string, SourceNode | null>;
  entityClaimsPage: DataLoader<PageKey, Paged<ClaimNode>, string>;
  sourceClaimsPage: DataLoader<PageKey, Paged<ClaimNode>, string>;
  storyClaimsPage: DataLoader<PageKey, Paged<ClaimNode>, string>;
  storyEventsPage: DataLoader<PageKey, Paged<EventNode>, string>;
  eventClaimsPage: DataLoader<PageKey, Paged<ClaimNode>, string>;
}

/** Maps event types to the relation kind two of their participants get (Entity.relations). */
export const EVENT_RELATION_KINDS: Readonly<Record<string, string>> = {
  Meeting: 'MET',
  Summit: 'MET',
  Talks: 'MET',
  Signing: 'SIGNED_WITH',
  Visit: 'VISITED',
  Call: 'SPOKE_WITH',
  PhoneCall: 'SPOKE_WITH',
  Interview: 'SPOKE_WITH',
  Statement: 'SPOKE_WITH',
  Announcement: 'SPOKE_WITH',
  Forum: 'MET',
  Negotiation: 'NEGOTIATED_WITH',
  Sanction: 'SANCTIONED',
  Aid: 'AIDED',
};

const RoleWithOfList = z.array(RoleRow.extend({ of: EntityNode }));
const RoleWithPersonList = z.array(RoleRow.extend({ person: EntityNode }));
const ParticipantList = z.array(z.object({ role: z.string().nullable(), entity: EntityNode }));

/** Creates the loaders of one request over `db`. */
export function createLoaders(db: ReadDb): Loaders {
  const entity = byId(db, 'read/entities-by-ids', 'entity', EntityNode);
  const event = byId(db, 'read/events-by-ids', 'event', EventNode);
  const claim = byId(db, 'read/claims-by-ids', 'claim', ClaimNode);
  const story = byId(db, 'read/stories-by-ids', 'story', StoryNode);
  const source = byId(db, 'read/sources-by-ids', 'source', SourceNode);
  const max = { max: cypherInt(PLAIN_LIST_MAX) };
  const pageParams = (k: PageKey): Params => ({ skip: cypherInt(k.skip), limit: cypherInt(k.limit) });
  const claimsColumn = (row: Row, name: string) => tap(column(ClaimList, row.claims, name), primeClaims);

  // Nodes that arrive inside lists are primed, so a later lookup by id costs nothing.
  const primeEntities = (nodes: EntityNode[]) => nodes.forEach((n) => entity.prime(n.id, n));
  const primeEvents = (nodes: EventNode[]) => nodes.forEach((n) => event.prime(n.id, n));
  const primeClaims = (nodes: ClaimNode[]) => nodes.forEach((n) => claim.prime(n.id, n));
  const primeEventEntities = (value: EventEntities) => primeEntities(eventEntityNodes(value));

  const loaders: Loaders = {
    entity,
    event,
    claim,
    story,
    eventEntities: grouped(db, 'read/event-entities-by-event-ids', {}, 'eventId', { participants: [], places: [], agreements: [] }, (row, name) =>
      tap(eventEntitiesOf(row, name), primeEventEntities),
    ),
    eventClaims: grouped(db, 'read/claims-by-event-ids', max, 'eventId', [], (row, name) => tap(column(ClaimList, row.claims, name), primeClaims)),
    eventSources: grouped(db, 'read/sources-by-event-ids', {}, 'eventId', [], (row, name) => column(SourceList, row.sources, name)),
    claimSources: grouped(db, 'read/sources-by-claim-ids', {}, 'claimId', [], (row, name) => column(SourceList, row.sources, name)),
    claimMentions: grouped(db, 'read/mentions-by-claim-ids', {}, 'claimId', [], (row, name) => tap(column(EntityList, row.entities, name), primeEntities)),
    claimEvents: grouped(db, 'read/events-by-claim-ids', {}, 'claimId', [], (row, name) => tap(column(EventList, row.events, name), primeEvents)),
    sourceClaims: grouped(db, 'read/claims-by-source-ids', max, 'sourceId', [], (row, name) => tap(column(ClaimList, row.claims, name), primeClaims)),
    storyContent: grouped(db, 'read/story-content-by-story-ids', max, 'storyId', { sources: [], claims: [], events: [] }, (row, name) => ({
      sources: column(SourceList, row.sources, name),
      claims: tap(column(ClaimList, row.claims, name), primeClaims),
      events: tap(column(EventList, row.events, name), primeEvents),
    })),
    storyEntities: grouped(db, 'read/entities-by-story-ids', max, 'storyId', [], (row, name) => tap(column(EntityList, row.entities, name), primeEntities)),
    entityClaims: grouped(db, 'read/claims-by-entity-ids', max, 'entityId', [], (row, name) => tap(column(ClaimList, row.claims, name), primeClaims)),
    personRoles: grouped(db, 'read/roles-by-person-ids', {}, 'personId', [], (row, name) => {
      const roles = column(RoleWithOfList, row.roles, name);
      primeEntities(roles.map((r) => r.of));
      return roles.map((r) => ({ title: r.title, claimIds: r.claimIds, personId: String(row.personId), ofId: r.of.id }));
    }),
    leaders: grouped(db, 'read/leaders-by-entity-ids', {}, 'ofId', [], (row, name) => {
      const roles = column(RoleWithPersonList, row.roles, name);
      primeEntities(roles.map((r) => r.person));
      return roles.map((r) => ({ title: r.title, claimIds: r.claimIds, personId: r.person.id, ofId: String(row.ofId) }));
    }),
    agreementParties: grouped(db, 'read/parties-by-agreement-ids', {}, 'agreementId', [], (row, name) => tap(column(EntityList, row.parties, name), primeEntities)),
    organizationStructure: grouped(db, 'read/structure-by-organization-ids', {}, 'organizationId', { partOf: [], bodies: [] }, (row, name) => ({
      partOf: tap(column(EntityList, row.partOf, name), primeEntities),
      bodies: tap(column(EntityList, row.bodies, name), primeEntities),
    })),
    entityEvents: paged(
      db,
      'read/events-by-entity-ids',
      'entityId',
      (k) => ({ asc: k.asc, skip: cypherInt(k.skip), limit: cypherInt(k.limit) }),
      (row, name) => tap(column(EventList, row.events, name), primeEvents),
    ),
    relations: paged(
      db,
      'read/relations-by-entity-ids',
      'entityId',
      (k) => ({ types: k.types, skip: cypherInt(k.skip), limit: cypherInt(k.limit), eventKinds: EVENT_RELATION_KINDS, listMax: cypherInt(PLAIN_LIST_MAX), maxEvents: cypherInt(RELATION_MAX_EVENTS) }),
      (row, name) => {
        const relations = column(RelationList, row.relations, name);
        primeEntities(relations.map((r) => r.entity));
        return relations;
      },
    ),
    source,
    entityClaimsPage: paged(db, 'read/claims-page-by-entity-ids', 'entityId', pageParams, claimsColumn),
    sourceClaimsPage: paged(db, 'read/claims-page-by-source-ids', 'sourceId', pageParams, claimsColumn),
    storyClaimsPage: paged(db, 'read/claims-page-by-story-ids', 'storyId', pageParams, claimsColumn),
    storyEventsPage: paged(db, 'read/events-page-by-story-ids', 'storyId', pageParams, (row, name) => tap(column(EventList, row.events, name), primeEvents)),
    eventClaimsPage: paged(db, 'read/claims-page-by-event-ids', 'eventId', pageParams, claimsColumn),
  };
  return loaders;
}

/**
 * Participants, places and agreements of one event from a row shaped as
 * read/event-entities-by-event-ids returns them (read/events-page-involving returns the same).
 */
export function eventEntitiesOf(row: Row, statement: string): EventEntities {
  const participants = column(ParticipantList, row.participants, statement).map((p) => p.entity);
  const places = column(EntityList, row.places, statement);
  const agreements = column(EntityList, row.agreements, statement);
  return { participants: dedupe(participants), places, agreements };
}

/** Every entity of an event's participants, places and agreements (to prime the entity loader). */
export function eventEntityNodes(value: EventEntities): EntityNode[] {
  return [...value.participants, ...value.places, ...value.agreements];
}

/** Loader of single nodes by id; missing ids give null. */
function byId<T extends { id: string }>(db: ReadDb, statement: string, col: string, schema: z.ZodType<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await db.read(statement, { ids: [...ids] });
    const found = new Map<string, T>();
    for (const row of rows) {
      const node = column(schema, row[col], statement);
      found.set(node.id, node);
    }
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * Loader of one value per parent id, read from rows keyed by `keyColumn`; absent parents get
 * `empty`. `params` go with every batch (`$max`, the cap of plain lists).
 */
function grouped<V>(db: ReadDb, statement: string, params: Params, keyColumn: string, empty: V, read: (row: Row, statement: string) => V): DataLoader<string, V> {
  return new DataLoader<string, V>(async (ids) => {
    const rows = await db.read(statement, { ...params, ids: [...ids] });
    const found = new Map<string, V>();
    for (const row of rows) found.set(String(row[keyColumn]), read(row, statement));
    return ids.map((id) => found.get(id) ?? empty);
  });
}

/**
 * Loader of pages per parent: keys asking for the same page parameters are batched into
 * one statement (`$ids` plus those parameters); in practice a query asks one page shape.
 */
function paged<K extends { id: string }, T>(
  db: ReadDb,
  statement: string,
  keyColumn: string,
  params: (key: K) => Params,
  read: (row: Row, statement: string) => T[],
): DataLoader<K, Paged<T>, string> {
  return new DataLoader<K, Paged<T>, string>(
    async (keys) => {
      const groups = new Map<string, K[]>();
      for (const key of keys) {
        const shape = JSON.stringify(params(key));
        groups.set(shape, [...(groups.get(shape) ?? []), key]);
      }
      const results = new Map<string, Paged<T>>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const first = group[0]!;
          const rows = await db.read(statement, { ...params(first), ids: group.map((k) => k.id) });
          for (const row of rows) {
            const id = String(row[keyColumn]);
            results.set(JSON.stringify({ ...params(first), id }), { totalCount: column(Count, row.totalCount, statement), items: read(row, statement) });
          }
        }),
      );
      return keys.map((k) => results.get(JSON.stringify({ ...params(k), id: k.id })) ?? { totalCount: 0, items: [] });
    },
    { cacheKeyFn: (k) => JSON.stringify({ ...params(k), id: k.id }) },
  );
}

function tap<T>(value: T, effect: (value: T) => void): T {
  effect(value);
  return value;
}

function dedupe(nodes: EntityNode[]): EntityNode[] {
  const seen = new Set<string>();
  return nodes.filter((n) => (seen.has(n.id) ? false : (seen.add(n.id), true)));
}
