/**
 * Round 7 of the speed work gave the ingest checks fast paths (checkStoryText: one regex test
 * instead of the character scan; checkParsedStory: a length bound instead of collecting every
 * capitalized run; inspectInput: one scan for NUL and suspect characters). These tests pin that
 * each answers exactly what the full check answers.
 */
import { capitalizedRunBound, checkParsedStory, checkStoryText, DEFAULT_STORY_LIMITS, scanStoryText } from '../../src/pipeline/limits';
import { inspectInput } from '../../src/pipeline/parse/inspect-input';
import { parseStory } from '../../src/pipeline/parse/parse-story';
import { devStories, manyNames, createRng } from '../helpers/hostile-inputs';
import { randomTexts } from '../helpers/random-text';

const randomText = randomTexts(7);
const ALPHABET = [
  'a', 'B', ' ', '\t', '\n', '\r', '\r\n', '.', 'é', '–', '\u0000', '\u0001', '\u001b', '\u007f', '\u0085', '\u009f', '\u00a0',
  '\u200b', '\u200d', '\u200e', '\u202a', '\u202e', '\u2060', '\u2066', '\u2069', '\ufeff', '\ufffd', '\ud800', '\udc00', '𝐗', '👩‍🚀',
];

describe('checkStoryText fast path', () => {
  it('agrees with the full scan on random texts, with small and large line limits', () => {
    for (let i = 0; i < 8000; i++) {
      const s = randomText(ALPHABET, 0, 30);
      for (const maxLineChars of [4, 40]) {
        const limits = { ...DEFAULT_STORY_LIMITS, maxLineChars };
        expect(checkStoryText(s, limits)).toEqual(scanStoryText(s, limits));
      }
    }
  });

  it('agrees with the full scan on the dev stories, also with one bad character added', () => {
    for (const { text } of devStories()) {
      for (const extra of ['', '\u0001', '\u200b', '\ud800', '\ufeff', '\u202e']) {
        const t = text.replace('Timeline', `Time${extra}line`);
        for (const maxLineChars of [100, DEFAULT_STORY_LIMITS.maxLineChars]) {
          const limits = { ...DEFAULT_STORY_LIMITS, maxLineChars };
          expect(checkStoryText(t, limits)).toEqual(scanStoryText(t, limits));
        }
      }
    }
  });
});

describe('checkParsedStory bound', () => {
  const CAPITALIZED_RUN = /\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;
  const parsed = (text: string) => {
    const result = parseStory(text);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.story;
  };
  const exactMatches = (story: ReturnType<typeof parsed>): number => {
    const texts = [
      ...story.sections.flatMap((s) => [s.headlineNorm ?? '', ...s.sentences.map((x) => x.norm)]),
      ...story.timeline.map((t) => t.norm),
    ];
    return texts.reduce((n, t) => n + [...t.matchAll(CAPITALIZED_RUN)].length, 0);
  };

  it('never undercounts the capitalized runs of a story', () => {
    const rng = createRng(3);
    const stories = [...devStories().map((s) => s.text)];
    for (let k = 0; k < 20; k++) {
      const names = manyNames(5 + k * 3, rng);
      stories.push(['Crowded Meeting', 'Updated (1 articles)', `Many meet ${names.map((n) => `${n} spoke.`).join(' ')} [1]`, 'Sources (1 articles)', '-', '[1]', 'Wire: A – b .', 'Timeline', 'Jan 5 2026 – A B C D É F. [1]'].join('\n'));
    }
    for (const text of stories) {
      const story = parsed(text);
      const exact = exactMatches(story);
      for (const limit of [0, 1, 5, 20, 100, 1000, 1e9]) {
        const bound = capitalizedRunBound(story, limit);
        // Either the bound holds (>= exact) or it was cut short above the limit (and then the exact count is checked).
        if (bound <= limit) expect(bound).toBeGreaterThanOrEqual(exact);
        else expect(bound).toBeGreaterThan(limit);
      }
    }
  });

  it('gives the same issues as before for every limit around the number of runs', () => {
    const names = manyNames(40, createRng(1));
    const text = ['Crowded Meeting', 'Updated (1 articles)', `Many meet ${names.map((n) => `${n} spoke.`).join(' ')} [1]`, 'Sources (1 articles)', '-', '[1]', 'Wire: A – b .', 'Timeline', 'Jan 5 2026 – They met. [1]'].join('\n');
    const story = parsed(text);
    for (let entities = 1; entities <= 30; entities++) {
      const issues = checkParsedStory(story, { ...DEFAULT_STORY_LIMITS, maxEntitiesPerStory: entities });
      const runs = new Set<string>();
      for (const t of [story.sections[0]!.headlineNorm ?? '', ...story.sections[0]!.sentences.map((x) => x.norm), ...story.timeline.map((t) => t.norm)]) for (const m of t.matchAll(CAPITALIZED_RUN)) runs.add(m[0]);
      expect(issues.some((i) => i.rule === 'limit.entities')).toBe(runs.size > 3 * entities);
    }
  });
});

describe('inspectInput fast path', () => {
  // The function as it was before round 7 (two scans: indexOf NUL, then the suspect regex).
  const SUSPECT = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;
  const lineOf = (text: string, index: number): number => {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
    return line;
  };
  const reference = (text: string) => {
    if (text.trim().length === 0) {
      const what = text.length === 0 ? 'the input is empty' : 'the input holds only whitespace';
      return { errors: [{ line: 1, rule: 'input.empty', message: `${what}; expected a title on line 1` }], warnings: [] };
    }
    const nul = text.indexOf('\u0000');
    if (nul >= 0) return { errors: [{ line: lineOf(text, nul), rule: 'input.binary', message: 'NUL byte found; expected UTF-8 text, not binary data' }], warnings: [] };
    SUSPECT.lastIndex = 0;
    const first = SUSPECT.exec(text);
    if (!first) return { errors: [], warnings: [] };
    const count = text.match(SUSPECT)?.length ?? 0;
    const visible = text.replace(/\s+/g, '').length;
    const line = lineOf(text, first.index);
    if (count / visible > 0.05) return { errors: [{ line, rule: 'input.binary', message: `${count} control or replacement characters in ${visible}; expected UTF-8 text, not binary data` }], warnings: [] };
    return { errors: [], warnings: [{ line, rule: 'input.control-characters', message: `${count} control or replacement character(s) in the text` }] };
  };

  it('agrees with the two-scan version on random texts', () => {
    for (let i = 0; i < 20000; i++) {
      const s = randomText(ALPHABET, 0, 12);
      expect(inspectInput(s)).toEqual(reference(s));
    }
  });
});
