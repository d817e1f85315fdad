import { loadConfig } from '../../src/config/env';
import { checkParsedStory, checkResolvedGraph, checkStoryText, DEFAULT_STORY_LIMITS, storyLimitsFromConfig } from '../../src/pipeline/limits';
import { parseStory } from '../../src/pipeline/parse/parse-story';
import { makeResolvedGraph } from '../helpers/resolved-graph-fixture';
import { devStories, manyNames, createRng } from '../helpers/hostile-inputs';

const limits = { ...DEFAULT_STORY_LIMITS, maxLineChars: 100, maxClaimsPerStory: 3, maxEntitiesPerStory: 2 };
const story = devStories().find((s) => s.name === 'lee-xi-beijing-summit')!.text;

describe('configuration', () => {
  it('has defaults and reads every limit from the environment', () => {
    expect(storyLimitsFromConfig(loadConfig({}))).toEqual(DEFAULT_STORY_LIMITS);
    expect(storyLimitsFromConfig(loadConfig({ MAX_STORY_BYTES: '5000', MAX_LINE_CHARS: '300', MAX_CLAIMS_PER_STORY: '7', MAX_ENTITIES_PER_STORY: '9' }))).toEqual({
      maxStoryBytes: 5000,
      maxLineChars: 300,
      maxClaimsPerStory: 7,
      maxEntitiesPerStory: 9,
    });
  });

  it('lists every invalid limit at once', () => {
    expect(() => loadConfig({ MAX_LINE_CHARS: '5', MAX_CLAIMS_PER_STORY: '0', MAX_ENTITIES_PER_STORY: 'many' })).toThrow(
      /MAX_LINE_CHARS[\s\S]*MAX_CLAIMS_PER_STORY[\s\S]*MAX_ENTITIES_PER_STORY/,
    );
  });
});

describe('checkStoryText', () => {
  it('accepts a real story without issues', () => {
    expect(checkStoryText(story, DEFAULT_STORY_LIMITS)).toEqual({ errors: [], warnings: [] });
  });

  it('refuses a story over MAX_STORY_BYTES, counting UTF-8 bytes', () => {
    expect(checkStoryText('é'.repeat(600), { ...limits, maxStoryBytes: 1000 }).errors).toEqual([
      { line: null, rule: 'limit.story-bytes', message: 'story is 1200 bytes; the limit is 1000 (MAX_STORY_BYTES)' },
    ]);
  });

  it('names each line over MAX_LINE_CHARS, up to five, then a total', () => {
    const text = ['ok', 'x'.repeat(101), 'ok', ...Array.from({ length: 6 }, () => 'y'.repeat(150))].join('\r\n');
    expect(checkStoryText(text, limits).errors).toEqual([
      { line: 2, rule: 'limit.line-chars', message: 'line 2 is 101 characters; the limit is 100 (MAX_LINE_CHARS)' },
      ...[4, 5, 6, 7].map((line) => ({ line, rule: 'limit.line-chars', message: `line ${line} is 150 characters; the limit is 100 (MAX_LINE_CHARS)` })),
      { line: null, rule: 'limit.line-chars', message: '2 more line(s) over 100 characters (MAX_LINE_CHARS)' },
    ]);
    expect(checkStoryText('x'.repeat(100), limits).errors).toEqual([]);
  });

  it('names the line and code point of a control character', () => {
    expect(checkStoryText(story.replace('Sources', 'Sour\u001bces'), DEFAULT_STORY_LIMITS).errors).toEqual([
      { line: 7, rule: 'input.control-character', message: '1 control character(s) (first U+001B on line 7); only tab, line feed and carriage return are allowed' },
    ]);
    expect(checkStoryText(story.replace('Timeline', 'Time\u0085line'), DEFAULT_STORY_LIMITS).errors.map((e) => [e.line, e.rule])).toEqual([[14, 'input.control-character']]);
  });

  it('reports replacement characters and lone surrogates as invalid UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('Title\nUpdated\nA '), Buffer.from([0xc3, 0x28]), Buffer.from(' b')]);
    expect(checkStoryText(`${bytes.toString('utf8')}${'\nfine text line'.repeat(5)}`, limits).errors).toEqual([
      { line: 3, rule: 'input.invalid-utf8', message: '1 character(s) that were not valid UTF-8 (first U+FFFD on line 3); send the text as UTF-8' },
    ]);
    expect(checkStoryText(`${'fine text line\n'.repeat(5)}Xi \uD800Jinping`, limits).errors.map((e) => [e.line, e.rule])).toEqual([[6, 'input.invalid-utf8']]);
    expect(checkStoryText('astral 𝐗𝐢 and emoji 👩‍🚀 are fine', DEFAULT_STORY_LIMITS).errors).toEqual([]);
  });

  it('calls NUL bytes or mostly-bad text binary', () => {
    expect(checkStoryText('Title\nbody\u0000', limits).errors.map((e) => [e.line, e.rule])).toEqual([[2, 'input.binary']]);
    expect(checkStoryText('\u0001\u0002\u0003abc', limits).errors.map((e) => e.rule)).toEqual(['input.binary']);
  });

  it('warns about bidi controls and zero-width characters, naming the line', () => {
    const text = 'Title\nXi\u200DJinping met \u202ELee\u202C';
    expect(checkStoryText(text, DEFAULT_STORY_LIMITS)).toEqual({
      errors: [],
      warnings: [
        { line: 2, rule: 'input.bidi-control', message: '2 bidirectional control character(s) (first U+202E on line 2); the text may display differently from how it is stored' },
        { line: 2, rule: 'input.invisible-character', message: '1 zero-width character(s) (first U+200D on line 2); names containing them are distinct from the visible spelling' },
      ],
    });
    expect(checkStoryText(`\uFEFF${story}`, DEFAULT_STORY_LIMITS).warnings).toEqual([]); // a leading BOM is fine
  });
});

