import { z } from 'zod';
import { EntityType } from '../../domain/resolved-graph';
import { checkArg, parsePage, toConnection } from '../args';
import { GraphQLContext } from '../context';
import { UnreachableCaseError } from '../errors';
import { RoleNode } from '../loaders';
import { EntityNode, RelationRow } from '../rows';

/** Schema type of each entity type (closed set: the schema's concrete Entity types). */
export function entityTypeName(type: EntityType): 'Person' | 'Country' | 'Organization' | 'Place' | 'Agreement' | 'Other' {
  switch (type) {
    case 'PERSON':
      return 'Person';
    case 'COUNTRY':
      return 'Country';
    case 'ORGANIZATION':
      return 'Organization';
    case 'PLACE':
      return 'Place';
    case 'AGREEMENT':
      return 'Agreement';
    case 'OTHER':
      return 'Other';
    default:
      throw new UnreachableCaseError(type);
  }
}

/** Cap of `timeline`, a plain list: an entity in more events than this is paged with `events`. */
const TIMELINE_MAX = 1000;
const RelationTypes = z.array(z.string().regex(/^[A-Z_]{1,40}$/, 'must be relation kinds such as MET or HOLDS_ROLE')).max(20);

/** Fields every Entity type shares. */
const common = {
  async events(entity: EntityNode, args: { first?: number | null; after?: string | null }, ctx: GraphQLContext) {
    const page = parsePage(args);
    const result = await ctx.loaders.entityEvents.load({ id: entity.id, asc: false, skip: page.skip, limit: page.limit });
    return toConnection(result.items.map((node) => ({ node })), result.totalCount, page);
  },
  mentions: (entity: EntityNode, _: unknown, ctx: GraphQLContext) => ctx.loaders.entityClaims.load(entity.id),
  async timeline(entity: EntityNode, _: unknown, ctx: GraphQLContext) {
    return (await ctx.loaders.entityEvents.load({ id: entity.id, asc: true, skip: 0, limit: TIMELINE_MAX })).items;
  },
  async relations(entity: EntityNode, args: { first?: number | null; after?: string | null; types?: string[] | null }, ctx: GraphQLContext) {
    const page = parsePage(args);
    const types = args.types == null ? null : checkArg(RelationTypes, args.types, 'types');
    const result = await ctx.loaders.relations.load({ id: entity.id, types, skip: page.skip, limit: page.limit });
    return toConnection(result.items.map((node) => ({ node })), result.totalCount, page);
  },
};

const leaders = (entity: EntityNode, _: unknown, ctx: GraphQLContext) => ctx.loaders.leaders.load(entity.id);

export const Entity = {
  __resolveType: (entity: EntityNode) => entityTypeName(entity.type),
};
export const Person = { ...common, roles: (entity: EntityNode, _: unknown, ctx: GraphQLContext) => ctx.loaders.personRoles.load(entity.id) };
export const Country = { ...common, leaders };
export const Organization = { ...common, leaders };
export const Place = { ...common };
export const Agreement = {
  ...common,
  parties: (entity: EntityNode, _: unknown, ctx: GraphQLContext) => ctx.loaders.agreementParties.load(entity.id),
};
export const Other = { ...common };

export const Role = {
  person: (role: RoleNode, _: unknown, ctx: GraphQLContext) => ctx.loaders.entity.load(role.personId),
  of: (role: RoleNode, _: unknown, ctx: GraphQLContext) => ctx.loaders.entity.load(role.ofId),
  async claims(role: RoleNode, _: unknown, ctx: GraphQLContext) {
    const claims = await ctx.loaders.claim.loadMany(role.claimIds);
    return claims.filter((c): c is Exclude<typeof c, Error | null> => c !== null && !(c instanceof Error));
  },
};

export const Relation = {
  async events(relation: RelationRow, _: unknown, ctx: GraphQLContext) {
    const events = await ctx.loaders.event.loadMany(relation.eventIds);
    return events.filter((e): e is Exclude<typeof e, Error | null> => e !== null && !(e instanceof Error));
  },
};
