/**
 * Bodies of a larger organization named after it: "IOC Executive Board", "IOC Session",
 * "Senate Foreign Relations Committee", "ECB Governing Council". When the story also names the
 * larger organization itself ("the IOC", "the Senate"), the body is PART_OF it, and what the
 * body does involves the organization too (load/merge-involvements): "all events involving the
 * IOC" then includes the decisions of its Executive Board, without making the IOC a participant.
 */
import { aliasKey } from '../../domain/normalize';
import { cachedAliasKey } from './cached-key';
import type { ExtractedEntity, ExtractedPartOf } from '../../domain/extraction';

/** Heads naming the whole membership of an organization in session: "the IOC Session" is the IOC acting. */
const PLENARY_HEADS: ReadonlySet<string> = new Set(['Session', 'Plenary']);

/** The organ's name is its organization in plenary ("IOC Session"): merge it into the organization. */
export function isPlenary(organ: ExtractedEntity): boolean {
  return PLENARY_HEADS.has(organ.name.slice(organ.name.lastIndexOf(' ') + 1));
}

/** Head words of a body inside an organization (last word of the body's name). */
const ORGAN_HEADS: ReadonlySet<string> = new Set([
  'Board', 'Council', 'Committee', 'Subcommittee', 'Commission', 'Assembly', 'Session', 'Secretariat', 'Court', 'Tribunal',
  'Panel', 'Bureau', 'Directorate', 'Presidium', 'Politburo', 'Caucus', 'Conference', 'Congress', 'Plenum', ...PLENARY_HEADS,
]);

/**
 * For each organization whose name (or an alias) is "<name of another organization of the story> <…> <organ head>",
 * the part-of link and the first claim naming the body that way. A prefix naming several
 * organizations links to none.
 */
export function organParents(entities: readonly ExtractedEntity[]): ExtractedPartOf[] {
  const orgs = entities.filter((e) => e.type === 'ORGANIZATION' && e.kind !== 'Outlet');
  // Most stories name no body: look at the last word of each alias before keying any name.
  if (orgs.length < 2 || !orgs.some(hasOrganAlias)) return [];
  const byKey = new Map<string, ExtractedEntity[]>();
  for (const o of orgs) {
    for (const k of new Set([...o.aliases.map(cachedAliasKey), ...o.extraKeys])) {
      if (!k) continue;
      const list = byKey.get(k);
      if (list) list.push(o);
      else byKey.set(k, [o]);
    }
  }
  const links: ExtractedPartOf[] = [];
  for (const organ of orgs) {
    const found = hasOrganAlias(organ) ? parentOf(organ, byKey) : null;
    if (found) links.push(found);
  }
  return links;
}

function hasOrganAlias(e: ExtractedEntity): boolean {
  return e.aliases.some((a) => ORGAN_HEADS.has(a.slice(a.lastIndexOf(' ') + 1)));
}

function parentOf(organ: ExtractedEntity, byKey: Map<string, ExtractedEntity[]>): ExtractedPartOf | null {
  for (const alias of organ.aliases) {
    const words = alias.split(/\s+/);
    if (words.length < 2 || !ORGAN_HEADS.has(words[words.length - 1]!)) continue;
    // Longest prefix first: "UN General Assembly Committee" belongs to the Assembly when the story names it.
    for (let n = words.length - 1; n >= 1; n -= 1) {
      const prefix = aliasKey(words.slice(0, n).join(' '));
      const parents = (byKey.get(prefix) ?? []).filter((p) => p !== organ);
      if (parents.length === 0) continue;
      if (parents.length > 1) return null;
      const parent = parents[0]!;
      const key = aliasKey(alias);
      const mention = organ.mentions.find((m) => aliasKey(m.surface) === key) ?? organ.mentions[0];
      if (!mention) return null;
      return { organKey: organ.key, parentKey: parent.key, claimIndex: mention.claimIndex };
    }
  }
  return null;
}
