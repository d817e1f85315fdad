import { z } from 'zod';
import { EntityType } from '../../domain/resolved-graph';
import { checkArg, PageArgs, pageOf, parsePage, PLAIN_LIST_MAX, present, toConnection } from '../args';
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

const RelationTypes = z.array(z.string().regex(/^[A-Z_]{1,40}$/, 'must be relation kinds such as MET or HOLDS_ROLE')).max(20);

/** Fields every Entity type shares. */
const common = {
  async events(entity: EntityNode, args: PageArgs, ctx: GraphQLContext) {
    const page = parsePage(args);
    const result = await ctx.loaders.entityEvents.load({ id: entity.id, asc: false, skip: page.skip, limit: page.limit });
    return toConnection(result.items.map((node) => ({ node })), result.totalCount, page);
  },
  mentions: (entity: EntityNode, _: unknown, ctx: GraphQLContext) => ctx.loaders.entityClaims.load(entity.id),
  mentionConnection: (entity: EntityNode, args: PageArgs, ctx: GraphQLContext) => pageOf(ctx.loaders.entityClaimsPage, entity.id, args),
  async timeline(entity: EntityNode, _: unknown, ctx: GraphQLContext) {
    return (await ctx.loaders.entityEvents.load({ id: entity.id, asc: true, skip: 0, limit: PLAIN_LIST_MAX })).items;
  },
  async timelineConnection(entity: EntityNode, args: PageArgs, ctx: GraphQLContext) {
    const page = parsePage(args);
    const result = await ctx.loaders.entityEvents.load({ id: entity.id, asc: true, skip: page.skip, limit: page.limit });
    return toConnection(result.items.map((node) => ({ node })), result.totalCount, page);
  },
  async relations(entity: EntityNode, args: PageArgs & { types?: string[] | null }, ctx: GraphQLContext) {
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
export const Organization = {
  ...common,
  leaders,
  partOf: async (entity: EntityNode, _: unknown, ctx: GraphQLContext) => (await ctx.loaders.organizationStructure.load(entity.id)).partOf,
  bodies: async (entity: EntityNode, _: unknown, ctx: GraphQLContext) => (await ctx.loaders.organizationStructure.load(entity.id)).bodies,
};
export const Place = { ...common };
export const Agreement = {
  ...common,
  parties: (entity: EntityNode, _: unknown, ctx: GraphQLContext) => ctx.loaders.agreementParties.load(entity.id),
};
export const Other = { ...common };

export const Role = {
  person: (role: RoleNode, _: unknown, ctx: GraphQLContext) => ctx.loaders.entity.load(role.personId),
  of: (role: RoleNode, _: unknown, ctx: GraphQLContext) => ctx.loaders.entity.load(role.ofId),
  claims: async (role: RoleNode, _: unknown, ctx: GraphQLContext) => present(await ctx.loaders.claim.loadMany(role.claimIds)),
};

/** Counts come with the row; the lists are loaded by id (the row carries at most PLAIN_LIST_MAX ids each). */
export const Relation = {
  events: async (relation: RelationRow, _: unknown, ctx: GraphQLContext) => present(await ctx.loaders.event.loadMany(relation.eventIds)),
  claims: async (relation: RelationRow, _: unknown, ctx: GraphQLContext) => present(await ctx.loaders.claim.loadMany(relation.claimIds)),
  sources: async (relation: RelationRow, _: unknown, ctx: GraphQLContext) => present(await ctx.loaders.source.loadMany(relation.sourceIds)),
};
