/**
 * Round 9 of the speed work: fewer and smaller allocations (reused buffers with a count instead of
 * `length = 0`, rows and lists built at their final size). These tests pin that each gives what the
 * code it replaced gave: the old versions are kept here as oracles.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Extraction, ExtractedEntity } from '../../src/domain/extraction';
import type { EntityRow, MentionRow } from '../../src/domain/resolved-graph';
import { COUNTRIES } from '../../src/pipeline/extract/lexicon/countries';
import { aliasKey, normalizeTypography, slugify } from '../../src/domain/normalize';
import { extractStory } from '../../src/pipeline/extract/extract-story';
import { tokenize, type TokenizeInfo } from '../../src/pipeline/extract/tokenize';
import { parseStory } from '../../src/pipeline/parse/parse-story';
import { entityId, resolveExtraction } from '../../src/pipeline/resolve/resolve-extraction';
import { randomTexts } from '../helpers/random-text';

const DEV = path.join(__dirname, '../fixtures/dev');
const HELDOUT = path.join(__dirname, '../fixtures/heldout');
const storyTexts = (dir: string): string[] => fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const extractions: Extraction[] = [...storyTexts(DEV), ...storyTexts(HELDOUT)].map((text) => {
  const parsed = parseStory(text, { format: 'AUTO' });
  if (!parsed.ok) throw new Error('fixture story does not parse');
  return extractStory(parsed.story);
});
const devClaims: string[] = extractions.flatMap((x) => x.claims.map((c) => c.norm));

/** Resolve's country names by code (same construction as resolve-extraction). */
const NAMES_BY_CODE = new Map<string, string[]>();
for (const [name, info] of COUNTRIES.byName) {
  if (!NAMES_BY_CODE.has(info.code)) NAMES_BY_CODE.set(info.code, []);
  NAMES_BY_CODE.get(info.code)!.push(aliasKey(name));
}

/** Round 8's entity rows: keys and aliases pushed into fresh arrays, rows with one id merged. */
function oldEntityRows(x: Extraction): EntityRow[] {
  const rows = new Map<string, EntityRow>();
  for (const e of x.entities) {
    const id = entityId(e, x.storyId);
    const keys: string[] = [];
    const add = (k: string): void => { if (k !== '' && !keys.includes(k)) keys.push(k); };
    add(aliasKey(e.name));
    for (const a of e.aliases) if (a !== e.name) add(aliasKey(a));
    for (const k of e.extraKeys) add(k);
    if (e.type === 'COUNTRY' && e.countryCode) for (const k of NAMES_BY_CODE.get(e.countryCode) ?? []) add(k);
    const aliases: string[] = [];
    for (const a of e.aliases) if (!aliases.includes(a)) aliases.push(a);
    const row: EntityRow = {
      id, type: e.type, kind: e.kind, name: e.name, aliases, aliasKeys: keys,
      count: e.type === 'AGREEMENT' ? e.count : null, topics: e.type === 'AGREEMENT' ? e.topics : [],
    };
    const prev = rows.get(id);
    if (!prev) rows.set(id, row);
    else {
      prev.aliases = [...new Set([...prev.aliases, ...row.aliases])];
      prev.aliasKeys = [...new Set([...prev.aliasKeys, ...row.aliasKeys])];
    }
  }
  return [...rows.values()];
}

/** Round 8's mention rows: empty lists created per row, then filled. */
function oldMentionRows(x: Extraction): MentionRow[] {
  const mentions: MentionRow[] = [];
  const byIdMap = new Map<string, { rows: MentionRow[]; claims: number[] }>();
  for (const e of x.entities) {
    const id = entityId(e, x.storyId);
    let byId = byIdMap.get(id);
    if (!byId) { byId = { rows: [], claims: [] }; byIdMap.set(id, byId); }
    for (const m of e.mentions) {
      let row: MentionRow | undefined;
      for (let r = byId.claims.length - 1; r >= 0; r--) if (byId.claims[r] === m.claimIndex) { row = byId.rows[r]; break; }
      if (!row) {
        row = { claimId: `${x.storyId}#c${m.claimIndex}`, entityId: id, surfaces: [], starts: [], ends: [] };
        byId.rows.push(row); byId.claims.push(m.claimIndex); mentions.push(row);
      }
      if (row.starts.includes(m.start)) continue;
      row.surfaces.push(m.surface); row.starts.push(m.start); row.ends.push(m.end);
    }
  }
  return mentions;
}

