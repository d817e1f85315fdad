/**
 * Pass 1 of extraction, one claim at a time: finds capitalized name runs, splits them
 * into titles, gazetteer phrases (countries, demonyms, capitals, known organizations and
 * places), suffix-headed names ("… Council", "… Square", "… Agreement") and unknown
 * pieces, plus lower-case agreement phrases ("nuclear deal", "14 MoUs"). Unknown pieces
 * are classified later, once the whole story's people are known.
 */
import * as modgazetteer from './gazetteer';
import type { GazEntry } from './gazetteer';
import * as modcountries from './lexicon/countries';
import * as modagreements from './lexicon/agreements';
import * as modorganizations from './lexicon/organizations';
import * as modplaces from './lexicon/places';
import * as modtitles from './lexicon/titles';
import * as modwords from './lexicon/words';
import * as modtokenize from './tokenize';
import * as modtext_search from './text-search';
const { includesAfterSpace, withoutFinalPossessive } = modtext_search;
import * as modcached_key from './cached-key';
import * as modword_sieve from './word-sieve';
import type { Token, TokenizeInfo } from './tokenize';
// Imported bindings read once: the CommonJS transform turns every use into a getter call.
const { lookupLongest, wordEntry } = modgazetteer;
const { COUNTRIES } = modcountries;
const { AGREEMENT_INNER_WORDS, AGREEMENT_SUFFIXES, COREFERENT_AGREEMENT_NOUNS, DISTINCTIVE_MODIFIERS, GENERIC_AGREEMENT_HEADS, LOWERCASE_NAMED_HEADS, MOU_PATTERN, NON_DISTINCTIVE_MODIFIERS, NUMBER_WORDS, TOPIC_PATTERN } = modagreements;
const { NON_ORG_ACRONYMS, ORG_PREFIXES, ORG_SUFFIXES } = modorganizations;
const { COMPASS_REGION_WORDS, LOCATIVE_PREPOSITIONS, MOTION_WORDS, PLACE_CUE_NOUNS, PLACE_SUFFIXES } = modplaces;
const { LOWERCASE_ROLES, NAME_PARTICLES, TITLE_MODIFIERS } = modtitles;
const { MONTHS, NON_NAME_WORDS, WEEKDAYS } = modwords;
const { tokenize } = modtokenize;
const { lowerWord } = modcached_key;
const { mayHave, wordSieve } = modword_sieve;

export type CandidateKind = 'country' | 'org' | 'place' | 'agreement' | 'other' | 'person' | 'unknown' | 'title' | 'group' | 'kin';

export interface Candidate {
  claimIndex: number;
  start: number;
  end: number;
  surface: string;
  tokenStart: number;
  tokenEnd: number;
  kind: CandidateKind;
  /** Proposed canonical name (country: code's name; person: name without titles). */
  name: string;
  code: string | null;
  subKind: string | null;
  generic: boolean;
  viaDemonym: boolean;
  poss: boolean;
  quoted: boolean;
  sentenceStart: boolean;
  /** Lower-case word right before the mention, '' at start. */
  prev: string;
  prev2: string;
  /** Lower-case word right after the mention. */
  next: string;
  /** Title directly before (persons). */
  title: string | null;
  /** True when the title was a lower-case role noun ("chair"). */
  lowercaseRole: boolean;
  /** Index (in the claim's candidate list) of the country/org the title belongs to. */
  roleOf: number | null;
  /** Followed by a lower-case role and a name: an employer ("JPMorgan Chase economist X"). */
  employer: boolean;
  /** Agreements. */
  count: number | null;
  /** Read only: candidates without topics share one empty list. */
  topics: readonly string[];
  /** Lower-case agreement noun that refers to the story's main agreement. */
  coreferent: boolean;
  /** Index of the possessive owner candidate ("EU's blocking statute"). */
  ownerOf: number | null;
  /** Nickname inside the name ("Bongbong"). */
  nickname: string | null;
  /** Group noun ("the leaders", "both sides", "the allies"). */
  group: 'leaders' | 'sides' | 'alliance' | null;
  /** Context says a company ("automaker X", "X's shares", "shares of X", "X, the … maker"). */
  company: boolean;
}

