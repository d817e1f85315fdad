import DataLoader from 'dataloader';
import neo4j, { Integer } from 'neo4j-driver';
import { z } from 'zod';
import { BadUserInputError } from './errors';

/** Page size when `first` is not given, and the most a client may ask for. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/**
 * Most items a plain (unpaged) list field returns (Entity.mentions, Entity.timeline,
 * Story.claims, Source.claims, Event.claims, Relation.events ...): one entity mentioned
 * 100k times must not blow up a response. Each such field has a `...Connection` sibling
 * that pages through everything; schema.graphql states this number in the descriptions.
 */
export const PLAIN_LIST_MAX = 500;

/** Entity.relations looks at the entity's most recent events only, so a hub stays cheap. */
export const RELATION_MAX_EVENTS = 1000;

/** A decoded page request: the offset of the first item and how many to return. */
export interface Page {
  skip: number;
  limit: number;
}

/**
 * A Cypher integer parameter. JS numbers travel as floats, and SKIP, LIMIT, list slices and
 * full-text `limit` options want integers.
 */
export function cypherInt(value: number): Integer {
  return neo4j.int(value);
}

/** Cursors are opaque to clients: base64 of `o:<offset of the item>`. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64');
}

const CURSOR = /^o:(\d{1,9})$/;

/** Offset encoded by a cursor, or null when it is not one of ours. */
export function decodeCursor(cursor: string): number | null {
  const match = CURSOR.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  return match ? Number(match[1]) : null;
}

const First = z
  .number()
  .int()
  .min(1, `must be between 1 and ${MAX_PAGE_SIZE}`)
  .max(MAX_PAGE_SIZE, `must be between 1 and ${MAX_PAGE_SIZE}`);

/** Validates `first`/`after` and turns them into SKIP/LIMIT values. */
export function parsePage(args: { first?: number | null; after?: string | null }): Page {
  let limit = DEFAULT_PAGE_SIZE;
  if (args.first !== undefined && args.first !== null) {
    const first = First.safeParse(args.first);
    if (!first.success) throw new BadUserInputError(`first ${first.error.issues[0]?.message ?? 'is invalid'} (got ${args.first})`, ['first']);
    limit = first.data;
  }
  let skip = 0;
  if (args.after !== undefined && args.after !== null) {
    const offset = decodeCursor(args.after);
    if (offset === null) throw new BadUserInputError('after is not a cursor returned by this API', ['after']);
    skip = offset + 1;
  }
  return { skip, limit };
}

/** ISO calendar date that exists (2026-02-30 is refused). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a valid calendar date');

/**
 * Validates `value` with `schema`; a failure becomes BAD_USER_INPUT naming the argument
 * (`argument` plus the zod path inside it, e.g. ['involvingAll', 2]).
 */
export function checkArg<T>(schema: z.ZodType<T>, value: unknown, argument: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path: (string | number)[] = [argument, ...(issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol')];
  throw new BadUserInputError(`${path.join('.')} ${issue?.message ?? 'is invalid'}`, path);
}

/** A non-empty text with at least one letter or digit (what alias keys and full-text need). */
export const SearchText = z
  .string()
  .max(200, 'must be at most 200 characters')
  .refine((s) => /[\p{L}\p{N}]/u.test(s), 'must contain a letter or digit');

/** Relay connection from a page of items that start at `page.skip`. */
export interface Connection<T, E extends object = object> {
  totalCount: number;
  edges: Array<{ cursor: string; node: T } & E>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export function toConnection<T, E extends object = object>(items: Array<{ node: T } & E>, totalCount: number, page: Page): Connection<T, E> {
  const edges = items.map((item, i) => ({ ...item, cursor: encodeCursor(page.skip + i) }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: page.skip + items.length < totalCount,
      hasPreviousPage: page.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** `first`/`after` as every connection field takes them. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** A connection over a paged loader (`{id, skip, limit}` keys): validates the page, loads, wraps. */
export async function pageOf<T>(
  loader: DataLoader<{ id: string; skip: number; limit: number }, { totalCount: number; items: T[] }, string>,
  id: string,
  args: PageArgs,
): Promise<Connection<T>> {
  const page = parsePage(args);
  const result = await loader.load({ id, skip: page.skip, limit: page.limit });
  return toConnection(result.items.map((node) => ({ node })), result.totalCount, page);
}

/** The found values of a `loadMany` (ids that vanished between two statements are dropped). */
export function present<T>(values: Array<T | null | Error>): T[] {
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}
