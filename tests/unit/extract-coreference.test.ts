import type { ParsedStory } from '../../src/domain/parsed-story';
import { extractStory } from '../../src/pipeline/extract/extract-story';
import { digestStory } from '../helpers/digest-story';

const story = (sentences: string[], timeline: string[] = [], title = 'T'): ParsedStory => digestStory({ sentences, timeline, title, date: () => '2022-06-30' });
const participants = (x: ReturnType<typeof extractStory>, i: number): string[] =>
  x.events[i]!.participants.map((p) => x.entities.find((e) => e.key === p.entityKey)!.name);

describe('coreference', () => {
  it('resolves "her father" to the one other person sharing the antecedent surname', () => {
    const x = extractStory(story(
      ['Vice President Sara Duterte is the daughter of outgoing President Rodrigo Duterte.'],
      ['Sara Duterte formally assumes the vice presidency at noon as her father\'s term ends.'],
    ));
    expect(participants(x, 0)).toEqual(['Sara Duterte', 'Rodrigo Duterte']);
    expect(x.entities.find((e) => e.name === 'Rodrigo Duterte')!.aliases).toContain('her father');
  });

  it('leaves a kinship reference unresolved when two people share the surname', () => {
    const x = extractStory(story(
      ['Imelda Marcos and Ferdinand Marcos Sr. were there.', 'Ferdinand Marcos Jr. praised his father.'],
    ));
    for (const e of x.entities) expect(e.aliases).not.toContain('his father');
  });

  it('links "the Turkish parliament" to the legislature named for Turkey, not as a recipient', () => {
    const x = extractStory(story(
      ['Turkey\'s Grand National Assembly met.'],
      ['Stoltenberg announces that Ankara will send the protocol to the Turkish parliament.', 'The Turkish parliament ratifies the protocol.'],
    ));
    const gna = x.entities.find((e) => e.name === 'Grand National Assembly')!;
    expect(gna.aliases).toEqual(['Grand National Assembly', 'Turkish parliament']);
    expect(participants(x, 0)).not.toContain('Grand National Assembly');
    expect(participants(x, 1)).toEqual(['Turkey', 'Grand National Assembly']);
  });

  it('reads "the Lithuanian capital" as the capital', () => {
    const x = extractStory(story(['Zelensky arrived in the Lithuanian capital on Monday.']));
    expect(x.entities.map((e) => [e.type, e.name])).toContainEqual(['PLACE', 'Vilnius']);
    expect(x.entities.some((e) => e.type === 'COUNTRY')).toBe(false);
  });

  it('maps "the two presidents" to the two people of the title', () => {
    const x = extractStory(story([], ['The two presidents sign a pact.'], 'Lee and Xi meet'));
    expect(x.events[0]!.participants).toHaveLength(0); // nobody of the title is named in the story
    const y = extractStory(story(['President Lee Jae Myung met President Xi Jinping.'], ['The two presidents sign a pact.'], 'Lee and Xi meet'));
    expect(participants(y, 0)).toEqual(['Lee Jae Myung', 'Xi Jinping']);
  });
});

describe('participant precision', () => {
  const one = (line: string, sentences: string[] = []): string[] => participants(extractStory(story(sentences, [line])), 0);

  it('drops names that only modify a noun after the actor', () => {
    expect(one('Federica Mogherini and the ministers of France issue a joint statement regretting the US move.')).toEqual(['Federica Mogherini', 'France']);
    expect(one('In an interview with CNN, Joe Biden says Ukraine is not ready for NATO membership.')).toEqual(['CNN', 'Joe Biden', 'Ukraine']);
    expect(one('A Korea-China business forum convenes in Beijing.')).toEqual(['South Korea', 'China']);
    expect(one('Japan\'s Diet approves the agreement.')).toEqual(['Japan', 'National Diet']);
  });

  it('keeps a country named by an agent noun ("US aid")', () => {
    expect(one('Antony Blinken announces an additional $100 million in US aid.')).toEqual(['Antony Blinken', 'United States']);
  });

  it('drops a reporting aside and the country of a speaker\'s title', () => {
    expect(one('US President Joe Biden calls Marcos to congratulate him, the White House says.', ['Ferdinand Marcos Jr. won.'])).toEqual(['Joe Biden', 'Ferdinand Marcos Jr.']);
  });

  it('takes the company, not its nationality, and airlines as organizations', () => {
    expect(one('Boeing signs an agreement with Russian manufacturer Sukhoi.')).toEqual(['Boeing', 'Sukhoi']);
    expect(one('Air Canada and Korean Air order jets from Airbus.')).toEqual(['Air Canada', 'Korean Air', 'Airbus']);
    expect(one('Japan Airlines and Qatar Airways sign deals.')).toEqual(['Japan Airlines', 'Qatar Airways']);
  });
});
