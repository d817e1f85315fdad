import type { ParsedStory } from '../../src/domain/parsed-story';
import { extractStory } from '../../src/pipeline/extract/extract-story';
import { digestStory } from '../helpers/digest-story';

const story = (sentences: string[], timeline: string[] = []): ParsedStory => digestStory({ sentences, timeline, date: (i) => `2024-02-0${i + 1}` });
const agreements = (x: ReturnType<typeof extractStory>) =>
  x.entities.filter((e) => e.type === 'AGREEMENT').map((e) => ({ name: e.name, count: e.count, topics: e.topics, scoped: e.storyScoped, parties: e.partyKeys.map((k) => x.entities.find((p) => p.key === k)!.name) }));

describe('agreements', () => {
  it('folds counted memoranda into one agreement with count and topics', () => {
    const x = extractStory(story(['Nine memorandums of understanding were signed.'], ['The ministers sign 9 MoUs covering energy, shipping and other fields.']));
    expect(agreements(x)).toEqual([{ name: '9 memoranda of understanding', count: 9, topics: ['energy', 'shipping'], scoped: true, parties: [] }]);
  });

  it('reads named agreements, merges short forms and finds parties in the name', () => {
    const x = extractStory(story(['Canada and the EU ratified the EU-Canada Comprehensive Economic and Trade Agreement.', 'The Comprehensive Economic and Trade Agreement cut tariffs; the deal took effect.']));
    expect(agreements(x)).toEqual([
      { name: 'EU-Canada Comprehensive Economic and Trade Agreement', count: null, topics: [], scoped: false, parties: ['Canada', 'European Union'] },
    ]);
    expect(x.entities.find((e) => e.type === 'AGREEMENT')!.aliases).toEqual(['EU-Canada Comprehensive Economic and Trade Agreement', 'Comprehensive Economic and Trade Agreement', 'deal']);
  });

  it('reads named policies and distinctive lower-case agreements with their owner', () => {
    const x = extractStory(story(["Vietnam told China it keeps its One-China policy while Norway's new fisheries accord and the 1997 arms treaty stayed in force."]));
    expect(agreements(x)).toEqual([
      { name: 'One-China policy', count: null, topics: [], scoped: false, parties: ['China'] },
      { name: 'fisheries accord', count: null, topics: [], scoped: true, parties: ['Norway'] },
      { name: '1997 arms treaty', count: null, topics: [], scoped: true, parties: [] },
    ]);
  });
});
