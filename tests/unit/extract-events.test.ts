import type { ParsedStory } from '../../src/domain/parsed-story';
import { classifyEvent } from '../../src/pipeline/extract/extract-events';
import { extractStory } from '../../src/pipeline/extract/extract-story';
import { digestStory } from '../helpers/digest-story';

const story = (sentences: string[], timeline: string[], title = 'T'): ParsedStory => digestStory({ sentences, timeline, title, date: (i) => `2024-03-${String(i + 1).padStart(2, '0')}` });
function events(s: ParsedStory) {
  const x = extractStory(s);
  const name = (k: string) => x.entities.find((e) => e.key === k)!.name;
  return x.events.map((e) => ({ type: e.type, participants: e.participants.map((p) => name(p.entityKey)), places: e.placeKeys.map(name), support: e.supportClaimIndexes }));
}

describe('event types', () => {
  it.each([
    ['Pakistan fires three ballistic missiles into the sea.', 'MissileLaunch'],
    ['The senate votes to ratify the accord.', 'Ratification'],
    ['Chile announces that it is withdrawing from the pact.', 'Withdrawal'],
    ['The minister says the plan will be signed next week.', 'Statement'],
    ['A magnitude 6.1 earthquake strikes central Italy.', 'Earthquake'],
    ['The president declares a state of emergency.', 'StateOfEmergency'],
    ['Both sides sign a ceasefire.', 'Signing'],
    ['The agency launches a $5 million flash appeal for Chad.', 'Appeal'],
    ['Ms Lopez is sworn in as governor.', 'Inauguration'],
    ['The treaty enters into force.', 'EntryIntoForce'],
    ['In a radio interview, the envoy defends the deal.', 'Interview'],
    ['Leaders meet in Rome for a two-day summit.', 'Summit'],
  ])('%s -> %s', (text, type) => {
    expect(classifyEvent(text)).toBe(type);
  });
});

describe('event participants', () => {
  it('takes the actors of the main clause, not the backdrop', () => {
    expect(events(story([], [
      'Peru launches a satellite, hours before President Ana Ruiz visits Quito.',
      'Ruiz meets Chilean President Tomas Vidal in the Moneda Palace, pledging joint efforts with Argentina.',
      'Vidal says the "talks with Brazil" were useful.',
    ]))).toEqual([
      { type: 'Event', participants: ['Peru'], places: [], support: [] },
      { type: 'Meeting', participants: ['Ana Ruiz', 'Chile', 'Tomas Vidal'], places: ['Moneda Palace'], support: [] },
      { type: 'Statement', participants: ['Tomas Vidal'], places: [], support: [] },
    ]);
  });

  it('resolves "the leaders" to the two people the title names', () => {
    expect(events(story(['Kenyan President Amina Odero and Ugandan President Paul Kato met.'], ['The leaders sign a border treaty in Kampala.'], 'Odero and Kato Sign Border Treaty'))).toEqual([
      { type: 'Signing', participants: ['Amina Odero', 'Paul Kato'], places: ['Kampala'], support: [0] },
    ]);
  });

  it('keeps a country named only as a location out of the participants', () => {
    expect(events(story([], ['Aid trucks from Jordan reach Gaza as the UN appeals for access.']))[0]!.participants).toEqual(['United Nations']);
  });

  it('attaches a summary sentence that reports the event (same actors, type and date)', () => {
    expect(events(story(['Norwegian Prime Minister Jonas Store signed the accord on March 2.', 'Markets were calm.'], ['Jonas Store meets the press.', 'Store signs the fisheries accord in Oslo.']))).toEqual([
      { type: 'Meeting', participants: ['Jonas Store'], places: [], support: [] },
      { type: 'Signing', participants: ['Jonas Store'], places: ['Oslo'], support: [0] },
    ]);
  });
});