/** Lower-case nouns right before a name that make it a company ("automaker Fiat", "parent company Alphabet"). */
const COMPANY_NOUNS = new Set([
  'automaker', 'carmaker', 'airline', 'airliner', 'manufacturer', 'maker', 'company', 'firm', 'giant', 'rival', 'subsidiary',
  'startup', 'start-up', 'conglomerate', 'retailer', 'insurer', 'supplier', 'airframer', 'chipmaker', 'automaker', 'lender',
  'competitor', 'carrier', 'producer', 'developer', 'operator',
]);
const COMPANY_AFTER = /^(?:'s)? (?:shares|stock|share price)\b|^ and other (?:[a-z-]+ ){0,3}(?:companies|firms|makers|manufacturers)\b|^, (?:the|a|an) (?:[\w-]+ ){0,4}(?:maker|company|manufacturer|firm|automaker|carmaker|airline|group|carrier)\b|^ (?:Inc|Corp|Co|AG|SA|plc|NV|GmbH|Ltd)\b/;
const COMPANY_BEFORE = /\bshares (?:of|in) $/;

const CONNECTORS = new Set(['of', 'the', 'for', 'on', 'de', 'al', 'bin', 'von', 'van', 'der', 'la', 'le', 'du', 'del', 'da', 'y', 'and']);
/** Connectors are short: longer words skip the set lookup (and hashing the token text). */
const CONNECTOR_MAX_LEN = Math.max(...[...CONNECTORS].map((w) => w.length));
function isConnector(text: string): boolean {
  return text.length <= CONNECTOR_MAX_LEN && CONNECTORS.has(text);
}
const ALLCAPS = /^[A-Z][A-Z0-9&.-]*[A-Z0-9.]$/;
const OTHER_PATTERNS: { re: RegExp; kind: string }[] = [
  { re: /^COP\d{1,2}$/i, kind: 'Conference' },
];
const OTHER_PHRASES: { re: RegExp; kind: string }[] = [
  { re: /\b(?:Nikkei(?: 225)?|Dow Jones(?: Industrial Average)?|S&P 500|FTSE(?: 100)?|DAX|CAC 40|Hang Seng|KOSPI|Kospi|Nasdaq(?: Composite)?|Shanghai Composite|Topix|TOPIX|Sensex|Euro Stoxx 50|RTS|MICEX)\b/g, kind: 'Index' },
  { re: /\bNobel (?:Peace |Prize in [A-Z][a-z]+|[A-Z][a-z]+ )?Prize\b/g, kind: 'Award' },
  { re: /\b(?:(?:19|20)\d\d )?(?:Summer|Winter) (?:Olympics|Olympic Games|Games|Paralympics|Paralympic Games)\b/g, kind: 'SportsEvent' },
  { re: /\b(?:Boeing|Airbus) (?:7\d7|A3\d\d)(?:-\d+)?(?: Dreamliner)?s?\b|\b(?:7\d7|A3\d\d) Dreamliners?\b/g, kind: 'Aircraft' },
];
/**
 * Pre-filter for OTHER_PHRASES (bits 0-3) and GROUP_PATTERNS (bits 4-6): every match contains one of
 * these literals starting a word (ASCII `\b`: at the text start or after a non-word character), so
 * one char-code scan per claim rules most of them out without running their regexes.
 * Keep in step with the patterns: a literal missing here would hide matches.
 */
const TRIGGERS: readonly (readonly string[])[] = [
  ['Nikkei', 'Dow Jones', 'S&P 500', 'FTSE', 'DAX', 'CAC 40', 'Hang Seng', 'KOSPI', 'Kospi', 'Nasdaq', 'Shanghai Composite', 'Topix', 'TOPIX', 'Sensex', 'Euro Stoxx 50', 'RTS', 'MICEX'],
  ['Nobel '],
  ['Summer ', 'Winter '],
  ['Boeing ', 'Airbus ', 'Dreamliner'],
  // GROUP_PATTERNS, one row each: leaders, sides, alliance.
  ['leaders', 'presidents', 'ministers', 'heads of state'],
  ['sides', 'partners'],
  ['allies', 'Allies', 'alliance', 'Alliance'],
];
const GROUP_BITS: readonly number[] = [1 << 4, 1 << 5, 1 << 6];
const ANY_GROUP_BIT = GROUP_BITS[0]! | GROUP_BITS[1]! | GROUP_BITS[2]!;
const TRIGGER_LISTS: { literal: string; bit: number }[][] = [];
const TRIGGER_SLOT: Int16Array = (() => {
  const t = new Int16Array(128 * 128);
  TRIGGERS.forEach((literals, r) => {
    for (const literal of literals) {
      const k = (literal.charCodeAt(0) << 7) | literal.charCodeAt(1);
      if (t[k] === 0) { TRIGGER_LISTS.push([]); t[k] = TRIGGER_LISTS.length; }
      TRIGGER_LISTS[t[k]! - 1]!.push({ literal, bit: 1 << r });
    }
  });
  return t;
})();
/** Per slot, the third characters (128 bits) its literals continue with; every literal has >= 3 ASCII characters. */
const TRIGGER_THIRD: Uint32Array = (() => {
  const bits = new Uint32Array(TRIGGER_LISTS.length * 4);
  TRIGGER_LISTS.forEach((list, slot) => {
    for (const { literal } of list) {
      const c2 = literal.charCodeAt(2);
      bits[slot * 4 + (c2 >> 5)]! |= 1 << (c2 & 31);
    }
  });
  return bits;
})();
/** Bits of the literals of TRIGGER_LISTS[slot - 1] starting at `i`. */
function triggersAt(norm: string, i: number, slot: number): number {
  const c2 = norm.charCodeAt(i + 2);
  if (!(c2 < 128) || !(TRIGGER_THIRD[(slot - 1) * 4 + (c2 >> 5)]! & (1 << (c2 & 31)))) return 0;
  let mask = 0;
  for (const { literal, bit } of TRIGGER_LISTS[slot - 1]!) if (norm.startsWith(literal, i)) mask |= bit;
  return mask;
}
function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
/**
 * TRIGGERS bits from the tokens: when the tokenizer reports no joins, every ASCII word start
 * of `norm` that begins with a letter is a token start, so only token starts need a look.
 * (`scanTokens` does the same inside its one pass; this loop is the tests' reference for it.)
 */
function tokenTriggerMask(norm: string, tokens: readonly Token[], info: TokenizeInfo): number {
  let mask = info.joined ? joinedTriggerMask(norm, tokens, info) : 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.word) mask |= triggersAtWordStart(norm, t.start);
  }
  return mask;
}

/** The TRIGGERS bits of the ASCII word starts hidden inside joined tokens (all of them on the regex path). */
function joinedTriggerMask(norm: string, tokens: readonly Token[], info: TokenizeInfo): number {
  let mask = 0;
  // Joins ("al-Assad", non-ASCII letters) hide ASCII word starts inside tokens: the tokenizer listed
  // those tokens, except on its regex path (surrogate pairs): scan the whole text then.
  const joinedTokens = info.joinedTokens;
  if (!joinedTokens) return triggerMask(norm);
  const count = info.joinedCount ?? joinedTokens.length;
  for (let j = 0; j < count; j++) {
    const t = tokens[joinedTokens[j]!]!;
    // Inside a word token, the character before an ASCII word start is non-ASCII, '-' or "'".
    for (let p = t.start + 1; p < t.end; p++) {
      const b = norm.charCodeAt(p - 1);
      if ((b >= 128 || b === 45 || b === 39) && isAsciiWordChar(norm.charCodeAt(p))) mask |= triggersAtWordStart(norm, p);
    }
  }
  return mask;
}

function triggersAtWordStart(norm: string, i: number): number {
  const c = norm.charCodeAt(i);
  const d = norm.charCodeAt(i + 1);
  const slot = c < 128 && d < 128 ? TRIGGER_SLOT[(c << 7) | d]! : 0;
  return slot !== 0 ? triggersAt(norm, i, slot) : 0;
}

/** Bits of TRIGGERS whose literal starts a word somewhere in `norm`. */
function triggerMask(norm: string): number {
  let mask = 0;
  let prevWord = false;
  for (let i = 0; i + 1 < norm.length; i++) {
    const c = norm.charCodeAt(i);
    const word = isAsciiWordChar(c);
    if (word && !prevWord) {
      const d = norm.charCodeAt(i + 1);
      const slot = d < 128 ? TRIGGER_SLOT[(c << 7) | d]! : 0;
      if (slot !== 0) mask |= triggersAt(norm, i, slot);
    }
    prevWord = word;
  }
  return mask;
}
const GROUP_PATTERNS: { re: RegExp; group: 'leaders' | 'sides' | 'alliance' }[] = [
  { re: /\b(?:[Tt]he|[Bb]oth|[Tt]he two) leaders\b|\b(?:[Tt]he two|[Bb]oth) (?:presidents|prime ministers|heads of state)\b/g, group: 'leaders' },
  { re: /\b(?:[Bb]oth sides|[Tt]he two sides|[Tt]he two partners|[Bb]oth partners)\b/g, group: 'sides' },
  { re: /\b(?:[Tt]he allies|Allies|[Aa]lliance leaders|[Tt]he alliance(?! of))\b/g, group: 'alliance' },
];
const ORDINAL_OR_NUMBER = /^\d/;
const ROLE_SET: ReadonlySet<string> = new Set(LOWERCASE_ROLES);
const FUNCTION_WORDS: ReadonlySet<string> = new Set('The|A|An|And|But|Or|If|In|On|At|By|For|From|To|Of|With|Without|After|Before|During|While|When|Where|This|That|These|Those|It|Its|He|She|They|We|His|Her|Their|Our|As|Amid|Under|Over|Since|Until|Despite|Although|Though|Meanwhile|However|Earlier|Later|Both|Each|Some|Many|Most|All'.split('|'));

