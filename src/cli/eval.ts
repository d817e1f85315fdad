/**
 * `npm run eval -- <folder> [--min-entity-f1 0.97] [--max-duplicates 0] [--min-participant-f1 0.95]
 *  [--min-date-accuracy 1] [--min-query-must-recall 1] [--max-query-must-not 0] [--verbose] [--json]`
 * Prints per-story and total extraction metrics; exits 1 when a threshold is missed.
 */
import { evaluateCorpus, type CorpusReport } from '../eval/evaluate-corpus';

const THRESHOLDS: Record<string, { get: (r: CorpusReport) => number; min: boolean }> = {
  'min-entity-f1': { get: (r) => r.total.entities.f1, min: true },
  'max-duplicates': { get: (r) => r.total.duplicates, min: false },
  'min-participant-f1': { get: (r) => r.total.participants.f1, min: true },
  'min-date-accuracy': { get: (r) => r.total.dateAccuracy, min: true },
  'min-query-must-recall': { get: (r) => r.total.queryMustRecall, min: true },
  'max-query-must-not': { get: (r) => r.total.queryMustNotHits, min: false },
  'min-query-should-recall': { get: (r) => r.total.queryShouldRecall, min: true },
};

function main(argv: string[]): number {
  const folder = argv.find((a) => !a.startsWith('--') && !/^[\d.]+$/.test(a));
  if (!folder) { console.error('usage: npm run eval -- <folder> [--min-entity-f1 0.97] ...'); return 2; }
  const limits: [string, number][] = [];
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]!.replace(/^--/, '');
    if (THRESHOLDS[name]) limits.push([name, Number(argv[i + 1])]);
  }
  const report = evaluateCorpus(folder);
  if (argv.includes('--json')) { console.log(JSON.stringify(report, null, 2)); } else {
    const f = (x: number): string => x.toFixed(3);
    console.log('story                                  entP  entR  entF1 dup  partP partR partF1 date  type  plcF1 agrF1 src  sup  qMust qNot qShould');
    for (const s of report.stories) {
      const e = s.entities; const v = s.events;
      console.log(`${s.file.replace(/\.txt$/, '').padEnd(38)} ${f(e.precision)} ${f(e.recall)} ${f(e.f1)} ${String(e.duplicates).padStart(3)}  ${f(v.participants.precision)} ${f(v.participants.recall)} ${f(v.participants.f1)}  ${f(v.dateAccuracy)} ${f(v.typeAgreement)} ${f(v.places.f1)} ${f(v.agreements.f1)} ${s.claims.sourcesRight}/${s.claims.examples}  ${s.claims.supportRight}/${s.claims.supportTotal}  ${f(s.queries.mustRecall)} ${s.queries.mustNotHits}    ${f(s.queries.shouldRecall)}`);
      if (argv.includes('--verbose')) {
        if (e.missed.length) console.log(`   missed: ${e.missed.join(', ')}`);
        if (e.spurious.length) console.log(`   spurious: ${e.spurious.join(', ')}`);
        if (v.participantErrors.length) console.log(`   participants: ${v.participantErrors.join(', ')}`);
      }
    }
    const t = report.total;
    console.log(`${'TOTAL'.padEnd(38)} ${f(t.entities.precision)} ${f(t.entities.recall)} ${f(t.entities.f1)} ${String(t.duplicates).padStart(3)}  ${f(t.participants.precision)} ${f(t.participants.recall)} ${f(t.participants.f1)}  ${f(t.dateAccuracy)} ${f(t.typeAgreement)} ${f(t.places.f1)} ${f(t.agreements.f1)} ${f(t.claimSourcesAccuracy)} ${f(t.supportAccuracy)} ${f(t.queryMustRecall)} ${t.queryMustNotHits}    ${f(t.queryShouldRecall)}`);
  }
  let failed = 0;
  for (const [name, limit] of limits) {
    const th = THRESHOLDS[name]!;
    const v = th.get(report);
    if (th.min ? v < limit : v > limit) { console.error(`threshold missed: ${name} ${limit} (got ${v.toFixed(4)})`); failed++; }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
