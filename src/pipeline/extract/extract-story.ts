/**
 * Extract stage: ParsedStory -> Extraction. Pure and synchronous. Finds entity mentions in
 * every claim (summary sentences / article body, then timeline entries), clusters them into
 * story-level entities, reads roles and agreement details, and builds one event per
 * timeline entry. See README.md for the rules.
 */
import * as modnormalize from '../../domain/normalize';
import * as modcached_key from './cached-key';
import type { ParsedStory } from '../../domain/parsed-story';
import type { Extraction, ExtractedClaim, ExtractedEntity, ExtractedEvent } from '../../domain/extraction';
import * as modcluster_entities from './cluster-entities';
import * as modextract_events from './extract-events';
import type { EventContext } from './extract-events';
import * as modfind_candidates from './find-candidates';
import type { Candidate } from './find-candidates';
import * as modtext_search from './text-search';
const { includesSpaced, indexOfSpaced } = modtext_search;
import * as modgazetteer from './gazetteer';
import * as modcountries from './lexicon/countries';
import * as modtitles from './lexicon/titles';
import * as modtokenize from './tokenize';
import { isPlenary, organParents } from './organ-parents';
// Imported bindings read once: the CommonJS transform turns every use into a getter call.
const { slugify } = modnormalize;
const { cachedAliasKey: aliasKey } = modcached_key;
const { clusterEntities, foldKey } = modcluster_entities;
const { attachSupport, extractArticleEvents, extractEvent } = modextract_events;
const { candidateHints, findCandidates } = modfind_candidates;
const { lookupLongest } = modgazetteer;
const { COUNTRIES } = modcountries;
const { HONORIFICS, NAME_SUFFIXES, ROLE_TITLE_CANONICAL, SURNAME_FIRST } = modtitles;
const { tokenize } = modtokenize;
/**
 * ROLE_TITLE_CANONICAL as a Map: a keyed load on a plain object with a freshly built string first
 * looks the string up in V8's table of internalized strings. Titles are lexicon titles and role
 * phrases, never names of Object.prototype members, so own entries are all the object answered.
 */
const ROLE_TITLES: ReadonlyMap<string, string> = new Map(Object.entries(ROLE_TITLE_CANONICAL));

/** Builds the claim list: summary (or body) sentences first, then timeline entries. */
function buildClaims(story: ParsedStory): ExtractedClaim[] {
  const claims: ExtractedClaim[] = [];
  const kind = story.format === 'ARTICLE' ? 'body' : 'summary';
  story.sections.forEach((section, si) => {
    for (const s of section.sentences) claims.push({ kind, text: s.text, norm: s.norm, section: si, timelineIndex: null, markers: s.markers, line: s.line });
  });
  story.timeline.forEach((t, ti) => {
    claims.push({ kind: 'timeline', text: t.text, norm: t.norm, section: null, timelineIndex: ti, markers: t.markers, line: t.line });
  });
  return claims;
}

function entityKeys(e: ExtractedEntity): string[] {
  const keys = new Set<string>();
  for (const a of e.aliases) { const k = aliasKey(a); if (k) keys.add(k); }
  for (const k of e.extraKeys) if (k) keys.add(k);
  return [...keys];
}

/** Merges `from` into `into` (mentions, aliases, keys). */
function mergeInto(into: ExtractedEntity, from: ExtractedEntity, assignment: (string | null)[][]): void {
  into.mentions.push(...from.mentions);
  for (const a of from.aliases) if (!into.aliases.some((x) => aliasKey(x) === aliasKey(a))) into.aliases.push(a);
  for (const k of from.extraKeys) if (!into.extraKeys.includes(k)) into.extraKeys.push(k);
  if (into.count === null) into.count = from.count;
  for (const t of from.topics) if (!into.topics.includes(t)) into.topics.push(t);
  for (const row of assignment) for (let i = 0; i < row.length; i++) if (row[i] === from.key) row[i] = into.key;
}

