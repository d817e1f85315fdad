import type { ParsedStory } from '../../src/domain/parsed-story';
import { extractStory } from '../../src/pipeline/extract/extract-story';
import { resolveExtraction } from '../../src/pipeline/resolve/resolve-extraction';
import { digestStory } from '../helpers/digest-story';

const story = (sentences: string[], timeline: string[] = [], title = 'T'): ParsedStory => digestStory({ sentences, timeline, title, date: () => '2023-03-01' });
const nameOf = (x: ReturnType<typeof extractStory>, key: string): string => x.entities.find((e) => e.key === key)!.name;
const links = (x: ReturnType<typeof extractStory>): string[] => x.partOf.map((l) => `${nameOf(x, l.organKey)} < ${nameOf(x, l.parentKey)}`);

describe('bodies of organizations (organ-parents)', () => {
  it('links a board named after an organization of the story to it, with the claim that names it', () => {
    const x = extractStory(story(
      ['The World Health Organization (WHO) opened its annual meeting in Geneva.', 'The WHO said it would publish a report.'],
      ['The WHO Executive Board approves the new budget.'],
    ));
    expect(links(x)).toEqual(['WHO Executive Board < World Health Organization']);
    expect(x.claims[x.partOf[0]!.claimIndex]!.text).toBe('The WHO Executive Board approves the new budget.');
    const participants = x.events[0]!.participants.map((p) => nameOf(x, p.entityKey));
    // The body acts; the organization is involved through PART_OF, not listed as a participant.
    expect(participants).toEqual(['WHO Executive Board']);
    const graph = resolveExtraction(x);
    expect(graph.partOf).toEqual([{ organId: 'org:who-executive-board', parentId: 'org:world-health-organization', claimId: expect.stringMatching(/#c2$/) }]);
  });

  it('links a committee to the chamber the story names', () => {
    const x = extractStory(story(['The Senate voted on Tuesday.', 'The Senate Foreign Relations Committee held a hearing on the treaty.']));
    expect(links(x)).toEqual(['Senate Foreign Relations Committee < Senate']);
  });

  it('links nothing when the organization itself is not named in the story', () => {
    const x = extractStory(story(['The FIFA Council met in Zurich.']));
    expect(x.partOf).toEqual([]);
  });

  it('reads "<organization> Session" as the organization acting in plenary', () => {
    const x = extractStory(story(
      ['The International Skating Union (ISU) changed its age rules.', 'The ISU said the change protects young athletes.'],
      ['The ISU Session in Phuket votes to raise the minimum age.'],
    ));
    const isu = x.entities.find((e) => e.name === 'International Skating Union')!;
    expect(isu.aliases).toContain('ISU Session');
    expect(x.entities.some((e) => e.name === 'ISU Session')).toBe(false);
    expect(x.events[0]!.participants.map((p) => nameOf(x, p.entityKey))).toContain('International Skating Union');
    expect(x.partOf).toEqual([]);
  });

  it('does not take a word of a longer name for an organization ("European" is not one)', () => {
    const x = extractStory(story(['The European Union and the European Commission disagreed.']));
    expect(x.partOf).toEqual([]);
  });
});
