/**
 * `npm run eval -- <folder> [--min-entity-f1 0.97] [--max-duplicates 0] [--min-participant-f1 0.95]
 *  [--min-date-accuracy 1] [--min-query-must-recall 1] [--max-query-must-not 0]
 *  [--min-query-should-recall 0.8] [--no-graph] [--verbose] [--json]`
 *
 * Extraction metrics per story and in total, then the gold queries run through the real graph:
 * the stories are ingested into Neo4j (a separate local instance `eval`, emptied first, or
 * NEO4J_URI) and every query goes to GraphQL `events(involving:, story:)` over HTTP.
 * Exits 1 when a threshold is missed, 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import { evaluateCorpus, type CorpusReport } from '../eval/evaluate-corpus';
import { evaluateQueries, type QueryReport } from '../eval/evaluate-queries';
import { loadConfig } from '../config/env';
import { openDatabase } from '../app/open-database';
import { listStoryFiles } from '../app/list-story-files';
import { createIngestService } from '../pipeline/ingest';
import { storyLimitsFromConfig } from '../pipeline/limits';
import { createApiServer } from '../graphql/create-server';
import { createLogger } from '../graphql/logger';

interface Reports {
  corpus: CorpusReport;
  graph: QueryReport | null;
}

const THRESHOLDS: Record<string, { get: (r: Reports) => number; min: boolean }> = {
  'min-entity-f1': { get: (r) => r.corpus.total.entities.f1, min: true },
  'max-duplicates': { get: (r) => r.corpus.total.duplicates, min: false },
  'min-participant-f1': { get: (r) => r.corpus.total.participants.f1, min: true },
  'min-date-accuracy': { get: (r) => r.corpus.total.dateAccuracy, min: true },
  // Query thresholds use the real graph; with --no-graph, the extractor-only approximation.
  'min-query-must-recall': { get: (r) => r.graph?.total.mustRecall ?? r.corpus.total.queryMustRecall, min: true },
  'max-query-must-not': { get: (r) => r.graph?.total.mustNotReturned ?? r.corpus.total.queryMustNotHits, min: false },
  'min-query-should-recall': { get: (r) => r.graph?.total.shouldRecall ?? r.corpus.total.queryShouldRecall, min: true },
};

const f = (x: number): string => x.toFixed(3);

function printCorpus(report: CorpusReport, verbose: boolean): void {
  console.log('story                                  entP  entR  entF1 dup  partP partR partF1 date  type  plcF1 agrF1 src  sup  qMust* qNot* qShould*');
  for (const s of report.stories) {
    const e = s.entities;
    const v = s.events;
    console.log(
      `${s.file.replace(/\.txt$/, '').padEnd(38)} ${f(e.precision)} ${f(e.recall)} ${f(e.f1)} ${String(e.duplicates).padStart(3)}  ${f(v.participants.precision)} ${f(v.participants.recall)} ${f(v.participants.f1)}  ${f(v.dateAccuracy)} ${f(v.typeAgreement)} ${f(v.places.f1)} ${f(v.agreements.f1)} ${s.claims.sourcesRight}/${s.claims.examples}  ${s.claims.supportRight}/${s.claims.supportTotal}  ${f(s.queries.mustRecall)}  ${s.queries.mustNotHits}     ${f(s.queries.shouldRecall)}`,
    );
    if (verbose) {
      if (e.missed.length) console.log(`   missed: ${e.missed.join(', ')}`);
      if (e.spurious.length) console.log(`   spurious: ${e.spurious.join(', ')}`);
      if (v.participantErrors.length) console.log(`   participants: ${v.participantErrors.join(', ')}`);
    }
  }
  const t = report.total;
  console.log(
    `${'TOTAL'.padEnd(38)} ${f(t.entities.precision)} ${f(t.entities.recall)} ${f(t.entities.f1)} ${String(t.duplicates).padStart(3)}  ${f(t.participants.precision)} ${f(t.participants.recall)} ${f(t.participants.f1)}  ${f(t.dateAccuracy)} ${f(t.typeAgreement)} ${f(t.places.f1)} ${f(t.agreements.f1)} ${f(t.claimSourcesAccuracy)} ${f(t.supportAccuracy)} ${f(t.queryMustRecall)}  ${t.queryMustNotHits}     ${f(t.queryShouldRecall)}`,
  );
  console.log('(* extractor-only approximation; the graph section below is the real measure)');
}

function printGraph(report: QueryReport): void {
  console.log('\nqueries through GraphQL events(involving:, story:) on the real graph');
  console.log('story                                  involving                    must   should mustNot');
  for (const q of report.queries) {
    const missing = q.missingMust.length ? `  missing must: ${q.missingMust.join(',')}` : '';
    const wrong = q.mustNotReturned.length ? `  returned mustNot: ${q.mustNotReturned.join(',')}` : '';
    console.log(`${q.story.padEnd(38)} ${q.involving.slice(0, 28).padEnd(28)} ${q.mustHit}/${q.mustTotal}    ${q.shouldHit}/${q.shouldTotal}    ${q.mustNotReturned.length}${missing}${wrong}`);
  }
  const t = report.total;
  console.log(`TOTAL ${t.queries} queries: must recall ${f(t.mustRecall)}, should recall ${f(t.shouldRecall)}, mustNot returned ${t.mustNotReturned}`);
}

/** Ingests the stories into a Neo4j and runs the gold queries through a real API server. */
async function evaluateThroughGraph(folder: string): Promise<QueryReport> {
  const base = loadConfig();
  const config = base.NEO4J_URI
    ? base
    : { ...base, NEO4J_LOCAL_INSTANCE: 'eval', NEO4J_LOCAL_BOLT_PORT: 7717, NEO4J_LOCAL_HTTP_PORT: 7504 };
  const db = await openDatabase(config, (m) => console.error(m));
  try {
    // A private local instance starts empty so earlier runs cannot hide a regression;
    // an external database is left as it is (queries are filtered by story).
    if (!base.NEO4J_URI) await db.executor.write('admin/delete-all');
    const ingest = createIngestService({ executor: db.executor, maxStoryBytes: config.MAX_STORY_BYTES, limits: storyLimitsFromConfig(config) });
    const files = listStoryFiles([folder]).filter((file) => {
      try {
        readFileSync(file.replace(/\.txt$/, '.gold.json'));
        return true;
      } catch {
        return false;
      }
    });
    for (const file of files) {
      const result = await ingest.ingestText(readFileSync(file, 'utf8'));
      if (!result.ok) throw new Error(`${file} was rejected: ${result.issues.map((i) => i.message).join('; ')}`);
    }
    const api = createApiServer({ config: { ...config, NODE_ENV: 'test', READ_TOKEN: undefined }, executor: db.executor, ingest, logger: createLogger({ level: 'silent' }) });
    const { url } = await api.listen({ port: 0, host: '127.0.0.1' });
    try {
      return await evaluateQueries(url, files);
    } finally {
      await api.close();
    }
  } finally {
    await db.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const folder = argv.find((a, i) => !a.startsWith('--') && !(i > 0 && argv[i - 1]!.startsWith('--') && THRESHOLDS[argv[i - 1]!.slice(2)]));
  if (!folder) {
    console.error('usage: npm run eval -- <folder> [--min-entity-f1 0.97] [--no-graph] ...');
    return 2;
  }
  const limits: [string, number][] = [];
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]!.replace(/^--/, '');
    if (THRESHOLDS[name]) {
      const value = Number(argv[i + 1]);
      if (!Number.isFinite(value)) {
        console.error(`--${name} needs a number`);
        return 2;
      }
      limits.push([name, value]);
    }
  }
  const corpus = evaluateCorpus(folder);
  const graph = argv.includes('--no-graph') ? null : await evaluateThroughGraph(folder);
  const reports: Reports = { corpus, graph };
  if (argv.includes('--json')) console.log(JSON.stringify(reports, null, 2));
  else {
    printCorpus(corpus, argv.includes('--verbose'));
    if (graph) printGraph(graph);
  }
  let failed = 0;
  for (const [name, limit] of limits) {
    const threshold = THRESHOLDS[name]!;
    const value = threshold.get(reports);
    if (threshold.min ? value < limit : value > limit) {
      console.error(`threshold missed: ${name} ${limit} (got ${value.toFixed(4)})`);
      failed++;
    }
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`eval failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
