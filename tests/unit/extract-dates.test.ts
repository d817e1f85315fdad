import { runPipeline } from '../../src/pipeline/run-pipeline';

const DIGEST = `Leaders Meet in Lima for Pacific Trade Talks
Updated (1 articles)
Talks open in Lima Peruvian President Ana Ruiz welcomed Chilean President Tomas Vidal in Lima on March 3 [1].
Sources (1 articles)
-
[1]
Reuters: Pacific leaders meet in Lima – Reports the opening of the talks .
Timeline
Mar 3 2024 – Ruiz welcomes Vidal in Lima for two days of trade talks. [1]
Mar 4–5 2024 – Trade ministers meet in Lima to draft a customs accord. [1]
`;

const ARTICLE = `Peru and Chile agree customs accord
Date: 2024-03-06
Source: Wikinews
URL: https://example.org/x
License: CC BY 2.5

March 6, 2024
Peru and Chile agreed a customs accord on Wednesday, officials said.
The Chilean trade minister, Rosa Diaz, called it a "first step".
`;

describe('event dates', () => {
  it('takes event dates and ranges from the timeline entries', () => {
    const r = runPipeline(DIGEST);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.graph.events.map((e) => [e.id.split('#')[1], e.date, e.endDate])).toEqual([
      ['e0', '2024-03-03', null],
      ['e1', '2024-03-04', '2024-03-05'],
    ]);
    expect(r.graph.events[0]!.claimIds).toEqual([`${r.graph.story.id}#c1`, `${r.graph.story.id}#c0`]);
  });

  it('dates plain-article events from the text relative to the Date: header, inventing none', () => {
    const r = runPipeline(ARTICLE);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.graph.events.map((e) => [e.type, e.date, e.endDate, e.claimIds])).toEqual([
      ['Agreement', '2024-03-06', null, [`${r.graph.story.id}#c0`]],
    ]);
    expect(r.graph.claims.every((c) => c.kind === 'body')).toBe(true);
    expect(r.graph.entities.filter((e) => e.type === 'COUNTRY').map((e) => e.id)).toEqual(['country:PER', 'country:CHL']);
  });
});
