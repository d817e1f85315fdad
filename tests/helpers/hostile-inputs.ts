/**
 * A deterministic suite of hostile story texts for the ingest service and the `ingestStory`
 * mutation: the same options give the same cases, byte for byte, on every machine.
 *
 * Each case says what must happen to it:
 *   { outcome: 'rejected', rule }   rejected with (at least) an issue of that rule;
 *   { outcome: 'accepted', warning? } stored, with (when given) a warning of that rule;
 *   { outcome: 'any' }              either; the caller still checks the issues are clear.
 * `testSize` (the default) keeps `npm test` quick; `stressSize` is the full suite.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type HostileExpectation = { outcome: 'rejected'; rule: string } | { outcome: 'accepted'; warning?: string } | { outcome: 'any' };

export interface HostileInput {
  /** Unique, stable name: `family/detail`. */
  name: string;
  family: string;
  text: string;
  expect: HostileExpectation;
}

export interface HostileOptions {
  /** Bytes of the one huge story (20 MB by default). */
  hugeStoryBytes: number;
  /** Characters of the over-long lines. */
  longLineChars: number;
  /** Distinct entities in the "many entities" story. */
  manyEntities: number;
  /** Mutations (truncations, shuffles, duplicated blocks, deleted lines) per dev story and kind. */
  mutationsPerStory: number;
  /** Random binary blobs. */
  binaryBlobs: number;
  /**
   * Keep one in `keepOneIn` of the cases that may be stored (each costs a write; rejected
   * cases cost none and are all kept). 1 keeps everything.
   */
  keepOneIn: number;
  /** The MAX_* limits the service under test runs with (to build inputs just over them). */
  limits: { maxStoryBytes: number; maxLineChars: number; maxClaimsPerStory: number; maxEntitiesPerStory: number };
}

export const DEV_DIR = join(__dirname, '..', 'fixtures', 'dev');

/** The dev corpus stories, sorted by file name. */
export function devStories(): { name: string; text: string }[] {
  return readdirSync(DEV_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(DEV_DIR, f), 'utf8') }));
}

const DEFAULT_LIMITS = { maxStoryBytes: 2_000_000, maxLineChars: 20_000, maxClaimsPerStory: 2_000, maxEntitiesPerStory: 1_000 };

export const testSize: HostileOptions = {
  hugeStoryBytes: 20 * 1024 * 1024,
  longLineChars: 100_000,
  manyEntities: 10_000,
  mutationsPerStory: 6,
  binaryBlobs: 280,
  keepOneIn: 5,
  limits: DEFAULT_LIMITS,
};

export const stressSize: HostileOptions = { ...testSize, mutationsPerStory: 60, binaryBlobs: 1000, keepOneIn: 1 };

/** Small seeded PRNG (mulberry32): deterministic across platforms. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

export function shuffle<T>(rng: () => number, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Names that look like Cypher, GraphQL, templates, HTML, SQL or paths. */
export const INJECTION_NAMES = [
  "'}) DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n //',
  "x' OR 1=1 //",
  '${}',
  '${process.exit(1)}',
  '{{constructor.constructor("return process")()}}',
  '`n`) DETACH DELETE n //',
  'MATCH (n) DETACH DELETE n',
  'CALL dbms.security.listUsers()',
  'LOAD CSV FROM "file:///etc/passwd" AS l RETURN l',
  '$text',
  '{ __schema { types { name } } }',
  'mutation { deleteStory(id: "lee") { deleted } }',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  "'; DROP TABLE stories; --",
  '../../../../etc/passwd',
  '%s%n%x%d',
  '\\u0000',
  '\\',
  'Robert"); MERGE (x:Admin {id: 1}) //',
];

