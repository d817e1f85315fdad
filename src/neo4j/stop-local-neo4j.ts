import path from 'node:path';
import { DEFAULT_NEO4J_ROOT } from './default-neo4j-root';
import { instancePaths } from './instance-paths';
import { readInstanceState, removeInstanceState } from './instance-state';
import { terminateProcess } from './terminate-process';

/** What {@link stopLocalNeo4j} did. */
export type StopLocalNeo4jResult = 'not-running' | 'stale-state-removed' | 'stopped' | 'killed';

/**
 * Stops the server of an instance from any process (the one recorded in its state file),
 * e.g. a server left running by an `npm start` in another terminal: SIGTERM, SIGKILL after
 * `timeoutMs` (default 30 s). Never signals a pid that is not this home's Neo4j JVM.
 */
export async function stopLocalNeo4j(options: { root?: string; instance?: string; timeoutMs?: number } = {}): Promise<StopLocalNeo4jResult> {
  const paths = instancePaths(path.resolve(options.root ?? DEFAULT_NEO4J_ROOT), options.instance ?? 'main');
  const found = await readInstanceState(paths);
  if (!found) return 'not-running';
  if (!found.running) {
    await removeInstanceState(paths);
    return 'stale-state-removed';
  }
  const outcome = await terminateProcess(found.state.pid, options.timeoutMs ?? 30_000);
  await removeInstanceState(paths);
  return outcome === 'killed' ? 'killed' : 'stopped';
}
