/**
 * Extraction-level evaluation against hand-made gold files (`<story>.gold.json` beside
 * `<story>.txt`). Reads files (the only I/O here) and runs the pure pipeline; returns a
 * typed report so other metrics (GraphQL queries) can be added by the caller.
 *
 * Matching rules:
 * - A predicted entity matches a gold entity when aliasKey(predicted canonical name) equals
 *   aliasKey of the gold name or of one of its aliases, and the predicted type is the gold
 *   type or one of its acceptTypes (gold type names mapped to EntityType; unknown names -> OTHER).
 * - Gold entities with `must: false` are optional: matching one is not a false positive,
 *   missing one is not a false negative.
 * - Two predicted entities matching one gold entity are a duplicate (the extra one also counts
 *   as a false positive).
 * - Event i is the story's i-th timeline entry. Participants/places/agreements compare the
 *   gold names with the predicted entities' matched gold names; an unmatched predicted entity
 *   is a false positive.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { aliasKey } from '../domain/normalize';
import type { EntityRow, EntityType, ResolvedGraph } from '../domain/resolved-graph';
import { runPipeline } from '../pipeline/run-pipeline';
import { CAPITALIZED_TITLES } from '../pipeline/extract/lexicon/titles';

export interface GoldEntity { name: string; type: string; acceptTypes?: string[]; aliases?: string[]; must?: boolean }
export interface GoldEvent { index: number; date: string | null; endDate?: string; type: string; participants: string[]; places?: string[]; agreements?: string[] }
export interface GoldQuery { ask: string; involving: string; must: number[]; should: number[]; optional: number[]; mustNot: number[] }
export interface GoldFile {
  entities: GoldEntity[];
  events: GoldEvent[];
  claims: { summarySentencesWithCitations: number; timelineEntries: number; examples: { textStartsWith: string; sources: number[]; supportsEvent?: number }[] };
  queries?: GoldQuery[];
}

export interface Prf { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

export interface StoryReport {
  file: string;
  ok: boolean;
  issues: string[];
  entities: Prf & { byType: Record<string, Prf>; duplicates: number; missed: string[]; spurious: string[] };
  events: { count: number; goldCount: number; dateAccuracy: number; typeAgreement: number; participants: Prf; places: Prf; agreements: Prf; participantErrors: string[] };
  claims: { summaryWithCitations: number; goldSummaryWithCitations: number; timelineEntries: number; goldTimelineEntries: number; examples: number; sourcesRight: number; supportRight: number; supportTotal: number };
  /** Row-level approximation of `events(involving:)`: participants whose alias keys contain the argument. */
  queries: { mustRecall: number; mustTotal: number; mustNotHits: number; shouldRecall: number; shouldTotal: number };
  seconds: number;
}

export interface CorpusReport {
  stories: StoryReport[];
  total: {
    entities: Prf; duplicates: number; participants: Prf; places: Prf; agreements: Prf; dateAccuracy: number; typeAgreement: number;
    claimSourcesAccuracy: number; supportAccuracy: number; queryMustRecall: number; queryMustNotHits: number; queryShouldRecall: number;
  };
}

export interface EvaluateOptions {
  /** Only files whose name contains this. */
  filter?: string;
}

const TYPE_MAP: Record<string, EntityType> = {
  person: 'PERSON', country: 'COUNTRY', organization: 'ORGANIZATION', organisation: 'ORGANIZATION', place: 'PLACE', location: 'PLACE',
  agreement: 'AGREEMENT', policy: 'AGREEMENT', law: 'AGREEMENT', treaty: 'AGREEMENT',
};