/** Unicode that is legitimate but tricky: right-to-left, combining, zero-width, astral. */
const UNICODE_NAMES: { name: string; text: string; warning?: string }[] = [
  { name: 'arabic', text: 'محمد بن سلمان' },
  { name: 'hebrew', text: 'בנימין נתניהו' },
  { name: 'rtl-override', text: 'Xi \u202EgnipniJ\u202C', warning: 'input.bidi-control' },
  { name: 'rtl-isolate', text: 'Lee \u2067Jae\u2069 Myung', warning: 'input.bidi-control' },
  { name: 'combining', text: 'Xi\u0301\u0308 Jinpi\u0303ng' },
  { name: 'zalgo', text: `X${'\u0336\u0337\u0338'.repeat(200)}i Jinping` },
  { name: 'decomposed', text: 'Emmanuel Macro\u0301n Jose\u0301' },
  { name: 'zwj', text: 'Xi\u200DJinping', warning: 'input.invisible-character' },
  { name: 'zwsp', text: 'Lee\u200B Jae Myung', warning: 'input.invisible-character' },
  { name: 'zwnj', text: 'Ursula von\u200C der Leyen', warning: 'input.invisible-character' },
  { name: 'word-joiner', text: 'Recep\u2060Erdoğan', warning: 'input.invisible-character' },
  { name: 'emoji-zwj', text: 'President 👩\u200D🚀 Astro', warning: 'input.invisible-character' },
  { name: 'astral', text: '𝐗𝐢 𝐉𝐢𝐧𝐩𝐢𝐧𝐠' },
  { name: 'cjk', text: '习近平' },
  { name: 'fullwidth', text: 'Ｘｉ Ｊｉｎｐｉｎｇ' },
  { name: 'nbsp', text: 'Xi\u00A0Jinping' },
  { name: 'homoglyph', text: 'Хi Jinping' },
];

const TIMELINE_DATES = [
  'Feb 30 2023',
  'Feb 29 2023',
  'Apr 31 2024',
  'Jan 0 2026',
  'Jan 32 2026',
  'Month 13 2026',
  'Jan 5 99999',
  'Jan 5 -2026',
  'Jan 5 0000',
  '03/04/2026',
  '5/6/07',
  '2026-13-45',
  '2026-02-30',
  'Spring 2026',
  'Early January',
  'Jan 5–3 2026',
  'Dec 31 2025 – Jan 1 2026',
  'Jan 5 2026 – Jan 4 2026',
  'Jan 2026',
  '2026',
  'Yesterday',
  '',
  '9999999999999999999999',
  'Jan 5 2026 Jan 6 2026 Jan 7 2026',
];

