import * as modnormalize from '../../domain/normalize';
// Imported bindings read once: the CommonJS transform turns every use into a getter call.
const { lowerWord, normalizeTypography } = modnormalize;

/** A digest paragraph cut where its headline ends and its first sentence begins. */
export interface HeadlineSplit {
  /** The headline, trimmed; null when no plausible boundary was found. */
  headline: string | null;
  /** The paragraph text after the headline (the whole paragraph when headline is null). */
  body: string;
}

/** A headline never ends on one of these, so a capital after them is not a sentence start. */
const NON_FINAL = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'into',
  'onto', 'over', 'under', 'about', 'after', 'before', 'as', 'and', 'or', 'but', 'nor', 'than',
  'that', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'is', 'are',
  'was', 'were', 'be', 'been', 'amid', 'among', 'between', 'against', 'via', 'per', 'near',
  'toward', 'towards', 'across', 'through', 'during', 'since', 'until', 'while', 'when', 'if',
  'more', 'most', 'former', 'late', 'then', 'both', 'all', 'some', 'such', 'new', 'de', 'al', 'van',
  'von', 'der', 'la', 'le', 'du', 'da', 'del', 'di', 'bin', 'ibn',
]);

/** Closed-class words that, capitalized mid-paragraph, almost always open a sentence. */
const OPENERS = new Set([
  'the', 'a', 'an', 'after', 'before', 'both', 'amid', 'on', 'in', 'at', 'for', 'from', 'as', 'with',
  'when', 'while', 'during', 'since', 'following', 'despite', 'earlier', 'later', 'days', 'hours',
  'weeks', 'months', 'years', 'it', 'he', 'she', 'they', 'we', 'this', 'these', 'those', 'his',
  'her', 'its', 'their', 'meanwhile', 'however', 'but', 'also', 'separately', 'according', 'under',
  'by', 'over', 'within', 'some', 'many', 'most', 'several', 'there', 'last', 'once', 'until',
  'officials', 'experts', 'analysts', 'critics',
]);

/** Titles and roles that introduce a name ("President", "Prime Minister", "Secretary-General"). */
const TITLES = new Set([
  'president', 'prime', 'minister', 'secretary', 'secretary-general', 'chancellor', 'king', 'queen',
  'prince', 'princess', 'pope', 'chief', 'justice', 'governor', 'mayor', 'senator', 'sen', 'rep',
  'representative', 'gen', 'general', 'foreign', 'defense', 'defence', 'vice', 'ambassador',
  'commissioner', 'chairman', 'chairwoman', 'chair', 'director', 'ceo', 'premier', 'sheikh', 'emir',
  'crown', 'speaker', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'lt', 'col',
  'adm', 'dr', 'mr', 'mrs', 'ms', 'sir', 'lord', 'judge', 'treasury', 'finance', 'trade',
]);

/** Finite verbs that often follow a sentence's subject but do not end in -ed. */
const VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'met', 'meets', 'took', 'takes', 'was', 'were', 'is',
  'are', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should',
  'won', 'wins', 'made', 'makes', 'gave', 'gives', 'led', 'leads', 'ran', 'saw', 'went', 'became',
  'held', 'holds', 'left', 'came', 'began', 'sent', 'spoke', 'wrote', 'found', 'kept', 'brought',
  'struck', 'did', 'does', 'got', 'put', 'set', 'hit', 'sought', 'thought', 'felt', 'lost', 'paid',
  'rose', 'fell', 'grew', 'chose', 'drew', 'flew', 'knew', 'stood', 'won', 'wants', 'plans',
  'warns', 'urges', 'insists', 'announces', 'remains',
]);
const NOT_VERBS = new Set(['red', 'bed', 'need', 'speed', 'seed', 'feed', 'breed', 'creed', 'shed', 'hundred', 'sacred', 'naked']);
/** Lower-case particles that may sit inside a multi-word name ("Secretary of State", "Bashar al-Assad"). */
const NAME_CONNECTORS = new Set(['of', 'al', 'de', 'del', 'da', 'di', 'van', 'von', 'der', 'bin', 'ibn', 'la', 'le']);

/** Words that continue the capitalized name before them ("Davao City", "Korean Peninsula"). */
const NAME_SUFFIXES = new Set([
  'city', 'island', 'islands', 'province', 'state', 'states', 'street', 'square', 'council', 'party',
  'ministry', 'bank', 'airport', 'university', 'river', 'sea', 'ocean', 'peninsula', 'hall', 'house',
  'republic', 'union', 'kingdom', 'nations', 'airlines', 'county', 'district', 'region', 'valley',
  'mountains', 'bay', 'gulf', 'strait', 'canal', 'park', 'palace', 'museum', 'center', 'centre',
  'institute', 'agency', 'commission', 'committee', 'court', 'army', 'navy', 'force', 'forces',
  'group', 'company', 'corporation', 'fund', 'organization', 'organisation', 'assembly', 'jr', 'sr',
]);

