/**
 * Round 8 of the speed work: one pass over a claim's tokens lists what the lower-case passes act on,
 * word sieves guard the segment/suffix word maps, and single-word gazetteer lookups go through the
 * trie root; parse joins texts instead of concatenating them. These tests pin that each gives what
 * the code it replaced gave.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tokenScanForTest, triggerMasksForTest, WORD_SIEVES_FOR_TEST } from '../../src/pipeline/extract/find-candidates';
import { GAZETTEER, wordEntry } from '../../src/pipeline/extract/gazetteer';
import { GENERIC_AGREEMENT_HEADS, LOWERCASE_NAMED_HEADS } from '../../src/pipeline/extract/lexicon/agreements';
import { parseStory } from '../../src/pipeline/parse/parse-story';
import { tokenize } from '../../src/pipeline/extract/tokenize';
import { randomTexts } from '../helpers/random-text';
import { extractMarkers } from '../../src/pipeline/parse/extract-markers';
import { flatNorm } from '../../src/pipeline/parse/split-sentences';
import { normalizeTypography } from '../../src/domain/normalize';
import { withoutFinalPossessive } from '../../src/pipeline/extract/text-search';

const DEV = path.join(__dirname, '../fixtures/dev');
const devClaims: string[] = fs.readdirSync(DEV).filter((f) => f.endsWith('.txt')).sort().flatMap((f) => {
  const parsed = parseStory(fs.readFileSync(path.join(DEV, f), 'utf8'), { format: 'AUTO' });
  if (!parsed.ok) throw new Error(`dev story ${f} does not parse`);
  return [...parsed.story.sections.flatMap((s) => s.sentences.map((x) => x.norm)), ...parsed.story.timeline.map((t) => t.norm)];
});

const randomText = randomTexts(8);
const ALPHABET = [
  'deal', 'pact', 'treaty', 'agreement', 'policy', 'accord', 'plan', 'fund', 'father', 'wife', 'son', 'his ', 'her ', 'His ', 'COP28', 'cop2', 'Cop 9',
  'co', 'CO', 'Nikkei', 'Nobel ', 'Summer ', 'leaders', 'allies', 'sides', ' ', ' ', ', ', '.', '-', "'s", 'é', 'Ö', '"', 'A', 'x', '1', '\u{1F600}', 'U.S.', 'Deal',
];
const samples = (): string[] => {
  const out = [...devClaims, 'her father', 'His wife and her son-in-law', 'COP28 and cop9 and COP100', 'the Paris Agreement deal', 'A', '', 'x y'];
  for (let i = 0; i < 4000; i++) out.push(randomText(ALPHABET, 1, 14));
  return out;
};

/** The filters of the per-pass token loops that `scanTokens` replaced. */
const KIN_NOUNS = new Set(['father', 'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'widow', 'widower']);
function referenceLists(norm: string): { heads: number[]; kin: number[]; cop: number[]; copMatches: number[] } {
  const tokens = tokenize(norm);
  const heads: number[] = [];
  const kin: number[] = [];
  const cop: number[] = [];
  const copMatches: number[] = [];
  tokens.forEach((t, i) => {
    if (t.word && !t.cap && (LOWERCASE_NAMED_HEADS.has(t.text) || GENERIC_AGREEMENT_HEADS.has(t.text))) heads.push(i);
    if (i >= 1 && t.word && !t.cap && KIN_NOUNS.has(t.text)) kin.push(i);
    // findOtherPhrases' old filter, and the one pattern (COP28) it guarded.
    if (t.word && (t.text.charCodeAt(0) | 32) === 99 && (t.text.charCodeAt(1) | 32) === 111 && t.text.length >= 4 && t.text.length <= 5) cop.push(i);
    if (t.word && /^COP\d{1,2}$/i.test(t.text)) copMatches.push(i);
  });
  return { heads, kin, cop, copMatches };
}
const isSubsequence = (sub: number[], list: number[]): boolean => { let j = 0; for (const x of list) if (x === sub[j]) j++; return j === sub.length; };

describe('scanTokens (one pass over a claim\'s tokens)', () => {
  it('gives the trigger bits of the per-token trigger loop', () => {
    for (const s of samples()) {
      const { fromTokens } = triggerMasksForTest(s);
      expect(tokenScanForTest(s).triggers).toBe(fromTokens);
    }
  });

  it('lists every token the lower-case passes act on, in order, and only lower-case words', () => {
    for (const s of samples()) {
      const scan = tokenScanForTest(s);
      const ref = referenceLists(s);
      // Every token the old loops acted on is listed (a pass ignores listed tokens its sets reject).
      expect(isSubsequence(ref.heads, scan.agreementHeads)).toBe(true);
      expect(isSubsequence(ref.kin, scan.kinNouns)).toBe(true);
      expect(scan.copWords).toEqual(ref.cop);
      expect(isSubsequence(ref.copMatches, scan.copWords)).toBe(true);
      for (const i of [...scan.agreementHeads, ...scan.kinNouns]) {
        expect(scan.tokens[i]!.word && !scan.tokens[i]!.cap).toBe(true);
      }
      for (let k = 1; k < scan.agreementHeads.length; k++) expect(scan.agreementHeads[k]!).toBeGreaterThan(scan.agreementHeads[k - 1]!);
      for (let k = 1; k < scan.kinNouns.length; k++) expect(scan.kinNouns[k]!).toBeGreaterThan(scan.kinNouns[k - 1]!);
      expect(scan.kinNouns.every((i) => i >= 1)).toBe(true);
    }
  });
});

describe('word sieves', () => {
  it('never reject a word of their set', () => {
    for (const { words, mayHave } of Object.values(WORD_SIEVES_FOR_TEST)) {
      expect(words.length).toBeGreaterThan(10);
      for (const w of words) expect(mayHave(w)).toBe(true);
    }
  });

  it('reject most capitalized words of the dev claims that are in no set', () => {
    const { segment } = WORD_SIEVES_FOR_TEST;
    const words = new Set(segment.words);
    const names = devClaims.flatMap((c) => tokenize(c)).filter((t) => t.word && t.cap && !words.has(t.text)).map((t) => t.text);
    const passed = names.filter((w) => segment.mayHave(w)).length;
    expect(passed / names.length).toBeLessThan(0.1);
  });
});

describe('wordEntry (single-word gazetteer lookup through the trie root)', () => {
  it('answers GAZETTEER.get for every word of the table, the dev tokens and random words', () => {
    const words = new Set<string>();
    for (const key of GAZETTEER.keys()) for (const w of key.split(' ')) words.add(w);
    for (const c of devClaims) for (const t of tokenize(c)) words.add(t.text);
    for (let i = 0; i < 3000; i++) words.add(randomText(['A', 'a', 'E', 'U', 'S', 'k', 'r', 'é', '-', 'in', 'is', 'ter', 'an', 'ia'], 1, 8));
    for (const w of words) expect(wordEntry(w)).toBe(GAZETTEER.get(w) ?? null);
    // Asked twice: the memo gives the same answer.
    for (const w of words) expect(wordEntry(w)).toBe(GAZETTEER.get(w) ?? null);
  });
});

/** The `+=` versions that round 8 replaced by a join (same text; the join gives a flat string). */
function extractMarkersReference(text: string): { text: string; markers: number[] } {
  const markers: number[] = [];
  let out = '';
  let copied = 0;
  const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 0xa0 || code === 0x202f;
  for (let open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
    const close = text.indexOf(']', open + 1);
    if (close < 0) break;
    const digits = close > open + 1 && close - open - 1 <= 4 && /^\d+$/.test(text.slice(open + 1, close));
    if (!digits) {
      open = Math.max(open, text.lastIndexOf('[', close) - 1);
      continue;
    }
    const n = Number(text.slice(open + 1, close));
    if (!markers.includes(n)) markers.push(n);
    let cut = open;
    while (cut > copied && isSpace(text.charCodeAt(cut - 1))) cut -= 1;
    out += text.slice(copied, cut);
    copied = close + 1;
    open = close;
  }
  if (copied === 0) return { text: text.trim(), markers };
  return { text: (out + text.slice(copied)).trim(), markers };
}

const TYPOGRAPHY: Record<string, string> = {};
for (const ch of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212') TYPOGRAPHY[ch] = '-';
for (const ch of '\u2018\u2019\u201A\u201B\u2032') TYPOGRAPHY[ch] = "'";
for (const ch of '\u201C\u201D\u201E\u201F\u2033') TYPOGRAPHY[ch] = '"';
for (const ch of '\u00A0\u2007\u202F\u2009\u200A\u2002\u2003') TYPOGRAPHY[ch] = ' ';
for (const ch of '\u200B\u200C\u200D\u2060\uFEFF') TYPOGRAPHY[ch] = '';
TYPOGRAPHY['\u2026'] = '...';
function normalizeTypographyReference(text: string): string {
  let out = '';
  for (const ch of text) out += TYPOGRAPHY[ch] ?? ch;
  return out;
}

describe('flat strings from parse (join instead of +=)', () => {
  const alphabet = ['[1]', '[23]', '[12345]', '[x]', '[', ']', ' ', '\t', '\u00a0', '\u202f', 'a', 'B', '.', '’', '“', '”', '—', '\u200b', '…', 'é', '\u{1F600}', ' [2]', '[1][2]'];

  it('extractMarkers gives what the += version gave', () => {
    for (let i = 0; i < 20000; i++) {
      const s = randomText(alphabet, 0, 16);
      expect(extractMarkers(s)).toEqual(extractMarkersReference(s));
    }
    for (const c of devClaims) expect(extractMarkers(`${c} [1] [2]. More [3]`)).toEqual(extractMarkersReference(`${c} [1] [2]. More [3]`));
  });

  it('normalizeTypography gives what replacing character by character gives', () => {
    for (let i = 0; i < 20000; i++) {
      const s = randomText(alphabet, 0, 16);
      expect(normalizeTypography(s)).toBe(normalizeTypographyReference(s));
    }
  });

  it('flatNorm is normalizeTypography (a copy when nothing is folded)', () => {
    for (let i = 0; i < 20000; i++) {
      const s = randomText(alphabet, 0, 16);
      expect(flatNorm(s)).toBe(normalizeTypography(s));
    }
    for (const c of devClaims) expect(flatNorm(` ${c} `.slice(1, -1))).toBe(normalizeTypography(c));
  });

  it('withoutFinalPossessive is the /\'s$/ replace', () => {
    for (let i = 0; i < 5000; i++) {
      const s = randomText(["'", 's', "'s", 'S', 'x', '’', ' '], 0, 6);
      expect(withoutFinalPossessive(s)).toBe(s.replace(/'s$/, ''));
    }
  });
});