function isCapWord(t: Token | undefined): boolean {
  return !!t && t.word && t.cap;
}

const NO_TOPICS: readonly string[] = Object.freeze([]);

function blank(claimIndex: number, norm: string, tokens: Token[], a: number, b: number, kind: CandidateKind, name: string): Candidate {
  const first = tokens[a]!;
  const last = tokens[b - 1]!;
  // (tokens[-1] is a slow property lookup in V8, not an out-of-bounds element read)
  const prevTok = a >= 1 ? tokens[a - 1] : undefined;
  const prev2Tok = a >= 2 ? tokens[a - 2] : undefined;
  const nextTok = tokens[b];
  return {
    claimIndex, start: first.start, end: last.end, surface: norm.slice(first.start, last.end), tokenStart: a, tokenEnd: b, kind, name,
    code: null, subKind: null, generic: false, viaDemonym: false, poss: last.poss, quoted: first.quoted, sentenceStart: first.sentenceStart,
    prev: prevTok && prevTok.word ? lowerWord(prevTok.text) : prevTok ? prevTok.text : '',
    prev2: prev2Tok && prev2Tok.word ? lowerWord(prev2Tok.text) : '',
    next: nextTok && nextTok.word ? lowerWord(nextTok.text) : nextTok ? nextTok.text : '',
    title: null, lowercaseRole: false, roleOf: null, employer: false, count: null, topics: NO_TOPICS, coreferent: false, ownerOf: null,
    nickname: null, group: null, company: false,
  };
}

/**
 * Texts of tokens [a, b) joined by single spaces. A token's text is `norm.slice(start, end)`, so
 * when single spaces separate the tokens in `norm` (nearly always) this is one slice of it: a flat
 * or sliced string instead of a chain of concatenations, cheaper to hash and to compare as a key.
 */
function joinTexts(norm: string, tokens: readonly Token[], a: number, b: number): string {
  const first = tokens[a]!;
  if (b === a + 1) return first.text;
  let end = first.end;
  for (let k = a + 1; k < b; k++) {
    const t = tokens[k]!;
    if (t.start !== end + 1 || norm.charCodeAt(end) !== 32) return concatTexts(tokens, a, b);
    end = t.end;
  }
  return norm.slice(first.start, end);
}

function concatTexts(tokens: readonly Token[], a: number, b: number): string {
  let s = tokens[a]!.text;
  for (let k = a + 1; k < b; k++) s += ` ${tokens[k]!.text}`;
  return s;
}

interface SuffixCategory { readonly kind: 'org' | 'place' | 'agreement'; readonly len: number }
const PLACE_2: SuffixCategory = Object.freeze({ kind: 'place', len: 2 });
const PLACE_1: SuffixCategory = Object.freeze({ kind: 'place', len: 1 });
const AGREEMENT_1: SuffixCategory = Object.freeze({ kind: 'agreement', len: 1 });
const ORG_1: SuffixCategory = Object.freeze({ kind: 'org', len: 1 });
/** First words of the two-word place suffixes ("Air" of "Air Base"): only they need the pair looked up. */
const PLACE_SUFFIX_FIRST_WORDS: ReadonlySet<string> = new Set([...PLACE_SUFFIXES].filter((p) => p.includes(' ')).map((p) => p.slice(0, p.indexOf(' '))));

/**
 * Per word: its one-word suffix category (agreement before org before place, the order of the checks
 * below) and whether it starts a two-word place suffix. One map probe per token instead of four set probes.
 */
interface SuffixWord { readonly single: SuffixCategory | null; readonly pairFirst: boolean }
const SUFFIX_WORDS: ReadonlyMap<string, SuffixWord> = (() => {
  const m = new Map<string, SuffixWord>();
  const words = new Set([...PLACE_SUFFIX_FIRST_WORDS, ...AGREEMENT_SUFFIXES, ...ORG_SUFFIXES, ...PLACE_SUFFIXES]);
  for (const w of words) {
    const single = AGREEMENT_SUFFIXES.has(w) ? AGREEMENT_1 : ORG_SUFFIXES.has(w) ? ORG_1 : PLACE_SUFFIXES.has(w) ? PLACE_1 : null;
    m.set(w, { single, pairFirst: PLACE_SUFFIX_FIRST_WORDS.has(w) });
  }
  return m;
})();

const SUFFIX_SIEVE = wordSieve(SUFFIX_WORDS.keys());

function suffixCategory(tokens: Token[], i: number): SuffixCategory | null {
  // (airlineAt asks one past the last token for a claim ending in "Korean Air": no token, no suffix)
  if (i >= tokens.length) return null;
  const t = tokens[i]!.text;
  if (!mayHave(SUFFIX_SIEVE, t)) return null;
  const w = SUFFIX_WORDS.get(t);
  if (w === undefined) return null;
  if (w.pairFirst && tokens[i + 1] && PLACE_SUFFIXES.has(`${t} ${tokens[i + 1]!.text}`)) return PLACE_2;
  return w.single;
}

/** Fills a fresh candidate (from `blank`) from a gazetteer entry, in place. */
function entryCandidate(c: Candidate, e: GazEntry, locative: boolean, pairPart: boolean): Candidate {
  switch (e.cat) {
    case 'country':
      c.kind = 'country'; c.code = e.code;
      return c;
    case 'demonym':
      c.kind = 'country'; c.code = e.code; c.viaDemonym = true;
      return c;
    case 'capital':
      if (locative && !pairPart) { c.kind = 'place'; c.name = withoutFinalPossessive(c.surface); } else { c.kind = 'country'; c.code = e.code; }
      return c;
    case 'capitalOrg':
      if (locative && !pairPart) { c.kind = 'place'; c.name = withoutFinalPossessive(c.surface); } else { c.kind = 'org'; c.name = e.orgName; }
      return c;
    case 'org':
      c.kind = 'org'; c.name = e.name; c.subKind = e.kind; c.generic = e.generic;
      return c;
    case 'place':
      c.kind = 'place'; c.name = e.name;
      return c;
    case 'title':
      c.kind = 'title'; c.name = e.title;
      return c;
  }
}

/** True when the words before token `a` make a city a location rather than a government. */
function isLocative(tokens: Token[], a: number): boolean {
  const p = a >= 1 ? tokens[a - 1] : undefined;
  if (!p || !p.word) return false;
  const w = lowerWord(p.text);
  if (w === 'to') {
    for (let k = a - 2; k >= Math.max(0, a - 4); k--) if (tokens[k]!.word && MOTION_WORDS.has(lowerWord(tokens[k]!.text))) return true;
    return false;
  }
  return LOCATIVE_PREPOSITIONS.has(w);
}

/** Finds all candidates of one claim. */
/**
 * Which lower-case/phrase passes can find anything in a story, decided once over all its claims
 * (each flag is a superset of "some claim matches"): most stories name no index, award, group
 * noun, MoU or fund, so those passes skip their per-claim scans.
 */
