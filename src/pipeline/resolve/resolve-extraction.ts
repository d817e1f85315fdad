/**
 * Resolve stage: Extraction -> ResolvedGraph. Pure. Gives every entity a global id that
 * is the same in every story for the same real-world thing (see README.md, "Identity"),
 * and lays claims, mentions, events, roles and parties out as rows for the load stage.
 */
import * as modcached_key from '../extract/cached-key';
import type { Extraction, ExtractedEntity } from '../../domain/extraction';
import type {
  ClaimRow, EntityRow, EventLinkRow, EventRow, MentionRow, ParticipationRow, PartOfRow, PartyRow, ResolvedGraph, RoleRow, SourceRow,
} from '../../domain/resolved-graph';
import * as modcountries from '../extract/lexicon/countries';
import * as modstory_content_hash from './story-content-hash';
// Imported bindings read once: the CommonJS transform turns every use into a getter call.
const { cachedAliasKey: aliasKey } = modcached_key;
const { COUNTRIES } = modcountries;
const { storyContentHash } = modstory_content_hash;

/** `slugify` (domain/normalize) through the memoized alias key (same value: slugify = aliasKey, spaces to dashes, 120 chars). */
function slugOf(name: string): string {
  const k = aliasKey(name);
  return (k.includes(' ') ? k.replaceAll(' ', '-') : k).slice(0, 120);
}

const NAMES_BY_CODE: Map<string, string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [name, info] of COUNTRIES.byName) {
    if (!m.has(info.code)) m.set(info.code, []);
    m.get(info.code)!.push(aliasKey(name));
  }
  return m;
})();

/**
 * Ids of entities that are not story-scoped, per type and canonical name (or country code): the same
 * names recur in every story, and a reused id string is already hashed for the Maps keyed by id.
 * Bounded like the other memo caches (cleared when full).
 */
const GLOBAL_IDS = new Map<string, Map<string, string>>();
const GLOBAL_ID_LIMIT = 4_096;

/** Global id of an entity: deterministic from its canonical name (or ISO code), story-scoped when the name is not enough. */
export function entityId(e: ExtractedEntity, storyId: string): string {
  if (e.storyScoped) return computeEntityId(e, storyId);
  let ofType = GLOBAL_IDS.get(e.type);
  if (!ofType) { ofType = new Map(); GLOBAL_IDS.set(e.type, ofType); }
  const name = e.type === 'COUNTRY' ? `${e.countryCode}` : e.name;
  let id = ofType.get(name);
  if (id === undefined) {
    if (ofType.size >= GLOBAL_ID_LIMIT) ofType.clear();
    id = computeEntityId(e, storyId);
    ofType.set(name, id);
  }
  return id;
}

function computeEntityId(e: ExtractedEntity, storyId: string): string {
  const scope = e.storyScoped ? `${storyId}:` : '';
  switch (e.type) {
    case 'COUNTRY':
      return `country:${e.countryCode}`;
    case 'PERSON':
      return `person:${scope}${slugOf(e.name)}`;
    case 'ORGANIZATION':
      return `org:${scope}${slugOf(e.name)}`;
    case 'PLACE':
      return `place:${scope}${slugOf(e.name)}`;
    case 'AGREEMENT':
      return `agreement:${scope}${slugOf(e.name)}`;
    case 'OTHER':
      return `other:${scope}${slugOf(e.name)}`;
  }
}

/** Claims are the parsed sentences then timeline entries, so the parsed story determines the hash. */
function contentHash(x: Extraction): string {
  return storyContentHash(x.story);
}

/**
 * Distinct values collected in a reused buffer (its first `count` entries), then copied out at their
 * exact size: a list grown by `push` from empty gets room for 17 entries at the first push.
 */
const distinctBuffer: string[] = [];
let distinctCount = 0;

