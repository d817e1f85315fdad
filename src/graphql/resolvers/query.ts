import { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { z } from 'zod';
import { ENTITY_TYPES, EntityType } from '../../domain/resolved-graph';
import { checkArg, cypherInt, IsoDate, parsePage, SearchText, toConnection } from '../args';
import { GraphQLContext } from '../context';
import { BadUserInputError, NotFoundError } from '../errors';
import { claimSearchQuery, entitySearchQuery } from '../lucene';
import { aliasKeysOf, entityIdIn, matchEntities } from '../match-entities';
import { eventEntitiesOf, eventEntityNodes } from '../loaders';
import { ClaimNode, column, Count, EntityList, EntityNode, EventList, EventNode, StoryList } from '../rows';
import { aliasKey } from '../../domain/normalize';

/** Full-text hits considered before ranking and paging (a search is for finding, not listing). */
const SEARCH_CANDIDATES = 500;

export interface EventsArgs {
  involving?: string | null;
  type?: string | null;
  from?: string | null;
  to?: string | null;
  first?: number | null;
  after?: string | null;
  involvingAll?: string[] | null;
  involvingAny?: string[] | null;
  country?: string | null;
  story?: string | null;
  order?: 'DATE_DESC' | 'DATE_ASC' | null;
}

const Names = z.array(SearchText).max(10, 'must list at most 10 names');
const EntitiesRows = z.array(z.looseObject({ eventId: z.string() }));
const EntitySearchResults = z.array(z.object({ match: z.enum(['NAME', 'ALIAS', 'FUZZY']), score: z.number(), entity: EntityNode }));
const ClaimSearchResults = z.array(z.object({ score: z.number(), claim: ClaimNode }));
const EventType = z.string().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

/** Query root resolvers. */
export const Query = {
  async events(_: unknown, args: EventsArgs, ctx: GraphQLContext, info: GraphQLResolveInfo) {
    const page = parsePage(args);
    const from = args.from == null ? null : checkArg(IsoDate, args.from, 'from');
    const to = args.to == null ? null : checkArg(IsoDate, args.to, 'to');
    if (from !== null && to !== null && from > to) throw new BadUserInputError(`from (${from}) is after to (${to})`, ['from']);
    const type = args.type == null ? null : checkArg(EventType, args.type, 'type');
    const involving = args.involving == null ? null : checkArg(SearchText, args.involving, 'involving');
    const involvingAll = args.involvingAll == null ? [] : checkArg(Names, args.involvingAll, 'involvingAll');
    const involvingAny = args.involvingAny == null ? [] : checkArg(Names, args.involvingAny, 'involvingAny');
    const country = args.country == null ? null : checkArg(SearchText, args.country, 'country');

    if (args.story != null && (await ctx.loaders.story.load(args.story)) === null) throw new NotFoundError(`no story with id "${args.story}"`);

    const asc = args.order === 'DATE_ASC';
    const story = args.story ?? null;
    const pageParams = { skip: cypherInt(page.skip), limit: cypherInt(page.limit) };

    const relative = story === null ? involvementRanges(type, from, to) : null;
    /** The entities a lookup matches and, when it is exactly one, its page read in order from the INVOLVES key index. */
    const involvingPage = async (lookup: { id: string | null; keys: string[] }) => {
      const name = 'read/events-page-involving';
      const row = (await ctx.db.read(name, { ...lookup, ...relative!, asc, withEntities: asksEventEntities(info), ...pageParams }))[0];
      const matchedEntities = row === undefined ? [] : column(EntityList, row.matched, name);
      matchedEntities.forEach((e) => ctx.loaders.entity.prime(e.id, e));
      if (row === undefined || matchedEntities.length !== 1) return { matchedEntities, connection: null };
      const events = column(EventList, row.events, name);
      events.forEach((e) => ctx.loaders.event.prime(e.id, e));
      for (const entry of column(EntitiesRows, row.entities, name)) {
        const value = eventEntitiesOf(entry, name);
        eventEntityNodes(value).forEach((e) => ctx.loaders.entity.prime(e.id, e));
        ctx.loaders.eventEntities.prime(entry.eventId, value);
      }
      return { matchedEntities, connection: { ...toConnection(events.map((node) => ({ node })), column(Count, row.totalCount, name), page), matchedEntities } };
    };

    // The common case, one name and no other filter on entities or story: its entities and
    // their page of events (with participants when asked for) in one round trip.
    let matchedByName: EntityNode[] | null = null;
    if (involving !== null && relative !== null && involvingAll.length === 0 && involvingAny.length === 0 && country === null) {
      const result = await involvingPage({ id: entityIdIn(involving), keys: aliasKeysOf(involving) });
      if (result.connection !== null) return result.connection;
      matchedByName = result.matchedEntities;
    }

    // One group per condition; an event must involve some entity of every group. involvingAny
    // is one group (any of its names will do); each name of involvingAll is its own group.
    const names = [...(involving === null ? [] : [involving]), ...involvingAll, ...(country === null ? [] : [country]), ...involvingAny];
    const found = matchedByName !== null ? [matchedByName] : names.length > 0 ? await matchEntities(ctx.db, ctx.loaders, names) : [];
    const anyGroup = found.splice(found.length - involvingAny.length).flat();
    const matched = involvingAny.length > 0 ? [...found, anyGroup] : found;
    if (country !== null) {
      const at = found.length - 1;
      matched[at] = matched[at]!.filter((e) => e.type === 'COUNTRY');
    }
    const matchedEntities = dedupe(matched.flat());
    const empty = { ...toConnection<EventNode>([], 0, page), matchedEntities };
    if (matched.some((group) => group.length === 0)) return empty;

    const groups = matched.map((group) => group.map((e) => e.id));
    // One entity (by involvingAll, involvingAny or country): its page from the index as well.
    if (relative !== null && groups.length === 1 && groups[0]!.length === 1) {
      const result = await involvingPage({ id: groups[0]![0]!, keys: [] });
      if (result.connection !== null) return { ...result.connection, matchedEntities };
    }
    // Without any filter, index ranges are read in order (cost independent of how many events match).
    const [name, params] =
      story === null && groups.length === 0
        ? (['read/events-page-all', { ranges: keyRanges('', from, to), type, countRanges: from !== null || to !== null, asc }] as const)
        : (['read/events-page', { groups, type, from, to, story, asc }] as const);
    const rows = await ctx.db.read(name, { ...params, ...pageParams });
    const row = rows[0];
    if (row === undefined) return empty;
    const events = column(EventList, row.events, name);
    events.forEach((e) => ctx.loaders.event.prime(e.id, e));
    return { ...toConnection(events.map((node) => ({ node })), column(Count, row.totalCount, name), page), matchedEntities };
  },

  async entities(_: unknown, args: { search: string; types?: EntityType[] | null; first?: number | null; after?: string | null }, ctx: GraphQLContext) {
    const page = parsePage(args);
    const search = checkArg(SearchText, args.search, 'search');
    const lucene = entitySearchQuery(search);
    if (lucene === null) throw new BadUserInputError('search must contain a letter or digit', ['search']);
    const rows = await ctx.db.read('read/entities-search', {
      key: aliasKey(search),
      lucene,
      candidates: cypherInt(SEARCH_CANDIDATES),
      types: args.types && args.types.length > 0 ? args.types.filter((t) => ENTITY_TYPES.includes(t)) : null,
      skip: cypherInt(page.skip),
      limit: cypherInt(page.limit),
    });
    const row = rows[0];
    const results = row ? column(EntitySearchResults, row.results, 'read/entities-search') : [];
    results.forEach((r) => ctx.loaders.entity.prime(r.entity.id, r.entity));
    const total = row ? column(Count, row.totalCount, 'read/entities-search') : 0;
    return toConnection(results.map((r) => ({ node: r.entity, score: r.score, match: r.match })), total, page);
  },

  entity: (_: unknown, args: { id: string }, ctx: GraphQLContext) => ctx.loaders.entity.load(args.id),

  story: (_: unknown, args: { id: string }, ctx: GraphQLContext) => ctx.loaders.story.load(args.id),

  async stories(_: unknown, args: { first?: number | null; after?: string | null }, ctx: GraphQLContext) {
    const page = parsePage(args);
    const row = (await ctx.db.read('read/stories-page', { skip: cypherInt(page.skip), limit: cypherInt(page.limit) }))[0];
    const stories = row ? column(StoryList, row.stories, 'read/stories-page') : [];
    stories.forEach((s) => ctx.loaders.story.prime(s.id, s));
    const total = row ? column(Count, row.totalCount, 'read/stories-page') : 0;
    return toConnection(stories.map((node) => ({ node })), total, page);
  },

  async search(_: unknown, args: { text: string; first?: number | null; after?: string | null }, ctx: GraphQLContext) {
    const page = parsePage(args);
    const text = checkArg(SearchText, args.text, 'text');
    const lucene = claimSearchQuery(text);
    if (lucene === null) throw new BadUserInputError('text must contain a letter or digit', ['text']);
    const row = (await ctx.db.read('read/claims-search', { lucene, candidates: cypherInt(SEARCH_CANDIDATES), skip: cypherInt(page.skip), limit: cypherInt(page.limit) }))[0];
    const results = row ? column(ClaimSearchResults, row.results, 'read/claims-search') : [];
    results.forEach((r) => ctx.loaders.claim.prime(r.claim.id, r.claim));
    const total = row ? column(Count, row.totalCount, 'read/claims-search') : 0;
    return toConnection(results.map((r) => ({ node: r.claim, score: r.score })), total, page);
  },
};

/**
 * Index ranges of `INVOLVES.key` (or `.typeKey` with a type) holding one entity's events
 * within the filters, relative to the entity's id: read/events-page-involving prefixes each
 * bound with the id it matched (see cypher/load/merge-involvements.cypher: keys are
 * '<entityId> [<type> ]<date> <storyId> <position>', and ' ' sorts below every character of
 * ids, types and dates, '!' just above it). Dated events first, then undated ones (only
 * without a date filter). Null when the type holds whitespace and so cannot be in a key.
 */
export function involvementRanges(
  type: string | null,
  from: string | null,
  to: string | null,
): { prefix: string; ranges: KeyRange[]; typed: boolean; countRanges: boolean } | null {
  if (type !== null && /\s/.test(type)) return null;
  const prefix = type === null ? ' ' : ` ${type} `;
  return { prefix, ranges: keyRanges(prefix, from, to), typed: type !== null, countRanges: type !== null || from !== null || to !== null };
}

/** A key range [lo, hi); `undated` marks the range of events without a date (read by story). */
export interface KeyRange {
  lo: string;
  hi: string;
  undated: boolean;
}

/**
 * Ranges of the keys '<prefix><date> <storyId> <position>' within the dates: dated keys
 * first, then (without a date filter) undated ones ('<prefix> <storyId> …').
 */
export function keyRanges(prefix: string, from: string | null, to: string | null): KeyRange[] {
  const end = prefix === '' ? '~' : `${prefix.slice(0, -1)}!`; // above every dated key with the prefix
  const dated = { lo: `${prefix}${from ?? '!'}`, hi: to === null ? end : `${prefix}${to}!`, undated: false };
  return from !== null || to !== null ? [dated] : [dated, { lo: `${prefix} `, hi: `${prefix}!`, undated: true }];
}

/** Event fields served by the eventEntities loader. */
const EVENT_ENTITY_FIELDS = new Set(['participants', 'places', 'agreements']);

/**
 * Whether the query asks for the participants, places or agreements of the events of this
 * connection (`edges { node { participants … } }`, through fragments too): then the page
 * statement returns them and the loader is primed, instead of a second round trip.
 */
export function asksEventEntities(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): boolean {
  const fields = (set: SelectionSetNode | undefined, seen = new Set<string>()): FieldNode[] =>
    (set?.selections ?? []).flatMap((selection) => {
      if (selection.kind === 'Field') return [selection];
      if (selection.kind === 'InlineFragment') return fields(selection.selectionSet, seen);
      const name = selection.name.value;
      if (seen.has(name)) return [];
      seen.add(name);
      return fields(info.fragments[name]?.selectionSet, seen);
    });
  const named = (set: SelectionSetNode | undefined, name: string) => fields(set).filter((f) => f.name.value === name);
  return info.fieldNodes.some((connection) =>
    named(connection.selectionSet, 'edges').some((edges) =>
      named(edges.selectionSet, 'node').some((node) => fields(node.selectionSet).some((f) => EVENT_ENTITY_FIELDS.has(f.name.value))),
    ),
  );
}

function dedupe(nodes: EntityNode[]): EntityNode[] {
  const seen = new Set<string>();
  return nodes.filter((n) => (seen.has(n.id) ? false : (seen.add(n.id), true)));
}
