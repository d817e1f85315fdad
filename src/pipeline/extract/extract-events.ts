/**
 * One event per timeline entry: type from the event-type lexicon, participants from the
 * entry's main clause (quotes and backdrop clauses such as "..., marking" or "hours before"
 * removed), places and agreements mentioned in the entry. Summary sentences that report an
 * entry's event are attached to it as supporting claims.
 */
import type { ExtractedClaim, ExtractedEntity, ExtractedEvent, ExtractedParticipant } from '../../domain/extraction';
import * as modevent_types from './lexicon/event-types';
import * as modwords from './lexicon/words';
import type { Candidate } from './find-candidates';
import * as modtext_search from './text-search';
const { includesAfterSpace } = modtext_search;
// Imported bindings read once: the CommonJS transform turns every use into a getter call.
const { DEFAULT_EVENT_TYPE, EVENT_TYPE_RULES } = modevent_types;
const { BACKDROP_MARKERS, MONTHS } = modwords;

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

/**
 * What each backdrop marker needs, so most markers are skipped without running their regex:
 * its keywords at a word start after whitespace (a sequence of words separated by whitespace;
 * '' = whitespace must follow), or a comma followed by whitespace; null = always run the regex.
 * A superset of the regex: keep the words in step with BACKDROP_MARKERS.
 */
const COMMA_SPACE = 'comma';
type BackdropTrigger = readonly (readonly string[])[] | typeof COMMA_SPACE | null;
const BACKDROP_TRIGGERS: readonly BackdropTrigger[] = BACKDROP_MARKERS.map((re): BackdropTrigger => {
  const src = re.source;
  if (src.includes('hours|days')) return [['just'], ['hours'], ['days'], ['weeks'], ['minutes']];
  if (src.includes('amid')) return [['amid']];
  if (src.includes('ahead of')) return [['ahead', 'of']];
  if (src.startsWith(',\\s+')) return COMMA_SPACE;
  // "as (the) death toll / tension(s) / market(s)": "as" alone starts too many words to be worth a regex run.
  if (src.includes('death toll')) return ['death', 'tension', 'market'].flatMap((w) => [['as', w], ['as', 'the', w]]);
  if (src.includes('that will')) return [['that', 'will']];
  if (src.includes('when')) return [['when']];
  return null;
});
if (BACKDROP_MARKERS.length > 30) throw new Error('backdrop markers: at most 30 (bit mask)');
const BACKDROP_ALWAYS = BACKDROP_TRIGGERS.reduce<number>((m, t, r) => (t === null ? m | (1 << r) : m), 0);
const BACKDROP_COMMA = BACKDROP_TRIGGERS.reduce<number>((m, t, r) => (t === COMMA_SPACE ? m | (1 << r) : m), 0);
/** First two letters of a sequence's first word -> the sequences starting so, with their marker bit. */
const BACKDROP_BY_PAIR: ReadonlyMap<number, readonly { words: readonly string[]; bit: number }[]> = (() => {
  const m = new Map<number, { words: readonly string[]; bit: number }[]>();
  BACKDROP_TRIGGERS.forEach((t, r) => {
    if (t === null || t === COMMA_SPACE) return;
    for (const words of t) {
      const k = (words[0]!.charCodeAt(0) << 7) | words[0]!.charCodeAt(1);
      if (!m.has(k)) m.set(k, []);
      m.get(k)!.push({ words, bit: 1 << r });
    }
  });
  return m;
})();
const BACKDROP_PAIR: Uint8Array = (() => {
  const t = new Uint8Array(128 * 128);
  for (const k of BACKDROP_BY_PAIR.keys()) t[k] = 1;
  return t;
})();

/** Every \s character is <= 32 or >= 128: treating all of those as spaces only adds candidates. */
function isSpaceLike(c: number): boolean {
  return c <= 32 || c >= 128;
}