describe('checkParsedStory', () => {
  const parsed = (text: string) => {
    const result = parseStory(text);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.story;
  };

  it('counts sentences and timeline entries as claims, naming the line of the first one over the limit', () => {
    const issues = checkParsedStory(parsed(story), { ...DEFAULT_STORY_LIMITS, maxClaimsPerStory: 3 });
    expect(issues).toEqual([
      { line: 4, rule: 'limit.claims', message: 'story has 21 claims (sentences and timeline entries); the limit is 3 (MAX_CLAIMS_PER_STORY), reached on line 4' },
    ]);
    expect(checkParsedStory(parsed(story), { ...DEFAULT_STORY_LIMITS, maxClaimsPerStory: 21 })).toEqual([]);
  });

  it('refuses, before extraction, a story with far more capitalized names than MAX_ENTITIES_PER_STORY allows', () => {
    const names = manyNames(40, createRng(1));
    const text = ['Crowded Meeting', 'Updated (1 articles)', `Many meet ${names.map((n) => `${n} spoke.`).join(' ')} [1]`, 'Sources (1 articles)', '-', '[1]', 'Wire: A – b .', 'Timeline', 'Jan 5 2026 – They met. [1]'].join('\n');
    expect(checkParsedStory(parsed(text), { ...DEFAULT_STORY_LIMITS, maxEntitiesPerStory: 10 })).toEqual([
      { line: 3, rule: 'limit.entities', message: 'story names more than 30 distinct capitalized names by line 3, far more than the limit of 10 entities (MAX_ENTITIES_PER_STORY)' },
    ]);
    expect(checkParsedStory(parsed(text), { ...DEFAULT_STORY_LIMITS, maxEntitiesPerStory: 20 })).toEqual([]);
  });
});

describe('checkResolvedGraph', () => {
  it('counts distinct entities and claims of the resolved story', () => {
    const graph = makeResolvedGraph('s1');
    expect(checkResolvedGraph(graph, { ...DEFAULT_STORY_LIMITS, maxEntitiesPerStory: 5, maxClaimsPerStory: 2 })).toEqual([]);
    expect(checkResolvedGraph(graph, limits)).toEqual([
      { line: null, rule: 'limit.entities', message: 'story names 5 distinct entities; the limit is 2 (MAX_ENTITIES_PER_STORY)' },
    ]);
    expect(checkResolvedGraph(graph, { ...limits, maxClaimsPerStory: 1 }).map((i) => i.rule)).toEqual(['limit.claims', 'limit.entities']);
  });
});
