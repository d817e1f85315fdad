/**
 * One phrase table over every lexicon, keyed by the exact token texts joined by spaces,
 * so a claim is scanned once with longest-match lookups (Map hits, no regex per entry).
 */
import { CAPITAL_FOR_ORGANIZATION, COUNTRIES } from './lexicon/countries';
import { KNOWN_ORGANIZATIONS } from './lexicon/organizations';
import { KNOWN_PLACES } from './lexicon/places';
import { CAPITALIZED_TITLES, PORTFOLIOS } from './lexicon/titles';
import type { Token } from './tokenize';

export type GazEntry =
  | { cat: 'country'; code: string }
  | { cat: 'demonym'; code: string }
  | { cat: 'capital'; code: string }
  | { cat: 'capitalOrg'; orgName: string }
  | { cat: 'org'; name: string; kind: string | null; generic: boolean }
  | { cat: 'place'; name: string }
  | { cat: 'title'; title: string };

export const MAX_PHRASE_TOKENS = 6;

function phraseKey(text: string): string {
  // Same token boundaries as the tokenizer: split "'s"-free words and punctuation by spaces.
  return text.replace(/\s+/g, ' ').trim();
}

function buildGazetteer(): Map<string, GazEntry> {
  const table = new Map<string, GazEntry>();
  const put = (surface: string, entry: GazEntry): void => {
    const key = phraseKey(surface);
    if (!table.has(key)) table.set(key, entry);
  };
  for (const o of KNOWN_ORGANIZATIONS) for (const s of [o.name, ...o.variants]) put(s, { cat: 'org', name: o.name, kind: o.kind, generic: !!o.generic });
  for (const p of KNOWN_PLACES) for (const s of [p.name, ...p.variants]) put(s, { cat: 'place', name: p.name });
  for (const t of CAPITALIZED_TITLES) put(t, { cat: 'title', title: t });
  for (const p of PORTFOLIOS) {
    put(`Secretary of ${p}`, { cat: 'title', title: `Secretary of ${p}` });
    put(`Minister of ${p}`, { cat: 'title', title: `Minister of ${p}` });
    put(`Minister for ${p}`, { cat: 'title', title: `Minister for ${p}` });
    const head = p.replace(/^the /, '');
    put(`${head} Minister`, { cat: 'title', title: `${head} Minister` });
    put(`${head} Secretary`, { cat: 'title', title: `${head} Secretary` });
  }
  for (const [name, info] of COUNTRIES.byName) {
    put(name.replace(/^the /, ''), { cat: 'country', code: info.code });
  }
  for (const [d, info] of COUNTRIES.byDemonym) put(d, { cat: 'demonym', code: info.code });
  for (const [c, orgName] of CAPITAL_FOR_ORGANIZATION) table.set(c, { cat: 'capitalOrg', orgName });
  for (const [c, info] of COUNTRIES.byCapital) put(c, { cat: 'capital', code: info.code });
  return table;
}

export const GAZETTEER: ReadonlyMap<string, GazEntry> = buildGazetteer();

/** Token trie over the same phrases: one Map step per token, no string building per lookup. */
interface TrieNode {
  entry: GazEntry | null;
  next: Map<string, TrieNode> | null;
}

function buildTrie(table: ReadonlyMap<string, GazEntry>): TrieNode {
  const root: TrieNode = { entry: null, next: null };
  for (const [key, entry] of table) {
    const words = key.split(' ');
    // Phrases longer than MAX_PHRASE_TOKENS were never reachable by lookup; keep it that way.
    if (words.length > MAX_PHRASE_TOKENS) continue;
    let node = root;
    for (const w of words) {
      if (!node.next) node.next = new Map();
      let child = node.next.get(w);
      if (!child) { child = { entry: null, next: null }; node.next.set(w, child); }
      node = child;
    }
    node.entry = entry;
  }
  return root;
}

const TRIE: TrieNode = buildTrie(GAZETTEER);
/**
 * (first char, length) of the trie's first words, for ASCII first chars: a token whose shape is
 * absent cannot start a phrase, so the large root map is not consulted (a superset: the map decides).
 * (A finer sieve, as in find-candidates, measured slower here: round 8.)
 */
