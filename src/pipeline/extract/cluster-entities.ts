/**
 * Pass 2 of extraction: turns every claim's candidates into story-level entities.
 * People first (full names, then surname-only mentions against them), then the
 * rest by type and normalized name. Decides, within the story, which mentions
 * are one entity; global identity is the resolve stage's job.
 */
import * as modcached_key from './cached-key';
import * as modtext_search from './text-search';
import type { EntityType } from '../../domain/resolved-graph';
import type { ExtractedEntity, ExtractionWarning } from '../../domain/extraction';
import * as modcountries from './lexicon/countries';
import * as modtitles from './lexicon/titles';
import * as modwords from './lexicon/words';
import * as modorganizations from './lexicon/organizations';
import type { Candidate } from './find-candidates';
// Imported bindings read once: the CommonJS transform turns every use into a getter call.
const { cachedAliasKey: aliasKey } = modcached_key;
const { withoutFinalPossessive } = modtext_search;
const { COUNTRIES } = modcountries;
const { HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, ROLE_TITLE_CANONICAL, SURNAME_FIRST } = modtitles;
const { MONTHS, NON_NAME_WORDS, WEEKDAYS } = modwords;
const { NON_ORG_ACRONYMS } = modorganizations;

/** Where each candidate ended up: entity key, or null when dropped. */
export interface Clustering {
  entities: ExtractedEntity[];
  /** Same shape as the input candidate lists. */
  assignment: (string | null)[][];
  warnings: ExtractionWarning[];
}

/** Key that tolerates transliteration doubling ("Zelenskyy" ~ "Zelensky"). */
const FOLD_CACHE = new Map<string, string>();
// Regexes with \p{…} are hoisted: the TypeScript transform (esbuild) rewrites such a literal into a
// `new RegExp(…)` call, which would otherwise run on every evaluation.
const DOUBLED_LETTER = /(\p{L})\1+/gu;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'.-]*$/u;
const PARTICLE_NAME = /^(?:al|el|bin|van|von|de|da)-\p{Lu}/u;
const HYPHEN_LOWER = /-\p{Ll}/u;
const CITY_NAME = /^(\p{Lu}[\p{L}-]+) (?:City|Province|Island)$/u;
const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}+$/u;
export function foldKey(s: string): string {
  let k = FOLD_CACHE.get(s);
  if (k === undefined) {
    if (FOLD_CACHE.size > 4_096) FOLD_CACHE.clear();
    k = aliasKey(s).replace(DOUBLED_LETTER, '$1').replace(/y\b/g, 'i');
    FOLD_CACHE.set(s, k);
  }
  return k;
}

interface PersonCluster {
  key: string;
  tokens: string[];
  surnameIdx: number;
  suffix: string | null;
  nickname: string | null;
  mentions: { ci: number; k: number }[];
  surfaces: string[];
  storyScoped: boolean;
  /** Memo of personKeys (computed once the cluster's tokens/suffix/nickname are final). */
  keys: string[] | null;
  /** Memo for isSubName: folded surname and folded tokens. */
  folded: { surname: string; tokens: Set<string> } | null;
}

const ALLCAPS = /^[A-Z][A-Z0-9&.]*[A-Z0-9.]$/;

/** Words of a candidate's name, memoized by name (a pure function of it; the arrays are never mutated). */
const NAME_TOKENS = new Map<string, string[]>();
function nameTokens(c: Candidate): string[] {
  let toks = NAME_TOKENS.get(c.name);
  if (!toks) {
    if (NAME_TOKENS.size >= 4_096) NAME_TOKENS.clear();
    toks = c.name.split(' ').filter(Boolean);
    NAME_TOKENS.set(c.name, toks);
  }
  return toks;
}

/** Per-word verdict of isNameLike: 0 skip (particle/suffix), 1 name word, 2 not a name. Pure function of the word. */
const WORD_SHAPE = new Map<string, 0 | 1 | 2>();
function wordShape(t: string): 0 | 1 | 2 {
  let v = WORD_SHAPE.get(t);
  if (v !== undefined) return v;
  if (NAME_PARTICLES.has(t.toLowerCase()) && t === t.toLowerCase()) v = 0;
  else if (NAME_SUFFIXES.has(t)) v = 0;
  else if (!NAME_WORD.test(t) && !PARTICLE_NAME.test(t)) v = 2;
  else if (/^[A-Z]{2,}$/.test(t)) v = 2;
  else if (HYPHEN_LOWER.test(t) && !/^(?:al|el|bin|van|von|de|da)-/.test(t)) v = 2;
  else if (MONTHS.has(t) || WEEKDAYS.has(t) || NON_NAME_WORDS.has(t)) v = 2;
  else if (/^(?:of|the|for|and|on)$/.test(t)) v = 2;
  else v = 1;
  if (WORD_SHAPE.size > 4_096) WORD_SHAPE.clear();
  WORD_SHAPE.set(t, v);
  return v;
}

