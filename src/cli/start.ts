import { ConfigError, loadConfig } from '../config/env';
import { limitHeapGrowth } from '../app/limit-heap-growth';
import { openDatabase } from '../app/open-database';
import { listStoryFiles } from '../app/list-story-files';
import { ingestFiles } from '../app/ingest-files';
import { createIngestService } from '../pipeline/ingest';
import { storyLimitsFromConfig } from '../pipeline/limits';
import { createApiServer } from '../graphql/create-server';
import { createLogger } from '../graphql/logger';

/**
 * `npm start`: Neo4j up (local or NEO4J_URI), schema applied, bundled sample stories
 * ingested (idempotently), GraphQL served until Ctrl-C.
 */
async function main(): Promise<void> {
  limitHeapGrowth(100);
  const config = loadConfig();
  const say = (m: string) => console.log(m);
  const db = await openDatabase(config, say);
  let api: ReturnType<typeof createApiServer> | undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    say(`\n${signal}: shutting down…`);
    await api?.close().catch(() => {});
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const ingest = createIngestService({ executor: db.executor, maxStoryBytes: config.MAX_STORY_BYTES, limits: storyLimitsFromConfig(config) });
  const files = listStoryFiles([config.SAMPLE_DIR]);
  say(`Ingesting ${files.length} sample stories from ${config.SAMPLE_DIR}…`);
  const totals = await ingestFiles(ingest, files, say);
  say(`Samples: ${totals.created} created, ${totals.updated} updated, ${totals.unchanged} unchanged, ${totals.failed} failed`);

  const logger = createLogger({ level: config.LOG_LEVEL });
  api = createApiServer({ config, executor: db.executor, ingest, logger });
  const { url } = await api.listen();
  say('');
  say(`GraphQL:       ${url}`);
  say(`Health:        ${url.replace(/\/graphql$/, '')}/health, /ready`);
  say(`Neo4j Bolt:    ${db.connection.uri} (user ${db.connection.user}${db.local ? `, password in ${db.local.passwordFile}` : ''})`);
  if (db.local?.browserUrl) say(`Neo4j Browser: ${db.local.browserUrl} (connect to ${db.connection.uri})`);
  if (db.local && !db.local.owned) say('(Neo4j was already running; it keeps running after this process exits.)');
  say(`Try: curl -s ${url} -H 'content-type: application/json' -d '{"query":"{ events(involving: \\"Lee\\") { totalCount edges { node { date type summary } } } }"}'`);
  say('Ctrl-C to stop.');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `start failed: ${(error as Error).stack ?? error}`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
