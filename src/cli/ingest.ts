import { writeFile } from 'node:fs/promises';
import { storyLimitsFromConfig } from '../pipeline/limits';
import { parseArgs } from 'node:util';
import { limitHeapGrowth } from '../app/limit-heap-growth';
import { openDatabase } from '../app/open-database';
import { ConfigError, loadConfig } from '../config/env';
import { DatabaseUnavailableError } from '../db/executor';
import { bulkIngest, type BulkIngestProgress } from '../ingest/bulk-ingest';
import { createExtractPool } from '../ingest/extract-pool';
import { knownStoryCount, planStoryInputs, readStoryStream } from '../ingest/read-story-stream';
import { createProgressDisplay, formatSummary } from '../ingest/render-progress';

limitHeapGrowth(50);

const USAGE = `Usage: npm run ingest -- <file|folder|glob|->... [options]
  Ingests story digests or plain articles: .txt files, folders of them, globs ('data/**/*.txt'),
  .ff / .jsonl streams, or - for stdin (stories separated by form-feed lines, or JSON Lines {"text": ...}).
Options:
  --workers N        extraction worker threads (default INGEST_WORKERS, one per core)
  --batch N          stories per write transaction (default INGEST_BATCH_SIZE, 200)
  --loaders N        write transactions at once (default INGEST_LOADERS, 2)
  --report FILE      write every failure (source, line, rule, message) and the totals as JSON
  --format F         digest | article | auto (default auto)
  --force            rewrite stories even when already loaded unchanged
  --no-resume        do not skip stories whose content hash is already in the graph`;

/**
 * `npm run ingest`: bulk ingest with a progress display and a summary. Exit 1 if any story
 * failed, 3 if Neo4j became unavailable (after NEO4J_RETRY_MS of retries), 2 for bad arguments.
 */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      workers: { type: 'string' },
      batch: { type: 'string' },
      loaders: { type: 'string' },
      report: { type: 'string' },
      format: { type: 'string', default: 'auto' },
      force: { type: 'boolean', default: false },
      'no-resume': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const format = String(values.format).toUpperCase();
  if (values.help || positionals.length === 0 || !['DIGEST', 'ARTICLE', 'AUTO'].includes(format)) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const workers = positiveInt(values.workers, config.INGEST_WORKERS, '--workers');
  const batchSize = positiveInt(values.batch, config.INGEST_BATCH_SIZE, '--batch');
  const loaders = positiveInt(values.loaders, config.INGEST_LOADERS, '--loaders');
  const plan = await planStoryInputs(positionals);

  const log = (message: string): void => console.error(message);
  const db = await openDatabase(config, log);
  const pool = createExtractPool({ workers, format: format as 'DIGEST' | 'ARTICLE' | 'AUTO', limits: storyLimitsFromConfig(config) });
  try {
    const display = createProgressDisplay(process.stderr);
    let last: BulkIngestProgress | null = null;
    const summary = await bulkIngest(readStoryStream(plan), {
      executor: db.executor,
      pool,
      batchSize,
      loaders,
      limits: storyLimitsFromConfig(config),
      force: values.force,
      resume: !values['no-resume'],
      total: knownStoryCount(plan),
      onProgress: (p) => {
        last = p;
        display.update(p);
      },
    }).catch((error: unknown) => {
      if (!(error instanceof DatabaseUnavailableError)) throw error;
      display.finish();
      console.error(describeOutage(last, config.NEO4J_RETRY_MS));
      return null;
    });
    if (summary === null) return 3;
    display.finish();
    for (const line of formatSummary(summary)) console.log(line);
    if (values.report) {
      const { failures, ...totals } = summary;
      await writeFile(values.report, `${JSON.stringify({ totals, failures }, null, 2)}\n`);
      console.log(`report: ${values.report} (${failures.length} failures)`);
    }
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await pool.close();
    await db.close();
  }
}

/** What an operator needs after an outage: how far the run got, that nothing is half-written, what to do. */
function describeOutage(progress: BulkIngestProgress | null, retryMs: number): string {
  const done = progress ? `${progress.done}${progress.total === null ? '' : ` of ${progress.total}`} stories were done (${progress.created + progress.updated} written, ${progress.skipped} already loaded, ${progress.failed} failed)` : 'no story was done';
  return [
    `ingest stopped: Neo4j became unavailable and stayed so for NEO4J_RETRY_MS=${retryMs} ms of retries.`,
    `${done}; every story is written whole or not at all.`,
    'Start Neo4j again and re-run the same command: stories already loaded are skipped, the rest are loaded.',
  ].join('\n');
}

function positiveInt(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new ConfigError([`${name} must be a positive integer, got "${raw}"`]);
  return value;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `ingest failed: ${(error as Error).message}`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  },
);
