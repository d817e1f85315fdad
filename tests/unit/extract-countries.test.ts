import type { ParsedStory } from '../../src/domain/parsed-story';
import { extractStory } from '../../src/pipeline/extract/extract-story';
import { digestStory } from '../helpers/digest-story';

const story = (sentences: string[]): ParsedStory => digestStory({ sentences });
const summary = (sentences: string[]) =>
  extractStory(story(sentences)).entities.map((e) => [e.type, e.name, e.aliases.join('|')]);

describe('countries', () => {
  it('reads names, short forms and demonyms', () => {
    expect(summary(['The U.S. and the UK joined Swedish and Dutch officials; the DPRK objected.'])).toEqual([
      ['COUNTRY', 'United States', 'United States|U.S.'],
      ['COUNTRY', 'United Kingdom', 'United Kingdom|UK'],
      ['COUNTRY', 'Sweden', 'Sweden|Swedish'],
      ['COUNTRY', 'Netherlands', 'Netherlands|Dutch'],
      ['COUNTRY', 'North Korea', 'North Korea|DPRK'],
    ]);
  });

  it('reads capitals as governments, and as places after a locative preposition', () => {
    expect(summary(['Ottawa rejected the plan after talks in Ottawa.'])).toEqual([
      ['COUNTRY', 'Canada', 'Canada|Ottawa'],
      ['PLACE', 'Ottawa', 'Ottawa'],
    ]);
  });

  it('splits hyphenated pairs and keeps possessives out of names', () => {
    expect(summary(["Madrid-Lisbon relations improved as Spain's envoy visited Portugal's coast."])).toEqual([
      ['COUNTRY', 'Spain', 'Spain|Madrid'],
      ['COUNTRY', 'Portugal', 'Portugal|Lisbon'],
    ]);
  });

  it('gives ISO alpha-3 codes and folds Türkiye into Turkey', () => {
    const x = extractStory(story(['Türkiye and Turkey are one country; Turkish troops stayed.']));
    expect(x.entities.map((e) => [e.countryCode, e.name, e.aliases])).toEqual([['TUR', 'Turkey', ['Turkey', 'Türkiye', 'Turkish']]]);
  });

  it('turns compass regions into places', () => {
    expect(summary(['Fighting spread across north-east Nigeria and northeast Nigeria.'])).toEqual([
      ['PLACE', 'northeast Nigeria', 'northeast Nigeria|north-east Nigeria'],
    ]);
  });
});
