/**
 * `npm run extract -- <file> [--format DIGEST|ARTICLE|AUTO]`: runs parse -> extract -> resolve on
 * one file and prints JSON: entities (canonical name, type, aliases, every mention's offsets in
 * its claim's normalized text), events and claims. Exit 1 when the input cannot be parsed.
 */
import * as fs from 'node:fs';
import type { StoryFormat } from '../domain/parsed-story';
import { runPipeline } from '../pipeline/run-pipeline';

function main(argv: string[]): number {
  const file = argv.find((a) => !a.startsWith('--') && !/^(?:DIGEST|ARTICLE|AUTO)$/.test(a));
  if (!file) { console.error('usage: npm run extract -- <file> [--format DIGEST|ARTICLE|AUTO]'); return 2; }
  const fi = argv.indexOf('--format');
  const format = (fi >= 0 ? argv[fi + 1] : 'AUTO') as StoryFormat | 'AUTO';
  const result = runPipeline(fs.readFileSync(file, 'utf8'), { format });
  if (!result.ok) { console.error(JSON.stringify(result.issues, null, 2)); return 1; }
  const g = result.graph;
  const claimById = new Map(g.claims.map((c) => [c.id, c]));
  const out = {
    story: g.story,
    entities: g.entities.map((e) => ({
      id: e.id, name: e.name, type: e.type, kind: e.kind, aliases: e.aliases, aliasKeys: e.aliasKeys,
      ...(e.type === 'AGREEMENT' ? { count: e.count, topics: e.topics, parties: g.parties.filter((p) => p.agreementId === e.id).map((p) => p.partyId) } : {}),
      roles: g.roles.filter((r) => r.personId === e.id).map((r) => ({ title: r.title, of: r.ofId, claim: r.claimId })),
      mentions: g.mentions.filter((m) => m.entityId === e.id).flatMap((m) => m.surfaces.map((s, i) => ({
        claim: m.claimId, surface: s, start: m.starts[i], end: m.ends[i], check: claimById.get(m.claimId)!.norm.slice(m.starts[i], m.ends[i]) === s,
      }))),
    })),
    events: g.events.map((ev) => ({
      ...ev,
      participants: g.participations.filter((p) => p.eventId === ev.id).map((p) => ({ entity: p.entityId, role: p.role })),
      places: g.places.filter((p) => p.eventId === ev.id).map((p) => p.entityId),
      agreements: g.agreements.filter((p) => p.eventId === ev.id).map((p) => p.entityId),
    })),
    claims: g.claims,
    sources: g.sources,
    warnings: g.warnings,
  };
  console.log(JSON.stringify(out, null, 2));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