export interface CandidateHints {
  mous: boolean;
  funds: boolean;
}

const ALL_HINTS: CandidateHints = Object.freeze({ mous: true, funds: true });

/** Hints for the claims of one story (`findCandidates(i, norms[i], hints)`). */
/** One scan for 'MoU', 'MOU' or 'memorand'. */
const MOU_HINT = /MoU|MOU|memorand/;

export function candidateHints(norms: readonly string[]): CandidateHints {
  // Each text on its own (no joined copy): none of the looked-for strings contains a newline.
  let mous = false;
  let funds = false;
  for (let i = 0; i < norms.length && !(mous && funds); i++) {
    const t = norms[i]!;
    if (!mous) mous = MOU_HINT.test(t);
    if (!funds) funds = includesAfterSpace(t, 'fund');
  }
  return { mous, funds };
}

/**
 * What one pass over a claim's tokens finds for the passes after segmentation: the TRIGGERS bits
 * and the indexes of the few tokens each lower-case pass acts on (agreement heads, kinship nouns,
 * COP-like words). One loop instead of one per pass over every token; the lists are reused
 * buffers, read before the next claim.
 */
interface TokenScan {
  triggers: number;
  agreementHeads: IndexList;
  kinNouns: IndexList;
  copWords: IndexList;
}
/**
 * Token indexes in `at[0 .. count)`. The arrays are reused and only grow: `array.length = 0`
 * would drop the backing store, and the next claim would allocate it again.
 */
interface IndexList { at: number[]; count: number }
const tokenScan: TokenScan = { triggers: 0, agreementHeads: { at: [], count: 0 }, kinNouns: { at: [], count: 0 }, copWords: { at: [], count: 0 } };

function scanTokens(norm: string, tokens: readonly Token[], info: TokenizeInfo): TokenScan {
  const scan = tokenScan;
  const heads = scan.agreementHeads.at;
  const kin = scan.kinNouns.at;
  const cop = scan.copWords.at;
  let nHeads = 0;
  let nKin = 0;
  let nCop = 0;
  let mask = info.joined ? joinedTriggerMask(norm, tokens, info) : 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    const w = t.text;
    const c = w.charCodeAt(0);
    // (a token's text is `norm` from its start on, except that it may stop before "'s")
    const d = w.length > 1 ? w.charCodeAt(1) : norm.charCodeAt(t.start + 1);
    // triggersAtWordStart(norm, t.start), with the two characters at hand.
    const slot = c < 128 && d < 128 ? TRIGGER_SLOT[(c << 7) | d]! : 0;
    if (slot !== 0) mask |= triggersAt(norm, t.start, slot);
    // OTHER_PATTERNS (COP28) need 4-5 characters starting "co" in any case.
    if ((c | 32) === 99 && (d | 32) === 111 && w.length >= 4 && w.length <= 5) cop[nCop++] = k;
    if (t.cap) continue;
    if (hasShape(AGREEMENT_HEAD_SHAPES, w)) heads[nHeads++] = k;
    if (k >= 1 && hasShape(KIN_NOUN_SHAPES, w)) kin[nKin++] = k;
  }
  scan.triggers = mask;
  scan.agreementHeads.count = nHeads;
  scan.kinNouns.count = nKin;
  scan.copWords.count = nCop;
  return scan;
}

const FINAL_DOT = /\.$/;
const YEAR_WORD = /^(?:19|20)\d\d$/;

/** Reused by every claim: filled by `tokenize`, read by `scanTokens` before the next claim. */
const joinedTokensBuffer: number[] = [];

export function findCandidates(claimIndex: number, norm: string, hints: CandidateHints = ALL_HINTS): Candidate[] {
  const tokenInfo: TokenizeInfo = { joined: false, joinedTokens: joinedTokensBuffer, joinedCount: 0 };
  const tokens = tokenize(norm, tokenInfo);
  const scan = scanTokens(norm, tokens, tokenInfo);
  const out: Candidate[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const t = tokens[i]!;
    if (!isCapWord(t)) { i++; continue; }
    // Build a run of capitalized words joined by connectors.
    let j = i + 1;
    let nickname: string | null = null;
    while (j < n) {
      const u = tokens[j]!;
      if (isCapWord(u) && !tokens[j - 1]!.poss) { j++; continue; }
      if (u.text === 'and' && !tokens[j - 1]!.poss && andJoinsName(tokens, i, j)) { j++; continue; }
      if (u.word && isConnector(u.text) && u.text !== 'and' && !tokens[j - 1]!.poss && j > i) {
        if (isCapWord(tokens[j + 1]) && !MONTHS.has(tokens[j + 1]!.text.replace(FINAL_DOT, '')) && !WEEKDAYS.has(tokens[j + 1]!.text)) { j++; continue; }
        if (u.text === 'of' && tokens[j + 1]?.text === 'the' && isCapWord(tokens[j + 2])) { j += 2; continue; }
      }
      // Quoted nickname inside a name: Ferdinand "Bongbong" Marcos
      if (u.text === '"' && isCapWord(tokens[j + 1]) && tokens[j + 2]?.text === '"' && isCapWord(tokens[j + 3]) && !tokens[j - 1]!.poss) {
        nickname = tokens[j + 1]!.text;
        j += 3;
        continue;
      }
      break;
    }
    // Trailing connectors are not part of the run.
    while (j > i + 1 && isConnector(tokens[j - 1]!.text)) j--;
    segmentRun(claimIndex, norm, tokens, i, j, out, nickname);
    i = j;
  }
  if (scan.agreementHeads.count > 0) findLowercaseAgreements(claimIndex, norm, tokens, out, scan.agreementHeads);
  if (hints.mous) findMous(claimIndex, norm, out);
  const triggers = scan.triggers;
  findOtherPhrases(claimIndex, norm, tokens, out, triggers, scan.copWords);
  if (triggers & ANY_GROUP_BIT) findGroups(claimIndex, norm, tokens, out, triggers);
  if (hints.funds) findLowercaseFunds(claimIndex, norm, tokens, out);
  if (scan.kinNouns.count > 0) findKinship(claimIndex, norm, tokens, out, scan.kinNouns);
  // The pre-sort order is what roleOf/ownerOf indexes refer to: copied only when sorting changes it.
  let original = out;
  if (!sortedBy(out, candidateOrder)) { original = [...out]; out.sort(candidateOrder); }
  // Drop candidates nested inside a longer one (phrase patterns may overlap runs).
  const kept: Candidate[] = [];
  for (const c of out) {
    const prev = kept.length > 0 ? kept[kept.length - 1] : undefined;
    if (prev && c.start >= prev.start && c.end <= prev.end && !(c.start === prev.start && c.end === prev.end && c.kind !== prev.kind)) continue;
    if (prev && c.start < prev.end) continue;
    kept.push(c);
  }
  // Re-link indexes after sorting/filtering.
  return relink(kept, original);
}