function entityRow(e: ExtractedEntity, id: string): EntityRow {
  // Distinct values in first-seen order, like `[...new Set(…)]`; the lists are short, so arrays beat Sets.
  distinctCount = 0;
  addDistinct(aliasKey(e.name));
  // (an alias equal to the name has the name's key: already in the list, or '' and skipped)
  for (const a of e.aliases) if (a !== e.name) addDistinct(aliasKey(a));
  for (const k of e.extraKeys) addDistinct(k);
  if (e.type === 'COUNTRY' && e.countryCode) for (const k of NAMES_BY_CODE.get(e.countryCode) ?? []) addDistinct(k);
  const keys = distinctBuffer.slice(0, distinctCount);
  distinctCount = 0;
  for (const a of e.aliases) if (!inDistinct(a)) distinctBuffer[distinctCount++] = a;
  const aliases = distinctBuffer.slice(0, distinctCount);
  return {
    id, type: e.type, kind: e.kind, name: e.name, aliases, aliasKeys: keys,
    count: e.type === 'AGREEMENT' ? e.count : null, topics: e.type === 'AGREEMENT' ? e.topics : [],
  };
}

/** `value` among the first `distinctCount` entries of the buffer. */
function inDistinct(value: string): boolean {
  for (let i = 0; i < distinctCount; i++) if (distinctBuffer[i] === value) return true;
  return false;
}

/** Appends a non-empty key not yet collected ('' is never an alias key). */
function addDistinct(k: string): void {
  if (k !== '' && !inDistinct(k)) distinctBuffer[distinctCount++] = k;
}

/**
 * The parser's warnings (copied) then the extractor's, built with a loop: a spread of a mapped
 * array here is an array whose elements kind depends on the story (empty or not), and an
 * optimized resolveExtraction deoptimized on it over and over in some runs ("wrong map").
 */
function storyWarnings(x: Extraction): ResolvedGraph['warnings'] {
  const out: ResolvedGraph['warnings'] = [];
  for (const w of x.story.warnings) out.push({ line: w.line, rule: w.rule, message: w.message });
  for (const w of x.warnings) out.push(w);
  return out;
}

/**
 * Id of claim `i` (built once per claim). Module level, not a nested function: the TypeScript
 * transform used by tsx names every named inner function on creation (≈ 0.5 µs each, per story).
 */
function claimIdOf(claimIds: readonly string[], storyId: string, i: number): string {
  return claimIds[i] ?? `${storyId}#c${i}`;
}