const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western']);
const ACRONYM = /^[A-Z][A-Z0-9.]{1,6}$/;
/** Nationality-like endings: Japanese, Korean, Turkish, French, Israeli, Pakistani, Iraqi, Saudi. */
const DEMONYM_ENDING = /(?:an|ese|ish|ch|li|ni|qi|di)$/;
const MAX_TITLE_MODIFIERS = 3;

/** Headlines are short and rarely hold a comma; the first sentence often does. */
const LONG_HEADLINE_WORDS = 14;
const MIN_HEADLINE_WORDS = 2;
const MAX_HEADLINE_WORDS = 24;
const MAX_NAME_WORDS = 7;

interface Token {
  raw: string;
  start: number;
  /** Typography-folded, surrounding quotes and punctuation removed. */
  bare: string;
  lower: string;
  capitalized: boolean;
  /** `raw` ends with a comma. */
  comma: boolean;
  /** `raw` holds a citation marker start ("[1"). */
  marker: boolean;
  /** `bare` without a possessive "'s". */
  name: string;
}

/**
 * Finds where a digest paragraph's headline ends: the headline runs straight into the first
 * sentence with no punctuation between them. Each capitalized word (after at least two words)
 * is a candidate sentence start; a candidate is ruled out when the word before it could not end
 * a headline ("in", "the", a comma), and scored by cues of a sentence opening: a closed-class
 * opener ("The", "After", "Amid"), a title ("President"), a capitalized subject followed by a
 * verb ("Lee declared", "Japan's Diet approved"), an apposition ("Samoa's Anne Rasmussen, ..."),
 * and a name repeated from the headline. The best score wins; ties go to the earliest.
 */
export function splitHeadline(paragraph: string): HeadlineSplit {
  const tokens = tokenize(paragraph, MAX_HEADLINE_WORDS + MAX_NAME_WORDS + 3);
  let best = -1;
  let bestScore = -1;
  const limit = Math.min(tokens.length - 2, MAX_HEADLINE_WORDS);
  for (let i = MIN_HEADLINE_WORDS; i <= limit; i += 1) {
    const token = tokens[i];
    const previous = tokens[i - 1];
    if (!token || !previous) break;
    if (previous.marker) break; // the first sentence has already ended
    if (!token.capitalized || !canEndHeadline(previous)) continue;
    if (previous.capitalized && NAME_SUFFIXES.has(token.lower)) continue;
    const score = scoreCandidate(tokens, i) - shapePenalty(tokens, i);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  const cut = tokens[best];
  if (!cut) return { headline: null, body: paragraph.trim() };
  return { headline: paragraph.slice(0, cut.start).trim(), body: paragraph.slice(cut.start).trim() };
}

/** The first `max` whitespace-separated tokens: only the paragraph's opening can hold the headline. */
function tokenize(text: string, max: number): Token[] {
  // Runs of non-whitespace (the regex /\S+/g), scanned by character code.
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (tokens.length < max) {
    while (i < n && isWhitespace(text.charCodeAt(i))) i += 1;
    if (i >= n) break;
    const start = i;
    let ascii = true;
    // Whether the token holds a "[" (a marker needs one; `includes` on a two-byte string costs more than this test).
    let bracket = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c >= 128) {
        if (isWhitespace(c)) break;
        ascii = false;
      } else if (c <= 32) {
        if (isWhitespace(c)) break;
      } else if (c === 91) bracket = true;
      i += 1;
    }
    const raw = text.slice(start, i);
    const bare = trimPunctuation(ascii ? raw : normalizeTypography(raw));
    tokens.push({
      raw, start, bare, lower: lowerWord(bare), capitalized: isUpperInitial(bare), comma: text.charCodeAt(i - 1) === 44,
      marker: bracket && MARKER_START.test(raw), name: stripPossessive(bare),
    });
  }
  return tokens;
}

