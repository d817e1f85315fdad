import type { ParsedStory } from '../../src/domain/parsed-story';
import { extractStory } from '../../src/pipeline/extract/extract-story';
import { digestStory } from '../helpers/digest-story';

const story = (sentences: string[], outlets: string[] = []): ParsedStory => digestStory({ sentences, outlets });
const orgs = (sentences: string[], outlets: string[] = []) =>
  extractStory(story(sentences, outlets)).entities.filter((e) => e.type === 'ORGANIZATION').map((e) => [e.name, e.kind]);

describe('organizations', () => {
  it('keeps European Union, European Commission and Europe (a place) apart', () => {
    const x = extractStory(story(['The European Commission said the EU would act across Europe.']));
    expect(x.entities.map((e) => [e.type, e.name, e.aliases])).toEqual([
      ['ORGANIZATION', 'European Commission', ['European Commission']],
      ['ORGANIZATION', 'European Union', ['European Union', 'EU']],
      ['PLACE', 'Europe', ['Europe']],
    ]);
  });

  it('reads acronyms but not non-organization capitals', () => {
    expect(orgs(['NATO, OPEC and the G20 discussed AI and GDP with the IAEA.'])).toEqual([
      ['NATO', 'Alliance'], ['OPEC', null], ['G20', null], ['International Atomic Energy Agency', null],
    ]);
  });

  it('reads suffix and prefix patterns without splitting out the country inside', () => {
    expect(orgs(['The Reserve Bank of India and the Ministry of Foreign Affairs met the Kenyan Wildlife Service and the Polish Sejm Assembly.'])).toEqual([
      ['Reserve Bank of India', null], ['Ministry of Foreign Affairs', null], ['Kenyan Wildlife Service', null], ['Polish Sejm Assembly', null],
    ]);
  });

  it('makes every source outlet an organization', () => {
    expect(orgs(['Nothing here.'], ['Reuters', 'Associated Press', 'Le Monde'])).toEqual([
      ['Reuters', 'Outlet'], ['AP', 'Outlet'], ['Le Monde', 'Outlet'],
    ]);
  });
});
