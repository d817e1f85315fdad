import { z } from 'zod';
import { ENTITY_TYPES, EntityType } from '../domain/resolved-graph';

/**
 * Shapes of the maps read statements return, validated on the way out of the database
 * so a resolver never works on a row it does not understand. These are also the parent
 * values the type resolvers receive.
 */
const nullableString = z.string().nullable().optional().transform((v) => v ?? null);
const nullableInt = z.number().int().nullable().optional().transform((v) => v ?? null);

export const EntityNode = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(ENTITY_TYPES as [EntityType, ...EntityType[]]),
  kind: nullableString,
  aliases: z.array(z.string()).nullable().optional().transform((v) => v ?? []),
  count: nullableInt,
  topics: z.array(z.string()).nullable().optional().transform((v) => v ?? []),
});
export type EntityNode = z.infer<typeof EntityNode>;

export const EventNode = z.object({
  id: z.string(),
  date: nullableString,
  endDate: nullableString,
  type: z.string(),
  summary: z.string(),
  position: z.number().int(),
  storyId: z.string(),
});
export type EventNode = z.infer<typeof EventNode>;

export const ClaimNode = z.object({
  id: z.string(),
  text: z.string(),
  kind: z.string(),
  position: z.number().int(),
  section: nullableInt,
  storyId: z.string(),
});
export type ClaimNode = z.infer<typeof ClaimNode>;

export const SourceNode = z.object({
  id: z.string(),
  number: nullableInt,
  outlet: z.string(),
  title: z.string(),
  description: nullableString,
  url: nullableString,
  storyId: z.string(),
});
export type SourceNode = z.infer<typeof SourceNode>;

export const StoryNode = z.object({
  id: z.string(),
  title: z.string(),
  articleCount: nullableInt,
  format: nullableString,
  publishedAt: nullableString,
  url: nullableString,
  headlines: z.array(z.string()).nullable().optional().transform((v) => v ?? []),
});
export type StoryNode = z.infer<typeof StoryNode>;

export const RoleRow = z.object({ title: z.string(), claimIds: z.array(z.string()) });

export const RelationRow = z.object({
  type: z.string(),
  entity: EntityNode,
  eventCount: z.number().int(),
  claimCount: z.number().int(),
  sourceCount: z.number().int(),
  outletCount: z.number().int(),
  firstDate: nullableString,
  lastDate: nullableString,
  eventIds: z.array(z.string()),
  claimIds: z.array(z.string()),
  sourceIds: z.array(z.string()),
});
export type RelationRow = z.infer<typeof RelationRow>;

// Lists and counts as module constants: zod 4 compiles a schema on its first parse, so a
// schema built per call (`z.array(X)` in a resolver) was compiled again on every request
// (≈ 9 % of the API's CPU under load).
export const Count = z.number().int();
export const EntityList = z.array(EntityNode);
export const EventList = z.array(EventNode);
export const ClaimList = z.array(ClaimNode);
export const SourceList = z.array(SourceNode);
export const StoryList = z.array(StoryNode);
export const RelationList = z.array(RelationRow);

/** A database row that does not match its statement's header: a bug, reported as such. */
export class RowShapeError extends Error {
  constructor(statement: string, issues: string) {
    super(`Row of ${statement} has an unexpected shape: ${issues}`);
    this.name = 'RowShapeError';
  }
}

/** Parses one column of a row with `schema`, naming the statement on failure. */
export function column<T>(schema: z.ZodType<T>, value: unknown, statement: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new RowShapeError(statement, z.prettifyError(result.error));
  return result.data;
}
