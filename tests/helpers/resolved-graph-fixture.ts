import { ResolvedGraph } from '../../src/domain/resolved-graph';

/**
 * A small hand-made ResolvedGraph, independent of the extractor, for testing the load stage:
 * story `storyId` with two sources from one outlet, a summary claim and a timeline claim,
 * a person with a role, two countries, a place, an agreement and one event.
 */
export function makeResolvedGraph(storyId: string, options: { hash?: string; personId?: string; extraClaim?: boolean } = {}): ResolvedGraph {
  const personId = options.personId ?? 'person:ada-example';
  const claims: ResolvedGraph['claims'] = [
    { id: `${storyId}#c0`, kind: 'summary', text: 'President Ada Example met officials in Sample City.', norm: 'President Ada Example met officials in Sample City.', position: 0, section: 0, sourceNumbers: [1, 2] },
    { id: `${storyId}#c1`, kind: 'timeline', text: 'Ada Example signs the Sample Accord.', norm: 'Ada Example signs the Sample Accord.', position: 1, section: null, sourceNumbers: [2] },
  ];
  if (options.extraClaim) {
    claims.push({ id: `${storyId}#c2`, kind: 'summary', text: 'Testland welcomed it.', norm: 'Testland welcomed it.', position: 2, section: 0, sourceNumbers: [1] });
  }
  return {
    story: {
      id: storyId,
      contentHash: options.hash ?? `hash-${storyId}`,
      format: 'DIGEST',
      title: `Story ${storyId}`,
      articleCount: 2,
      publishedAt: null,
      url: null,
      headlines: ['A headline'],
    },
    sources: [1, 2].map((n) => ({ id: `${storyId}#s${n}`, number: n, outlet: 'Example Wire', title: `Article ${n}`, description: null, url: null, outletEntityId: 'org:example-wire' })),
    claims,
    entities: [
      { id: personId, type: 'PERSON', kind: null, name: 'Ada Example', aliases: ['Ada Example', 'President Ada Example'], aliasKeys: ['ada example', 'example'], count: null, topics: [] },
      { id: 'country:TST', type: 'COUNTRY', kind: null, name: 'Testland', aliases: ['Testland'], aliasKeys: ['testland'], count: null, topics: [] },
      { id: 'place:sample-city', type: 'PLACE', kind: null, name: 'Sample City', aliases: ['Sample City'], aliasKeys: ['sample city'], count: null, topics: [] },
      { id: 'agreement:sample-accord', type: 'AGREEMENT', kind: null, name: 'Sample Accord', aliases: ['Sample Accord'], aliasKeys: ['sample accord'], count: 1, topics: ['trade'] },
      { id: 'org:example-wire', type: 'ORGANIZATION', kind: null, name: 'Example Wire', aliases: ['Example Wire'], aliasKeys: ['example wire'], count: null, topics: [] },
      ...(options.extraClaim ? [{ id: 'country:OTH', type: 'COUNTRY' as const, kind: null, name: 'Otherland', aliases: ['Otherland'], aliasKeys: ['otherland'], count: null, topics: [] }] : []),
    ],
    mentions: [
      { claimId: `${storyId}#c0`, entityId: personId, surfaces: ['President Ada Example'], starts: [0], ends: [21] },
      { claimId: `${storyId}#c0`, entityId: 'place:sample-city', surfaces: ['Sample City'], starts: [39], ends: [50] },
      { claimId: `${storyId}#c1`, entityId: personId, surfaces: ['Ada Example'], starts: [0], ends: [11] },
      { claimId: `${storyId}#c1`, entityId: 'agreement:sample-accord', surfaces: ['Sample Accord'], starts: [22], ends: [35] },
      { claimId: `${storyId}#c0`, entityId: 'country:TST', surfaces: ['President'], starts: [0], ends: [9] },
      ...(options.extraClaim ? [{ claimId: `${storyId}#c2`, entityId: 'country:OTH', surfaces: ['Otherland'], starts: [0], ends: [9] }] : []),
    ],
    events: [{ id: `${storyId}#e0`, date: '2024-03-01', endDate: null, type: 'Signing', summary: 'Ada Example signs the Sample Accord.', position: 0, claimIds: [`${storyId}#c1`, `${storyId}#c0`] }],
    participations: [{ entityId: personId, eventId: `${storyId}#e0`, role: 'signatory' }],
    places: [{ eventId: `${storyId}#e0`, entityId: 'place:sample-city' }],
    agreements: [{ eventId: `${storyId}#e0`, entityId: 'agreement:sample-accord' }],
    roles: [{ personId, title: 'President', ofId: 'country:TST', claimId: `${storyId}#c0` }],
    parties: [{ agreementId: 'agreement:sample-accord', partyId: 'country:TST' }],
    partOf: [],
    warnings: [],
  };
}