function isNameLike(tokens: string[]): boolean {
  if (tokens.length === 0 || tokens.length > 5) return false;
  let words = 0;
  for (const t of tokens) {
    const v = wordShape(t);
    if (v === 2) return false;
    if (v === 1) words++;
  }
  return words >= 1;
}

function surnameIndex(tokens: string[]): number {
  if (tokens.length >= 2 && SURNAME_FIRST.has(tokens[0]!) && tokens.length <= 3 && !NAME_SUFFIXES.has(tokens[tokens.length - 1]!)) return 0;
  let i = tokens.length - 1;
  while (i > 0 && NAME_SUFFIXES.has(tokens[i]!)) i--;
  return i;
}

/** Lookup keys of a full person name: full, surname variants, surname + suffix. */
function personKeys(p: PersonCluster): string[] {
  return (p.keys ??= computePersonKeys(p));
}

function computePersonKeys(p: PersonCluster): string[] {
  const keys = new Set<string>();
  keys.add(foldKey(p.tokens.join(' ')));
  const sn = p.tokens[p.surnameIdx]!;
  keys.add(foldKey(sn));
  const bare = sn.replace(/^(?:al|el|ad|as|an)-/i, '');
  if (bare !== sn) keys.add(foldKey(bare));
  const before = p.surnameIdx > 0 ? p.tokens[p.surnameIdx - 1] : undefined;
  if (before && NAME_PARTICLES.has(before.toLowerCase())) keys.add(foldKey(`${before} ${sn}`));
  if (p.suffix) keys.add(foldKey(`${sn} ${p.suffix}`));
  if (p.nickname) keys.add(foldKey(p.nickname));
  // Given name + surname without middle names.
  if (p.tokens.length >= 3 && p.surnameIdx === p.tokens.length - 1) keys.add(foldKey(`${p.tokens[0]} ${sn}`));
  return [...keys];
}