/** An organization named "<group noun> of …" ("Alliance of Small Island States"): its tail may recur in lower case. */
const GROUP_ORG_NAME = /^(?:Alliance|Association|Organization|Organisation|League|Union|Group|Coalition) of (?:the )?(.+)$/;

/** Upper-case initials of a name's content words ("International Olympic Committee" -> "IOC"). */
const UPPER_START = /^\p{Lu}/u;
function initials(name: string): string {
  let v = INITIALS.get(name);
  if (v === undefined) {
    if (INITIALS.size >= 4_096) INITIALS.clear();
    v = name.split(/[\s-]+/).filter((w) => UPPER_START.test(w) && !/^(?:Of|The|And|For)$/.test(w)).map((w) => w[0]).join('');
    INITIALS.set(name, v);
  }
  return v;
}
/** Memo of `initials` (a pure function of the name; organization names recur across stories). */
const INITIALS = new Map<string, string>();

/** Words in an alias key (single spaces, trimmed): `key.split(' ').length`. */
function wordCount(key: string): number {
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}

/** Story-level merges that need every entity: "Davao" into "Davao City", "Economic Partnership Agreement" into its longer name. */
function mergeVariants(entities: ExtractedEntity[], assignment: (string | null)[][]): ExtractedEntity[] {
  const removed = new Set<string>();
  for (const type of ['PLACE', 'AGREEMENT', 'ORGANIZATION'] as const) {
    const list = entities.filter((e) => e.type === type).sort((a, b) => b.name.length - a.name.length);
    // Names do not change while merging: their keys (and word counts) are computed once.
    const keys = list.map((e) => aliasKey(e.name));
    const words = keys.map(wordCount);
    let inits: string[] | null = null;
    for (let si = 0; si < list.length; si++) {
      const short = list[si]!;
      if (removed.has(short.key)) continue;
      if (type !== 'ORGANIZATION') {
        const sk = keys[si]!;
        const skWords = words[si]!;
        const longer = list.filter((l, li) => l !== short && !removed.has(l.key) && keys[li] !== sk && (
          type === 'PLACE' ? keys[li]!.startsWith(`${sk} `) && words[li] === skWords + 1
            : keys[li]!.endsWith(` ${sk}`) && l.count === short.count));
        if (longer.length === 1) { mergeInto(longer[0]!, short, assignment); removed.add(short.key); continue; }
      }
      // "IOC" and "International Olympic Committee": an acronym of exactly one longer organization name in the story.
      if (type === 'ORGANIZATION' && /^[A-Z]{2,6}$/.test(short.name)) {
        inits ??= list.map((l) => initials(l.name));
        const expansions = list.filter((l, li) => l !== short && !removed.has(l.key) && inits![li] === short.name);
        if (expansions.length === 1) { mergeInto(expansions[0]!, short, assignment); removed.add(short.key); }
      }
    }
  }
  return entities.filter((e) => !removed.has(e.key));
}

/** "The IOC Session awards …": an organization in plenary is the organization acting (organ-parents). */
function mergePlenaries(entities: ExtractedEntity[], assignment: (string | null)[][]): ExtractedEntity[] {
  const links = organParents(entities);
  if (links.length === 0) return entities;
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const removed = new Set<string>();
  for (const link of links) {
    const organ = byKey.get(link.organKey)!;
    if (!isPlenary(organ) || removed.has(link.parentKey)) continue;
    mergeInto(byKey.get(link.parentKey)!, organ, assignment);
    removed.add(organ.key);
  }
  return removed.size === 0 ? entities : entities.filter((e) => !removed.has(e.key));
}

/**
 * Entities named in the story title, in title order. Only people, countries and organizations: the
 * caller uses nothing else (principal people and actors), and every alias looked for costs a key.
 */
function entitiesInTitle(titleNorm: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const title = ` ${aliasKey(titleNorm)} `;
  const hits: { e: ExtractedEntity; at: number }[] = [];
  for (const e of entities) {
    if (e.type !== 'PERSON' && e.type !== 'COUNTRY' && e.type !== 'ORGANIZATION') continue;
    // The earliest of the entity's keys (entityKeys, without building its list: duplicates cannot change a minimum).
    let at = -1;
    for (const a of e.aliases) at = earlierSpaced(title, aliasKey(a), at);
    for (const k of e.extraKeys) at = earlierSpaced(title, k, at);
    if (at >= 0) hits.push({ e, at });
  }
  return hits.sort((a, b) => a.at - b.at).map((h) => h.e);
}