/** Generates the suite. */
export function generateHostileInputs(options: HostileOptions = testSize): HostileInput[] {
  const rng = createRng(20240611);
  const stories = devStories();
  const seed = stories.find((s) => s.name === 'lee-xi-beijing-summit') ?? stories[0]!;
  const cases: HostileInput[] = [];
  const add = (family: string, detail: string, text: string, expect: HostileExpectation): void => {
    cases.push({ name: `${family}/${detail}`, family, text, expect });
  };
  const lines = (text: string): string[] => text.split('\n');
  const retitle = (text: string, title: string): string => [title, ...lines(text).slice(1)].join('\n');
  const { limits } = options;

  // Empty and whitespace.
  for (const [detail, text] of [
    ['empty', ''],
    ['space', ' '],
    ['newlines', '\n\n\n'],
    ['crlf', '\r\n\r\n'],
    ['tabs', '\t\t \t'],
    ['nbsp', '\u00A0\u00A0'],
    ['bom', '\uFEFF'],
    ['ideographic-space', '\u3000'],
  ] as const) {
    add('empty', detail, text, { outcome: 'rejected', rule: 'input.empty' });
  }

  // Binary: random bytes and well-known file headers, decoded as UTF-8 with replacement characters.
  for (let i = 0; i < options.binaryBlobs; i += 1) {
    const bytes = Buffer.alloc(64 + Math.floor(rng() * 4000));
    for (let k = 0; k < bytes.length; k += 1) bytes[k] = Math.floor(rng() * 256);
    add('binary', `random-${i}`, bytes.toString('utf8'), { outcome: 'rejected', rule: 'input.binary' });
  }
  const headers: [string, number[]][] = [
    ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]],
    ['gzip', [0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03]],
    ['pdf-binary', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0]],
    ['utf16le', [...Buffer.from(seed.text.slice(0, 400), 'utf16le')]],
    ['elf', [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ];
  for (const [detail, bytes] of headers) add('binary', detail, Buffer.from(bytes).toString('utf8'), { outcome: 'rejected', rule: 'input.binary' });
  add('binary', 'utf16be-story', Buffer.from(seed.text, 'utf16le').swap16().toString('utf8'), { outcome: 'rejected', rule: 'input.binary' });
  add('binary', 'latin1-story', Buffer.from(seed.text.replace(/[^\x00-\xff]/g, 'e').replace(/e/g, 'é'), 'latin1').toString('utf8'), { outcome: 'rejected', rule: 'input.binary' });

  // Invalid UTF-8 inside otherwise good stories.
  const badSequences = [[0xff], [0xc3, 0x28], [0xe2, 0x82], [0xf0, 0x28, 0x8c, 0x28], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0x80]];
  for (const story of stories) {
    for (let k = 0; k < 2 * badSequences.length; k += 1) {
      const buffer = Buffer.from(story.text, 'utf8');
      const at = Math.floor(rng() * buffer.length);
      // Insert at a character boundary so only the inserted bytes are invalid.
      let cut = at;
      while (cut > 0 && (buffer[cut]! & 0xc0) === 0x80) cut -= 1;
      const text = Buffer.concat([buffer.subarray(0, cut), Buffer.from(badSequences[k % badSequences.length]!), buffer.subarray(cut)]).toString('utf8');
      add('invalid-utf8', `${story.name}-${k}`, text, { outcome: 'rejected', rule: 'input.invalid-utf8' });
    }
  }
  add('invalid-utf8', 'lone-high-surrogate', seed.text.replace('Xi Jinping', 'Xi \uD800Jinping'), { outcome: 'rejected', rule: 'input.invalid-utf8' });
  add('invalid-utf8', 'lone-low-surrogate', seed.text.replace('Beijing', 'Bei\uDC00jing'), { outcome: 'rejected', rule: 'input.invalid-utf8' });
  add('invalid-utf8', 'reversed-pair', seed.text.replace('Beijing', 'Bei\uDC00\uD800jing'), { outcome: 'rejected', rule: 'input.invalid-utf8' });

  // Control characters: every C0 control but tab/LF/CR, DEL and every C1 control, once each.
  const controls = [...Array.from({ length: 32 }, (_, c) => c).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d), 0x7f, ...Array.from({ length: 32 }, (_, c) => 0x80 + c)];
  for (const c of controls) {
    const rule = c === 0 ? 'input.binary' : 'input.control-character';
    const hex = c.toString(16).padStart(2, '0');
    add('control', `${hex}-in-name`, stories[c % stories.length]!.text.replace(/ ([A-Z][a-z]+)/, ` $1${String.fromCharCode(c)}`), { outcome: 'rejected', rule });
    // And at a random place of every story.
    for (const story of stories) {
      const at = Math.floor(rng() * story.text.length);
      add('control', `${hex}-${story.name}-${at}`, `${story.text.slice(0, at)}${String.fromCharCode(c)}${story.text.slice(at)}`, { outcome: 'rejected', rule });
    }
  }
  add('control', 'escape-sequence', seed.text.replace('Lee', '\u001b[31mLee\u001b[0m'), { outcome: 'rejected', rule: 'input.control-character' });
  add('control', 'form-feed-lines', seed.text.replace(/\n/g, '\f\n'), { outcome: 'rejected', rule: 'input.control-character' });
  add('control', 'mostly-controls', '\u0001\u0002\u0003 Title\n'.repeat(50), { outcome: 'rejected', rule: 'input.binary' });
  add('control', 'vertical-tab', seed.text.replace('Sources', 'Sources\u000b'), { outcome: 'rejected', rule: 'input.control-character' });

  // Size: the huge story, and just over / at the limit.
  const repeatTo = (bytes: number): string => {
    const unit = `${seed.text}\n`;
    const times = Math.ceil(bytes / Buffer.byteLength(unit));
    return unit.repeat(times);
  };
  add('size', 'huge', repeatTo(options.hugeStoryBytes), { outcome: 'rejected', rule: 'limit.story-bytes' });
  const overLimit = repeatTo(limits.maxStoryBytes + 1);
  add('size', 'over-limit', overLimit.slice(0, limits.maxStoryBytes + 1 + 200), { outcome: 'rejected', rule: 'limit.story-bytes' });

  // Long lines.
  const longWord = (n: number, rngLocal: () => number): string => {
    let out = '';
    while (out.length < n) out += `${pick(rngLocal, ['peace', 'summit', 'Beijing', 'trade', 'Lee', 'Xi', 'talks', 'and'])} `;
    return out.slice(0, n);
  };
  add('long-line', 'single-line', longWord(options.longLineChars, rng), { outcome: 'rejected', rule: 'limit.line-chars' });
  add('long-line', 'no-spaces', 'x'.repeat(options.longLineChars), { outcome: 'rejected', rule: 'limit.line-chars' });
  for (const story of stories) {
    const ls = lines(story.text);
    const at = 2 + Math.floor(rng() * (ls.length - 2));
    ls[at] = `${ls[at]} ${longWord(options.longLineChars, rng)}`;
    add('long-line', `${story.name}-line-${at + 1}`, ls.join('\n'), { outcome: 'rejected', rule: 'limit.line-chars' });
  }
  {
    const ls = lines(seed.text);
    ls[2] = ls[2]!.padEnd(limits.maxLineChars + 1, ' and more peace talks');
    add('long-line', 'one-over-limit', ls.join('\n'), { outcome: 'rejected', rule: 'limit.line-chars' });
    const at = lines(seed.text);
    at[2] = at[2]!.padEnd(limits.maxLineChars, ' and more peace talks');
    add('long-line', 'at-limit', at.join('\n'), { outcome: 'any' });
    const many = lines(seed.text).map((l, i) => (i >= 2 && i < 12 ? l.padEnd(limits.maxLineChars + 10, ' talks') : l));
    add('long-line', 'ten-lines', many.join('\n'), { outcome: 'rejected', rule: 'limit.line-chars' });
  }

  // Too many claims.
  {
    const sentences = Array.from({ length: limits.maxClaimsPerStory + 1 }, (_, i) => `Officials met again on day ${i + 1} to discuss trade [1].`);
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 50) paragraphs.push(`Talks continue ${sentences.slice(i, i + 50).join(' ')}`);
    add('claims', 'over-limit', ['Endless Talks Continue', 'Updated (1 articles)', ...paragraphs, 'Sources (1 articles)', '-', '[1]', 'Wire: Talks – more talks .', 'Timeline', 'Jan 5 2026 – Talks begin. [1]'].join('\n'), {
      outcome: 'rejected',
      rule: 'limit.claims',
    });
    const timeline = Array.from({ length: limits.maxClaimsPerStory + 5 }, (_, i) => `Jan ${(i % 28) + 1} 2026 – Round ${i + 1} of talks ends. [1]`);
    add('claims', 'timeline-over-limit', ['Endless Timeline', 'Updated (1 articles)', 'Talks drag on Officials met [1].', 'Sources (1 articles)', '-', '[1]', 'Wire: Talks – more .', 'Timeline', ...timeline].join('\n'), {
      outcome: 'rejected',
      rule: 'limit.claims',
    });
  }

  // Many entities in one story: distinct invented people, 20 per sentence.
  {
    const names = manyNames(options.manyEntities, createRng(7));
    const sentences: string[] = [];
    for (let i = 0; i < names.length; i += 20) sentences.push(`President ${names.slice(i, i + 20).join(', President ')} met in Geneva [1].`);
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 10) paragraphs.push(`Leaders gather ${sentences.slice(i, i + 10).join(' ')}`);
    const text = ['The Largest Summit Ever Held', 'Updated (1 articles)', ...paragraphs, 'Sources (1 articles)', '-', '[1]', 'Wire: Summit – everyone came .', 'Timeline', 'Jan 5 2026 – Leaders gather in Geneva. [1]'].join('\n');
    add('entities', `${options.manyEntities}-people`, text, { outcome: 'rejected', rule: 'limit.entities' });
  }

  // Structure: missing sections, sections out of order.
  for (const story of stories) {
    const ls = lines(story.text);
    const iSources = ls.findIndex((l) => /^Sources\b/.test(l));
    const iTimeline = ls.findIndex((l) => /^Timeline\s*$/.test(l));
    const head = ls.slice(0, 2);
    const summary = ls.slice(2, iSources);
    const sources = ls.slice(iSources, iTimeline);
    const timeline = ls.slice(iTimeline);
    const variants: [string, string[]][] = [
      ['no-sources', [...head, ...summary, ...timeline]],
      ['no-timeline', [...head, ...summary, ...sources]],
      ['no-summary', [...head, ...sources, ...timeline]],
      ['title-only', [ls[0]!]],
      ['title-and-updated', head],
      ['no-title', ls.slice(1)],
      ['timeline-first', [...head, ...timeline, ...summary, ...sources]],
      ['sources-first', [...head, ...sources, ...summary, ...timeline]],
      ['timeline-before-sources', [...head, ...summary, ...timeline, ...sources]],
      ['headers-only', [ls[0]!, ls[1]!, sources[0]!, timeline[0]!]],
      ['duplicate-sections', [...head, ...summary, ...sources, ...timeline, ...sources, ...timeline]],
    ];
    for (const [detail, variant] of variants) add('structure', `${story.name}-${detail}`, variant.join('\n'), { outcome: 'any' });
  }

  // Citations: markers to no source, sources never cited, duplicated source numbers.
  for (const story of stories) {
    add('citations', `${story.name}-marker-9`, story.text.replace(/\[1\]/, '[9]'), { outcome: 'accepted', warning: 'digest.marker-unknown-source' });
    add('citations', `${story.name}-marker-0`, story.text.replace(/\[1\]/, '[0]'), { outcome: 'any' });
    add('citations', `${story.name}-marker-huge`, story.text.replace(/\[1\]/, '[99999999999999999999]'), { outcome: 'any' });
    add('citations', `${story.name}-marker-negative`, story.text.replace(/\[1\]/, '[-1]'), { outcome: 'any' });
    add('citations', `${story.name}-no-markers`, withoutMarkers(story.text), { outcome: 'accepted', warning: 'digest.source-uncited' });
    const ls = lines(story.text);
    const iSource = ls.findIndex((l) => l === '[1]');
    if (iSource > 0) {
      const dup = [...ls.slice(0, iSource + 2), '-', '[1]', 'Duplicate Wire: Another article – with the same number .', ...ls.slice(iSource + 2)];
      add('citations', `${story.name}-duplicate-source`, dup.join('\n'), { outcome: 'any' });
      const extra = [...ls.slice(0, iSource + 2), '-', '[77]', 'Uncited Wire: Nobody cites this – at all .', ...ls.slice(iSource + 2)];
      add('citations', `${story.name}-uncited-source`, extra.join('\n'), { outcome: 'accepted', warning: 'digest.source-uncited' });
    }
    add('citations', `${story.name}-marker-storm`, story.text.replace(/\[1\]/, '[1]'.repeat(2000)), { outcome: 'any' });
  }

  // Timelines with impossible or ambiguous dates.
  for (let d = 0; d < TIMELINE_DATES.length; d += 1) {
    const story = stories[d % stories.length]!;
    const ls = lines(story.text);
    const iTimeline = ls.findIndex((l) => /^Timeline\s*$/.test(l));
    const entry = ls[iTimeline + 1]!;
    const body = entry.replace(/^.*? – /, '');
    ls[iTimeline + 1] = `${TIMELINE_DATES[d]} – ${body}`;
    add('dates', `${d}-${story.name}`, retitle(ls.join('\n'), `${ls[0]} (date case ${d})`), { outcome: 'any' });
  }

  // Names that look like code, in titles, sentences, outlets and timelines.
  INJECTION_NAMES.forEach((name, i) => {
    const story = stories[i % stories.length]!;
    add('injection', `${i}-title`, retitle(story.text, `${name} summit`), { outcome: 'any' });
    add('injection', `${i}-person`, seed.text.replace(/Xi Jinping/g, `President ${name}`).replace(/^.*$/m, `Injection Person ${i}`), { outcome: 'any' });
    add('injection', `${i}-outlet`, story.text.replace(/^(\w+):/m, `${name}:`).replace(/^.*$/m, `Injection Outlet ${i}`), { outcome: 'any' });
    add('injection', `${i}-timeline`, story.text.replace(/ – /, ` – ${name} `).replace(/^.*$/m, `Injection Timeline ${i}`), { outcome: 'any' });
  });

  // Unicode names.
  UNICODE_NAMES.forEach(({ name, text, warning }, i) => {
    const replaced = seed.text.replace(/Xi Jinping/g, text).replace(/^.*$/m, `Unicode Names ${i} ${name}`);
    add('unicode', name, replaced, warning ? { outcome: 'accepted', warning } : { outcome: 'any' });
    add('unicode', `${name}-title`, retitle(stories[i % stories.length]!.text, text), { outcome: 'any' });
  });

  // Mutations of the real stories.
  for (const story of stories) {
    const bytes = Buffer.from(story.text, 'utf8');
    const ls = lines(story.text);
    for (let m = 0; m < options.mutationsPerStory; m += 1) {
      // Truncation at a character boundary (cutting inside a character would be invalid UTF-8 on purpose elsewhere).
      let cut = Math.floor(rng() * bytes.length);
      while (cut > 0 && (bytes[cut]! & 0xc0) === 0x80) cut -= 1;
      add('truncate', `${story.name}-${cut}`, bytes.subarray(0, cut).toString('utf8'), { outcome: 'any' });
      add('shuffle', `${story.name}-${m}`, shuffle(rng, ls).join('\n'), { outcome: 'any' });
      const from = Math.floor(rng() * ls.length);
      const to = Math.min(ls.length, from + 1 + Math.floor(rng() * 6));
      const times = 1 + Math.floor(rng() * 3);
      const dup = [...ls.slice(0, to), ...Array.from({ length: times }, () => ls.slice(from, to)).flat(), ...ls.slice(to)];
      add('duplicate-block', `${story.name}-${from}-${to}x${times}`, dup.join('\n'), { outcome: 'any' });
      const drop = new Set(Array.from({ length: 1 + Math.floor(rng() * 4) }, () => Math.floor(rng() * ls.length)));
      add('delete-lines', `${story.name}-${[...drop].sort((a, b) => a - b).join('.')}`, ls.filter((_, i) => !drop.has(i)).join('\n'), { outcome: 'any' });
    }
    add('line-endings', `${story.name}-crlf`, story.text.replace(/\n/g, '\r\n'), { outcome: 'accepted' });
    add('line-endings', `${story.name}-cr`, story.text.replace(/\n/g, '\r'), { outcome: 'any' });
    add('line-endings', `${story.name}-bom`, `\uFEFF${story.text}`, { outcome: 'accepted' });
    add('line-endings', `${story.name}-blank-lines`, story.text.replace(/\n/g, '\n\n\n'), { outcome: 'any' });
    add('line-endings', `${story.name}-indented`, story.text.replace(/\n/g, '\n    '), { outcome: 'any' });
  }

  let mayStore = 0;
  const kept = cases.filter((c) => c.expect.outcome === 'rejected' || mayStore++ % options.keepOneIn === 0);
  const seen = new Set<string>();
  for (const c of kept) {
    if (seen.has(c.name)) c.name = `${c.name}#${kept.indexOf(c)}`;
    seen.add(c.name);
  }
  return kept;
}