export function clusterEntities(claimCandidates: Candidate[][], titleCandidates: Candidate[], titleNorm: string): Clustering {
  const assignment: (string | null)[][] = claimCandidates.map((cs) => cs.map(() => null));
  const warnings: ExtractionWarning[] = [];
  const persons: PersonCluster[] = [];

  // 1. Full names (two or more name tokens, or any name right after a title).
  // Each with its word count, for the sort (not two memo lookups per comparison).
  // (with the name's words, looked up once)
  const full: { c: Candidate; ci: number; k: number; toks: string[]; words: number }[] = [];
  for (let ci = 0; ci < claimCandidates.length; ci++) {
    const cs = claimCandidates[ci]!;
    for (let k = 0; k < cs.length; k++) {
      const toks = personNameTokens(cs[k]!);
      if (toks) full.push({ c: cs[k]!, ci, k, toks, words: toks.length });
    }
  }
  full.sort((x, y) => y.words - x.words);
  for (const { c, ci, k, toks } of full) {
    const suffix = NAME_SUFFIXES.has(toks[toks.length - 1]!) ? toks[toks.length - 1]!.replace(/\.$/, '') : null;
    const mine = toks.filter((t) => !NAME_SUFFIXES.has(t)).map(foldKey);
    const compatible = persons.filter((p) => isSubName(mine, suffix, p));
    if (compatible.length === 1) {
      compatible[0]!.mentions.push({ ci, k });
      compatible[0]!.surfaces.push(c.name);
      if (c.nickname && !compatible[0]!.nickname) compatible[0]!.nickname = c.nickname;
      continue;
    }
    if (compatible.length > 1) continue; // ambiguous: resolved (or not) with the singles below
    persons.push({ key: '', tokens: toks, surnameIdx: surnameIndex(toks), suffix, nickname: c.nickname, mentions: [{ ci, k }], surfaces: [c.name], storyScoped: false, keys: null, folded: null });
  }

  // 2. Alias index.
  const index: PersonIndex = new Map();
  persons.forEach((p, pi) => indexPerson(index, p, pi));
  const titleKey = ` ${foldKey(titleNorm)} `;

  // 3. Everything not yet assigned.
  // Per type, entities by country code or name key: no composite "type|key" string to build and hash per candidate.
  const other = new Map<EntityType, Map<string, ExtractedEntity>>();
  let nextKey = 0;
  const pending: { e: ExtractedEntity; ci: number; k: number }[] = [];
  const personMention = new Map<number, number>();
  persons.forEach((p, pi) => p.mentions.forEach((m) => personMention.set(m.ci * 65536 + m.k, pi)));

  // "Cebu" after "Cebu City": the single word names the same place.
  const cityPrefixes = new Map<string, string>();
  for (const cs of claimCandidates) for (const c of cs) {
    // CITY_NAME ends in " City", " Province" or " Island": most place names are ruled out without the regex.
    const m = c.kind === 'place' && (c.name.endsWith(' City') || c.name.endsWith(' Province') || c.name.endsWith(' Island')) ? CITY_NAME.exec(c.name) : null;
    if (m) cityPrefixes.set(m[1]!, c.name);
  }
  claimCandidates.forEach((cs, ci) => cs.forEach((c, k) => {
    if (personMention.has(ci * 65536 + k)) return;
    switch (c.kind) {
      case 'title':
      case 'group':
      case 'kin':
        return;
      case 'country': {
        const info = COUNTRIES.byCode.get(c.code!);
        pending.push({ e: entityFor(other, 'COUNTRY', info?.name ?? c.name, null, c.code, false), ci, k });
        return;
      }
      case 'org':
        if (c.coreferent) return;
        pending.push({ e: entityFor(other, 'ORGANIZATION', c.name, c.subKind, null, c.generic), ci, k });
        return;
      case 'place':
        pending.push({ e: entityFor(other, 'PLACE', c.name, null, null, false), ci, k });
        return;
      case 'agreement':
        if (c.coreferent) return;
        pending.push({ e: entityFor(other, 'AGREEMENT', c.name, c.subKind, null, c.name === c.name.toLowerCase()), ci, k });
        return;
      case 'other':
        pending.push({ e: entityFor(other, 'OTHER', c.name, c.subKind, null, false), ci, k });
        return;
      case 'person':
      case 'unknown': {
        const r = resolvePerson(c, index, persons, titleKey);
        if (typeof r === 'number') { persons[r]!.mentions.push({ ci, k }); persons[r]!.surfaces.push(c.name); personMention.set(ci * 65536 + k, r); return; }
        if (r === 'ambiguous') {
          warnings.push({ line: null, rule: 'ambiguous-surname', message: `"${c.surface}" could be more than one person in this story; left unresolved` });
          return;
        }
        const toks = nameTokens(c);
        if (c.title && !c.lowercaseRole && !HONORIFICS.has(c.title) && isNameLike(toks) || (c.title && isNameLike(toks) && toks.length === 1 && c.lowercaseRole)) {
          // Titled surname never given in full: a story-scoped person.
          const pi = persons.length;
          persons.push({ key: '', tokens: toks, surnameIdx: surnameIndex(toks), suffix: null, nickname: null, mentions: [{ ci, k }], surfaces: [c.name], storyScoped: toks.length < 2, keys: null, folded: null });
          indexPerson(index, persons[pi]!, pi);
          personMention.set(ci * 65536 + k, pi);
          return;
        }
        const cityOf = toks.length === 1 ? cityPrefixes.get(c.name) : undefined;
        if (cityOf) {
          pending.push({ e: entityFor(other, 'PLACE', cityOf, null, null, false), ci, k });
          return;
        }
        if (c.subKind === 'locative' && isNameLike(toks)) {
          pending.push({ e: entityFor(other, 'PLACE', c.name, null, null, false), ci, k });
          return;
        }
        if (toks.length === 1 && ALLCAPS.test(c.name) && c.name.length >= 2 && !NON_ORG_ACRONYMS.has(c.name)) {
          pending.push({ e: entityFor(other, 'ORGANIZATION', c.name, null, null, false), ci, k });
          return;
        }
        if ((c.employer || c.company) && toks.length <= 4) {
          pending.push({ e: entityFor(other, 'ORGANIZATION', c.name, null, null, false), ci, k });
          return;
        }
        if (toks.length === 1 && CAPITALIZED_WORD.test(c.name) && !c.sentenceStart && !NON_NAME_WORDS.has(c.name) && !MONTHS.has(c.name) && !WEEKDAYS.has(c.name)) {
          warnings.push({ line: null, rule: 'unresolved-name', message: `"${c.surface}" is not a known person, place or organization; skipped` });
        }
        return;
      }
    }
  }));

  // Titles seen only in the story title (principal people) are matched later by the caller.
  void titleCandidates;

  // 4. Assemble entities.
  const entities: ExtractedEntity[] = [];
  persons.forEach((p) => {
    if (p.mentions.length === 0) return;
    const e: ExtractedEntity = {
      key: `e${nextKey++}`, type: 'PERSON', kind: null, name: canonicalPersonName(p), aliases: [], countryCode: null, storyScoped: p.storyScoped,
      extraKeys: [], mentions: [], roles: [], count: null, topics: [], partyKeys: [],
    };
    for (const m of p.mentions) {
      const c = claimCandidates[m.ci]![m.k]!;
      assignment[m.ci]![m.k] = e.key;
      e.mentions.push({ claimIndex: m.ci, start: c.start, end: c.end, surface: withoutFinalPossessive(c.surface) });
      if (!e.aliases.includes(c.name)) e.aliases.push(c.name);
    }
    if (p.nickname && !e.aliases.includes(p.nickname)) e.aliases.push(p.nickname);
    // Surname keys only when no other person in the story shares them.
    const sn = p.tokens[p.surnameIdx]!;
    const snKey = foldKey(sn);
    const dupSurname = persons.some((q) => q !== p && q.mentions.length > 0 && foldKey(q.tokens[q.surnameIdx]!) === snKey);
    e.extraKeys = surnameAliasKeys(p, dupSurname);
    entities.push(e);
  });
  for (const { e, ci, k } of pending) {
    if (!e.key) { e.key = `e${nextKey++}`; entities.push(e); }
    const c = claimCandidates[ci]![k]!;
    assignment[ci]![k] = e.key;
    const surface = withoutFinalPossessive(c.surface);
    e.mentions.push({ claimIndex: ci, start: c.start, end: c.start + surface.length, surface });
    if (c.kind === 'agreement' && c.count !== null) { e.count = c.count; for (const t of c.topics) if (!e.topics.includes(t)) e.topics.push(t); }
  }
  for (const e of entities) {
    if (e.type === 'PERSON') continue;
    // Distinct keys in a short array (a few per entity); a surface equal to the one before has its
    // key in the list already, so it is not looked up again.
    const seen = [aliasKey(e.name)];
    e.aliases = [e.name];
    let last = e.name;
    for (const m of e.mentions) {
      const surface = m.surface;
      if (surface === last) continue;
      last = surface;
      const k = aliasKey(surface);
      if (!seen.includes(k)) { seen.push(k); e.aliases.push(surface); }
    }
  }
  return { entities, assignment, warnings };
}

