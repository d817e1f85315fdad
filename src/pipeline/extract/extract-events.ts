/**
 * One event per timeline entry: type from the event-type lexicon, participants from the
 * entry's main clause (quotes and backdrop clauses such as "..., marking" or "hours before"
 * removed), places and agreements mentioned in the entry. Summary sentences that report an
 * entry's event are attached to it as supporting claims.
 */
import type { ExtractedClaim, ExtractedEntity, ExtractedEvent, ExtractedParticipant } from '../../domain/extraction';
import { DEFAULT_EVENT_TYPE, EVENT_TYPE_RULES } from './lexicon/event-types';
import { BACKDROP_MARKERS, MONTHS } from './lexicon/words';
import type { Candidate } from './find-candidates';

export interface EventContext {
  claims: ExtractedClaim[];
  candidates: Candidate[][];
  assignment: (string | null)[][];
  entities: Map<string, ExtractedEntity>;
  /** Two principal people / actors of the story (from its title), for "the leaders" / "both sides". */
  principalPeople: string[];
  principalActors: string[];
  /** Key of the story's alliance organization, if exactly one. */
  allianceKey: string | null;
  /** Key of the story's main agreement for "the agreement". */
  mainAgreementKey: string | null;
}

const NATIONAL_ACTS = new Set(['StateOfEmergency', 'Withdrawal', 'Accession', 'Ratification', 'Sanctions', 'SanctionsRelief', 'Waiver', 'Proclamation']);
const HEAD_TITLES = /^(?:President|Prime Minister|Chancellor|King|Queen|Emperor|Emir|Premier)$/;
const PARTICIPANT_TYPES = new Set(['PERSON', 'COUNTRY', 'ORGANIZATION', 'OTHER']);

/** End offset of the main clause of a timeline entry (first sentence, backdrop cut). */
export function mainClauseEnd(norm: string): number {
  let end = norm.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(norm); m; m = SENTENCE_END.exec(norm)) {
    const before = /(\S+)$/.exec(norm.slice(Math.max(0, m.index - 6), m.index))?.[1] ?? '';
    if (/^(?:[A-Z]|[A-Z]\.[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Jr|Sr|Dr|Mr|Mrs|Ms|St|Gen|Sen|Rep|Co|Inc|Corp|Ltd)$/.test(before)) continue;
    end = m.index + 1;
    break;
  }
  const head = norm.slice(0, end);
  for (const re of BACKDROP_MARKERS) {
    const m = re.exec(head);
    if (m && m.index > 0 && m.index < end) end = m.index;
  }
  return end;
}
const SENTENCE_END = /[.!?]["']?\s+(?=[A-Z"])/g;

