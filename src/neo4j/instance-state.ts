import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import type { InstancePaths } from './instance-paths';

/** Contents of `<home>/run/state.json`: who runs the instance and where it listens. */
export interface InstanceState {
  pid: number;
  /** Process (node) that spawned the JVM and owns its lifetime. */
  ownerPid: number;
  boltPort: number;
  httpPort: number;
  uri: string;
  httpUrl: string;
  browserUrl: string;
  /** Known once the server answered. */
  version?: string;
  startedAt: string;
}

/**
 * Reads the state file of an instance. `running` is true only when the recorded pid is alive
 * *and* is a Neo4j JVM of this very home (guards against pid reuse after a reboot or kill -9).
 * Returns `undefined` when there is no readable state file.
 */
export async function readInstanceState(paths: InstancePaths): Promise<{ state: InstanceState; running: boolean } | undefined> {
  let state: InstanceState;
  try {
    state = JSON.parse(await fs.readFile(paths.stateFile, 'utf8')) as InstanceState;
  } catch {
    return undefined;
  }
  if (!Number.isInteger(state.pid)) return undefined;
  return { state, running: isNeo4jProcessOf(state.pid, paths.home) };
}

/** Writes the state file (creating `run/`). */
export async function writeInstanceState(paths: InstancePaths, state: InstanceState): Promise<void> {
  await fs.mkdir(paths.runDir, { recursive: true });
  await fs.writeFile(paths.stateFile, JSON.stringify(state, null, 2) + '\n');
}

/** Removes the state file, and Neo4j's own `run/neo4j.pid`, if present. */
export async function removeInstanceState(paths: InstancePaths): Promise<void> {
  await fs.rm(paths.stateFile, { force: true });
  await fs.rm(`${paths.runDir}/neo4j.pid`, { force: true });
}

/** True when `pid` is alive and, where `/proc` exists, is a Neo4j server JVM with this home. */
export function isNeo4jProcessOf(pid: number, home: string): boolean {
  if (!isProcessAlive(pid)) return false;
  let cmdline: string;
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return true; // no /proc (macOS): liveness is all we can check
  }
  return cmdline.includes('org.neo4j.server.CommunityEntryPoint') && cmdline.includes(`--home-dir=${home}`);
}

/** True when a process with this pid exists (signal 0 probes without signalling). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