const ROOT_SHAPES: Uint8Array = (() => {
  const t = new Uint8Array(128 * 64);
  for (const w of TRIE.next?.keys() ?? []) {
    const c = w.charCodeAt(0);
    if (c < 128) t[(c << 6) | Math.min(w.length, 63)] = 1;
  }
  return t;
})();
function mayStartPhrase(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 128 || ROOT_SHAPES[(c << 6) | Math.min(text.length, 63)] === 1;
}

/**
 * The root's child per first word, memoized in a small map (bounded like the other memo caches):
 * the root map holds every lexicon phrase's first word, and probing it for each capitalized token
 * missed the CPU caches once the rest of the pipeline had run; the words a story asks about are few.
 */
const ROOT_CHILD = new Map<string, TrieNode | null>();
function rootChild(word: string): TrieNode | undefined {
  let child = ROOT_CHILD.get(word);
  if (child === undefined) {
    if (ROOT_CHILD.size >= 4_096) ROOT_CHILD.clear();
    child = TRIE.next?.get(word) ?? null;
    ROOT_CHILD.set(word, child);
  }
  return child ?? undefined;
}

/**
 * `GAZETTEER.get(word)` for one token text (no spaces) through the trie root and its memo: the
 * one-word phrases are the root's children that hold an entry. The big table stays out of the caches.
 */
export function wordEntry(word: string): GazEntry | null {
  if (!mayStartPhrase(word)) return null;
  const child = rootChild(word);
  return child ? child.entry : null;
}

/** Reused result object shape; callers read `entry`/`len` immediately. */
export interface GazMatch { entry: GazEntry; len: number }

/**
 * Memo of the trie walk for the token list most recently asked about (extraction asks about the
 * same positions of one claim several times): per start index, a bit mask of the phrase lengths
 * found (bit `len`; -1 = not walked yet) and the entry per length. The walk does not depend on
 * `limit` (it stops at non-words and after a possessive), so the full walk answers every limit.
 */
let memoTokens: readonly Token[] | null = null;
let memoMask = new Int8Array(256);
let memoEntries: (GazEntry | null)[] = new Array<GazEntry | null>(256 * (MAX_PHRASE_TOKENS + 1)).fill(null);

function walk(tokens: readonly Token[], i: number): number {
  const max = Math.min(MAX_PHRASE_TOKENS, tokens.length - i);
  let node: TrieNode | undefined = TRIE;
  let mask = 0;
  const base = i * (MAX_PHRASE_TOKENS + 1);
  if (max >= 1 && !mayStartPhrase(tokens[i]!.text)) return 0;
  for (let len = 1; len <= max; len++) {
    const t = tokens[i + len - 1]!;
    // Only words; a possessive may only end the phrase.
    if (!t.word || !node!.next) break;
    node = len === 1 ? rootChild(t.text) : node!.next.get(t.text);
    if (!node) break;
    if (node.entry) { mask |= 1 << len; memoEntries[base + len] = node.entry; }
    if (t.poss) break;
  }
  return mask;
}

/** Longest phrase starting at token `i` (not crossing `limit`), or null. */
export function lookupLongest(tokens: readonly Token[], i: number, limit: number): GazMatch | null {
  if (tokens !== memoTokens) {
    memoTokens = tokens;
    if (memoMask.length < tokens.length) {
      memoMask = new Int8Array(tokens.length * 2);
      memoEntries = new Array<GazEntry | null>(tokens.length * 2 * (MAX_PHRASE_TOKENS + 1)).fill(null);
    }
    memoMask.fill(-1, 0, tokens.length);
  }
  let mask = memoMask[i]!;
  if (mask < 0) { mask = walk(tokens, i); memoMask[i] = mask; }
  if (mask === 0) return null;
  for (let len = Math.min(MAX_PHRASE_TOKENS, limit - i); len >= 1; len--) {
    if (mask & (1 << len)) return { entry: memoEntries[i * (MAX_PHRASE_TOKENS + 1) + len]!, len };
  }
  return null;
}