describe('resolve rows built at their final size', () => {
  it('entity rows equal the rows of the push-based version (dev and held-out stories)', () => {
    for (const x of extractions) expect(resolveExtraction(x).entities).toEqual(oldEntityRows(x));
  });

  it('mention rows equal the rows of the version that filled empty lists', () => {
    for (const x of extractions) expect(resolveExtraction(x).mentions).toEqual(oldMentionRows(x));
  });

  it('holds for entities with repeated aliases, repeated mentions and several entities on one id', () => {
    const x = extractions[0]!;
    const e0 = x.entities.find((e) => e.mentions.length > 0)!;
    const twin: ExtractedEntity = { ...e0, key: 'twin', aliases: [...e0.aliases, e0.aliases[0]!, 'Other Name', ''], mentions: [...e0.mentions, e0.mentions[0]!, { ...e0.mentions[0]!, start: 10_000 }] };
    const bare: ExtractedEntity = { ...e0, key: 'bare', aliases: [], mentions: [], extraKeys: [] };
    const y: Extraction = { ...x, entities: [bare, ...x.entities, twin] };
    const graph = resolveExtraction(y);
    expect(graph.entities).toEqual(oldEntityRows(y));
    expect(graph.mentions).toEqual(oldMentionRows(y));
  });
});

describe('tokenize: joined-token list in a reused buffer', () => {
  const randomText = randomTexts(9);
  const ALPHABET = ['al-Assad', "O'Brien", 'Jae-myung', 'é', 'Ö', 'x', 'Ab', ' ', ' ', '-', "'", '.', ',', '"', 'U.S.', '1', '\u{1F600}', "'s", 'word'];

  /** Round 8's list: indexes of the word tokens holding a non-ASCII character or a hyphen/apostrophe join. */
  function oldJoined(text: string): number[] | undefined {
    const info: TokenizeInfo = { joined: false, joinedTokens: [] };
    const tokens = tokenize(text, info);
    if (!info.joinedTokens) return undefined;
    const out: number[] = [];
    tokens.forEach((t, i) => {
      if (!t.word) return;
      // The join test saw the token before its possessive "'s" was cut off.
      const raw = text.slice(t.start, t.poss ? t.end + 2 : t.end);
      let joined = false;
      for (let p = 0; p < raw.length; p++) {
        const c = raw.charCodeAt(p);
        if (c >= 128 || ((c === 45 || c === 39) && p > 0 && p + 1 < raw.length)) joined = true;
      }
      if (joined) out.push(i);
    });
    return out;
  }

  it('lists the same tokens as a per-token check, with one buffer reused across texts', () => {
    const buffer: number[] = [];
    const texts = [...devClaims];
    for (let i = 0; i < 4000; i++) texts.push(randomText(ALPHABET, 1, 16));
    // Long texts first, then short ones: stale entries past the count must not be read.
    texts.sort((a, b) => b.length - a.length);
    for (const text of texts) {
      const info: TokenizeInfo = { joined: false, joinedTokens: buffer, joinedCount: 0 };
      tokenize(text, info);
      const expected = oldJoined(text);
      if (expected === undefined) {
        expect(info.joinedTokens).toBeUndefined();
        continue;
      }
      expect(buffer.slice(0, info.joinedCount)).toEqual(expected);
      expect(info.joined).toBe(expected.length > 0);
    }
  });
});

describe('aliasKey: typography-only non-ASCII text takes the ASCII path', () => {
  /** Round 8's aliasKey: every text with a non-ASCII character went through NFKD and the Unicode classes. */
  function oldAliasKey(name: string): string {
    if (!/[^\x00-\x7F]/.test(name)) return name.toLowerCase().replace(/'s\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
    return normalizeTypography(name).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/'s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  }
  const randomText = randomTexts(10);
  const ALPHABET = [
    '\u2019', '\u2018', '\u201C', '\u201D', '\u2013', '\u2014', '\u2011', '\u00A0', '\u200B', '\u2026', '\u2212', "'s", "'S", 's', ' ', '-', '.', ',',
    'Lee', 'Jae', 'XI', 'é', 'Ö', 'ñ', '\u0301', 'ß', 'İ', '\u{1F600}', '1', '0', '_', '(', 'A', 'z',
  ];

  it('equals the NFKD version on titles, claims and random strings', () => {
    const titles = extractions.map((x) => x.story.title);
    const texts = [...titles, ...devClaims, 'Xi\u2019s visit', 'Lee Jae\u2011myung', '\u201CEU\u2013Japan\u201D', 'Café', ''];
    for (let i = 0; i < 20000; i++) texts.push(randomText(ALPHABET, 0, 12));
    for (const t of texts) {
      expect(aliasKey(t)).toBe(oldAliasKey(t));
      expect(slugify(t)).toBe(oldAliasKey(t).replace(/ /g, '-').slice(0, 120));
    }
  });
});
