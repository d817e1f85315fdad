import { articleEventDate } from '../../src/pipeline/extract/extract-events';
import { extractStory } from '../../src/pipeline/extract/extract-story';
import { parseStory } from '../../src/pipeline/parse/parse-story';

const ARTICLE = [
  'Automaker cuts jobs',
  'Date: 2009-11-05',
  'Source: Wikinews',
  '',
  'The US car manufacturer General Motors has cut 10,000 jobs at its European division.',
  'John Smith announced the company\'s move on Wednesday.',
  'Analysts said the market was weak.',
  '"We will grow," said Smith.',
].join('\n');

describe('article events', () => {
  it('dates from the text, relative weekdays, or the Date: header for present/perfect news', () => {
    expect(articleEventDate('GM announced the cut on Wednesday', '2009-11-05')).toBe('2009-11-04');
    expect(articleEventDate('Chrysler filed for bankruptcy Thursday', '2009-05-01')).toBe('2009-04-30');
    expect(articleEventDate('Fiat announced on Friday', '2011-05-29')).toBe('2011-05-27');
    expect(articleEventDate('The deal was signed on November 18, 2008', '2009-01-02')).toBe('2008-11-18');
    expect(articleEventDate('The deal was signed on December 18', '2009-01-02')).toBe('2008-12-18');
    expect(articleEventDate('Airbus has won an order', '2005-06-13')).toBe('2005-06-13');
    expect(articleEventDate('Airbus wins an order', '2005-06-13')).toBe('2005-06-13');
    expect(articleEventDate('Airbus sold more planes than Boeing', '2005-06-13')).toBeNull();
  });

  it('turns sentences with an action predicate and a named actor into events, not speech or quotes', () => {
    const parsed = parseStory(ARTICLE, { format: 'AUTO' });
    if (!parsed.ok) throw new Error('parse failed');
    const x = extractStory(parsed.story);
    const name = (k: string): string => x.entities.find((e) => e.key === k)!.name;
    expect(x.events.map((e) => [e.type, e.date, e.participants.map((p) => name(p.entityKey))])).toEqual([
      ['Layoffs', '2009-11-05', ['United States', 'General Motors']],
      ['Announcement', '2009-11-04', ['John Smith']],
    ]);
    expect(x.events.map((e) => e.claimIndex)).toEqual([0, 1]);
  });
});