/** `title.indexOf(` ${k} `)` when it is >= 0 and before `at` (or `at` < 0), else `at`; '' keys are skipped. */
function earlierSpaced(title: string, k: string, at: number): number {
  if (!k) return at;
  const i = indexOfSpaced(title, k);
  return i >= 0 && (at < 0 || i < at) ? i : at;
}

/** Surname of a person entity's canonical name (surname-first names: the first token). */
function surnameOf(name: string): string {
  const toks = name.split(' ');
  if (toks.length >= 2 && toks.length <= 3 && SURNAME_FIRST.has(toks[0]!)) return toks[0]!;
  let i = toks.length - 1;
  while (i > 0 && NAME_SUFFIXES.has(toks[i]!)) i--;
  return toks[i]!;
}

/**
 * The person named last before `pos` in claim `ci`. (Module level, not a closure: the TypeScript
 * transform used by tsx names every named closure on creation, ≈ 0.5 µs each.)
 */
function lastPersonBefore(candidates: Candidate[][], assignment: (string | null)[][], byKey: Map<string, ExtractedEntity>, ci: number, pos: number): ExtractedEntity | null {
  const cs = candidates[ci]!;
  let best: ExtractedEntity | null = null;
  let bestStart = -1;
  for (let k = 0; k < cs.length; k++) {
    const key = assignment[ci]![k];
    const c = cs[k]!;
    if (!key || c.kind === 'kin' || c.start >= pos || c.start < bestStart) continue;
    const e = byKey.get(key);
    if (e && e.type === 'PERSON') { best = e; bestStart = c.start; }
  }
  return best;
}

/**
 * "her father", "his wife": the one other person of the story who shares the surname of the
 * nearest person named before the reference (same claim, else the previous claim). Left
 * unresolved when there is no such person or more than one.
 */
function resolveKinship(claims: ExtractedClaim[], candidates: Candidate[][], assignment: (string | null)[][], byKey: Map<string, ExtractedEntity>): void {
  let persons: ExtractedEntity[] | null = null;
  for (let ci = 0; ci < candidates.length; ci++) {
    const cs = candidates[ci]!;
    for (let k = 0; k < cs.length; k++) {
      const c = cs[k]!;
      if (c.kind !== 'kin') continue;
      const ante = lastPersonBefore(candidates, assignment, byKey, ci, c.start) ?? (ci > 0 && claims[ci - 1]!.kind === claims[ci]!.kind ? lastPersonBefore(candidates, assignment, byKey, ci - 1, Infinity) : null);
      if (!ante) continue;
      persons ??= [...byKey.values()].filter((e) => e.type === 'PERSON');
      const sn = foldKey(surnameOf(ante.name));
      const kin = persons.filter((p) => p !== ante && foldKey(surnameOf(p.name)) === sn);
      if (kin.length !== 1) continue;
      const e = kin[0]!;
      assignment[ci]![k] = e.key;
      e.mentions.push({ claimIndex: ci, start: c.start, end: c.end, surface: c.surface });
      if (!e.aliases.includes(c.surface)) e.aliases.push(c.surface);
    }
  }
}