/** True when `list` is already in `order` (then the stable sort would leave it as is). */
function sortedBy<T>(list: readonly T[], order: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (order(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}

function unknownRank(c: Candidate): number {
  return c.kind === 'unknown' ? 1 : 0;
}

function candidateOrder(x: Candidate, y: Candidate): number {
  return x.start - y.start || y.end - x.end || unknownRank(x) - unknownRank(y);
}

function relink(kept: Candidate[], all: Candidate[]): Candidate[] {
  if (kept.length === all.length && kept.every((c, k) => c === all[k])) return kept;
  const pos = new Map<Candidate, number>();
  kept.forEach((c, k) => pos.set(c, k));
  // Read every old index before rewriting any (candidates are shared between both lists).
  const links = kept.map((c) => [c.roleOf === null ? null : pos.get(all[c.roleOf]!) ?? null, c.ownerOf === null ? null : pos.get(all[c.ownerOf]!) ?? null] as const);
  kept.forEach((c, k) => { c.roleOf = links[k]![0]; c.ownerOf = links[k]![1]; });
  return kept;
}

function pushC(out: Candidate[], c: Candidate): number {
  out.push(c);
  return out.length - 1;
}

/** First words of the two-word organization prefixes: only they need the pair looked up. */
const ORG_PREFIX_FIRST_WORDS: ReadonlySet<string> = new Set([...ORG_PREFIXES].filter((p) => p.includes(' ')).map((p) => p.slice(0, p.indexOf(' '))));
let titleLenBuffer = new Int32Array(256);
/** Membership of a run word in the word sets segmentRun consults, as bits: one map probe per word instead of up to six. */
const W_ARTICLE = 1;
const W_FUNCTION = 2;
const W_TITLE_MODIFIER = 4;
const W_NON_NAME = 8;
const W_ORG_PREFIX = 16;
const W_ORG_PREFIX_FIRST = 32;
const SEGMENT_WORDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number): void => { for (const w of words) m.set(w, (m.get(w) ?? 0) | bit); };
  add(['The', 'A', 'An'], W_ARTICLE);
  add(FUNCTION_WORDS, W_FUNCTION);
  add(TITLE_MODIFIERS, W_TITLE_MODIFIER);
  add(NON_NAME_WORDS, W_NON_NAME);
  add(ORG_PREFIXES, W_ORG_PREFIX);
  add(ORG_PREFIX_FIRST_WORDS, W_ORG_PREFIX_FIRST);
  return m;
})();
const SEGMENT_SIEVE = wordSieve(SEGMENT_WORDS.keys());

