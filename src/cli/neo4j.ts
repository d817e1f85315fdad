/**
 * Manage the project's local Neo4j by hand:
 *   npx tsx src/cli/neo4j.ts start  [--instance main] [--bolt-port N] [--http-port N] [--heap 1g] [--page-cache 512m]
 *   npx tsx src/cli/neo4j.ts stop   [--instance main]
 *   npx tsx src/cli/neo4j.ts status [--instance main]
 * `start` runs in the foreground until Ctrl-C (or reports the server that is already running).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_NEO4J_ROOT } from '../neo4j/default-neo4j-root';
import { installShutdownHandlers } from '../neo4j/install-shutdown-handlers';
import { instancePaths } from '../neo4j/instance-paths';
import { readInstanceState } from '../neo4j/instance-state';
import { LocalNeo4jError } from '../neo4j/local-neo4j-error';
import { startLocalNeo4j } from '../neo4j/start-local-neo4j';
import { stopLocalNeo4j } from '../neo4j/stop-local-neo4j';

const USAGE = 'usage: neo4j start|stop|status [--instance main] [--root .neo4j] [--bolt-port N] [--http-port N] [--heap 1g] [--page-cache 512m]';

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      instance: { type: 'string', default: 'main' },
      root: { type: 'string', default: DEFAULT_NEO4J_ROOT },
      'bolt-port': { type: 'string' },
      'http-port': { type: 'string' },
      heap: { type: 'string' },
      'page-cache': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const root = path.resolve(values.root);
  const instance = values.instance;
  const command = positionals[0];
  if (values.help || positionals.length !== 1) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  switch (command) {
    case 'start': {
      const server = await startLocalNeo4j({
        root,
        instance,
        boltPort: toPort(values['bolt-port']),
        httpPort: toPort(values['http-port']),
        heap: values.heap,
        pageCache: values['page-cache'],
        onProgress: (m) => console.log(m),
        logger: { info: (m) => console.log(m), warn: (m) => console.warn(m) },
      });
      printConnection(server);
      if (!server.owned) {
        console.log(`Already running (pid ${server.pid}); stop it with: npx tsx src/cli/neo4j.ts stop --instance ${instance}`);
        return 0;
      }
      let stopping = false;
      const stopServer = (): Promise<void> => {
        stopping = true;
        console.log(`Stopping Neo4j '${instance}'…`);
        return server.stop();
      };
      installShutdownHandlers([{ stop: stopServer }], { onError: (e) => console.error(e) });
      console.log('Running in the foreground; press Ctrl-C to stop.');
      const exit = await server.exited;
      if (stopping) {
        await server.stop(); // same promise as the handler's: returns once the state file is gone
        return 130;
      }
      if (exit?.code === 0) {
        console.log(`Neo4j '${instance}' stopped (asked by another process).`);
        return 0;
      }
      console.error(`Neo4j exited unexpectedly (code ${exit?.code}, signal ${exit?.signal}); see ${server.home}/logs`);
      return 1;
    }
    case 'stop': {
      const result = await stopLocalNeo4j({ root, instance });
      console.log(`Neo4j '${instance}': ${result}`);
      return 0;
    }
    case 'status': {
      const found = await readInstanceState(instancePaths(root, instance));
      if (!found?.running) {
        console.log(`Neo4j '${instance}': not running${found ? ` (stale state of pid ${found.state.pid})` : ''}`);
        return 3;
      }
      const s = found.state;
      console.log(
        [
          `Neo4j '${instance}': running`,
          `  pid      ${s.pid} (started by pid ${s.ownerPid} at ${s.startedAt})`,
          `  version  ${s.version ?? 'starting…'}`,
          `  bolt     ${s.uri}`,
          `  http     ${s.httpUrl}  (ports ${s.boltPort}/${s.httpPort})`,
          `  browser  ${s.browserUrl}`,
          `  user     neo4j, password in ${path.join(root, 'password')}`,
        ].join('\n'),
      );
      return 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

function printConnection(server: { uri: string; browserUrl: string; version: string; passwordFile: string; user: string }): void {
  console.log(`Neo4j ${server.version} at ${server.uri}; browser ${server.browserUrl}`);
  console.log(`  user ${server.user}, password in ${server.passwordFile}`);
}

function toPort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`Not a port number: ${value}`);
  return port;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof LocalNeo4jError ? error.message : error);
    process.exit(1);
  },
);
