import { ResolvedGraph } from '../../domain/resolved-graph';
import { Executor, Row, TxRunner } from '../../db/executor';

export type LoadStatus = 'created' | 'updated' | 'unchanged';

export interface StoryLoadSummary {
  storyId: string;
  status: LoadStatus;
  counts: { claims: number; entities: number; entitiesCreated: number; events: number; sources: number };
}

/** Output of the load stage: one summary per story, in input order, plus round trips used. */
export interface LoadSummary {
  stories: StoryLoadSummary[];
  entitiesCreated: number;
  prunedEntities: number;
}

export interface LoadOptions {
  /** Rewrite a story even when its content hash is unchanged (MERGE keeps that idempotent). */
  force?: boolean;
}

/**
 * Writes resolved stories in ONE transaction: all-or-nothing for the batch, a fixed
 * number of `UNWIND $rows … MERGE` round trips whatever the batch size. A story whose
 * content hash is already in the graph is skipped; a story whose content changed has its
 * old claims, sources and events replaced, and entities only it supported are pruned.
 */
export async function loadGraphs(executor: Executor, graphs: ResolvedGraph[], options: LoadOptions = {}): Promise<LoadSummary> {
  const unique = dedupeByStoryId(graphs);
  return executor.writeTransaction(async (tx) => {
    const existing = new Map<string, string>();
    for (const row of await tx.run('load/story-hashes', { ids: unique.map((g) => g.story.id) })) {
      existing.set(String(row.id), String(row.contentHash));
    }
    const statusOf = (g: ResolvedGraph): LoadStatus => {
      const hash = existing.get(g.story.id);
      if (hash === undefined) return 'created';
      return hash === g.story.contentHash && !options.force ? 'unchanged' : 'updated';
    };
    const toWrite = unique.filter((g) => statusOf(g) !== 'unchanged');
    const replaced = toWrite.filter((g) => existing.has(g.story.id) && existing.get(g.story.id) !== g.story.contentHash);
    const pruneCandidates = replaced.length > 0 ? await removeStoryContent(tx, replaced.map((g) => g.story.id)) : [];

    let entitiesCreated = 0;
    if (toWrite.length > 0) entitiesCreated = await writeRows(tx, toWrite);
    const prunedEntities = pruneCandidates.length > 0 ? await pruneOrphans(tx, pruneCandidates) : 0;
    if (pruneCandidates.length > 0) await tx.run('load/refresh-aliases', { entityIds: pruneCandidates });

    return {
      stories: graphs.map((g) => ({
        storyId: g.story.id,
        status: statusOf(g),
        counts: {
          claims: g.claims.length,
          entities: g.entities.length,
          // Entities are merged for the whole batch: per-story creation is known only for a batch of one.
          entitiesCreated: graphs.length === 1 ? entitiesCreated : 0,
          events: g.events.length,
          sources: g.sources.length,
        },
      })),
      entitiesCreated,
      prunedEntities,
    };
  }, 'load/stories');
}

/** Deletes stories and everything only they supported. */
export async function deleteStories(executor: Executor, storyIds: string[]): Promise<{ deleted: number; prunedEntities: number }> {
  return executor.writeTransaction(async (tx) => {
    const candidates = await removeStoryContent(tx, storyIds);
    const deleted = sumColumn(await tx.run('load/delete-story', { storyIds }), 'deleted');
    const prunedEntities = await pruneOrphans(tx, candidates);
    await tx.run('load/refresh-aliases', { entityIds: candidates });
    return { deleted, prunedEntities };
  }, 'load/delete-stories');
}

async function removeStoryContent(tx: TxRunner, storyIds: string[]): Promise<string[]> {
  const candidates = (await tx.run('load/story-entity-ids', { storyIds })).map((r) => String(r.entityId));
  await tx.run('load/delete-story-content', { storyIds });
  return candidates;
}

async function pruneOrphans(tx: TxRunner, entityIds: string[]): Promise<number> {
  return sumColumn(await tx.run('load/prune-orphans', { entityIds }), 'pruned');
}

async function writeRows(tx: TxRunner, graphs: ResolvedGraph[]): Promise<number> {
  const rows = flattenRows(graphs);
  await tx.run('load/merge-stories', { rows: rows.stories });
  const created = sumColumn(await tx.run('load/merge-entities', { rows: rows.entities }), 'created');
  await tx.run('load/merge-sources', { rows: rows.sources });
  await tx.run('load/merge-claims', { rows: rows.claims });
  await tx.run('load/merge-features', { rows: rows.features });
  if (rows.mentions.length) await tx.run('load/merge-mentions', { rows: rows.mentions });
  if (rows.events.length) await tx.run('load/merge-events', { rows: rows.events });
  if (rows.participations.length) await tx.run('load/merge-participations', { rows: rows.participations });
  if (rows.places.length) await tx.run('load/merge-event-places', { rows: rows.places });
  if (rows.agreements.length) await tx.run('load/merge-event-agreements', { rows: rows.agreements });
  if (rows.roles.length) await tx.run('load/merge-roles', { rows: rows.roles });
  if (rows.parties.length) await tx.run('load/merge-parties', { rows: rows.parties });
  return created;
}

/** Concatenates the rows of several stories; entities shared by stories are merged into one row. */
export function flattenRows(graphs: ResolvedGraph[]) {
  const entities = new Map<string, ResolvedGraph['entities'][number]>();
  for (const g of graphs) {
    for (const e of g.entities) {
      const seen = entities.get(e.id);
      entities.set(
        e.id,
        seen
          ? {
              ...seen,
              aliases: union(seen.aliases, e.aliases),
              aliasKeys: union(seen.aliasKeys, e.aliasKeys),
              topics: union(seen.topics, e.topics),
              // The same order-independent choices as merge-entities.cypher.
              name: e.name < seen.name ? e.name : seen.name,
              count: seen.count === null ? e.count : e.count === null ? seen.count : Math.max(seen.count, e.count),
              kind: seen.kind === null ? e.kind : e.kind === null ? seen.kind : e.kind < seen.kind ? e.kind : seen.kind,
            }
          : e,
      );
    }
  }
  return {
    stories: graphs.map((g) => g.story),
    entities: [...entities.values()],
    sources: graphs.flatMap((g) => g.sources.map((s) => ({ ...s, storyId: g.story.id }))),
    claims: graphs.flatMap((g) => g.claims.map((c) => ({ ...c, storyId: g.story.id }))),
    features: graphs.flatMap((g) => g.entities.map((e) => ({ storyId: g.story.id, entityId: e.id, aliases: e.aliases, aliasKeys: e.aliasKeys }))),
    mentions: graphs.flatMap((g) => g.mentions),
    events: graphs.flatMap((g) => g.events.map((e) => ({ ...e, storyId: g.story.id }))),
    participations: graphs.flatMap((g) => g.participations),
    places: graphs.flatMap((g) => g.places),
    agreements: graphs.flatMap((g) => g.agreements),
    roles: graphs.flatMap((g) => g.roles.filter((r) => r.ofId !== null)),
    parties: graphs.flatMap((g) => g.parties),
  };
}

function dedupeByStoryId(graphs: ResolvedGraph[]): ResolvedGraph[] {
  const byId = new Map<string, ResolvedGraph>();
  for (const g of graphs) byId.set(g.story.id, g); // the last version of a story in a batch wins
  return [...byId.values()];
}

function union(a: string[], b: string[]): string[] {
  return a.concat(b.filter((x) => !a.includes(x)));
}

function sumColumn(rows: Row[], column: string): number {
  return rows.reduce((sum, r) => sum + Number(r[column] ?? 0), 0);
}
