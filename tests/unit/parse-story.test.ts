import * as fs from 'fs';
import * as path from 'path';
import { normalizeTypography } from '../../src/domain/normalize';
import type { ParseResult, ParsedStory } from '../../src/domain/parsed-story';
import { parseStory } from '../../src/pipeline/parse/parse-story';

const DEV = path.join(__dirname, '../fixtures/dev');
const ARTICLES = path.join(__dirname, '../fixtures/articles');

interface Gold {
  story: { title: string; articleCount: number; sections: Array<{ heading: string; sentences: number }> };
  sources: Array<{ n: number; outlet: string; title: string }>;
  events: Array<{ date: string; endDate?: string }>;
  claims: { examples: Array<{ textStartsWith: string; sources: number[] }> };
}

function expectStory(result: ParseResult): ParsedStory {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result.story;
}

const devStories = fs
  .readdirSync(DEV)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => ({
    file,
    text: fs.readFileSync(path.join(DEV, file), 'utf8'),
    gold: JSON.parse(fs.readFileSync(path.join(DEV, file.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold,
  }));

describe('parseStory on the dev digests', () => {
  it('finds all seven dev stories', () => {
    expect(devStories).toHaveLength(7);
  });

  describe.each(devStories)('$file', ({ text, gold }) => {
    const story = expectStory(parseStory(text));

    it('reads title, format and article count', () => {
      expect(story.format).toBe('DIGEST');
      expect(normalizeTypography(story.title)).toBe(normalizeTypography(gold.story.title));
      expect(story.titleNorm).toBe(normalizeTypography(gold.story.title));
      expect(story.articleCount).toBe(gold.story.articleCount);
      expect(story.publishedAt).toBeNull();
      expect(story.warnings).toEqual([]);
    });

    it('splits each section into headline and sentences', () => {
      expect(story.sections.map((s) => s.headlineNorm)).toEqual(gold.story.sections.map((s) => normalizeTypography(s.heading)));
      expect(story.sections.map((s) => normalizeTypography(s.headline ?? ''))).toEqual(
        gold.story.sections.map((s) => normalizeTypography(s.heading)),
      );
      expect(story.sections.map((s) => s.sentences.length)).toEqual(gold.story.sections.map((s) => s.sentences));
    });

    it('reads the sources', () => {
      expect(story.sources.map((s) => [s.number, s.outlet, normalizeTypography(s.title)])).toEqual(
        gold.sources.map((s) => [s.n, s.outlet, normalizeTypography(s.title)]),
      );
      for (const source of story.sources) {
        expect(source.description).not.toBeNull();
        expect(source.description).not.toMatch(/\s\.$/);
      }
    });

    it('reads the timeline dates', () => {
      expect(story.timeline.map((e) => [e.date, e.endDate])).toEqual(gold.events.map((e) => [e.date, e.endDate ?? null]));
    });

    it.each(gold.claims.examples)('cites $sources for "$textStartsWith"', ({ textStartsWith, sources }) => {
      const sentences = story.sections.flatMap((s) => s.sentences).filter((s) => s.norm.startsWith(textStartsWith));
      expect(sentences).toHaveLength(1);
      expect(sentences[0]?.markers).toEqual(sources);
    });
  });
});

describe('parseStory details on a dev digest', () => {
  const nato = devStories.find((s) => s.file === 'nato-vilnius-summit.txt');
  const story = expectStory(parseStory(nato?.text ?? ''));

  it('keeps original text, strips markers, keeps line numbers', () => {
    const first = story.sections[0]?.sentences[0];
    expect(first).toEqual({
      text: 'NATO Secretary‑General Jens Stoltenberg said on July 10 that Turkish President Recep Tayyip Erdogan had agreed to forward Sweden’s accession protocol to the Grand National Assembly “as soon as possible”.',
      norm: 'NATO Secretary-General Jens Stoltenberg said on July 10 that Turkish President Recep Tayyip Erdogan had agreed to forward Sweden\'s accession protocol to the Grand National Assembly "as soon as possible".',
      markers: [1],
      line: 3,
    });
    expect(story.sections.map((s) => s.line)).toEqual([3, 4, 5, 6]);
  });

  it('parses a source line into outlet, title and description', () => {
    expect(story.sources[2]).toEqual({
      number: 3,
      outlet: 'BBC',
      title: 'Zelensky hails G7 security pledges as NATO summit ends',
      description:
        'Reports the first NATO‑Ukraine Council meeting, the G7 joint declaration on long‑term security commitments and Biden’s speech at Vilnius University',
      url: null,
      line: 16,
    });
  });

  it('parses a timeline range entry', () => {
    expect(story.timeline[2]).toEqual({
      date: '2023-07-11',
      endDate: '2023-07-12',
      dateText: 'Jul 11–12 2023',
      text: 'NATO leaders meet in Vilnius for a two‑day summit hosted by Lithuania, with Sweden’s accession and Ukraine’s membership path at the top of the agenda.',
      norm: "NATO leaders meet in Vilnius for a two-day summit hosted by Lithuania, with Sweden's accession and Ukraine's membership path at the top of the agenda.",
      markers: [1, 2, 3],
      line: 23,
    });
  });

  it('parses a 5 KB digest well under a millisecond', () => {
    const text = nato?.text ?? '';
    for (let i = 0; i < 200; i += 1) parseStory(text);
    const start = process.hrtime.bigint();
    const runs = 500;
    for (let i = 0; i < runs; i += 1) parseStory(text);
    const microsPerStory = Number(process.hrtime.bigint() - start) / runs / 1000;
    expect(microsPerStory).toBeLessThan(1000);
  });
});

/** A small digest built for one behaviour at a time. */
function digest(parts: { summary: string[]; sources?: string[]; timeline?: string[]; count?: number }): string {
  const count = parts.count ?? 2;
  const lines = ['Test Story Title', `Updated (${count} articles)`, ...parts.summary];
  if (parts.sources) lines.push(`Sources (${count} articles)`, ...parts.sources);
  if (parts.timeline) lines.push('Timeline', ...parts.timeline);
  return lines.join('\n');
}

const TWO_SOURCES = ['-', '[1]', 'Reuters: First title – First description .', '-', '[2]', 'AP: Second title – Second description .'];

describe('parseStory headline split on unseen paragraphs', () => {
  it.each([
    ['Floods force evacuations across Bavaria Heavy rain caused rivers to burst their banks on Sunday [1].', 'Floods force evacuations across Bavaria'],
    ['Talks collapse in Geneva Negotiators from both sides left the room after six hours [1].', 'Talks collapse in Geneva'],
    ['Court blocks tariff order The Supreme Court ruled on Friday that the order exceeded its powers [1].', 'Court blocks tariff order'],
    ['Chancellor Scholz survives confidence vote German Chancellor Olaf Scholz won a confidence vote in the Bundestag [1].', 'Chancellor Scholz survives confidence vote'],
    ["Markets rally after rate cut Investors welcomed the Fed's decision [2][1].", 'Markets rally after rate cut'],
    ['Wildfires spread in California Officials ordered new evacuations near Los Angeles [1].', 'Wildfires spread in California'],
    ['Apple unveils new iPhone Chief Executive Tim Cook presented the device in Cupertino [1].', 'Apple unveils new iPhone'],
    ['Strike halts trains across France Rail workers walked out on Tuesday [1].', 'Strike halts trains across France'],
    ['Ruto meets Modi in New Delhi Kenyan President William Ruto held talks with Indian Prime Minister Narendra Modi [1].', 'Ruto meets Modi in New Delhi'],
    ['Ceasefire holds for a third day Israeli and Hamas officials said the truce was largely respected [1].', 'Ceasefire holds for a third day'],
    ['Vote count delayed in Pennsylvania Election officials said mail-in ballots would take days to process [1].', 'Vote count delayed in Pennsylvania'],
    ['Britain and France agree migrant deal Prime Minister Keir Starmer and President Emmanuel Macron announced the plan [1][2].', 'Britain and France agree migrant deal'],
  ])('%s', (paragraph, headline) => {
    const story = expectStory(parseStory(digest({ summary: [paragraph], sources: TWO_SOURCES })));
    expect(story.sections[0]?.headline).toBe(headline);
    expect(story.sections[0]?.sentences.map((s) => s.text)).toEqual([paragraph.slice(headline.length + 1).replace(/ \[\d\]/g, '').replace(/\[\d\]/g, '')]);
  });
});

describe('parseStory sentence splitting', () => {
  it('splits on markers, keeps marker order, dedupes, and splits marker-free text at real sentence ends', () => {
    const paragraph =
      'Leaders meet in Paris The U.S. delegation arrived on Jan. 5 with Dr. Smith [2][1][2]. Talks began at St. Paul’s. The summit ends Friday [1]. No deal was expected.';
    const story = expectStory(parseStory(digest({ summary: [paragraph], sources: TWO_SOURCES })));
    expect(story.sections[0]?.headline).toBe('Leaders meet in Paris');
    expect(story.sections[0]?.sentences.map((s) => [s.text, s.markers])).toEqual([
      ['The U.S. delegation arrived on Jan. 5 with Dr. Smith.', [2, 1]],
      ['Talks began at St. Paul’s.', []],
      ['The summit ends Friday.', [1]],
      ['No deal was expected.', []],
    ]);
  });
});

describe('parseStory digest tolerance and warnings', () => {
  it('reads "[n] Outlet: ..." on one line, a missing "-" line, and a spaced-hyphen separator', () => {
    const story = expectStory(
      parseStory(
        digest({
          summary: ['Deal signed in Oslo The ministers signed the accord [1][2].'],
          sources: ['[1] Reuters: Accord signed - Reports the signing .', '[2]', 'NRK: Ministers meet in Oslo – Covers the meeting .'],
        }),
      ),
    );
    expect(story.sources.map((s) => [s.number, s.outlet, s.title, s.description, s.line])).toEqual([
      [1, 'Reuters', 'Accord signed', 'Reports the signing', 5],
      [2, 'NRK', 'Ministers meet in Oslo', 'Covers the meeting', 7],
    ]);
    expect(story.warnings).toEqual([]);
  });

  it('warns about unknown markers, uncited and duplicate sources, unreadable dates and count mismatch', () => {
    const text = digest({
      count: 3,
      summary: ['Deal signed in Oslo The ministers signed the accord [1][9].'],
      sources: [...TWO_SOURCES, '-', '[2]', 'BBC: Duplicate – Again .'],
      timeline: ['Early 2024 – Talks start. [1]', 'Nov 28 2023 – Jan 2 2024 – Negotiations run. [1]'],
    });
    const story = expectStory(parseStory(text));
    expect(story.warnings.map((w) => [w.line, w.rule])).toEqual([
      [13, 'digest.source-duplicate'],
      [4, 'digest.article-count-mismatch'],
      [15, 'digest.timeline-date-unreadable'],
      [3, 'digest.marker-unknown-source'],
      [10, 'digest.source-uncited'],
    ]);
    expect(story.timeline.map((e) => [e.date, e.endDate, e.dateText, e.text])).toEqual([
      [null, null, 'Early 2024', 'Talks start.'],
      ['2023-11-28', '2024-01-02', 'Nov 28 2023 – Jan 2 2024', 'Negotiations run.'],
    ]);
  });

  it('detects a digest without the Updated line when it has Sources and Timeline', () => {
    const text = ['Title here', 'Deal signed in Oslo The ministers signed the accord [1].', 'Sources', '[1] Reuters: A – B .', 'Timeline', 'Jan 5 2026 – Signing. [1]'].join('\n');
    const story = expectStory(parseStory(text));
    expect(story.format).toBe('DIGEST');
    expect(story.articleCount).toBeNull();
    expect(story.warnings.map((w) => w.rule)).toEqual(['digest.updated-missing']);
    expect(story.timeline[0]?.date).toBe('2026-01-05');
  });
});

describe('parseStory on plain articles', () => {
  const files = fs.readdirSync(ARTICLES).filter((file) => file.endsWith('.txt'));

  it('finds the article fixtures', () => {
    expect(files).toHaveLength(29);
  });

  it.each(files)('%s', (file) => {
    const text = fs.readFileSync(path.join(ARTICLES, file), 'utf8');
    const lines = text.split('\n');
    const dateHeader = /^Date: (\d{4}-\d{2}-\d{2})$/.exec(lines.find((l) => l.startsWith('Date: ')) ?? '')?.[1];
    const url = lines.find((l) => l.startsWith('URL: '))?.slice(5);
    const story = expectStory(parseStory(text));
    expect(story.format).toBe('ARTICLE');
    expect(story.title).toBe(lines[0]);
    expect(story.publishedAt).toBe(dateHeader);
    expect(story.url).toBe(url);
    expect(story.articleCount).toBe(1);
    expect(story.sources).toEqual([{ number: 1, outlet: 'Wikinews', title: lines[0], description: null, url, line: 1 }]);
    expect(story.sections).toHaveLength(1);
    expect(story.sections[0]?.headline).toBeNull();
    expect(story.sections[0]?.sentences.length).toBeGreaterThanOrEqual(1);
    for (const sentence of story.sections[0]?.sentences ?? []) expect(sentence.markers).toEqual([1]);
    expect(story.timeline).toEqual([]);
  });

  it('drops the dateline and splits lines and sentences', () => {
    const text = 'Markets fall\nSource: Example News\n\nMarch 3, 2025\nStocks fell sharply. The U.S. index lost 3%.\nBonds rallied.';
    const story = expectStory(parseStory(text));
    expect(story.publishedAt).toBe('2025-03-03');
    expect(story.sources[0]?.outlet).toBe('Example News');
    expect(story.sections[0]?.line).toBe(5);
    expect(story.sections[0]?.sentences.map((s) => [s.text, s.line])).toEqual([
      ['Stocks fell sharply.', 5],
      ['The U.S. index lost 3%.', 5],
      ['Bonds rallied.', 6],
    ]);
  });
});

describe('parseStory errors', () => {
  const cases: Array<[string, string, string | undefined, number, string]> = [
    ['empty input', '', undefined, 1, 'input.empty'],
    ['whitespace-only input', '  \n\t\n   ', undefined, 1, 'input.empty'],
    ['NUL bytes', 'Title\nUpdated (2 articles)\nabc\u0000\u0001\u0002def', undefined, 3, 'input.binary'],
    ['replacement characters dominating', `Title\n${'\uFFFD\u0007x'.repeat(40)}`, undefined, 2, 'input.binary'],
    ['digest without summary or timeline', ['Title', 'Updated (2 articles)', 'Sources (2 articles)', ...TWO_SOURCES].join('\n'), undefined, 3, 'digest.content-missing'],
    ['digest without title', 'Updated (2 articles)\nDeal signed The ministers signed [1].', 'DIGEST', 1, 'digest.title-missing'],
    ['article without body', 'Some title\nDate: 2020-01-01\n', undefined, 3, 'article.body-missing'],
    ['article without title', 'Date: 2020-01-01\n\nBody text.', 'ARTICLE', 1, 'article.title-missing'],
  ];

  it.each(cases)('%s', (_name, text, format, line, rule) => {
    const result = parseStory(text, format === undefined ? {} : { format: format as 'DIGEST' | 'ARTICLE' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.line, i.rule])).toEqual([[line, rule]]);
    expect(result.issues[0]?.message.length).toBeGreaterThan(10);
  });

  it('keeps a few stray control characters as a warning', () => {
    const story = expectStory(parseStory('Title\n\nBody text with one odd \u0007 character in it.'));
    expect(story.warnings).toEqual([{ line: 3, rule: 'input.control-characters', message: '1 control or replacement character(s) in the text' }]);
  });
});
