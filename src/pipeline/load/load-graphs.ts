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
 * number of `UNWIND $rows …` round trips whatever the batch size. Each story's lock is
 * taken first (load/lock-stories, in id order); a story whose stored content hash is
 * unchanged is skipped; a changed one has its old claims, sources and events removed and
 * entities only it supported pruned. What a story owns is then CREATEd (it cannot exist:
 * the lock is held and the old content is gone); shared entities are MERGEd.
 */
export async function loadGraphs(executor: Executor, graphs: ResolvedGraph[], options: LoadOptions = {}): Promise<LoadSummary> {
  const unique = dedupeByStoryId(graphs);
  return executor.writeTransaction(async (tx) => {
    const locked = await tx.run('load/lock-stories', { rows: unique.map((g) => g.story), force: options.force === true });
    const status = new Map<string, LoadStatus>();
    for (const row of locked) status.set(String(row.id), row.created ? 'created' : row.rewrite ? 'updated' : 'unchanged');
    const statusOf = (g: ResolvedGraph): LoadStatus => status.get(g.story.id) ?? 'unchanged';
    const toWrite = unique.filter((g) => statusOf(g) !== 'unchanged');
    const replaced = toWrite.filter((g) => statusOf(g) === 'updated');
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
  const created = sumColumn(await tx.run('load/merge-entities', { rows: rows.entities }), 'created');
  if (rows.sources.length) await tx.run('load/create-sources', { rows: rows.sources });
  if (rows.claims.length) await tx.run('load/create-claims', { rows: rows.claims });
  await tx.run('load/create-features', { rows: rows.features });
  if (rows.events.length) await tx.run('load/create-events', { rows: rows.events });
  if (rows.roles.length) await tx.run('load/merge-roles', { rows: rows.roles });
  if (rows.parties.length) await tx.run('load/merge-parties', { rows: rows.parties });
  if (rows.partOf.length) await tx.run('load/merge-part-of', { rows: rows.partOf });
  return created;
}

/**
 * The statements' rows for several stories: entities shared by stories merged into one row;
 * each story's own content nested (claims with their citations and mentions, events with their
 * links) and free of duplicate pairs, since it is CREATEd, not MERGEd.
 */
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
    // Sorted: concurrent batches lock shared entities in one order.
    entities: [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    sources: graphs.flatMap((g) => g.sources.map((s) => ({ ...s, storyId: g.story.id }))),
    claims: graphs.flatMap(claimRows),
    features: graphs.flatMap((g) => [...lastBy(g.entities, (e) => e.id)].map((e) => ({ storyId: g.story.id, entityId: e.id, aliases: e.aliases, aliasKeys: e.aliasKeys }))),
    events: graphs.flatMap(eventRows),
    roles: roleRows(graphs),
    parties: graphs.flatMap((g) => g.parties),
    partOf: partOfRows(graphs),
  };
}

function claimRows(g: ResolvedGraph) {
  const sourceIds = new Set(g.sources.map((s) => s.id));
  const mentionsByClaim = groupBy(lastBy(g.mentions, (m) => `${m.claimId}\u0000${m.entityId}`), (m) => m.claimId);
  return g.claims.map((c) => ({
    storyId: g.story.id,
    id: c.id,
    kind: c.kind,
    text: c.text,
    norm: c.norm,
    position: c.position,
    section: c.section,
    // As before: a cited number with no source ([9] in a story with 3 sources) cites nothing.
    sourceIds: [...new Set(c.sourceNumbers.map((n) => `${g.story.id}#s${n}`))].filter((id) => sourceIds.has(id)),
    mentions: (mentionsByClaim.get(c.id) ?? []).map(({ entityId, surfaces, starts, ends }) => ({ entityId, surfaces, starts, ends })),
  }));
}

function eventRows(g: ResolvedGraph) {
  const participants = groupBy(lastBy(g.participations, (p) => `${p.eventId}\u0000${p.entityId}`), (p) => p.eventId);
  const places = groupBy(lastBy(g.places, (p) => `${p.eventId}\u0000${p.entityId}`), (p) => p.eventId);
  const agreements = groupBy(lastBy(g.agreements, (a) => `${a.eventId}\u0000${a.entityId}`), (a) => a.eventId);
  const persons = new Set(g.entities.filter((e) => e.type === 'PERSON').map((e) => e.id));
  const officesOf = groupBy(g.roles.filter((r) => r.ofId !== null && persons.has(r.personId)), (r) => r.personId);
  const parentsOf = groupBy(g.partOf, (link) => link.organId);
  return g.events.map((e) => {
    const participantRows = participants.get(e.id) ?? [];
    const placeIds = (places.get(e.id) ?? []).map((p) => p.entityId);
    const agreementIds = (agreements.get(e.id) ?? []).map((a) => a.entityId);
    // What load/merge-involvements derives from the graph, computed from the rows instead of read back.
    const involved = new Set([...participantRows.map((p) => p.entityId), ...placeIds, ...agreementIds]);
    for (const p of participantRows) for (const role of officesOf.get(p.entityId) ?? []) involved.add(role.ofId!);
    for (const p of participantRows) for (const link of parentsOf.get(p.entityId) ?? []) involved.add(link.parentId);
    const sortKey = `${e.date ?? ''} ${g.story.id} ${`00000${e.position}`.slice(-6)}`;
    return {
      storyId: g.story.id,
      id: e.id,
      date: e.date,
      endDate: e.endDate,
      type: e.type,
      summary: e.summary,
      position: e.position,
      claimIds: [...new Set(e.claimIds)],
      participants: participantRows.map(({ entityId, role }) => ({ entityId, role })),
      placeIds,
      agreementIds,
      sortKey,
      involved: [...involved].map((entityId) => ({ entityId, key: `${entityId} ${sortKey}`, typeKey: `${entityId} ${e.type} ${sortKey}` })),
    };
  });
}

/**
 * One row per (person, title, office) with all its claims: one statement cannot read back what
 * it wrote to the same relationship for an earlier row, so repeated rows lost claim ids.
 */
function roleRows(graphs: ResolvedGraph[]) {
  const byKey = new Map<string, { personId: string; title: string; ofId: string; claimIds: string[] }>();
  for (const g of graphs) {
    for (const r of g.roles) {
      if (r.ofId === null) continue;
      const key = `${r.personId}\u0000${r.title}\u0000${r.ofId}`;
      const row = byKey.get(key);
      if (row) row.claimIds.push(r.claimId);
      else byKey.set(key, { personId: r.personId, title: r.title, ofId: r.ofId, claimIds: [r.claimId] });
    }
  }
  return [...byKey.values()];
}

/** One row per (organ, parent) with all its claims, for the same reason as roleRows. */
function partOfRows(graphs: ResolvedGraph[]) {
  const byKey = new Map<string, { organId: string; parentId: string; claimIds: string[] }>();
  for (const g of graphs) {
    for (const link of g.partOf) {
      const key = `${link.organId}\u0000${link.parentId}`;
      const row = byKey.get(key);
      if (row) row.claimIds.push(link.claimId);
      else byKey.set(key, { organId: link.organId, parentId: link.parentId, claimIds: [link.claimId] });
    }
  }
  return [...byKey.values()];
}

/** One item per key, the last one given (what MERGE then SET would have kept), in first-seen order. */
function lastBy<T>(items: T[], key: (item: T) => string): Iterable<T> {
  const byKey = new Map<string, T>();
  for (const item of items) byKey.set(key(item), item);
  return byKey.values();
}

function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The last version of a story in a batch wins; sorted by id, the order stories are locked in. */
function dedupeByStoryId(graphs: ResolvedGraph[]): ResolvedGraph[] {
  const byId = new Map<string, ResolvedGraph>();
  for (const g of graphs) byId.set(g.story.id, g);
  return [...byId.values()].sort((a, b) => (a.story.id < b.story.id ? -1 : a.story.id > b.story.id ? 1 : 0));
}

function union(a: string[], b: string[]): string[] {
  return a.concat(b.filter((x) => !a.includes(x)));
}

function sumColumn(rows: Row[], column: string): number {
  return rows.reduce((sum, r) => sum + Number(r[column] ?? 0), 0);
}