/** Gold type name -> EntityType (anything else is OTHER). */
export function mapGoldType(t: string): EntityType {
  return TYPE_MAP[t.toLowerCase()] ?? 'OTHER';
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function goldKeys(g: GoldEntity): Set<string> {
  return new Set([g.name, ...(g.aliases ?? [])].map(aliasKey));
}

function accepts(g: GoldEntity, t: EntityType): boolean {
  return [g.type, ...(g.acceptTypes ?? [])].some((x) => mapGoldType(x) === t);
}

/** Gold entity index matched by a predicted entity, or -1. */
function matchEntity(e: EntityRow, gold: GoldEntity[]): number {
  const k = aliasKey(e.name);
  const exact = gold.findIndex((g) => aliasKey(g.name) === k && accepts(g, e.type));
  if (exact >= 0) return exact;
  return gold.findIndex((g) => goldKeys(g).has(k) && accepts(g, e.type));
}

function compareSets(pred: (string | null)[], gold: string[], errors: string[], label: string): [number, number, number] {
  const g = new Set(gold);
  const p = new Set(pred.map((x) => x ?? '?'));
  let tp = 0;
  let fp = 0;
  for (const x of p) if (g.has(x)) tp++; else { fp++; errors.push(`${label} +${x}`); }
  let fn = 0;
  for (const x of g) if (!p.has(x)) { fn++; errors.push(`${label} -${x}`); }
  return [tp, fp, fn];
}

const TITLE_WORDS = new Set(['the', ...CAPITALIZED_TITLES.flatMap((t) => aliasKey(t).split(' '))]);

/** The argument's key, and the key with leading title words stripped ("President Lee" -> "lee"), as the API does. */
function stripTitles(arg: string): string[] {
  const words = aliasKey(arg).split(' ');
  const out = [words.join(' ')];
  let i = 0;
  while (i < words.length - 1 && TITLE_WORDS.has(words[i]!)) i++;
  if (i > 0) out.push(words.slice(i).join(' '));
  return out;
}

export function evaluateStory(file: string, text: string, gold: GoldFile): StoryReport {
  const t0 = process.hrtime.bigint();
  const result = runPipeline(text);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const empty = prf(0, 0, 0);
  if (!result.ok) {
    return {
      file, ok: false, issues: result.issues.map((i) => `${i.line}: ${i.rule} ${i.message}`),
      entities: { ...empty, byType: {}, duplicates: 0, missed: [], spurious: [] },
      events: { count: 0, goldCount: gold.events.length, dateAccuracy: 0, typeAgreement: 0, participants: empty, places: empty, agreements: empty, participantErrors: [] },
      claims: { summaryWithCitations: 0, goldSummaryWithCitations: 0, timelineEntries: 0, goldTimelineEntries: 0, examples: 0, sourcesRight: 0, supportRight: 0, supportTotal: 0 },
      queries: { mustRecall: 0, mustTotal: 0, mustNotHits: 0, shouldRecall: 0, shouldTotal: 0 }, seconds,
    };
  }
  const g: ResolvedGraph = result.graph;
  // Entities.
  const matchOf = new Map<string, number>();
  const hits = new Map<number, number>();
  const byTypeCounts: Record<string, [number, number, number]> = {};
  const bump = (t: string, i: 0 | 1 | 2): void => { (byTypeCounts[t] ??= [0, 0, 0])[i]++; };
  let tp = 0; let fp = 0; let duplicates = 0;
  const spurious: string[] = [];
  for (const e of g.entities) {
    const m = matchEntity(e, gold.entities);
    matchOf.set(e.id, m);
    if (m < 0) { fp++; bump(e.type, 1); spurious.push(`${e.type}:${e.name}`); continue; }
    const n = (hits.get(m) ?? 0) + 1;
    hits.set(m, n);
    const ge = gold.entities[m]!;
    if (n > 1) { duplicates++; fp++; bump(mapGoldType(ge.type), 1); spurious.push(`dup ${e.type}:${e.name}`); continue; }
    if (ge.must !== false) { tp++; bump(mapGoldType(ge.type), 0); }
  }
  const missed: string[] = [];
  let fn = 0;
  gold.entities.forEach((ge, i) => { if (ge.must !== false && !hits.has(i)) { fn++; bump(mapGoldType(ge.type), 2); missed.push(`${ge.type}:${ge.name}`); } });
  const byType: Record<string, Prf> = {};
  for (const [t, [a, b, c]] of Object.entries(byTypeCounts)) byType[t] = prf(a, b, c);

  // Events.
  const goldName = (id: string): string | null => { const m = matchOf.get(id); return m !== undefined && m >= 0 ? gold.entities[m]!.name : null; };
  let dates = 0; let types = 0;
  const pc = [0, 0, 0]; const plc = [0, 0, 0]; const ac = [0, 0, 0];
  const participantErrors: string[] = [];
  for (const ge of gold.events) {
    const ev = g.events[ge.index];
    if (!ev) { pc[2]! += ge.participants.length; continue; }
    if (ev.date === ge.date && (ge.endDate === undefined ? ev.endDate === null : ev.endDate === ge.endDate)) dates++;
    if (ev.type === ge.type) types++;
    const add = (acc: number[], r: [number, number, number]): void => { acc[0]! += r[0]; acc[1]! += r[1]; acc[2]! += r[2]; };
    add(pc, compareSets(g.participations.filter((p) => p.eventId === ev.id).map((p) => goldName(p.entityId) ?? p.entityId), ge.participants, participantErrors, `e${ge.index}`));
    add(plc, compareSets(g.places.filter((p) => p.eventId === ev.id).map((p) => goldName(p.entityId) ?? p.entityId), ge.places ?? [], [], ''));
    add(ac, compareSets(g.agreements.filter((p) => p.eventId === ev.id).map((p) => goldName(p.entityId) ?? p.entityId), ge.agreements ?? [], [], ''));
  }

  // Claims.
  const summary = g.claims.filter((c) => c.kind !== 'timeline');
  let sourcesRight = 0; let supportRight = 0; let supportTotal = 0;
  for (const ex of gold.claims.examples) {
    const c = g.claims.find((x) => x.norm.startsWith(ex.textStartsWith));
    if (c && JSON.stringify([...c.sourceNumbers].sort()) === JSON.stringify([...ex.sources].sort())) sourcesRight++;
    if (ex.supportsEvent !== undefined) {
      supportTotal++;
      const ev = g.events[ex.supportsEvent];
      if (c && ev && ev.claimIds.includes(c.id)) supportRight++;
    }
  }

  // Queries over rows: events whose participants carry the argument's key.
  let mustHit = 0; let mustTotal = 0; let mustNotHits = 0; let shouldHit = 0; let shouldTotal = 0;
  for (const q of gold.queries ?? []) {
    const keys = stripTitles(q.involving);
    const ids = new Set(g.entities.filter((e) => e.aliasKeys.some((k) => keys.includes(k))).map((e) => e.id));
    const found = new Set(g.events.filter((ev) => g.participations.some((p) => p.eventId === ev.id && ids.has(p.entityId))).map((ev) => ev.position));
    for (const i of q.must) { mustTotal++; if (found.has(i)) mustHit++; }
    for (const i of q.should) { shouldTotal++; if (found.has(i)) shouldHit++; }
    for (const i of q.mustNot) if (found.has(i)) mustNotHits++;
  }

  return {
    file, ok: true, issues: [],
    entities: { ...prf(tp, fp, fn), byType, duplicates, missed, spurious },
    events: {
      count: g.events.length, goldCount: gold.events.length, dateAccuracy: gold.events.length ? dates / gold.events.length : 1,
      typeAgreement: gold.events.length ? types / gold.events.length : 1,
      participants: prf(pc[0]!, pc[1]!, pc[2]!), places: prf(plc[0]!, plc[1]!, plc[2]!), agreements: prf(ac[0]!, ac[1]!, ac[2]!), participantErrors,
    },
    claims: {
      summaryWithCitations: summary.filter((c) => c.sourceNumbers.length > 0).length, goldSummaryWithCitations: gold.claims.summarySentencesWithCitations,
      timelineEntries: g.claims.length - summary.length, goldTimelineEntries: gold.claims.timelineEntries,
      examples: gold.claims.examples.length, sourcesRight, supportRight, supportTotal,
    },
    queries: { mustRecall: mustTotal ? mustHit / mustTotal : 1, mustTotal, mustNotHits, shouldRecall: shouldTotal ? shouldHit / shouldTotal : 1, shouldTotal },
    seconds,
  };
}

/** Evaluates every `*.txt` that has a `*.gold.json` in `folder`. */
export function evaluateCorpus(folder: string, options: EvaluateOptions = {}): CorpusReport {
  const files = fs.readdirSync(folder).filter((f) => f.endsWith('.txt') && fs.existsSync(path.join(folder, f.replace(/\.txt$/, '.gold.json'))))
    .filter((f) => !options.filter || f.includes(options.filter)).sort();
  const stories = files.map((f) => {
    const text = fs.readFileSync(path.join(folder, f), 'utf8');
    const gold = JSON.parse(fs.readFileSync(path.join(folder, f.replace(/\.txt$/, '.gold.json')), 'utf8')) as GoldFile;
    return evaluateStory(f, text, gold);
  });
  const sum = (pick: (s: StoryReport) => Prf): Prf => prf(
    stories.reduce((a, s) => a + pick(s).tp, 0), stories.reduce((a, s) => a + pick(s).fp, 0), stories.reduce((a, s) => a + pick(s).fn, 0));
  const goldEvents = stories.reduce((a, s) => a + s.events.goldCount, 0);
  const weighted = (pick: (s: StoryReport) => number): number => goldEvents ? stories.reduce((a, s) => a + pick(s) * s.events.goldCount, 0) / goldEvents : 1;
  const examples = stories.reduce((a, s) => a + s.claims.examples, 0);
  const supportTotal = stories.reduce((a, s) => a + s.claims.supportTotal, 0);
  const mustTotal = stories.reduce((a, s) => a + s.queries.mustTotal, 0);
  const shouldTotal = stories.reduce((a, s) => a + s.queries.shouldTotal, 0);
  return {
    stories,
    total: {
      entities: sum((s) => s.entities), duplicates: stories.reduce((a, s) => a + s.entities.duplicates, 0),
      participants: sum((s) => s.events.participants), places: sum((s) => s.events.places), agreements: sum((s) => s.events.agreements),
      dateAccuracy: weighted((s) => s.events.dateAccuracy), typeAgreement: weighted((s) => s.events.typeAgreement),
      claimSourcesAccuracy: examples ? stories.reduce((a, s) => a + s.claims.sourcesRight, 0) / examples : 1,
      supportAccuracy: supportTotal ? stories.reduce((a, s) => a + s.claims.supportRight, 0) / supportTotal : 1,
      queryMustRecall: mustTotal ? stories.reduce((a, s) => a + s.queries.mustRecall * s.queries.mustTotal, 0) / mustTotal : 1,
      queryMustNotHits: stories.reduce((a, s) => a + s.queries.mustNotHits, 0),
      queryShouldRecall: shouldTotal ? stories.reduce((a, s) => a + s.queries.shouldRecall * s.queries.shouldTotal, 0) / shouldTotal : 1,
    },
  };
}