function segmentRun(claimIndex: number, norm: string, tokens: Token[], a: number, b: number, out: Candidate[], nickname: string | null): void {
  // Leading words that are never part of a name ("The", "After", "Days").
  let s = a;
  const locativeRun = isLocative(tokens, a);
  // Titles: mark greedily, longest first.
  // Title length at each token index of the run (0 = none): a reused buffer, cleared for [a, b).
  if (titleLenBuffer.length < b) titleLenBuffer = new Int32Array(Math.max(b, titleLenBuffer.length * 2));
  const titleLen = titleLenBuffer;
  for (let k = a; k < b; k++) titleLen[k] = 0; // (runs are short: a loop beats the fill builtin's call)
  for (let k = s; k < b; ) {
    const m = lookupLongest(tokens, k, b);
    if (m && m.entry.cat === 'title' && k + m.len < b) {
      const after = suffixCategory(tokens, k + m.len);
      if (!after) { titleLen[k] = m.len; k += m.len; continue; }
    }
    // "<Capitalized> Minister" style titles not in the table: "Trade Commissioner".
    k++;
  }
  let k = s;
  let lastTitle: { idx: number; name: string } | null = null;
  let lastEntity: number | null = null;
  let pendingModifierSkip = true;
  while (k < b) {
    const tok = tokens[k]!;
    if (titleLen[k]) {
      const c = blank(claimIndex, norm, tokens, k, k + titleLen[k]!, 'title', joinTexts(norm, tokens, k, k + titleLen[k]!));
      lastTitle = { idx: pushC(out, c), name: c.name };
      k += titleLen[k]!;
      pendingModifierSkip = false;
      continue;
    }
    // Airlines named after a country: "Air Canada", "Korean Air", "Air India".
    const air = airlineAt(tokens, k, b);
    if (air) {
      const c = blank(claimIndex, norm, tokens, k, k + air, 'org', joinTexts(norm, tokens, k, k + air));
      c.subKind = 'Airline';
      lastEntity = pushC(out, attachRole(c, lastTitle));
      lastTitle = null;
      k += air;
      pendingModifierSkip = false;
      continue;
    }
    const flags = mayHave(SEGMENT_SIEVE, tok.text) ? SEGMENT_WORDS.get(tok.text) ?? 0 : 0;
    if (pendingModifierSkip && (flags & W_ARTICLE) && k + 1 < b && !(lookupLongest(tokens, k, b)?.len ?? 0)) { k++; continue; }
    if (pendingModifierSkip && (flags & W_FUNCTION) && k + 1 < b && !(lookupLongest(tokens, k, b)?.len ?? 0)) { k++; continue; }
    if (pendingModifierSkip && ((flags & W_TITLE_MODIFIER) || ((flags & W_NON_NAME) && !lookupLongest(tokens, k, b) && !suffixAhead(tokens, k, b) && !((flags & W_ORG_PREFIX) && tokens[k + 1]?.text === 'of')))) {
      k++;
      continue;
    }
    pendingModifierSkip = false;
    // Segment end: next title or run end.
    let e = k;
    while (e < b && !titleLen[e]) e++;
    // ORG prefix + "of": "Ministry of Foreign Affairs", "Alliance of Small Island States".
    const twoWordPrefix = (flags & W_ORG_PREFIX_FIRST) !== 0 && !!tokens[k + 1] && ORG_PREFIXES.has(`${tok.text} ${tokens[k + 1]!.text}`);
    const prefixLen = twoWordPrefix && tokens[k + 2]?.text === 'of' ? 2 : (flags & W_ORG_PREFIX) && tokens[k + 1]?.text === 'of' ? 1 : 0;
    if (prefixLen && k + prefixLen + 1 < e) {
      const known = lookupLongest(tokens, k, e);
      const c = known && known.len === e - k ? entryCandidate(blank(claimIndex, norm, tokens, k, e, 'org', ''), known.entry, false, false)
        : blank(claimIndex, norm, tokens, k, e, 'org', joinTexts(norm, tokens, k, e));
      lastEntity = pushC(out, attachRole(c, lastTitle));
      k = e;
      continue;
    }
    // Last suffix head within the segment.
    let head = -1;
    let headKind: 'org' | 'place' | 'agreement' | null = null;
    let headLen = 1;
    for (let h = k; h < e; h++) {
      const sc = suffixCategory(tokens, h);
      if (sc && !(h === k && sc.len === 1 && e - k === 1)) { head = h; headKind = sc.kind; headLen = sc.len; }
    }
    const whole = lookupLongest(tokens, k, e);
    if (head >= 0 && headKind && !(whole && whole.len >= head + headLen - k)) {
      let end = head + headLen;
      if (tokens[end] && ['of', 'for', 'on'].includes(tokens[end]!.text) && end < e) end = e;
      const name = joinTexts(norm, tokens, k, end);
      const c = blank(claimIndex, norm, tokens, k, end, headKind, name);
      if (headKind === 'org' && PLACE_CUE_NOUNS.has(c.next)) c.kind = 'place';
      lastEntity = pushC(out, c);
      if (lastTitle) out[lastTitle.idx]!.roleOf = lastEntity;
      k = end;
      continue;
    }
    // Gazetteer phrase.
    if (whole) {
      const hyphenPair = false;
      const c = entryCandidate(blank(claimIndex, norm, tokens, k, k + whole.len, 'unknown', joinTexts(norm, tokens, k, k + whole.len)), whole.entry, locativeRun && k === a, hyphenPair);
      if (c.kind === 'country' && COMPASS_REGION_WORDS.has(c.prev) && !c.viaDemonym) {
        // "northwest Syria": a region, not the country.
        const r = blank(claimIndex, norm, tokens, k - 1, k + whole.len, 'place', `${c.prev.replace('-', '')} ${withoutFinalPossessive(c.surface)}`);
        lastEntity = pushC(out, r);
      } else if (c.kind === 'country' && c.viaDemonym && c.next === 'capital' && c.prev === 'the' && capitalOf(c.code!)) {
        // "the Lithuanian capital": the country's capital, as a place.
        lastEntity = pushC(out, blank(claimIndex, norm, tokens, k, k + whole.len + 1, 'place', capitalOf(c.code!)!));
      } else if ((c.kind === 'country' || c.kind === 'org') && c.next === '$') {
        // "US$14 billion", "A$": a currency.
      } else if (c.kind !== 'title') {
        lastEntity = pushC(out, c);
      }
      k += whole.len;
      continue;
    }
    // Hyphenated pair "Korea-China", "Beijing-Tokyo", "EU-Japan", "NATO-Ukraine".
    if (tok.text.includes('-') && e - k === 1) {
      const parts = tok.text.split('-');
      const entries = parts.map((p) => lookupPart(p));
      if (parts.length >= 2 && entries.every((x) => x && x.cat !== 'title')) {
        let off = tok.start;
        for (let p = 0; p < parts.length; p++) {
          const part = parts[p]!;
          const fake: Token = { ...tok, text: part, start: off, end: off + part.length, poss: p === parts.length - 1 && tok.poss };
          const pc = blank(claimIndex, norm, [fake], 0, 1, 'unknown', part);
          pc.prev = ''; pc.next = p === parts.length - 1 ? (tokens[k + 1]?.text.toLowerCase() ?? '') : '-';
          pushC(out, entryCandidate(pc, entries[p]!, false, true));
          off += part.length + 1;
        }
        k += 1;
        continue;
      }
      // "Brussels-based": a location.
      if (parts.length === 2 && /^(?:based|born|headquartered|hit|area)$/.test(parts[1]!)) {
        const ent = lookupPart(parts[0]!);
        const fake: Token = { ...tok, text: parts[0]!, end: tok.start + parts[0]!.length };
        const pc = blank(claimIndex, norm, [fake], 0, 1, 'place', parts[0]!);
        if (ent && (ent.cat === 'capital' || ent.cat === 'capitalOrg' || ent.cat === 'place')) pushC(out, pc);
        k += 1;
        continue;
      }
    }
    // Unknown piece: up to the next gazetteer phrase.
    let u = k + 1;
    while (u < e && !lookupLongest(tokens, u, e)) u++;
    // Keep known-phrase lookahead from splitting names that contain a country word only as a surname part.
    const c = blank(claimIndex, norm, tokens, k, u, 'unknown', joinTexts(norm, tokens, k, u));
    c.nickname = nickname;
    if (nickname) c.name = c.name; // the nickname tokens are outside the piece tokens already
    const role = attachRole(c, lastTitle);
    if (!role.title) attachLowercaseRole(norm, role, tokens, out);
    if ((PLACE_CUE_NOUNS.has(role.next) || cueAfterCoordination(tokens, u)) && !role.title) {
      role.kind = 'place';
    } else if (tokens[u] && !tokens[u]!.cap && ROLE_SET.has(tokens[u]!.text) && isCapWord(tokens[u + 1]) && !role.title) {
      role.employer = true;
    }
    if (locativeRun && k === a && !role.title) role.subKind = 'locative';
    if (!role.title && (COMPANY_NOUNS.has(role.prev) || COMPANY_AFTER.test(norm.slice(role.end, role.end + 60)) || COMPANY_BEFORE.test(norm.slice(Math.max(0, role.start - 12), role.start)))) role.company = true;
    lastEntity = pushC(out, role);
    if (lastTitle) lastTitle = null;
    k = u;
  }
  void lastEntity;
}

function isCountryWord(e: GazEntry | undefined | null): boolean {
  return !!e && (e.cat === 'country' || e.cat === 'demonym' || e.cat === 'capital');
}

/** Token length of an airline name at `k` built on a country ("Air Canada", "Korean Air"), or 0. */
function airlineAt(tokens: Token[], k: number, b: number): number {
  const t = tokens[k]!;
  if (t.text !== 'Air' && tokens[k + 1]?.text !== 'Air' && tokens[k + 2]?.text !== 'Air') return 0;
  if (t.text === 'Air' && k + 1 < b && !t.poss) {
    const m = lookupLongest(tokens, k + 1, b);
    if (m && isCountryWord(m.entry)) return 1 + m.len;
    return 0;
  }
  if (t.poss) return 0;
  const m = lookupLongest(tokens, k, b);
  if (m && isCountryWord(m.entry) && !tokens[k + m.len - 1]!.poss && k + m.len < b && tokens[k + m.len]!.text === 'Air' && !suffixCategory(tokens, k + m.len + 1)) return m.len + 1;
  return 0;
}

/** "Bab al-Salam and Al Ra'ee crossings": a plural cue noun after a coordinated name covers both. */
function cueAfterCoordination(tokens: Token[], u: number): boolean {
  if (tokens[u]?.text !== 'and') return false;
  let k = u + 1;
  while (k < tokens.length && isCapWord(tokens[k])) k++;
  const cue = tokens[k];
  return k > u + 1 && !!cue && PLACE_CUE_NOUNS.has(cue.text) && cue.text.endsWith('s');
}

