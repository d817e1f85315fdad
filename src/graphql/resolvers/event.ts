import { PageArgs, pageOf } from '../args';
import { GraphQLContext } from '../context';
import { ClaimNode, EventNode, SourceNode } from '../rows';

/** Distinct outlets, compared case-insensitively ("Yonhap" twice is one outlet). */
export function outletCount(sources: SourceNode[]): number {
  return new Set(sources.map((s) => s.outlet.trim().toLowerCase())).size;
}

export const Event = {
  participants: async (event: EventNode, _: unknown, ctx: GraphQLContext) => (await ctx.loaders.eventEntities.load(event.id)).participants,
  places: async (event: EventNode, _: unknown, ctx: GraphQLContext) => (await ctx.loaders.eventEntities.load(event.id)).places,
  agreements: async (event: EventNode, _: unknown, ctx: GraphQLContext) => (await ctx.loaders.eventEntities.load(event.id)).agreements,
  claims: (event: EventNode, _: unknown, ctx: GraphQLContext) => ctx.loaders.eventClaims.load(event.id),
  claimConnection: (event: EventNode, args: PageArgs, ctx: GraphQLContext) => pageOf(ctx.loaders.eventClaimsPage, event.id, args),
  sources: (event: EventNode, _: unknown, ctx: GraphQLContext) => ctx.loaders.eventSources.load(event.id),
  sourceCount: async (event: EventNode, _: unknown, ctx: GraphQLContext) => (await ctx.loaders.eventSources.load(event.id)).length,
  outletCount: async (event: EventNode, _: unknown, ctx: GraphQLContext) => outletCount(await ctx.loaders.eventSources.load(event.id)),
  story: (event: EventNode, _: unknown, ctx: GraphQLContext) => ctx.loaders.story.load(event.storyId),
};

export const Claim = {
  story: (claim: ClaimNode, _: unknown, ctx: GraphQLContext) => ctx.loaders.story.load(claim.storyId),
  sources: (claim: ClaimNode, _: unknown, ctx: GraphQLContext) => ctx.loaders.claimSources.load(claim.id),
  sourceCount: async (claim: ClaimNode, _: unknown, ctx: GraphQLContext) => (await ctx.loaders.claimSources.load(claim.id)).length,
  outletCount: async (claim: ClaimNode, _: unknown, ctx: GraphQLContext) => outletCount(await ctx.loaders.claimSources.load(claim.id)),
  mentions: (claim: ClaimNode, _: unknown, ctx: GraphQLContext) => ctx.loaders.claimMentions.load(claim.id),
  supports: (claim: ClaimNode, _: unknown, ctx: GraphQLContext) => ctx.loaders.claimEvents.load(claim.id),
};

export const Source = {
  claims: (source: SourceNode, _: unknown, ctx: GraphQLContext) => ctx.loaders.sourceClaims.load(source.id),
  claimConnection: (source: SourceNode, args: PageArgs, ctx: GraphQLContext) => pageOf(ctx.loaders.sourceClaimsPage, source.id, args),
  story: (source: SourceNode, _: unknown, ctx: GraphQLContext) => ctx.loaders.story.load(source.storyId),
};
