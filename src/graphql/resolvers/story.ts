import { PageArgs, pageOf } from '../args';
import { GraphQLContext } from '../context';
import { StoryNode } from '../rows';

export const Story = {
  sources: async (story: StoryNode, _: unknown, ctx: GraphQLContext) => (await ctx.loaders.storyContent.load(story.id)).sources,
  claims: async (story: StoryNode, _: unknown, ctx: GraphQLContext) => (await ctx.loaders.storyContent.load(story.id)).claims,
  events: async (story: StoryNode, _: unknown, ctx: GraphQLContext) => (await ctx.loaders.storyContent.load(story.id)).events,
  claimConnection: (story: StoryNode, args: PageArgs, ctx: GraphQLContext) => pageOf(ctx.loaders.storyClaimsPage, story.id, args),
  eventConnection: (story: StoryNode, args: PageArgs, ctx: GraphQLContext) => pageOf(ctx.loaders.storyEventsPage, story.id, args),
  entities: (story: StoryNode, _: unknown, ctx: GraphQLContext) => ctx.loaders.storyEntities.load(story.id),
  async sections(story: StoryNode, _: unknown, ctx: GraphQLContext) {
    const { claims } = await ctx.loaders.storyContent.load(story.id);
    return story.headlines.map((headline, index) => ({
      index,
      headline,
      claims: claims.filter((c) => c.kind === 'summary' && c.section === index),
    }));
  },
};