/** "Economic and Trade Agreement": "and" inside a name whose org/agreement head follows within a few words. */
function andJoinsName(tokens: Token[], i: number, j: number): boolean {
  // Not across a titled name: "Council President Donald Tusk and European Commission ...".
  for (let k = i; k < j; k++) if (wordEntry(tokens[k]!.text)?.cat === 'title') return false;
  // "Japan Airlines and Qatar Airways": the left part is already a whole organization name.
  if (ORG_SUFFIXES.has(tokens[j - 1]!.text)) return false;
  for (let k = j + 1; k < Math.min(tokens.length, j + 5); k++) {
    const t = tokens[k]!;
    if (!isCapWord(t)) return false;
    const sc = suffixCategory(tokens, k);
    if (sc && sc.kind !== 'place') return true;
    if (t.poss) return false;
  }
  return false;
}

function suffixAhead(tokens: Token[], k: number, b: number): boolean {
  for (let h = k + 1; h < b; h++) if (suffixCategory(tokens, h)) return true;
  return false;
}

function lookupPart(text: string): GazEntry | null {
  const fake: Token[] = [{ text, start: 0, end: text.length, cap: true, word: true, poss: false, sentenceStart: false, quoted: false }];
  const m = lookupLongest(fake, 0, 1);
  return m ? m.entry : null;
}

/** Ties a person piece to the title right before it; the title's own "of" comes from the piece before the title. */
function attachRole(c: Candidate, lastTitle: { idx: number; name: string } | null): Candidate {
  if (!lastTitle) return c;
  // `c` is always fresh from `blank`: filled in place.
  c.title = lastTitle.name;
  c.roleOf = lastTitle.idx;
  return c;
}

/** "IPCC chair Jim Skea": lower-case role words before a name, with an org/country before them. */
function attachLowercaseRole(norm: string, c: Candidate, tokens: Token[], out: Candidate[]): void {
  const a = c.tokenStart;
  // Lower-case words right before the name (at most 3): a phrase of `len` of them needs `len` such words.
  let lower = 0;
  while (lower < 3 && a - lower - 1 >= 0 && tokens[a - lower - 1]!.word && !tokens[a - lower - 1]!.cap) lower++;
  for (let len = lower; len >= 1; len--) {
    const phrase = joinTexts(norm, tokens, a - len, a);
    if (!ROLE_SET.has(phrase)) continue;
    c.title = phrase;
    c.lowercaseRole = true;
    const before = out.length > 0 ? out[out.length - 1] : undefined;
    if (before && before.tokenEnd === a - len && (before.kind === 'org' || before.kind === 'country')) c.roleOf = out.length - 1;
    else c.roleOf = null;
    return;
  }
}

/** (first char, length) of a set's words; non-ASCII first chars always pass (a superset: the set decides). */
function wordShapes(...sets: ReadonlySet<string>[]): Uint8Array {
  const t = new Uint8Array(128 * 64);
  for (const set of sets) for (const w of set) {
    const c = w.charCodeAt(0);
    if (c < 128) t[(c << 6) | Math.min(w.length, 63)] = 1;
  }
  return t;
}
function hasShape(shapes: Uint8Array, w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 128 || shapes[(c << 6) | Math.min(w.length, 63)] === 1;
}
/** Words `findLowercaseAgreements` acts on: a lower-case head of either set. */
const AGREEMENT_HEAD_SHAPES = wordShapes(LOWERCASE_NAMED_HEADS, GENERIC_AGREEMENT_HEADS);

/** `heads`: the indexes of the lower-case word tokens with a head's shape (from `scanTokens`), in order. */
function findLowercaseAgreements(claimIndex: number, norm: string, tokens: Token[], out: Candidate[], heads: IndexList): void {
  for (let h = 0; h < heads.count; h++) {
    const i = heads.at[h]!;
    const w = tokens[i]!.text;
    // "One-China policy": capitalized qualifier + lower-case head.
    if (isCapWord(tokens[i - 1]) && LOWERCASE_NAMED_HEADS.has(w)) {
      let a = i - 1;
      while (a - 1 >= 0 && isCapWord(tokens[a - 1]) && !tokens[a - 1]!.poss) a--;
      const qual = tokens.slice(a, i);
      const onlyKnown = qual.length === 1 && !qual[0]!.text.includes('-') ? lookupLongest(tokens, a, i) : lookupLongest(tokens, a, i);
      const isPlainEntity = onlyKnown && onlyKnown.len === i - a;
      if (!isPlainEntity && !tokens[i - 1]!.poss && qual.some((q) => /-/.test(q.text) || /^(?:One|Two|Open|Good|New)$/.test(q.text))) {
        const c = blank(claimIndex, norm, tokens, a, i + 1, 'agreement', joinTexts(norm, tokens, a, i + 1));
        out.push(c);
        continue;
      }
    }
    if (!GENERIC_AGREEMENT_HEADS.has(w)) continue;
    if (isCapWord(tokens[i - 1]) && !tokens[i - 1]!.poss && AGREEMENT_SUFFIXES.has(tokens[i - 1]!.text)) continue;
    // Walk back over modifiers.
    let a = i;
    const mods: Token[] = [];
    let owner: number | null = null;
    for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
      const m = tokens[k]!;
      if (!m.word) break;
      const lw = lowerWord(m.text);
      if (m.poss) {
        const oc = out.findIndex((c) => c.tokenEnd === k + 1 && c.claimIndex === claimIndex && (c.kind === 'country' || c.kind === 'org'));
        if (oc >= 0) owner = oc;
        break;
      }
      if (!m.cap && (DISTINCTIVE_MODIFIERS.has(lw) || AGREEMENT_INNER_WORDS.has(lw) || lw === 'accession' || lw === 'membership')) { mods.unshift(m); a = k; continue; }
      if (YEAR_WORD.test(m.text)) { mods.unshift(m); a = k; continue; }
      if (!m.cap && NON_DISTINCTIVE_MODIFIERS.has(lw)) continue;
      break;
    }
    const phrase = [...mods.map((m) => m.text.toLowerCase()), w].join(' ');
    const distinctive = mods.some((m) => DISTINCTIVE_MODIFIERS.has(m.text.toLowerCase()) || ['accession', 'membership'].includes(m.text.toLowerCase()));
    const bare = mods.length === 0;
    const prevWord = tokens[i - 1] ? lowerWord(tokens[i - 1]!.text) : '';
    const plural = tokens[i + 1]?.text === 's';
    if (plural) continue;
    if (distinctive) {
      const c = blank(claimIndex, norm, tokens, a, i + 1, 'agreement', joinTexts(norm, tokens, a, i + 1));
      c.ownerOf = owner;
      out.push(c);
    } else if (COREFERENT_AGREEMENT_NOUNS.has(phrase) && (!bare || ['the', 'this', 'a', 'political', 'landmark', 'historic', 'new', "world's", 'largest'].includes(prevWord))) {
      const c = blank(claimIndex, norm, tokens, a, i + 1, 'agreement', phrase);
      c.coreferent = true;
      out.push(c);
    }
  }
}