/** Removes the citation markers of summary and timeline lines (not the `[n]` lines of the Sources block). */
function withoutMarkers(text: string): string {
  return text
    .split('\n')
    .map((line) => (/^\[\d+\]$/.test(line.trim()) ? line : line.replace(/\s*\[\d+\]/g, '')))
    .join('\n');
}

/** `count` distinct, plausible, invented "First Last" names. */
export function manyNames(count: number, rng: () => number): string[] {
  const first = ['Al', 'Ber', 'Cas', 'Dor', 'El', 'Fen', 'Gal', 'Har', 'Ith', 'Jor', 'Kal', 'Lor', 'Mar', 'Nor', 'Or', 'Per'];
  const mid = ['a', 'e', 'i', 'o', 'u', 'an', 'en', 'in', 'on', 'ar'];
  const end = ['do', 'ra', 'lin', 'vek', 'son', 'mir', 'tan', 'ris', 'nor', 'lek'];
  const names = new Set<string>();
  while (names.size < count) {
    const word = (): string => `${pick(rng, first)}${pick(rng, mid)}${pick(rng, end)}${pick(rng, mid)}${pick(rng, end)}`;
    names.add(`${word()} ${word()}`);
  }
  return [...names];
}

/** Rules about the whole story, whose issues may have `line: null`. */
export const WHOLE_STORY_RULES = new Set(['limit.story-bytes', 'limit.claims', 'limit.entities', 'limit.line-chars']);

/**
 * What is unclear about one issue, or null: a rule like `digest.source-uncited`, a one-line
 * message without stack frames or error class names, and (when `needsLine`) a line
 * number within the input.
 */
export function describeIssueProblem(issue: { line: number | null; rule: string; message: string }, lineCount: number, needsLine: boolean): string | null {
  if (!/^[a-z0-9]+([.-][a-z0-9]+)*$/.test(issue.rule)) return `unclear rule ${JSON.stringify(issue.rule)}`;
  if (issue.message.length === 0 || issue.message.length > 500) return `message of ${issue.message.length} characters (${issue.rule})`;
  if (/\n|\bat \S+ \(|\bat \S+:\d+:\d+|node_modules|\b[A-Z]\w*Error\b|undefined|NaN|\[object /.test(issue.message)) {
    return `message looks like a crash: ${JSON.stringify(issue.message.slice(0, 200))}`;
  }
  if (issue.line !== null && (!Number.isInteger(issue.line) || issue.line < 1 || issue.line > lineCount)) return `line ${issue.line} outside 1..${lineCount} (${issue.rule})`;
  if (needsLine && issue.line === null) return `no line for ${issue.rule}`;
  return null;
}