// Helpers of clusterEntities at module level, not closures: the TypeScript transform used by tsx
// names every named closure on creation (an Object.defineProperty, ≈ 0.5 µs each, per story).

/** The name's words when `c` is a full person name (two or more name words), else null. */
function personNameTokens(c: Candidate): string[] | null {
  if (c.kind !== 'unknown' || c.employer || c.company || c.subKind === 'locative' || c.quoted) return null;
  const toks = nameTokens(c);
  if (!isNameLike(toks)) return null;
  let n = 0;
  for (const t of toks) if (!NAME_SUFFIXES.has(t)) n++;
  return n >= 2 ? toks : null;
}

/**
 * Person indexes per alias key, in the order added (like a Set: persons are indexed once each, in
 * increasing index order). Short arrays instead of a Set per key (≈ 40 Sets per story before).
 */
type PersonIndex = Map<string, number[]>;

function indexPerson(index: PersonIndex, p: PersonCluster, pi: number): void {
  for (const key of personKeys(p)) {
    const list = index.get(key);
    if (!list) index.set(key, [pi]);
    else if (list[list.length - 1] !== pi) list.push(pi);
  }
}

function resolvePerson(c: Candidate, index: PersonIndex, persons: PersonCluster[], titleKey: string): number | 'ambiguous' | null {
  const key = foldKey(c.name);
  const hits = index.get(key);
  if (!hits || hits.length === 0) return null;
  if (hits.length === 1) return hits[0]!;
  if (ELDER_OR_YOUNGER.test(c.prev)) return 'ambiguous';
  // Two people share the key: the one the story's title names wins, else neither.
  const named = hits.filter((pi) => personKeys(persons[pi]!).some((k) => k !== key && index.get(k)?.length === 1 && titleKey.includes(` ${k} `)));
  return named.length === 1 ? named[0]! : 'ambiguous';
}
const ELDER_OR_YOUNGER = /^(?:elder|younger|senior|junior)$/;