const MARKER_START = /\[\d/;

/** The characters of the regex class \s. */
function isWhitespace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `"`, `'`, `(`, `[`. */
function isLeading(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 91;
}
/** `"`, `'`, `)`, `]`, `,`, `.`, `;`, `:`, `!`, `?`. */
function isTrailing(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63;
}

/** Strips surrounding quotes, brackets and punctuation (character loop: this runs for every token). */
function trimPunctuation(word: string): string {
  let from = 0;
  let to = word.length;
  while (from < to && isLeading(word.charCodeAt(from))) from += 1;
  while (to > from && isTrailing(word.charCodeAt(to - 1))) to -= 1;
  return from === 0 && to === word.length ? word : word.slice(from, to);
}

function isUpperInitial(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

function canEndHeadline(previous: Token): boolean {
  const raw = previous.raw;
  const last = raw.charCodeAt(raw.length - 1);
  // A raw token ending in , ; : ( – — - or being a lone opening quote " “ ‘.
  if (last === 44 || last === 59 || last === 58 || last === 40 || last === 0x2013 || last === 0x2014 || last === 45) return false;
  if (raw.length === 1 && (last === 34 || last === 0x201c || last === 0x2018)) return false;
  if (previous.bare.length === 0) return false;
  return !NON_FINAL.has(previous.lower);
}

function scoreCandidate(tokens: Token[], i: number): number {
  const first = tokens[i];
  if (!first) return 0;
  let score = OPENERS.has(first.lower) ? 3 : 0;

  // The capitalized run that would be the new sentence's subject.
  let end = i;
  let endsWithComma = first.comma;
  while (!endsWithComma && end - i < MAX_NAME_WORDS) {
    const next = tokens[end + 1];
    const afterNext = tokens[end + 2];
    if (!next) break;
    const joinsName = next.capitalized || (NAME_CONNECTORS.has(next.lower) && afterNext?.capitalized === true);
    if (!joinsName || next.marker) break;
    end += 1;
    endsWithComma = next.comma;
  }

  if (opensTitledName(tokens, i, end)) score += 2;

  if (endsWithComma) {
    if (end > i) score += 1;
  } else {
    const next = tokens[end + 1];
    const afterNext = tokens[end + 2];
    if (next && isVerb(next)) score += 2;
    else if (next && afterNext && !next.capitalized && /[a-z]$/i.test(next.raw) && !NON_FINAL.has(next.lower) && isVerb(afterNext)) {
      score += 2;
    }
  }

  if (repeatsHeadlineName(tokens, i, end)) score += 1;
  return score;
}

/**
 * True when the run starts a "[modifiers] Title Name" subject: a title within the first
 * few words, preceded only by nationality-like words or acronyms ("South Korean President",
 * "US Secretary", "NATO Secretary-General"). "New Delhi Kenyan President" fails at "Delhi",
 * which leaves the split before "Kenyan".
 */
function opensTitledName(tokens: Token[], i: number, end: number): boolean {
  for (let k = i; k <= Math.min(end, i + MAX_TITLE_MODIFIERS); k += 1) {
    const token = tokens[k];
    if (!token) return false;
    if (TITLES.has(token.lower)) return true;
    if (!isTitleModifier(token)) return false;
  }
  return false;
}

function isTitleModifier(token: Token): boolean {
  return DIRECTIONS.has(token.lower) || ACRONYM.test(token.bare) || DEMONYM_ENDING.test(token.lower);
}

/** Penalizes a headline that would be long or hold commas: one point each, at most two for commas. */
function shapePenalty(tokens: Token[], i: number): number {
  let commas = 0;
  for (let k = 0; k < i; k += 1) if (tokens[k]?.comma) commas += 1;
  return Math.min(commas, 2) + (i > LONG_HEADLINE_WORDS ? 1 : 0);
}

function isVerb(token: Token): boolean {
  if (token.capitalized) return false;
  const word = token.lower;
  if (VERBS.has(word)) return true;
  return word.length >= 4 && word.endsWith('ed') && !NOT_VERBS.has(word);
}

/** True when a name in the candidate's run already appeared in the headline ("Sara Duterte ... Sara Duterte was"). */
function repeatsHeadlineName(tokens: Token[], i: number, end: number): boolean {
  for (let k = i; k <= end; k += 1) {
    const token = tokens[k];
    const name = token?.name ?? '';
    if (name.length < 3 || !token!.capitalized) continue;
    // `name` is `bare` itself unless a possessive was cut: then its lower case is already at hand.
    const lower = name === token!.bare ? token!.lower : lowerWord(name);
    if (TITLES.has(lower) || OPENERS.has(lower)) continue;
    for (let h = 0; h < i; h += 1) if ((tokens[h]?.name ?? '') === name) return true;
  }
  return false;
}

/** Without a final "'s" (char codes: `endsWith` costs more on the two-byte slices of a story). */
function stripPossessive(word: string): string {
  const n = word.length;
  return n >= 2 && word.charCodeAt(n - 1) === 115 && word.charCodeAt(n - 2) === 39 ? word.slice(0, -2) : word;
}