function findMous(claimIndex: number, norm: string, out: Candidate[]): void {
  if (!MOU_HINT.test(norm)) return;
  MOU_PATTERN.lastIndex = 0;
  for (let m = MOU_PATTERN.exec(norm); m; m = MOU_PATTERN.exec(norm)) {
    const word = m[1]!;
    const count = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()] ?? null;
    if (count === null) continue;
    const start = m.index;
    const end = start + m[0].length;
    const rest = norm.slice(end);
    const tm = TOPIC_PATTERN.exec(rest);
    const topics = tm ? tm[1]!.split(/,\s*|\s+and\s+/).map((x) => x.trim()).filter((x) => x && !/^other\b/.test(x)) : [];
    out.push({
      claimIndex, start, end, surface: m[0], tokenStart: -1, tokenEnd: -1, kind: 'agreement', name: `${count} memoranda of understanding`,
      code: null, subKind: 'MoU', generic: false, viaDemonym: false, poss: false, quoted: false, sentenceStart: false, prev: '', prev2: '', next: '',
      title: null, lowercaseRole: false, roleOf: null, employer: false, count, topics, coreferent: false, ownerOf: null, nickname: null, group: null, company: false,
    });
  }
}

/** `copWords`: indexes of the word tokens of 4-5 characters starting "co" in any case (from `scanTokens`). */
function findOtherPhrases(claimIndex: number, norm: string, tokens: Token[], out: Candidate[], mask: number, copWords: IndexList): void {
  for (let r = 0; r < OTHER_PHRASES.length; r++) {
    if (!(mask & (1 << r))) continue;
    const { re, kind } = OTHER_PHRASES[r]!;
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      const surface = kind === 'Aircraft' ? m[0].replace(/s$/, '') : kind === 'SportsEvent' ? m[0].replace(/ (?:Olympic Games|Games)$/, ' Olympics').replace(/ Paralympic Games$/, ' Paralympics') : m[0];
      out.push({ ...blank(claimIndex, norm, tokens, 0, 1, 'other', surface), start: m.index, end: m.index + m[0].length, surface: m[0], subKind: kind, tokenStart: -1, tokenEnd: -1, prev: '', next: '' });
    }
  }
  for (let w = 0; w < copWords.count; w++) {
    const i = copWords.at[w]!;
    const t = tokens[i]!;
    for (const { re, kind } of OTHER_PATTERNS) if (re.test(t.text)) {
      const c = blank(claimIndex, norm, tokens, i, i + 1, 'other', t.text.toUpperCase());
      c.subKind = kind;
      out.push(c);
    }
  }
}

function findGroups(claimIndex: number, norm: string, tokens: Token[], out: Candidate[], mask: number): void {
  for (let g = 0; g < GROUP_PATTERNS.length; g++) {
    if (!(mask & GROUP_BITS[g]!)) continue;
    const { re, group } = GROUP_PATTERNS[g]!;
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      out.push({ ...blank(claimIndex, norm, tokens, 0, 1, 'group', m[0]), start: m.index, end: m.index + m[0].length, surface: m[0], group, tokenStart: -1, tokenEnd: -1, prev: norm.slice(Math.max(0, m.index - 2), m.index), next: '' });
    }
  }
}

/** "the loss and damage fund": a lower-case named fund. */
function findLowercaseFunds(claimIndex: number, norm: string, tokens: Token[], out: Candidate[]): void {
  if (!includesAfterSpace(norm, 'fund')) return;
  for (let i = 2; i < tokens.length; i++) {
    if (tokens[i]!.text !== 'fund' || tokens[i + 1]?.text === 's') continue;
    let a = i;
    while (a - 1 >= 0 && tokens[a - 1]!.word && !tokens[a - 1]!.cap && tokens[a - 1]!.text !== 'the' && i - a < 4 && !NON_DISTINCTIVE_MODIFIERS.has(tokens[a - 1]!.text)) a--;
    if (a === i || !tokens[a - 1] || lowerWord(tokens[a - 1]!.text) !== 'the' || i - a < 2) continue;
    const c = blank(claimIndex, norm, tokens, a, i + 1, 'org', joinTexts(norm, tokens, a, i + 1));
    c.subKind = 'Fund';
    out.push(c);
  }
}

const KIN_NOUNS: ReadonlySet<string> = new Set(['father', 'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'widow', 'widower']);
const KIN_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'His', 'Her']);

/** "her father", "his wife": a kinship reference, resolved to a person of the story by extractStory. */
const KIN_NOUN_SHAPES = wordShapes(KIN_NOUNS);

/** `nouns`: indexes (>= 1) of the lower-case word tokens with a kin noun's shape (from `scanTokens`), in order. */
function findKinship(claimIndex: number, norm: string, tokens: Token[], out: Candidate[], nouns: IndexList): void {
  for (let n = 0; n < nouns.count; n++) {
    const i = nouns.at[n]!;
    const t = tokens[i]!;
    if (!KIN_NOUNS.has(t.text) || !KIN_OWNERS.has(tokens[i - 1]!.text)) continue;
    if (norm.startsWith('-in-law', t.end)) continue;
    const c = blank(claimIndex, norm, tokens, i - 1, i + 1, 'kin', t.text);
    out.push(c);
  }
}

function capitalOf(code: string): string | null {
  return COUNTRIES.byCode.get(code)?.capitals[0] ?? null;
}

/** Exposed for tests: the trigger bits from the tokens (fast path) and from a scan of the text (reference). */
export function triggerMasksForTest(norm: string): { fromTokens: number; fromText: number } {
  const info: TokenizeInfo = { joined: false, joinedTokens: [], joinedCount: 0 };
  const tokens = tokenize(norm, info);
  return { fromTokens: tokenTriggerMask(norm, tokens, info), fromText: triggerMask(norm) };
}

/** Exposed for tests: what `scanTokens` lists for a text (copies of the reused buffers) and its trigger bits. */
export function tokenScanForTest(norm: string): { tokens: Token[]; triggers: number; agreementHeads: number[]; kinNouns: number[]; copWords: number[] } {
  const info: TokenizeInfo = { joined: false, joinedTokens: [], joinedCount: 0 };
  const tokens = tokenize(norm, info);
  const scan = scanTokens(norm, tokens, info);
  const list = (l: IndexList): number[] => l.at.slice(0, l.count);
  return { tokens, triggers: scan.triggers, agreementHeads: list(scan.agreementHeads), kinNouns: list(scan.kinNouns), copWords: list(scan.copWords) };
}

/** Exposed for tests: the word sieves in front of SEGMENT_WORDS and SUFFIX_WORDS, with the words they guard. */
export const WORD_SIEVES_FOR_TEST = {
  segment: { words: [...SEGMENT_WORDS.keys()], mayHave: (w: string): boolean => mayHave(SEGMENT_SIEVE, w) },
  suffix: { words: [...SUFFIX_WORDS.keys()], mayHave: (w: string): boolean => mayHave(SUFFIX_SIEVE, w) },
};

/** Helpers shared with the classifier. */
export const CANDIDATE_HELPERS = { ALLCAPS, NON_ORG_ACRONYMS, MONTHS, WEEKDAYS, NON_NAME_WORDS, NAME_PARTICLES, ORDINAL_OR_NUMBER };