/** The story's entity of a type by country code or name key (no composite "type|key" string to build and hash). */
function entityFor(other: Map<EntityType, Map<string, ExtractedEntity>>, type: EntityType, name: string, kind: string | null, code: string | null, generic: boolean): ExtractedEntity {
  let ofType = other.get(type);
  if (!ofType) { ofType = new Map(); other.set(type, ofType); }
  const k = code ?? aliasKey(name);
  let e = ofType.get(k);
  if (!e) {
    e = { key: '', type, kind, name, aliases: [], countryCode: code, storyScoped: generic, extraKeys: [], mentions: [], roles: [], count: null, topics: [], partyKeys: [] };
    ofType.set(k, e);
  }
  return e;
}

/**
 * `mine`: the folded keys of a full name's tokens without suffixes. "Ferdinand Marcos" vs
 * "Ferdinand Marcos Jr." are compatible here; the caller keeps the match only if unique.
 */
function isSubName(mine: readonly string[], suffix: string | null, p: PersonCluster): boolean {
  const pSuffix = p.suffix;
  if (suffix && pSuffix && suffix !== pSuffix) return false;
  // A cluster's tokens never change: their folded keys are computed once.
  const folded = (p.folded ??= { surname: foldKey(p.tokens[p.surnameIdx]!), tokens: new Set(p.tokens.map(foldKey)) });
  if (!mine.includes(folded.surname)) return false;
  return mine.every((t) => folded.tokens.has(t));
}

/** A surface's words (`split(' ')`) and their fold keys, memoized by surface (a pure function of it). */
const SURFACE_WORDS = new Map<string, { words: string[]; keys: string[] }>();
function surfaceWords(s: string): { words: string[]; keys: string[] } {
  let w = SURFACE_WORDS.get(s);
  if (!w) {
    if (SURFACE_WORDS.size >= 4_096) SURFACE_WORDS.clear();
    const words = s.split(' ');
    w = { words, keys: words.map(foldKey) };
    SURFACE_WORDS.set(s, w);
  }
  return w;
}

/** Longest full name, with the surname spelled as most mentions spell it. */
function canonicalPersonName(p: PersonCluster): string {
  const sn = p.tokens[p.surnameIdx]!;
  const counts = new Map<string, number>();
  const snKey = foldKey(sn);
  for (const s of p.surfaces) {
    const words = surfaceWords(s);
    for (let i = 0; i < words.words.length; i++) if (words.keys[i] === snKey) { const t = words.words[i]!; counts.set(t, (counts.get(t) ?? 0) + 1); }
  }
  let best = sn;
  let bestN = counts.get(sn) ?? 0;
  for (const [t, nn] of counts) if (nn > bestN) { best = t; bestN = nn; }
  const toks = [...p.tokens];
  toks[p.surnameIdx] = best;
  return toks.join(' ');
}

function surnameAliasKeys(p: PersonCluster, dupSurname: boolean): string[] {
  const keys = new Set<string>();
  const sn = p.tokens[p.surnameIdx]!;
  if (!dupSurname) {
    keys.add(aliasKey(sn));
    const bare = sn.replace(/^(?:al|el|ad|as|an)-/i, '');
    keys.add(aliasKey(bare));
    const before = p.surnameIdx > 0 ? p.tokens[p.surnameIdx - 1] : undefined;
    if (before && NAME_PARTICLES.has(before.toLowerCase())) keys.add(aliasKey(`${before} ${sn}`));
  }
  if (p.suffix) keys.add(aliasKey(`${sn} ${p.suffix}`));
  if (p.nickname) keys.add(aliasKey(p.nickname));
  if (p.tokens.length >= 3 && p.surnameIdx === p.tokens.length - 1) keys.add(aliasKey(`${p.tokens[0]} ${sn}`));
  return [...keys].filter(Boolean);
}

export const ROLE_CANONICAL = ROLE_TITLE_CANONICAL;
