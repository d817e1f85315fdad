import { z } from 'zod';
import { StoryFormatOption } from '../../pipeline/ingest';
import { checkArg } from '../args';
import { requireWrite } from '../auth';
import { GraphQLContext } from '../context';
import { BadUserInputError } from '../errors';

/** Parent value of IngestResult: the ingest service's result. */
type IngestOutcome = Awaited<ReturnType<GraphQLContext['ingest']['ingestText']>>;

const StoryId = z.string().min(1, 'must not be empty').max(300, 'must be at most 300 characters');

export const Mutation = {
  async ingestStory(_: unknown, args: { text: string; format?: StoryFormatOption | null; force?: boolean | null }, ctx: GraphQLContext) {
    requireWrite(ctx.writeAccess);
    const bytes = Buffer.byteLength(args.text, 'utf8');
    if (bytes > ctx.maxStoryBytes) throw new BadUserInputError(`text is ${bytes} bytes; the limit is ${ctx.maxStoryBytes} (MAX_STORY_BYTES)`, ['text']);
    if (args.text.trim().length === 0) throw new BadUserInputError('text must not be empty', ['text']);
    const result = await ctx.ingest.ingestText(args.text, { format: args.format ?? 'AUTO', force: args.force ?? false });
    ctx.logger.info('ingest', result.ok ? { storyId: result.storyId, status: result.status } : { rejected: result.issues.length });
    // A rewritten story must not be served from this request's caches.
    if (result.ok) ctx.loaders.story.clear(result.storyId);
    return result;
  },

  async deleteStory(_: unknown, args: { id: string }, ctx: GraphQLContext) {
    requireWrite(ctx.writeAccess);
    const id = checkArg(StoryId, args.id, 'id');
    const result = await ctx.ingest.deleteStory(id);
    ctx.logger.info('delete story', { storyId: id, ...result });
    ctx.loaders.story.clear(id);
    return result;
  },
};

export const IngestResult = {
  __resolveType: (result: IngestOutcome) => (result.ok ? 'StoryIngested' : 'StoryRejected'),
};

export const StoryIngested = {
  status: (result: Extract<IngestOutcome, { ok: true }>) => result.status.toUpperCase(),
  story: (result: Extract<IngestOutcome, { ok: true }>, _: unknown, ctx: GraphQLContext) => ctx.loaders.story.load(result.storyId),
};
