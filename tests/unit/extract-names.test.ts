import type { ParsedStory } from '../../src/domain/parsed-story';
import { extractStory } from '../../src/pipeline/extract/extract-story';
import { digestStory } from '../helpers/digest-story';

const story = (sentences: string[], timeline: string[] = [], title = 'Test story'): ParsedStory => digestStory({ sentences, timeline, title, date: (i) => `2024-01-0${i + 1}` });

const people = (x: ReturnType<typeof extractStory>) => x.entities.filter((e) => e.type === 'PERSON');
const nameOf = (x: ReturnType<typeof extractStory>, key: string | null) => x.entities.find((e) => e.key === key)?.name ?? null;

describe('names, titles and surnames', () => {
  it('strips titles and ties the role to the demonym country', () => {
    const x = extractStory(story(['German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris.', 'Scholz said the talks went well.']));
    expect(people(x).map((p) => [p.name, p.aliases, p.roles.map((r) => [r.title, nameOf(x, r.ofKey)])])).toEqual([
      ['Olaf Scholz', ['Olaf Scholz', 'Scholz'], [['Chancellor', 'Germany']]],
      ['Emmanuel Macron', ['Emmanuel Macron'], [['President', 'France']]],
    ]);
    expect(people(x)[0]!.extraKeys).toContain('scholz');
  });

  it('resolves a later surname mention to the full name seen earlier', () => {
    const x = extractStory(story(['Finnish Prime Minister Petteri Orpo arrived in Oslo.', 'Orpo then met Norwegian officials.']));
    const orpo = people(x)[0]!;
    expect(orpo.name).toBe('Petteri Orpo');
    expect(orpo.mentions.map((m) => m.surface)).toEqual(['Petteri Orpo', 'Orpo']);
  });

  it('never merges two people who share a surname and leaves a bare surname unresolved', () => {
    const x = extractStory(story(['North Korean leader Kim Jong Un met his sister Kim Yo Jong in Pyongyang.', 'Kim later said the talks were useful.']));
    expect(people(x).map((p) => p.name)).toEqual(['Kim Jong Un', 'Kim Yo Jong']);
    expect(people(x).map((p) => p.extraKeys)).toEqual([[], []]);
    expect(x.warnings.map((w) => w.rule)).toEqual(['ambiguous-surname']);
  });

  it('picks the person the title names when a surname is shared', () => {
    const x = extractStory(story(['Jane Doe Jr. won the vote, beating her rival.', 'Her mother, Mary Doe, watched.', 'Doe thanked voters.'], [], 'Doe Jr. Wins Vote'));
    const jr = people(x).find((p) => p.name === 'Jane Doe Jr.')!;
    expect(jr.mentions.map((m) => m.surface)).toEqual(['Jane Doe Jr.', 'Doe']);
  });

  it('uses the longest full name and the majority spelling of the surname', () => {
    const x = extractStory(story(['Acting President Maria Kovalenkko spoke.', 'Kovalenko then left.', 'Kovalenko returned.']));
    expect(people(x).map((p) => p.name)).toEqual(['Maria Kovalenko']);
  });

  it('reads lower-case roles and name particles', () => {
    const x = extractStory(story(['WHO chief Tedros Adhanom met Syrian President Bashar al-Assad.', 'Assad thanked him.']));
    expect(people(x).map((p) => [p.name, p.roles.map((r) => [r.title, nameOf(x, r.ofKey)])])).toEqual([
      ['Tedros Adhanom', [['chief', 'World Health Organization']]],
      ['Bashar al-Assad', [['President', 'Syria']]],
    ]);
    expect(people(x)[1]!.mentions.map((m) => m.surface)).toEqual(['Bashar al-Assad', 'Assad']);
  });

  it('gives a titled surname-only person a story-scoped identity', () => {
    const x = extractStory(story(['President Okafor opened the session.']));
    expect(people(x).map((p) => [p.name, p.storyScoped])).toEqual([['Okafor', true]]);
  });
});