const LEGISLATURE_HEAD = /\b(?:Assembly|Parliament|Diet|Congress|Knesset|Duma|Bundestag|Sejm|Riksdag|Storting|Majlis|Rada|Seimas|Saeima|Riigikogu|Folketing|Eduskunta|Althing|Cortes|Oireachtas|Senate|Chamber of Deputies|House of Representatives)$/;
const LEGISLATURE_REF = /^(?:'s)?\s+(?:parliament|legislature)\b/;

/**
 * "the Turkish parliament", "Turkey's parliament": a mention of the legislature the story names
 * for that country ("Turkey's Grand National Assembly"), when it names exactly one. Otherwise
 * the country mention alone stands for it.
 */
function linkLegislatureReferences(claims: ExtractedClaim[], candidates: Candidate[][], assignment: (string | null)[][], entities: ExtractedEntity[]): void {
  const refs: { ci: number; k: number; end: number }[] = [];
  for (let ci = 0; ci < candidates.length; ci++) {
    const cs = candidates[ci]!;
    for (let k = 0; k < cs.length; k++) {
      const c = cs[k]!;
      if (c.kind !== 'country' || !(c.poss || (c.viaDemonym && c.prev === 'the'))) continue;
      if (c.next !== 'parliament' && c.next !== 'legislature') continue;
      const m = LEGISLATURE_REF.exec(claims[ci]!.norm.slice(c.end, c.end + 16));
      if (m) refs.push({ ci, k, end: c.end + m[0].length });
    }
  }
  if (refs.length === 0) return;
  // Legislatures tied to a country: named right after the country's possessive or demonym.
  const legislatureOf = new Map<string, Set<ExtractedEntity>>();
  const byKey = new Map(entities.map((e) => [e.key, e]));
  for (let ci = 0; ci < candidates.length; ci++) {
    const cs = candidates[ci]!;
    for (let k = 1; k < cs.length; k++) {
      const c = cs[k]!;
      const prev = cs[k - 1]!;
      const key = assignment[ci]![k];
      const e = key ? byKey.get(key) : undefined;
      if (!e || e.type !== 'ORGANIZATION' || !LEGISLATURE_HEAD.test(e.name)) continue;
      if (prev.kind !== 'country' || prev.tokenEnd !== c.tokenStart || !(prev.poss || prev.viaDemonym)) continue;
      if (!legislatureOf.has(prev.code!)) legislatureOf.set(prev.code!, new Set());
      legislatureOf.get(prev.code!)!.add(e);
    }
  }
  for (const { ci, k, end } of refs) {
    const c = candidates[ci]![k]!;
    const orgs = legislatureOf.get(c.code!);
    if (!orgs || orgs.size !== 1) continue;
    const org = [...orgs][0]!;
    const surface = claims[ci]!.norm.slice(c.start, end);
    candidates[ci]!.push({ ...c, kind: 'org', subKind: 'legislatureRef', end, surface, poss: false, tokenStart: -1, tokenEnd: -1, next: '', roleOf: null, ownerOf: null, title: null });
    assignment[ci]!.push(org.key);
    org.mentions.push({ claimIndex: ci, start: c.start, end, surface });
    if (!org.aliases.some((a) => aliasKey(a) === aliasKey(surface))) org.aliases.push(surface);
  }
}

/**
 * First organization (by position in `entities`) per name key and per alias key, kept up to date
 * as outlets are appended: answers `outletEntity`'s "first organization whose name key is the
 * outlet's name key or one of whose alias keys is the outlet's key" without a scan per source.
 */
interface OrgIndex { byName: Map<string, number>; byAlias: Map<string, number>; indexed: number }

function newOrgIndex(): OrgIndex {
  return { byName: new Map(), byAlias: new Map(), indexed: 0 };
}

function indexOrgs(entities: readonly ExtractedEntity[], idx: OrgIndex): void {
  for (let i = idx.indexed; i < entities.length; i++) {
    const e = entities[i]!;
    if (e.type !== 'ORGANIZATION') continue;
    const nk = aliasKey(e.name);
    if (!idx.byName.has(nk)) idx.byName.set(nk, i);
    for (const a of e.aliases) {
      const ak = aliasKey(a);
      if (!idx.byAlias.has(ak)) idx.byAlias.set(ak, i);
    }
  }
  idx.indexed = entities.length;
}

/** The next free entity key number (`e${next}`), for outlets appended after clustering. */
interface KeyCounter { next: number }

function outletEntity(outlet: string, entities: ExtractedEntity[], keys: KeyCounter, idx: OrgIndex): ExtractedEntity {
  const toks = tokenize(outlet);
  const m = lookupLongest(toks, 0, toks.length);
  const name = m && m.len === toks.length && m.entry.cat === 'org' ? m.entry.name : outlet.trim();
  const key = aliasKey(name);
  const outletKey = aliasKey(outlet);
  indexOrgs(entities, idx);
  const byName = idx.byName.get(key);
  const byAlias = idx.byAlias.get(outletKey);
  const at = byName === undefined ? byAlias : byAlias === undefined ? byName : Math.min(byName, byAlias);
  const found = at === undefined ? undefined : entities[at];
  if (found) { if (!found.kind) found.kind = 'Outlet'; return found; }
  const e: ExtractedEntity = {
    key: `e${keys.next++}`, type: 'ORGANIZATION', kind: 'Outlet', name, aliases: [name], countryCode: null, storyScoped: false, extraKeys: [], mentions: [],
    roles: [], count: null, topics: [], partyKeys: [],
  };
  if (outletKey !== key) e.aliases.push(outlet.trim());
  entities.push(e);
  return e;
}

/**
 * Extracts entities, roles, agreements and events from a parsed story.
 * Deterministic: the same story always gives the same Extraction.
 */
export function extractStory(story: ParsedStory): Extraction {
  const claims = buildClaims(story);
  const hints = candidateHints(claims.map((c) => c.norm));
  const candidates: Candidate[][] = claims.map((c, i) => findCandidates(i, c.norm, hints));
  const clustering = clusterEntities(candidates, [], story.titleNorm);
  const assignment = clustering.assignment;
  let entities = mergePlenaries(mergeVariants(clustering.entities, assignment), assignment);
  const keyCounter: KeyCounter = { next: entities.reduce((mx, e) => Math.max(mx, Number(e.key.slice(1)) + 1), 0) };
  const byKey = new Map<string, ExtractedEntity>();
  for (const e of entities) byKey.set(e.key, e); // (no [key, entity] pair per entity)

  // Roles from titles ("South Korean President Lee Jae Myung").
  candidates.forEach((cs, ci) => cs.forEach((c, k) => {
    const key = assignment[ci]![k];
    if (!key || !c.title || HONORIFICS.has(c.title)) return;
    const person = byKey.get(key);
    if (!person || person.type !== 'PERSON') return;
    const ofCand = c.roleOf !== null ? cs[c.roleOf] : undefined;
    let ofKey: string | null = null;
    if (ofCand && !c.lowercaseRole) {
      // roleOf of a capitalized title points at the title candidate; its own roleOf/previous candidate is the "of".
      const titleIdx = c.roleOf!;
      const prev = titleIdx > 0 ? cs[titleIdx - 1] : undefined;
      if (ofCand.kind === 'title' && prev && prev.tokenEnd === ofCand.tokenStart && (prev.kind === 'country' || prev.kind === 'org' || prev.kind === 'other')) ofKey = assignment[ci]![titleIdx - 1] ?? null;
    } else if (ofCand) ofKey = assignment[ci]![c.roleOf!] ?? null;
    const title = ROLE_TITLES.get(c.title) ?? c.title;
    if (!person.roles.some((r) => r.title === title && r.ofKey === ofKey)) person.roles.push({ title, ofKey, claimIndex: ci });
  }));

  // "Samoa's Anne Rasmussen, lead negotiator for ...": the possessive country/org is the person's affiliation.
  candidates.forEach((cs, ci) => cs.forEach((c, k) => {
    const next = cs[k + 1];
    if (!c.poss || (c.kind !== 'country' && c.kind !== 'org') || !next || next.tokenStart !== c.tokenEnd) return;
    const pk = assignment[ci]![k + 1];
    const ok = assignment[ci]![k];
    const person = pk ? byKey.get(pk) : undefined;
    if (!person || person.type !== 'PERSON' || !ok || person.roles.some((r) => r.ofKey === ok)) return;
    const appo = /^,\s+((?:[a-z-]+\s){0,3}[a-z-]+?)(?=\s+(?:for|of|at|to)\b|,)/.exec(claims[ci]!.norm.slice(next.end));
    person.roles.push({ title: appo ? appo[1]! : 'representative', ofKey: ok, claimIndex: ci });
  }));
  // (no new empty list for the many entities without roles)
  for (const e of entities) if (e.roles.length > 0) e.roles = e.roles.filter((r) => r.ofKey !== null || !e.roles.some((q) => q.title === r.title && q.ofKey !== null));

  // Main agreement ("the agreement", "the pact"): first named agreement in claim order.
  const agreementsInOrder = entities.filter((e) => e.type === 'AGREEMENT' && e.mentions.length > 0)
    .sort((a, b) => a.mentions[0]!.claimIndex - b.mentions[0]!.claimIndex || a.mentions[0]!.start - b.mentions[0]!.start);
  const mainAgreement = agreementsInOrder.find((e) => e.name !== e.name.toLowerCase()) ?? agreementsInOrder[0] ?? null;
  if (mainAgreement) {
    candidates.forEach((cs, ci) => cs.forEach((c, k) => {
      if (c.kind === 'agreement' && c.coreferent) {
        assignment[ci]![k] = mainAgreement.key;
        mainAgreement.mentions.push({ claimIndex: ci, start: c.start, end: c.end, surface: c.surface });
        if (!mainAgreement.aliases.some((a) => aliasKey(a) === aliasKey(c.surface))) mainAgreement.aliases.push(c.surface);
      }
    }));
  }

  // Parties: possessive owners and entities named inside the agreement's name.
  // Aliases do not change in this loop: each actor's keys are computed once, on first need.
  const actorKeys = new Map<ExtractedEntity, string[]>();
  for (const e of entities) {
    if (e.type !== 'AGREEMENT') continue;
    const name = ` ${aliasKey(e.name.replace(/-/g, ' '))} `;
    for (const o of entities) {
      if (o.type !== 'COUNTRY' && o.type !== 'ORGANIZATION') continue;
      let ks = actorKeys.get(o);
      if (!ks) { ks = entityKeys(o); actorKeys.set(o, ks); }
      if (ks.some((k) => k.length > 1 && includesSpaced(name, k))) if (!e.partyKeys.includes(o.key)) e.partyKeys.push(o.key);
    }
  }
  candidates.forEach((cs, ci) => cs.forEach((c, k) => {
    if (c.kind !== 'agreement' || c.ownerOf === null) return;
    const ak = assignment[ci]![k];
    const ok = assignment[ci]![c.ownerOf];
    const a = ak ? byKey.get(ak) : undefined;
    if (a && ok && !a.partyKeys.includes(ok)) a.partyKeys.push(ok);
  }));

  // Lower-case references to "Alliance of Small Island States" etc. ("small island states").
  for (const e of entities) {
    if (e.type !== 'ORGANIZATION') continue;
    const m = GROUP_ORG_NAME.exec(e.name);
    if (!m || m[1]!.split(' ').length < 2) continue;
    const tail = m[1]!.toLowerCase();
    claims.forEach((c, ci) => {
      for (let at = c.norm.indexOf(tail); at >= 0; at = c.norm.indexOf(tail, at + 1)) {
        if (/\w/.test(c.norm[at - 1] ?? '') || /\w/.test(c.norm[at + tail.length] ?? '')) continue;
        if (e.mentions.some((x) => x.claimIndex === ci && x.start <= at && x.end >= at)) continue;
        e.mentions.push({ claimIndex: ci, start: at, end: at + tail.length, surface: tail });
        const cand = { ...candidates[ci]![0]!, kind: 'org' as const, start: at, end: at + tail.length, surface: tail, tokenStart: -1, tokenEnd: -1, next: '', prev: '', poss: false, quoted: false, roleOf: null, ownerOf: null, title: null, lowercaseRole: false, coreferent: false, group: null };
        candidates[ci]!.push(cand);
        assignment[ci]!.push(e.key);
      }
    });
    if (e.mentions.some((x) => x.surface === tail)) e.aliases.push(tail);
  }

  resolveKinship(claims, candidates, assignment, byKey);
  linkLegislatureReferences(claims, candidates, assignment, entities);

  // Principals for "the leaders" / "both sides".
  const inTitle = entitiesInTitle(story.titleNorm, entities);
  const titlePeople = inTitle.filter((e) => e.type === 'PERSON').map((e) => e.key);
  const titleActors = inTitle.filter((e) => e.type === 'COUNTRY' || e.type === 'ORGANIZATION').map((e) => e.key);
  const alliances = entities.filter((e) => e.kind === 'Alliance');
  const ctx: EventContext = {
    // `entities` has not changed since byKey was built (outlets are appended later, to the list only).
    claims, candidates, assignment, entities: byKey,
    principalPeople: titlePeople.length === 2 ? titlePeople : [],
    principalActors: titleActors.length === 2 ? titleActors : [],
    allianceKey: alliances.length === 1 ? alliances[0]!.key : null,
    mainAgreementKey: mainAgreement?.key ?? null,
  };
  // Group mentions of the alliance ("the allies") become mentions of it.
  if (ctx.allianceKey) {
    const alliance = ctx.entities.get(ctx.allianceKey)!;
    candidates.forEach((cs, ci) => cs.forEach((c, k) => {
      if (c.kind === 'group' && c.group === 'alliance') { assignment[ci]![k] = alliance.key; alliance.mentions.push({ claimIndex: ci, start: c.start, end: c.end, surface: c.surface }); }
    }));
  }

  const events: ExtractedEvent[] = [];
  const firstTimelineClaim = claims.findIndex((c) => c.kind === 'timeline');
  story.timeline.forEach((t, ti) => events.push(extractEvent(ctx, firstTimelineClaim + ti, ti, t.date, t.endDate)));
  attachSupport(ctx, events);
  // Plain articles: the main reported actions of the body, dated from the text or the Date: header.
  if (story.format === 'ARTICLE' && story.timeline.length === 0) events.push(...extractArticleEvents(ctx, story.publishedAt));

  // Signing events: the signing people's countries are parties of what they signed.
  for (const ev of events) {
    if (ev.type !== 'Signing') continue;
    for (const ak of ev.agreementKeys) {
      const a = ctx.entities.get(ak)!;
      for (const p of ev.participants) {
        const pe = ctx.entities.get(p.entityKey)!;
        const ofs = pe.type === 'PERSON' ? pe.roles.map((r) => r.ofKey).filter((x): x is string => !!x && ctx.entities.get(x)?.type === 'COUNTRY') : pe.type === 'COUNTRY' ? [pe.key] : [];
        for (const o of ofs) if (!a.partyKeys.includes(o)) a.partyKeys.push(o);
      }
    }
  }

  const sourceOutletKeys: Record<number, string> = {};
  const orgIndex = newOrgIndex();
  for (const s of story.sources) sourceOutletKeys[s.number] = outletEntity(s.outlet, entities, keyCounter, orgIndex).key;
  const outletKeys = new Set(Object.values(sourceOutletKeys));
  entities = entities.filter((e) => e.mentions.length > 0 || outletKeys.has(e.key));
  // Mentions mostly arrive in order already: the (stable) sort is then a no-op and is skipped.
  for (const e of entities) if (!mentionsSorted(e.mentions)) e.mentions.sort(byMentionPosition);
  void COUNTRIES;

  return {
    story, storyId: slugify(story.title), claims, entities, events, partOf: organParents(entities), sourceOutletKeys,
    warnings: clustering.warnings.map((w) => ({ ...w })),
  };
}

function byMentionPosition(a: { claimIndex: number; start: number }, b: { claimIndex: number; start: number }): number {
  return a.claimIndex - b.claimIndex || a.start - b.start;
}

function mentionsSorted(ms: readonly { claimIndex: number; start: number }[]): boolean {
  for (let i = 1; i < ms.length; i++) if (byMentionPosition(ms[i - 1]!, ms[i]!) > 0) return false;
  return true;
}