/** True when `words` start at `i`, separated by (and, for a trailing '', followed by) whitespace. */
function wordsAt(text: string, i: number, words: readonly string[]): boolean {
  let pos = i;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      if (!isSpaceLike(text.charCodeAt(pos))) return false;
      while (pos < text.length && isSpaceLike(text.charCodeAt(pos))) pos++;
    }
    const word = words[w]!;
    if (!text.startsWith(word, pos)) return false;
    pos += word.length;
  }
  return true;
}

/** Bit r set when backdrop marker r may match in `text` (a superset: the regex decides). */
function backdropMask(text: string): number {
  let mask = BACKDROP_ALWAYS;
  let prev = text.charCodeAt(0);
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceLike(prev)) {
      const d = text.charCodeAt(i + 1);
      if (c < 128 && d < 128 && BACKDROP_PAIR[(c << 7) | d]) {
        for (const { words, bit } of BACKDROP_BY_PAIR.get((c << 7) | d)!) if (!(mask & bit) && wordsAt(text, i, words)) mask |= bit;
      }
    } else if (prev === 44 && isSpaceLike(c)) mask |= BACKDROP_COMMA;
    prev = c;
  }
  return mask;
}

/** End offset of the main clause of a timeline entry (first sentence, backdrop cut). */
export function mainClauseEnd(norm: string): number {
  let end = norm.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(norm); m; m = SENTENCE_END.exec(norm)) {
    const before = LAST_WORD.exec(norm.slice(Math.max(0, m.index - 6), m.index))?.[1] ?? '';
    if (ABBREVIATION_BEFORE_STOP.test(before)) continue;
    end = m.index + 1;
    break;
  }
  const head = end === norm.length ? norm : norm.slice(0, end);
  const mask = backdropMask(head);
  for (let r = 0; r < BACKDROP_MARKERS.length; r++) {
    if (!(mask & (1 << r))) continue;
    const m = BACKDROP_MARKERS[r]!.exec(head);
    if (m && m.index > 0 && m.index < end) end = m.index;
  }
  return end;
}
const LAST_WORD = /(\S+)$/;
const ABBREVIATION_BEFORE_STOP = /^(?:[A-Z]|[A-Z]\.[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Jr|Sr|Dr|Mr|Mrs|Ms|St|Gen|Sen|Rep|Co|Inc|Corp|Ltd)$/;
const SENTENCE_END = /[.!?]["']?\s+(?=[A-Z"])/g;

