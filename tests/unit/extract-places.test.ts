import type { ParsedStory } from '../../src/domain/parsed-story';
import { extractStory } from '../../src/pipeline/extract/extract-story';
import { digestStory } from '../helpers/digest-story';

const story = (sentences: string[]): ParsedStory => digestStory({ sentences });
const places = (sentences: string[]) =>
  extractStory(story(sentences)).entities.filter((e) => e.type === 'PLACE').map((e) => [e.name, e.aliases]);

describe('places', () => {
  it('reads landmarks and regions by head word and gazetteer', () => {
    expect(places(['Crowds gathered in Red Square and at the Kremlin Palace near the Middle East desk.'])).toEqual([
      ['Red Square', ['Red Square']], ['Kremlin Palace', ['Kremlin Palace']], ['Middle East', ['Middle East']],
    ]);
  });

  it('reads unknown towns after a locative preposition, and cue nouns', () => {
    expect(places(['Talks were held in Zermatt before aid reached Idlib province through the Kilis and Oncupinar crossings.'])).toEqual([
      ['Zermatt', ['Zermatt']], ['Idlib', ['Idlib']], ['Kilis', ['Kilis']], ['Oncupinar', ['Oncupinar']],
    ]);
  });

  it('merges a city with its "City" form and keeps the capital as a place only where it is a location', () => {
    const x = extractStory(story(['The mayor of Cebu City spoke.', 'Floods hit Cebu again as Manila sent aid to Cebu.']));
    expect(x.entities.map((e) => [e.type, e.name, e.aliases])).toEqual([
      ['PLACE', 'Cebu City', ['Cebu City', 'Cebu']],
      ['COUNTRY', 'Philippines', ['Philippines', 'Manila']],
    ]);
  });

  it('does not make a country of a name that contains it', () => {
    expect(extractStory(story(['Ships waited in the Korean Peninsula and the South China Sea.'])).entities.map((e) => e.name)).toEqual(['Korean Peninsula', 'South China Sea']);
  });
});
