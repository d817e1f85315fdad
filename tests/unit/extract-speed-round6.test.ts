/**
 * Round 6 of the speed work replaced a few regex scans and string builds by cheaper equivalents;
 * these tests pin that each gives exactly what the code it replaced gave.
 */
import { findCandidates } from '../../src/pipeline/extract/find-candidates';
import { mainClauseEnd } from '../../src/pipeline/extract/extract-events';
import { BACKDROP_MARKERS } from '../../src/pipeline/extract/lexicon/words';
import { cleanEnd } from '../../src/pipeline/parse/parse-sources';
import { dateSeparators } from '../../src/pipeline/parse/parse-timeline';
import { randomTexts } from '../helpers/random-text';

const randomText = randomTexts(11);

describe('cleanEnd (digest source lines)', () => {
  const reference = (text: string): string => text.replace(/\s+\.$/, '').trim();

  it('drops a detached final period like the regex it replaced', () => {
    for (const t of ['Title .', 'Title.', 'Title  \t.', 'Title\u00a0.', 'Title\u2003.', '.', ' .', '', 'a . b .', 'x \u0085.', 'x\u3000.', 'x\ufeff.']) {
      expect(cleanEnd(t)).toBe(reference(t));
    }
  });

  it('matches the regex on random strings', () => {
    const alphabet = ['a', '.', ' ', '\t', '\n', '\u00a0', '\u2003', '\u0085', 'B', ' .', '\u3000', '\ufeff', '\u200b'];
    for (let i = 0; i < 20000; i++) {
      const s = randomText(alphabet, 0, 8);
      expect(cleanEnd(s)).toBe(reference(s));
    }
  });
});

describe('dateSeparators (timeline entries)', () => {
  // The scan it replaced: the same regex over the whole entry.
  const reference = (raw: string): Array<{ start: number; end: number }> => {
    const re = /\s[–—-]\s|:\s/g;
    const out: Array<{ start: number; end: number }> = [];
    for (let m = re.exec(raw); m && out.length < 2; m = re.exec(raw)) {
      if (m.index > 60) break;
      out.push({ start: m.index, end: m.index + m[0].length });
    }
    return out;
  };

  it('finds separators up to index 60, including ones ending past 63', () => {
    const pad = (n: number): string => 'x'.repeat(n);
    for (const raw of [`${pad(58)} – b`, `${pad(59)} – b`, `${pad(60)} – b`, `${pad(61)} – b`, `${pad(59)}: b`, `${pad(60)}: b`, 'Jan 5 2026 – Lee arrives: talks – end']) {
      expect(dateSeparators(raw)).toEqual(reference(raw));
    }
  });

  it('matches the whole-entry scan on random strings', () => {
    const alphabet = ['a', ' ', ' - ', ':', ': ', ' – ', '—', '\u00a0', '-', 'b', 'Jan 5 ', '2026'];
    for (let i = 0; i < 20000; i++) {
      const s = randomText(alphabet, 20, 70);
      expect(dateSeparators(s)).toEqual(reference(s));
    }
  });
});

describe('mainClauseEnd backdrop pre-filter', () => {
  // Without the keyword pre-filter: every backdrop marker regex runs.
  const SENTENCE_END = /[.!?]["']?\s+(?=[A-Z"])/g;
  const ABBREVIATION = /^(?:[A-Z]|[A-Z]\.[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Jr|Sr|Dr|Mr|Mrs|Ms|St|Gen|Sen|Rep|Co|Inc|Corp|Ltd)$/;
  const reference = (norm: string): number => {
    let end = norm.length;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(norm); m; m = SENTENCE_END.exec(norm)) {
      const before = /(\S+)$/.exec(norm.slice(Math.max(0, m.index - 6), m.index))?.[1] ?? '';
      if (ABBREVIATION.test(before)) continue;
      end = m.index + 1;
      break;
    }
    const head = norm.slice(0, end);
    for (const re of BACKDROP_MARKERS) {
      const m = re.exec(head);
      if (m && m.index > 0 && m.index < end) end = m.index;
    }
    return end;
  };

  it('cuts at "as (the) death toll / tensions / markets" as before', () => {
    for (const t of [
      'Rescuers dig as the death toll rises', 'Talks stall as tensions grow', 'Stocks fall as\tmarkets wobble', 'He spoke as  the \u00a0tension rose',
      'It was seen as the deal of the year', 'As the death toll rises, aid arrives', 'Leaders met, as tensions', 'x as deathly', 'x asthe death toll',
    ]) {
      expect(mainClauseEnd(t)).toBe(reference(t));
    }
  });

  it('matches running every marker on random strings', () => {
    const alphabet = ['as', ' as ', 'the ', 'death toll', 'tensions', 'market', ' ', '\t', ',', ', ', 'amid', 'when', ' that will', 'hours before', 'Lee', '. ', 'A', 'x'];
    for (let i = 0; i < 20000; i++) {
      const s = randomText(alphabet, 1, 12);
      expect(mainClauseEnd(s)).toBe(reference(s));
    }
  });
});

describe('candidate names from token runs', () => {
  it('joins the words of a name by single spaces whatever separates them in the text', () => {
    const names = (text: string): string[] => findCandidates(0, text).map((c) => c.name);
    expect(names('President Joe  Biden met Xi.')).toEqual(names('President Joe Biden met Xi.'));
    expect(names('President Joe  Biden met Xi.')).toContain('Joe Biden');
    expect(names('Prime Minister\tFumio Kishida spoke.')).toContain('Fumio Kishida');
    expect(findCandidates(0, 'Prime Minister\tFumio Kishida spoke.').map((c) => c.surface)).toContain('Fumio Kishida');
  });
});

describe('airline names at the end of a claim', () => {
  it('reads "Korean Air" as the last words of a claim without a final stop (used to throw)', () => {
    const airline = findCandidates(0, 'He flew Korean Air').find((c) => c.name === 'Korean Air');
    expect(airline).toMatchObject({ kind: 'org', subKind: 'Airline' });
    expect(findCandidates(0, 'He flew Korean Air.').map((c) => c.name)).toEqual(findCandidates(0, 'He flew Korean Air').map((c) => c.name));
  });
});