const QUOTED_SPAN = /"[^"]*"/g;
function quotedRanges(norm: string): [number, number][] {
  const out: [number, number][] = [];
  if (!norm.includes('"')) return out;
  QUOTED_SPAN.lastIndex = 0;
  for (let m = QUOTED_SPAN.exec(norm); m; m = QUOTED_SPAN.exec(norm)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Cue index: every distinct cue of the event-type lexicon, found in one left-to-right scan
 * keyed by the cue's first two characters (exact substring semantics, overlaps included).
 */
const CUES: readonly string[] = [...new Set(EVENT_TYPE_RULES.flatMap((r) => r.cues ?? []))];
const CUES_BY_PAIR: ReadonlyMap<number, readonly number[]> = (() => {
  const m = new Map<number, number[]>();
  CUES.forEach((c, i) => {
    const k = c.charCodeAt(0) * 65536 + c.charCodeAt(1);
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(i);
  });
  return m;
})();
/** The same index as a table over ASCII pairs ((c0 << 7) | c1 -> slot in CUE_LISTS, -1 none); cues are ASCII. */
const CUE_LISTS: (readonly number[])[] = [];
const CUE_PAIR_TABLE: Int16Array = (() => {
  const t = new Int16Array(128 * 128).fill(-1);
  for (const [k, list] of CUES_BY_PAIR) {
    const c0 = Math.floor(k / 65536);
    const c1 = k % 65536;
    if (c0 >= 128 || c1 >= 128) throw new Error('event cues must be ASCII');
    t[(c0 << 7) | c1] = CUE_LISTS.length;
    CUE_LISTS.push(list);
  }
  return t;
})();
/** Per pair slot, the set of third characters (128 bits) some cue of the slot continues with; cues have >= 3 ASCII chars. */
const CUE_THIRD_CHARS: Uint32Array = (() => {
  const bits = new Uint32Array(CUE_LISTS.length * 4);
  CUE_LISTS.forEach((list, slot) => {
    for (const ci of list) {
      const cue = CUES[ci]!;
      if (cue.length < 3) throw new Error(`event cue "${cue}": at least 3 characters`);
      const c2 = cue.charCodeAt(2);
      bits[slot * 4 + (c2 >> 5)]! |= 1 << (c2 & 31);
    }
  });
  return bits;
})();
const RULE_CUES: readonly (readonly number[] | null)[] = EVENT_TYPE_RULES.map((r) => (r.cues ? r.cues.map((c) => CUES.indexOf(c)) : null));
const cueSeen = new Uint32Array(CUES.length);
let cueStamp = 0;

function markCues(lower: string): number {
  if (++cueStamp === 0xffffffff) { cueSeen.fill(0); cueStamp = 1; }
  let c1 = lower.charCodeAt(0);
  for (let i = 0; i + 1 < lower.length; i++) {
    const c0 = c1;
    c1 = lower.charCodeAt(i + 1);
    if (c0 >= 128 || c1 >= 128) continue;
    const slot = CUE_PAIR_TABLE[(c0 << 7) | c1]!;
    if (slot < 0) continue;
    const c2 = lower.charCodeAt(i + 2);
    if (!(c2 < 128) || !(CUE_THIRD_CHARS[slot * 4 + (c2 >> 5)]! & (1 << (c2 & 31)))) continue;
    const list = CUE_LISTS[slot]!;
    for (let j = 0; j < list.length; j++) {
      const ci = list[j]!;
      if (cueSeen[ci] !== cueStamp && lower.startsWith(CUES[ci]!, i)) cueSeen[ci] = cueStamp;
    }
  }
  return cueStamp;
}

const QUOTED = /"[^"]*"/g;
const EVE = /\bon the eve of\b[^,]*/gi;
const FUTURE = /\b(?:will|would)\b[^,;]*/g;
const PURPOSE = /\b(?:plans?|intends?|hopes?|seeks?|aims?|wants?|vows?) to [^,;]*/g;
const LEADING_ADVERBIAL = /^(?:After|Following|Before)\b[^,]*,\s*/;

/** Event type from the first matching lexicon rule over the main clause (future/purpose cues ignored). */
export function classifyEvent(text: string): string {
  return classifyClause(text, false);
}

/**
 * `classifyEvent` of `norm.slice(0, mainClauseEnd(norm))`: that text is its own main clause when
 * nothing is replaced before the cut (no quote, no "eve of") and it starts with an ASCII character
 * other than whitespace or a comma (every backdrop marker starts with one of those, so none can
 * match at 0; a marker match inside the cut text would have cut it shorter), so it is not cut again.
 */
function classifyMainClause(clause: string): string {
  const c = clause.charCodeAt(0);
  return classifyClause(clause, c > 32 && c < 128 && c !== 44);
}

const EVE_OF = /eve of/i;
const WILL_WOULD = /w(?:ill|ould)/;

function classifyClause(text: string, isMainClause: boolean): string {
  let clause = text.includes('"') ? text.replace(QUOTED, ',') : text;
  if (EVE_OF.test(clause)) clause = clause.replace(EVE, ' ');
  if (!(isMainClause && clause === text)) clause = clause.slice(0, mainClauseEnd(clause));
  if (WILL_WOULD.test(clause)) clause = clause.replace(FUTURE, ' ');
  if (includesAfterSpace(clause, 'to ')) clause = clause.replace(PURPOSE, ' ');
  if (clause.startsWith('After') || clause.startsWith('Following') || clause.startsWith('Before')) clause = clause.replace(LEADING_ADVERBIAL, '');
  const stamp = markCues(clause.toLowerCase());
  for (let r = 0; r < EVENT_TYPE_RULES.length; r++) {
    const cues = RULE_CUES[r];
    if (cues) {
      let any = false;
      for (const ci of cues) if (cueSeen[ci] === stamp) { any = true; break; }
      if (!any) continue;
    }
    const rule = EVENT_TYPE_RULES[r]!;
    if (rule.pattern.test(clause)) return rule.type;
  }
  return DEFAULT_EVENT_TYPE;
}

const EVE_CLAUSE = /\bon the eve of\b[^,]*/i;
// Module constants: a regex literal in a function body builds a new RegExp object on every evaluation.
const COMMA_OR_BLANK_END = /,\s*$|^\s*$/;
const THE_OR_BOTH = /^(?:The|Both)/;
const FROM_BEFORE = /\bfrom (?:the )?$/;
const AS_HEAD_OF_BEFORE = /\bas (?:the )?(?:\S+ ){0,2}(?:president|prime minister|leader|head|chancellor|king|queen)(?:-elect)? of (?:the )?$/i;
const AT_BEFORE = /\bat (?:the )?$/;
const LOWER_START = /^[a-z]/;
const TO_BEFORE = /\bto (?:the )?$/;
const WITH_CLAUSE = /,\s+with\b/;

// Helpers of extractEvent at module level (not closures: the esbuild transform names each closure on creation).
function inQuote(quotes: readonly (readonly [number, number])[], s: number): boolean {
  return quotes.some(([a, b]) => s >= a && s < b);
}
function addParticipant(participants: ExtractedParticipant[], key: string, role = 'participant'): void {
  if (!participants.some((p) => p.entityKey === key)) participants.push({ entityKey: key, role });
}
function addTo(list: string[], key: string): void {
  if (!list.includes(key)) list.push(key);
}

export function extractEvent(ctx: EventContext, claimIndex: number, timelineIndex: number, date: string | null, endDate: string | null): ExtractedEvent {
  const claim = ctx.claims[claimIndex]!;
  const norm = claim.norm;
  const end = mainClauseEnd(norm);
  const quotes = quotedRanges(norm);
  // Leading "On the eve of X," / trailing ", with X's ..." handling.
  const eve = EVE_CLAUSE.exec(norm);
  const withClause = norm.includes('with') ? WITH_CLAUSE.exec(norm) : null;
  const cands = ctx.candidates[claimIndex]!;
  const keys = ctx.assignment[claimIndex]!;
  const participants: ExtractedParticipant[] = [];
  const places: string[] = [];
  const agreements: string[] = [];
  const aside = reportingAside(norm);
  // Set once an actor has been named: later attributive names ("the US move") are objects, not actors.
  let actorSeen = false;
  const mainType = classifyMainClause(norm.slice(0, end));
  cands.forEach((c, k) => {
    const key = keys[k];
    if (aside && c.start >= aside[0] && c.start < aside[1]) return;
    if (c.kind === 'group') {
      if (c.start >= end || inQuote(quotes, c.start)) return;
      actorSeen = true;
      if (c.group === 'alliance' && ctx.allianceKey) { addParticipant(participants, ctx.allianceKey); return; }
      const subject = c.start === 0 || COMMA_OR_BLANK_END.test(norm.slice(0, c.start).slice(-2)) || THE_OR_BOTH.test(c.surface);
      if (!subject) return;
      if (c.group === 'leaders') ctx.principalPeople.forEach((p) => addParticipant(participants, p));
      if (c.group === 'sides') ctx.principalActors.forEach((p) => addParticipant(participants, p));
      if (c.group === 'alliance' && ctx.allianceKey) addParticipant(participants, ctx.allianceKey);
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
    if (c.start >= end || inQuote(quotes, c.start)) return;
    if (eve && c.start >= eve.index && c.start < eve.index + eve[0].length) return;
    if (withClause && c.start > withClause.index && c.poss) return;
    const before = norm.slice(Math.max(0, c.start - 60), c.start);
    if (e.type === 'COUNTRY' && FROM_BEFORE.test(before)) return;
    if (e.type === 'COUNTRY' && AS_HEAD_OF_BEFORE.test(before)) return;
    if (e.type === 'ORGANIZATION' && AT_BEFORE.test(before) && !c.poss) { addTo(places, key); return; }
    if (e.type === 'OTHER' && LOWER_START.test(c.next)) return;
    // An organization named only as the employer in a lower-case role ("IPCC chair X") is not an actor.
    if (e.type === 'ORGANIZATION' && cands.some((p) => p.roleOf === k && p.lowercaseRole)) return;
    // "send X to the Turkish parliament": a recipient reached by lower-case reference.
    if (c.subKind === 'legislatureRef' && TO_BEFORE.test(before)) return;
    if (e.type === 'COUNTRY' || e.type === 'ORGANIZATION') {
      // "Russian manufacturer Sukhoi": the company acts, its nationality does not.
      if (COMPANY_NOUN_AFTER.test(norm.slice(c.end, c.end + 40))) return;
      if (!c.viaDemonym && actorSeen && isAttributive(norm, c)) return;
      // "U.S. President Joe Biden says": the speaker's country is not an actor of what he says.
      if (e.type === 'COUNTRY' && COMMUNICATION_TYPES.has(mainType) && cands[k + 1]?.kind === 'title' && cands[k + 1]!.tokenStart === c.tokenEnd) return;
    }
    if (e.type !== 'OTHER') actorSeen = true;
    addParticipant(participants, key);
  });
  // National acts by a head of state or government involve their country.
  if (NATIONAL_ACTS.has(mainType)) {
    for (const p of [...participants]) {
      const pe = ctx.entities.get(p.entityKey)!;
      if (pe.type !== 'PERSON') continue;
      for (const r of pe.roles) if (r.ofKey && HEAD_TITLES.test(r.title) && ctx.entities.get(r.ofKey)?.type === 'COUNTRY') addParticipant(participants, r.ofKey);
    }
  }
  // Nobody named as actor (e.g. "The agreement enters into force"): the agreement's parties act.
  if (participants.length === 0) for (const a of agreements) for (const p of ctx.entities.get(a)!.partyKeys) addParticipant(participants, p);
  return {
    timelineIndex, claimIndex, date, endDate, type: mainType, summary: claim.text, participants, placeKeys: places, agreementKeys: agreements, supportClaimIndexes: [],
  };
}

const COMMUNICATION_TYPES = new Set(['Statement', 'Interview', 'PhoneCall', 'Speech', 'Letter', 'Report']);
/** Agent nouns: "US aid", "US sanctions" name the giver/imposer, who acts. */
const AGENT_NOUNS = new Set(['aid', 'assistance', 'funding', 'sanctions', 'troops', 'forces', 'strikes', 'support', 'pledge', 'pledges', 'loans', 'loan']);
const COMPANY_NOUN_AFTER = /^(?:'s)? (?:automaker|carmaker|airline|manufacturer|maker|company|firm|giant|conglomerate|retailer|insurer|chipmaker|lender|carrier|producer|developer|operator|bank|broadcaster|outlet|newspaper) \p{Lu}/u;
const ATTRIBUTIVE_BEFORE = /(?:\b(?:the|a|an|for|in|from|with|on|by|against|over|under|first|new|additional|further)|'s)\s+(?:[\p{L}.]+-)*$/u;
const ATTRIBUTIVE_AFTER = /^(?:-[\p{L}.]+)*\s+([a-z][a-z-]*)/u;
const NOT_NOUNS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'does', 'did',
  'and', 'or', 'but', 'nor', 'to', 'said', 'who', 'which', 'that', 'whose', 'as', 'in', 'on', 'at', 'for', 'of', 'by', 'with', 'from', 'into', 'onto',
  'alongside', 'after', 'before', 'during', 'since', 'until', 'over', 'under', 'near', 'through', 'against', 'amid', 'about', 'than', 'while',
  'when', 'where', 'because', 'if', 'then', 'also', 'not', 'never', 'again', 'instead', 'too', 'toward', 'towards', 'without', 'within', 'via', 'per',
]);

/** "the US move", "for NATO membership", "the EU-Japan summit": a name only modifying a following noun. */
function isAttributive(norm: string, c: Candidate): boolean {
  if (c.poss) return false;
  const after = ATTRIBUTIVE_AFTER.exec(norm.slice(c.end, c.end + 40));
  const w = after?.[1];
  // A following "-s"/"-ly" word may be the verb or an adverb ("Japan's Diet approves", "NATO formally"): not a modifier.
  if (!w || NOT_NOUNS.has(w) || AGENT_NOUNS.has(w) || (w.endsWith('s') && !w.endsWith('ss')) || w.endsWith('ly') || w.endsWith('ed')) return false;
  return ATTRIBUTIVE_BEFORE.test(norm.slice(Math.max(0, c.start - 40), c.start));
}

const ASIDE = /,\s+((?:the\s+)?(?:[\p{Lu}][\p{L}.'-]*\s+){1,4})(?:says|said|reports|reported|adds|added|confirms|confirmed)\s*(?=[,.;]|$)/u;

/** "…, the White House says, …": the source of the report, not an actor of the event. */
/** One scan for ' sa', ' re', ' ad' or ' co' (the aside needs one of them). */
const ASIDE_HINT = / (?:sa|re|ad|co)/;
function reportingAside(norm: string): [number, number] | null {
  if (!ASIDE_HINT.test(norm)) return null;
  const m = ASIDE.exec(norm);
  return m ? [m.index, m.index + m[0].length] : null;
}

const MONTH_NUM: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const DATE_IN_TEXT = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.? (\d{1,2})\b/g;

/** "Month day" pairs written in a sentence, as MM-DD strings. */
const DIGIT = /\d/;
function datesIn(text: string): string[] {
  const out: string[] = [];
  // Every date needs a day number: most sentences have no digit and skip the month scan.
  if (!DIGIT.test(text)) return out;
  DATE_IN_TEXT.lastIndex = 0;
  for (let m = DATE_IN_TEXT.exec(text); m; m = DATE_IN_TEXT.exec(text)) {
    const mo = MONTH_NUM[m[1]!.toLowerCase()];
    if (mo) out.push(`${String(mo).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`);
  }
  return out;
}
void MONTHS;

/** `value` among `list[0 .. count)`. */
function amongFirst(list: readonly string[], count: number, value: string): boolean {
  for (let i = 0; i < count; i++) if (list[i] === value) return true;
  return false;
}

/**
 * Attaches each summary claim to the timeline event it reports, if any: scored by
 * shared participants, same event type, and an explicit matching date.
 */
export function attachSupport(ctx: EventContext, events: ExtractedEvent[]): void {
  const base = new Array<number>(events.length);
  // Per entity key, the events naming it (once per occurrence): a claim's shared participants and
  // agreements are counted from its few keys instead of testing every participant of every event.
  const participantEvents = new Map<string, number[]>();
  const agreementEvents = new Map<string, number[]>();
  const evDates: (string | null)[] = new Array<string | null>(events.length);
  for (let i = 0; i < events.length; i++) {
    const ev = events[i]!;
    for (const p of ev.participants) pushTo(participantEvents, p.entityKey, i);
    for (const a of ev.agreementKeys) pushTo(agreementEvents, a, i);
    evDates[i] = ev.date ? ev.date.slice(5) : null;
  }
  const sharedCount = new Int32Array(events.length);
  const agreementScore = new Int32Array(events.length);
  // A claim's distinct non-place keys, in a reused array (its first `nKeys` entries) instead of a Set per claim.
  const keys: string[] = [];
  let nKeys = 0;
  ctx.claims.forEach((claim, ci) => {
    if (claim.kind !== 'summary') return;
    nKeys = 0;
    const assigned = ctx.assignment[ci];
    if (assigned) {
      for (const k of assigned) {
        if (!k || amongFirst(keys, nKeys, k)) continue;
        if (ctx.entities.get(k)!.type !== 'PLACE') keys[nKeys++] = k;
      }
    }
    const dates = datesIn(claim.norm);
    sharedCount.fill(0);
    agreementScore.fill(0);
    for (let j = 0; j < nKeys; j++) {
      const k = keys[j]!;
      const pe = participantEvents.get(k);
      if (pe) for (const i of pe) sharedCount[i]!++;
      const ae = agreementEvents.get(k);
      if (ae) for (const i of ae) agreementScore[i]! += 2;
    }
    // Scores without the type bonus first: the (costly) type is only needed when +2 can reach the bar.
    let maxBase = -Infinity;
    let maxAt = -1;
    let runnerUp = -Infinity;
    for (let i = 0; i < events.length; i++) {
      const ev = events[i]!;
      let score = 0;
      const shared = sharedCount[i]!;
      score += shared * 2;
      if (ev.participants.length > 0 && shared === ev.participants.length) score += 1;
      score += agreementScore[i]!;
      const evDate = evDates[i]!;
      if (evDate && dates.includes(evDate)) score += 4;
      else if (dates.length > 0) score -= 3;
      base[i] = score;
      if (score > maxBase) { runnerUp = maxBase; maxBase = score; maxAt = i; } else if (score > runnerUp) runnerUp = score;
    }
    if (maxBase + 2 < 4) return;
    // One event ahead of every other by more than the type bonus, and already at the bar: it wins either way.
    if (maxBase >= 4 && runnerUp + 2 < maxBase) { events[maxAt]!.supportClaimIndexes.push(ci); return; }
    const type = classifyEvent(claim.norm);
    let best: ExtractedEvent | null = null;
    let bestScore = 0;
    for (let i = 0; i < events.length; i++) {
      const ev = events[i]!;
      const score = base[i]! + (type === ev.type && type !== 'Statement' ? 2 : 0);
      if (score > bestScore) { bestScore = score; best = ev; }
    }
    if (best && bestScore >= 4) best.supportClaimIndexes.push(ci);
  });
}

function pushTo(m: Map<string, number[]>, key: string, i: number): void {
  const list = m.get(key);
  if (list) list.push(i);
  else m.set(key, [i]);
}

/** Types that are not a reported action of an article sentence (speech acts, citations of reports). */
const NON_ACTION_TYPES = new Set([DEFAULT_EVENT_TYPE, 'Statement', 'Report', 'Interview', 'Letter', 'Speech', 'Forum', 'Conference', 'Summit', 'Election', 'Appeal']);
const ACTOR_TYPES = new Set(['PERSON', 'COUNTRY', 'ORGANIZATION']);
const MAX_ARTICLE_EVENTS = 6;
const WEEKDAY_NUM: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const EXPLICIT_DATE = /\b(?:on|last|this|since|until|by)?\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?\b|\b(yesterday|today)\b/;
const PERFECT = /\b(?:has|have)\b/;
const PAST = /\b(?:\w{3,}ed|said|won|sold|bought|fell|rose|told|made|took|met|gave|left|was|were|had|began|sought|saw|lost|grew|struck|spent|paid|held|led|fled|kept|sent|hit)\b/;
const FUTURE_OR_CONDITIONAL = /\b(?:will|would|could|might|may|should|plans? to|expected to|is to|are to)\b/;

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Date of an article sentence's event: an explicit date in the clause ("on November 18, 2008",
 * "on Tuesday" = the latest such weekday on or before `publishedAt`, "yesterday"), else
 * `publishedAt` when the clause reports the news in present or perfect tense, else null.
 */
export function articleEventDate(clause: string, publishedAt: string | null): string | null {
  const m = EXPLICIT_DATE.exec(clause);
  if (m) {
    if (!publishedAt && !m[4]) return null;
    if (m[1]) {
      const pub = new Date(`${publishedAt}T00:00:00Z`);
      const back = (pub.getUTCDay() - WEEKDAY_NUM[m[1].toLowerCase()]! + 7) % 7;
      return addDays(publishedAt!, -back);
    }
    if (m[5]) return m[5].toLowerCase() === 'yesterday' ? addDays(publishedAt!, -1) : publishedAt;
    const month = MONTH_NUM[m[2]!.toLowerCase()]!;
    const day = Number(m[3]);
    let year = m[4] ? Number(m[4]) : Number(publishedAt!.slice(0, 4));
    let iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (!m[4] && iso > publishedAt!) { year -= 1; iso = `${year}-${iso.slice(5)}`; }
    const check = new Date(`${iso}T00:00:00Z`);
    return Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== iso ? null : iso;
  }
  if (!publishedAt) return null;
  if (PERFECT.test(clause)) return publishedAt;
  if (PAST.test(clause)) return null;
  return publishedAt;
}

/** Offset of the first rule of `type` matching in `clause` (the predicate), or the clause length. */
function predicateAt(clause: string, type: string): number {
  for (const rule of EVENT_TYPE_RULES) {
    if (rule.type !== type) continue;
    const m = rule.pattern.exec(clause);
    if (m) return m.index;
  }
  return clause.length;
}

/**
 * Events of a plain article: sentences whose main clause carries an action predicate of the
 * event-type lexicon (not a speech act) with a named person/organization/country before it.
 * At most a few per article; a sentence repeating an earlier event's type and actors adds nothing.
 * Event `timelineIndex` is the event's position (articles have no timeline).
 */
export function extractArticleEvents(ctx: EventContext, publishedAt: string | null): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  for (let ci = 0; ci < ctx.claims.length && events.length < MAX_ARTICLE_EVENTS; ci++) {
    const claim = ctx.claims[ci]!;
    if (claim.kind !== 'body') continue;
    const norm = claim.norm;
    if (norm.startsWith('"') || norm.endsWith('?')) continue;
    const end = mainClauseEnd(norm);
    const clause = norm.slice(0, end);
    const type = classifyEvent(clause);
    if (NON_ACTION_TYPES.has(type)) continue;
    const pred = predicateAt(clause, type);
    // The predicate itself must be asserted, not hedged or future ("would cut", "plans to buy").
    const lead = clause.slice(Math.max(0, pred - 30), pred);
    if (FUTURE_OR_CONDITIONAL.test(lead) || /\bto\s+(?:[a-z]+\s+)?$/.test(lead)) continue;
    const quotes = quotedRanges(norm);
    const cands = ctx.candidates[ci]!;
    const keys = ctx.assignment[ci]!;
    let actor = false;
    for (let k = 0; k < cands.length && !actor; k++) {
      const key = keys[k];
      const c = cands[k]!;
      if (!key || c.start >= pred || quotes.some(([a, b]) => c.start >= a && c.start < b)) continue;
      if (ACTOR_TYPES.has(ctx.entities.get(key)!.type)) actor = true;
    }
    if (!actor) continue;
    const date = articleEventDate(clause, publishedAt);
    const ev = extractEvent(ctx, ci, events.length, date, null);
    if (ev.type !== type) ev.type = type;
    if (!ev.participants.some((p) => ACTOR_TYPES.has(ctx.entities.get(p.entityKey)!.type))) continue;
    const same = events.find((e) => e.type === ev.type && ev.participants.every((p) => e.participants.some((q) => q.entityKey === p.entityKey)));
    if (same) continue;
    events.push(ev);
  }
  return events;
}