/** Builds the rows of one story. Entities that end up with the same id are merged. */
export function resolveExtraction(x: Extraction): ResolvedGraph {
  const storyId = x.storyId;
  const idOf = new Map<string, string>();
  const rows = new Map<string, EntityRow>();
  for (const e of x.entities) {
    const id = entityId(e, storyId);
    idOf.set(e.key, id);
    const row = entityRow(e, id);
    const prev = rows.get(id);
    if (!prev) rows.set(id, row);
    else {
      prev.aliases = [...new Set([...prev.aliases, ...row.aliases])];
      prev.aliasKeys = [...new Set([...prev.aliasKeys, ...row.aliasKeys])];
    }
  }

  // Claim ids built once per claim (mention rows, events and roles refer to them repeatedly).
  const claimIds: string[] = x.claims.map((_, i) => `${storyId}#c${i}`);
  const claims: ClaimRow[] = x.claims.map((c, i) => ({
    id: claimIds[i]!, kind: c.kind, text: c.text, norm: c.norm, position: i, section: c.kind === 'timeline' ? null : c.section, sourceNumbers: c.markers,
  }));

  // One row per (claim, entity id), in order of first mention. Per id, its rows and their claim indexes:
  // an entity's mentions come in claim order, so the row wanted is nearly always the last one.
  const mentions: MentionRow[] = [];
  const mentionRows = new Map<string, { rows: MentionRow[]; claims: number[] }>();
  for (const e of x.entities) {
    const id = idOf.get(e.key)!;
    let byId = mentionRows.get(id);
    for (const m of e.mentions) {
      // New rows and lists start as one-element literals: most rows keep one mention, and the first
      // `push` on an empty array allocates room for 17 (≈ 40 KB per story over the three lists).
      if (!byId) {
        const first: MentionRow = { claimId: claimIdOf(claimIds, storyId, m.claimIndex), entityId: id, surfaces: [m.surface], starts: [m.start], ends: [m.end] };
        byId = { rows: [first], claims: [m.claimIndex] };
        mentionRows.set(id, byId);
        mentions.push(first);
        continue;
      }
      let row: MentionRow | undefined;
      for (let r = byId.claims.length - 1; r >= 0; r--) if (byId.claims[r] === m.claimIndex) { row = byId.rows[r]; break; }
      if (!row) {
        row = { claimId: claimIdOf(claimIds, storyId, m.claimIndex), entityId: id, surfaces: [m.surface], starts: [m.start], ends: [m.end] };
        byId.rows.push(row); byId.claims.push(m.claimIndex); mentions.push(row);
        continue;
      }
      if (row.starts.includes(m.start)) continue;
      row.surfaces.push(m.surface); row.starts.push(m.start); row.ends.push(m.end);
    }
  }

  const events: EventRow[] = [];
  const participations: ParticipationRow[] = [];
  const places: EventLinkRow[] = [];
  const agreements: EventLinkRow[] = [];
  // Per event a few ids each: distinct values (first-seen order, like a Set) kept in a reused short
  // array, its first `nSeen` entries (`length = 0` would drop the backing store every time).
  const seen: string[] = [];
  let nSeen = 0;
  for (const ev of x.events) {
    const id = `${storyId}#e${ev.timelineIndex}`;
    const eventClaimIds = [claimIdOf(claimIds, storyId, ev.claimIndex)];
    for (const ci of ev.supportClaimIndexes) eventClaimIds.push(claimIdOf(claimIds, storyId, ci));
    events.push({
      id, date: ev.date, endDate: ev.endDate, type: ev.type, summary: ev.summary, position: ev.timelineIndex,
      claimIds: eventClaimIds,
    });
    nSeen = 0;
    for (const p of ev.participants) {
      const eid = idOf.get(p.entityKey)!;
      if (seenIn(seen, nSeen, eid)) continue;
      seen[nSeen++] = eid;
      participations.push({ entityId: eid, eventId: id, role: p.role });
    }
    nSeen = 0;
    for (const pk of ev.placeKeys) {
      const k = idOf.get(pk)!;
      if (!seenIn(seen, nSeen, k)) { seen[nSeen++] = k; places.push({ eventId: id, entityId: k }); }
    }
    nSeen = 0;
    for (const ak of ev.agreementKeys) {
      const k = idOf.get(ak)!;
      if (!seenIn(seen, nSeen, k)) { seen[nSeen++] = k; agreements.push({ eventId: id, entityId: k }); }
    }
  }

  const roles: RoleRow[] = [];
  const parties: PartyRow[] = [];
  for (const e of x.entities) {
    const id = idOf.get(e.key)!;
    for (const r of e.roles) roles.push({ personId: id, title: r.title, ofId: r.ofKey ? idOf.get(r.ofKey) ?? null : null, claimId: claimIdOf(claimIds, storyId, r.claimIndex) });
    for (const p of e.partyKeys) { const pid = idOf.get(p); if (pid && !parties.some((q) => q.agreementId === id && q.partyId === pid)) parties.push({ agreementId: id, partyId: pid }); }
  }

  const partOf: PartOfRow[] = [];
  for (const link of x.partOf) {
    const organId = idOf.get(link.organKey);
    const parentId = idOf.get(link.parentKey);
    if (organId && parentId && organId !== parentId) partOf.push({ organId, parentId, claimId: claimIdOf(claimIds, storyId, link.claimIndex) });
  }

  const sources: SourceRow[] = x.story.sources.map((s) => ({
    id: `${storyId}#s${s.number}`, number: s.number, outlet: s.outlet, title: s.title, description: s.description, url: s.url,
    outletEntityId: idOf.get(x.sourceOutletKeys[s.number]!)!,
  }));

  return {
    story: {
      id: storyId, contentHash: contentHash(x), format: x.story.format, title: x.story.title, articleCount: x.story.articleCount,
      publishedAt: x.story.publishedAt, url: x.story.url, headlines: x.story.sections.map((s) => s.headline ?? '').filter((h) => h !== ''),
    },
    sources, claims, entities: [...rows.values()], mentions, events, participations, places, agreements, roles, parties, partOf,
    warnings: storyWarnings(x),
  };
}

/** `value` among `list[0 .. count)`. */
function seenIn(list: readonly string[], count: number, value: string): boolean {
  for (let i = 0; i < count; i++) if (list[i] === value) return true;
  return false;
}
