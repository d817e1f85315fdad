import { ConfigError, loadConfig } from '../config/env';
import { openDatabase } from '../app/open-database';
import { listStoryFiles } from '../app/list-story-files';
import { ingestFiles } from '../app/ingest-files';
import { createIngestService } from '../pipeline/ingest';

/** `npm run ingest -- <file|folder>...`: one line per file, totals, exit 1 if any failed. */
async function main(argv: string[]): Promise<number> {
  const paths = argv.filter((a) => !a.startsWith('--'));
  if (paths.length === 0) {
    console.error('Usage: npm run ingest -- <file|folder>...  (digest or plain-article .txt files)');
    return 2;
  }
  const config = loadConfig();
  const files = listStoryFiles(paths);
  const db = await openDatabase(config, (m) => console.error(m));
  try {
    const service = createIngestService({ executor: db.executor, maxStoryBytes: config.MAX_STORY_BYTES });
    const started = Date.now();
    const totals = await ingestFiles(service, files, (line) => console.log(line));
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `${files.length} files: ${totals.ok} ok (${totals.created} created, ${totals.updated} updated, ${totals.unchanged} unchanged), ${totals.failed} failed in ${seconds.toFixed(1)} s`,
    );
    return totals.failed > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `ingest failed: ${(error as Error).message}`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  },
);