function quotedRanges(norm: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /"[^"]*"/g;
  for (let m = re.exec(norm); m; m = re.exec(norm)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Event type from the first matching lexicon rule over the main clause (future/purpose cues ignored). */
export function classifyEvent(text: string): string {
  let clause = text.replace(/"[^"]*"/g, ',').replace(/\bon the eve of\b[^,]*/gi, ' ');
  clause = clause.slice(0, mainClauseEnd(clause))
    .replace(/\b(?:will|would)\b[^,;]*/g, ' ')
    .replace(/\b(?:plans?|intends?|hopes?|seeks?|aims?|wants?|vows?) to [^,;]*/g, ' ')
    .replace(/^(?:After|Following|Before)\b[^,]*,\s*/, '');
  const lower = clause.toLowerCase();
  for (const rule of EVENT_TYPE_RULES) {
    if (rule.cues && !rule.cues.some((c) => lower.includes(c))) continue;
    if (rule.pattern.test(clause)) return rule.type;
  }
  return DEFAULT_EVENT_TYPE;
}

export function extractEvent(ctx: EventContext, claimIndex: number, timelineIndex: number, date: string | null, endDate: string | null): ExtractedEvent {
  const claim = ctx.claims[claimIndex]!;
  const norm = claim.norm;
  const end = mainClauseEnd(norm);
  const quotes = quotedRanges(norm);
  const inQuote = (s: number): boolean => quotes.some(([a, b]) => s >= a && s < b);
  // Leading "On the eve of X," / trailing ", with X's ..." handling.
  const eve = /\bon the eve of\b[^,]*/i.exec(norm);
  const withClause = /,\s+with\b/.exec(norm);
  const cands = ctx.candidates[claimIndex]!;
  const keys = ctx.assignment[claimIndex]!;
  const participants: ExtractedParticipant[] = [];
  const places: string[] = [];
  const agreements: string[] = [];
  const add = (key: string, role = 'participant'): void => { if (!participants.some((p) => p.entityKey === key)) participants.push({ entityKey: key, role }); };
  const addTo = (list: string[], key: string): void => { if (!list.includes(key)) list.push(key); };
  const mainType = classifyEvent(norm.slice(0, end));
  cands.forEach((c, k) => {
    const key = keys[k];
    if (c.kind === 'group') {
      if (c.start >= end || inQuote(c.start)) return;
      if (c.group === 'alliance' && ctx.allianceKey) { add(ctx.allianceKey); return; }
      const subject = c.start === 0 || /,\s*$|^\s*$/.test(norm.slice(0, c.start).slice(-2)) || /^(?:The|Both)/.test(c.surface);
      if (!subject) return;
      if (c.group === 'leaders') ctx.principalPeople.forEach((p) => add(p));
      if (c.group === 'sides') ctx.principalActors.forEach((p) => add(p));
      if (c.group === 'alliance' && ctx.allianceKey) add(ctx.allianceKey);
      return;
    }
    if (c.kind === 'agreement' && c.coreferent) {
      if (ctx.mainAgreementKey) addTo(agreements, ctx.mainAgreementKey);
      return;
    }
    if (!key) return;
    const e = ctx.entities.get(key)!;
    if (e.type === 'PLACE') { if (c.start < end || end === norm.length) addTo(places, key); return; }
    if (e.type === 'AGREEMENT' || (e.type === 'ORGANIZATION' && e.kind === 'Fund')) { addTo(agreements, key); return; }
    if (!PARTICIPANT_TYPES.has(e.type)) return;
    if (c.start >= end || inQuote(c.start)) return;
    if (eve && c.start >= eve.index && c.start < eve.index + eve[0].length) return;
    if (withClause && c.start > withClause.index && c.poss) return;
    const before = norm.slice(Math.max(0, c.start - 60), c.start);
    if (e.type === 'COUNTRY' && /\bfrom (?:the )?$/.test(before)) return;
    if (e.type === 'COUNTRY' && /\bas (?:the )?(?:\S+ ){0,2}(?:president|prime minister|leader|head|chancellor|king|queen)(?:-elect)? of (?:the )?$/i.test(before)) return;
    if (e.type === 'ORGANIZATION' && /\bat (?:the )?$/.test(before) && !c.poss) { addTo(places, key); return; }
    if (e.type === 'OTHER' && /^[a-z]/.test(c.next)) return;
    // An organization named only as the employer in a lower-case role ("IPCC chair X") is not an actor.
    if (e.type === 'ORGANIZATION' && cands.some((p) => p.roleOf === k && p.lowercaseRole)) return;
    add(key);
  });
  // National acts by a head of state or government involve their country.
  if (NATIONAL_ACTS.has(mainType)) {
    for (const p of [...participants]) {
      const pe = ctx.entities.get(p.entityKey)!;
      if (pe.type !== 'PERSON') continue;
      for (const r of pe.roles) if (r.ofKey && HEAD_TITLES.test(r.title) && ctx.entities.get(r.ofKey)?.type === 'COUNTRY') add(r.ofKey);
    }
  }
  // Nobody named as actor (e.g. "The agreement enters into force"): the agreement's parties act.
  if (participants.length === 0) for (const a of agreements) for (const p of ctx.entities.get(a)!.partyKeys) add(p);
  return {
    timelineIndex, claimIndex, date, endDate, type: mainType, summary: claim.text, participants, placeKeys: places, agreementKeys: agreements, supportClaimIndexes: [],
  };
}

const MONTH_NUM: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const DATE_IN_TEXT = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.? (\d{1,2})\b/g;

/** "Month day" pairs written in a sentence, as MM-DD strings. */
function datesIn(text: string): string[] {
  const out: string[] = [];
  DATE_IN_TEXT.lastIndex = 0;
  for (let m = DATE_IN_TEXT.exec(text); m; m = DATE_IN_TEXT.exec(text)) {
    const mo = MONTH_NUM[m[1]!.toLowerCase()];
    if (mo) out.push(`${String(mo).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`);
  }
  return out;
}
void MONTHS;

/**
 * Attaches each summary claim to the timeline event it reports, if any: scored by
 * shared participants, same event type, and an explicit matching date.
 */
export function attachSupport(ctx: EventContext, events: ExtractedEvent[]): void {
  ctx.claims.forEach((claim, ci) => {
    if (claim.kind !== 'summary') return;
    const keys = new Set((ctx.assignment[ci] ?? []).filter((k): k is string => !!k).filter((k) => ctx.entities.get(k)!.type !== 'PLACE'));
    const type = classifyEvent(claim.norm);
    const dates = datesIn(claim.norm);
    let best: ExtractedEvent | null = null;
    let bestScore = 0;
    for (const ev of events) {
      let score = 0;
      let shared = 0;
      for (const p of ev.participants) if (keys.has(p.entityKey)) shared++;
      score += shared * 2;
      if (ev.participants.length > 0 && shared === ev.participants.length) score += 1;
      for (const a of ev.agreementKeys) if (keys.has(a)) score += 2;
      if (type === ev.type && type !== 'Statement') score += 2;
      const evDate = ev.date ? ev.date.slice(5) : null;
      if (evDate && dates.includes(evDate)) score += 4;
      else if (dates.length > 0) score -= 3;
      if (score > bestScore) { bestScore = score; best = ev; }
    }
    if (best && bestScore >= 4) best.supportClaimIndexes.push(ci);
  });
}
