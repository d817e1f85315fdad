import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { buildNeo4jCommand } from './build-neo4j-command';
import { DEFAULT_NEO4J_ROOT } from './default-neo4j-root';
import { ensureNeo4jDistribution } from './ensure-neo4j-distribution';
import { ensureNeo4jPassword } from './ensure-neo4j-password';
import { findJava } from './find-java';
import { instancePaths, type InstancePaths } from './instance-paths';
import { readInstanceState, removeInstanceState, writeInstanceState, type InstanceState } from './instance-state';
import { LocalNeo4jError } from './local-neo4j-error';
import { NEO4J_VERSION } from './neo4j-versions';
import { renderNeo4jConf } from './render-neo4j-conf';

/** Where the runner reports what it does; a console-like object fits. */
export interface Neo4jRunnerLogger {
  info(message: string): void;
  warn(message: string): void;
}

/** Options of {@link startLocalNeo4j}. Only `boltPort`/`httpPort` of unknown instances are required. */
export interface StartLocalNeo4jOptions {
  /** Default `<project>/.neo4j`. */
  root?: string;
  /** Instance name: its own home, data and ports. Default `main`. */
  instance?: 'main' | 'test' | (string & {});
  /** Default 7687 for `main`, 7697 for `test`. */
  boltPort?: number;
  /** Default 7474 for `main`, 7484 for `test`. */
  httpPort?: number;
  /** JVM heap (-Xms/-Xmx). Default `1g`. */
  heap?: string;
  /** Page cache. Default `512m`. */
  pageCache?: string;
  /** Default {@link NEO4J_VERSION}. */
  version?: string;
  /** Java home to run `bin/java` from; default `java` on PATH. */
  javaHome?: string;
  mvnCommand?: string;
  /** Generated on first use. Default `<root>/password`. */
  passwordFile?: string;
  /** Default 120 s. */
  readyTimeoutMs?: number;
  /** SIGTERM grace period before SIGKILL in `stop()`. Default 30 s. */
  stopTimeoutMs?: number;
  /** Names of the settings that choose the ports, quoted in the "port in use" error. Default `NEO4J_LOCAL_BOLT_PORT`/`NEO4J_LOCAL_HTTP_PORT`. */
  portSettingNames?: { bolt: string; http: string };
  /** Startup progress lines (fetch, start, "still waiting…"). Defaults to `logger.info`. */
  onProgress?: (message: string) => void;
  logger?: Neo4jRunnerLogger;
}

/** A running local Neo4j, either started by this call (`owned`) or found running and reused. */
export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  /** Where the generated password is kept (mode 0600), for showing to the user instead of the password. */
  passwordFile: string;
  httpUrl: string;
  browserUrl: string;
  /** Server version as reported over Bolt, e.g. `5.26.30`. */
  version: string;
  /** True when this process started the JVM and `stop()` stops it; false when reused. */
  owned: boolean;
  pid: number;
  home: string;
  /** Stops an owned server (SIGTERM, then SIGKILL after the grace period); no-op when reused. Idempotent. */
  stop(): Promise<void>;
  /** Owned servers only: settles when the JVM exits, for whatever reason. */
  exited?: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const USER = 'neo4j';
const DEFAULT_PORTS: Record<string, { bolt: number; http: number }> = {
  main: { bolt: 7687, http: 7474 },
  test: { bolt: 7697, http: 7484 },
};
const PROGRESS_EVERY_MS = 5000;

/**
 * Returns a running local Neo4j Community server for `instance`, starting one when needed.
 *
 * - If `<home>/run/state.json` names a live Neo4j JVM of this home whose Bolt port answers,
 *   that server is reused (`owned: false`), e.g. `npm run ingest` next to a running `npm start`.
 * - A state file naming a dead pid (JVM killed with SIGKILL) is removed; Neo4j recovers its store
 *   on the next start by itself (its lock files are OS locks, released when the JVM died).
 * - Otherwise: checks the ports are free, Java 17+, fetches the jars once, sets the initial
 *   password of a fresh home, spawns the JVM (output to `logs/console.log`) and waits until a
 *   driver can connect with the credentials.
 *
 * The caller owns the lifetime: call `stop()`, and use {@link installShutdownHandlers} so
 * Ctrl-C stops the server too. As a last resort a normal process exit sends SIGTERM to an owned JVM.
 * Throws {@link LocalNeo4jError}.
 */
export async function startLocalNeo4j(options: StartLocalNeo4jOptions = {}): Promise<LocalNeo4j> {
  const root = path.resolve(options.root ?? DEFAULT_NEO4J_ROOT);
  const instance = options.instance ?? 'main';
  const paths = instancePaths(root, instance);
  const logger = options.logger;
  const progress = options.onProgress ?? ((m: string) => logger?.info(m));
  const readyTimeoutMs = options.readyTimeoutMs ?? 120_000;
  const passwordFile = options.passwordFile ?? path.join(root, 'password');

  const reused = await reuseRunning(paths, passwordFile, readyTimeoutMs, progress);
  if (reused) {
    if (options.boltPort !== undefined && options.boltPort !== reused.boltPort) {
      logger?.warn(`Neo4j '${instance}' is already running on bolt port ${reused.boltPort}, not ${options.boltPort}; using it.`);
    }
    return reused.server;
  }

  const ports = resolvePorts(instance, options);
  const settingNames = options.portSettingNames ?? { bolt: 'NEO4J_LOCAL_BOLT_PORT', http: 'NEO4J_LOCAL_HTTP_PORT' };
  await assertPortFree(ports.bolt, 'Bolt', settingNames.bolt);
  await assertPortFree(ports.http, 'HTTP', settingNames.http);

  const java = findJava({ javaHome: options.javaHome });
  const distribution = await ensureNeo4jDistribution({
    root,
    version: options.version ?? NEO4J_VERSION,
    onProgress: progress,
    mvnCommand: options.mvnCommand,
  });
  const password = await ensureNeo4jPassword(passwordFile);

  for (const dir of [paths.confDir, paths.dataDir, paths.logsDir, paths.runDir, path.join(paths.home, 'plugins'), path.join(paths.home, 'import')]) {
    await fs.mkdir(dir, { recursive: true });
  }
  await fs.writeFile(paths.confFile, renderNeo4jConf({ boltPort: ports.bolt, httpPort: ports.http, pageCache: options.pageCache ?? '512m' }));
  if (!existsSync(path.join(paths.dataDir, 'databases', 'system'))) {
    progress(`Neo4j '${instance}': new instance at ${paths.home}; setting the initial password`);
    await setInitialPassword(java.command, distribution.libDir, paths, password);
  }

  const uri = `bolt://127.0.0.1:${ports.bolt}`;
  const httpUrl = `http://127.0.0.1:${ports.http}`;
  const browserUrl = `${httpUrl}/browser/`;
  const { command, args } = buildNeo4jCommand({ java: java.command, libDir: distribution.libDir, home: paths.home, heap: options.heap ?? '1g' });

  const started = Date.now();
  progress(`Neo4j '${instance}': starting ${distribution.version} (bolt ${ports.bolt}, http ${ports.http}, logs ${paths.logsDir})`);
  const child = spawnServer(command, args, paths);
  const pid = child.pid;
  if (pid === undefined) throw new LocalNeo4jError('START_FAILED', `Could not start ${command}; see ${paths.consoleLog}`);

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', () => resolve({ code: null, signal: null }));
  });
  // Last resort when the caller never calls stop(): 'exit' handlers must be synchronous, so only signal.
  const signalOnExit = (): void => void child.kill('SIGTERM');
  process.on('exit', signalOnExit);
  void exited.then(() => process.off('exit', signalOnExit));

  const state: InstanceState = {
    pid,
    ownerPid: process.pid,
    boltPort: ports.bolt,
    httpPort: ports.http,
    uri,
    httpUrl,
    browserUrl,
    startedAt: new Date().toISOString(),
  };
  await writeInstanceState(paths, state);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timeout = options.stopTimeoutMs ?? 30_000;
        const timer = setTimeout(() => {
          logger?.warn(`Neo4j '${instance}' (pid ${pid}) did not stop within ${timeout / 1000} s; killing it.`);
          child.kill('SIGKILL');
        }, timeout);
        await exited;
        clearTimeout(timer);
      }
      await removeInstanceState(paths);
    })();
    return stopping;
  };

  let version: string;
  try {
    version = await waitUntilReady({ uri, password, passwordFile, exited, timeoutMs: readyTimeoutMs, paths, instance, started, progress });
  } catch (error) {
    await stop();
    throw error;
  }
  await writeInstanceState(paths, { ...state, version });
  progress(`Neo4j '${instance}' ${version} ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${uri} (browser ${browserUrl})`);
  return { uri, user: USER, password, passwordFile, httpUrl, browserUrl, version, owned: true, pid, home: paths.home, stop, exited };
}

function resolvePorts(instance: string, options: StartLocalNeo4jOptions): { bolt: number; http: number } {
  const defaults = DEFAULT_PORTS[instance];
  const bolt = options.boltPort ?? defaults?.bolt;
  const http = options.httpPort ?? defaults?.http;
  if (bolt === undefined || http === undefined) {
    throw new Error(`Neo4j instance '${instance}' has no default ports: pass boltPort and httpPort.`);
  }
  return { bolt, http };
}

/** Reuses a live server of this home, waits out one that is starting or stopping, cleans stale state. */
async function reuseRunning(
  paths: InstancePaths,
  passwordFile: string,
  timeoutMs: number,
  progress: (m: string) => void,
): Promise<{ server: LocalNeo4j; boltPort: number } | undefined> {
  const found = await readInstanceState(paths);
  if (!found) return undefined;
  const { state } = found;
  if (!found.running) {
    progress(`Neo4j '${paths.name}': previous server (pid ${state.pid}) is gone; removing its stale state file`);
    await removeInstanceState(paths);
    return undefined;
  }
  const password = await ensureNeo4jPassword(passwordFile);
  const deadline = Date.now() + timeoutMs;
  let lastReport = Date.now();
  for (;;) {
    const probe = await probeBolt(state.uri, password);
    if (probe.status === 'ok') {
      progress(`Neo4j '${paths.name}': reusing the server already running (pid ${state.pid}) at ${state.uri}`);
      const server: LocalNeo4j = {
        uri: state.uri,
        user: USER,
        password,
        passwordFile,
        httpUrl: state.httpUrl,
        browserUrl: state.browserUrl,
        version: probe.version,
        owned: false,
        pid: state.pid,
        home: paths.home,
        stop: async () => {},
      };
      return { server, boltPort: state.boltPort };
    }
    if (probe.status === 'unauthorized') throw authMismatch(paths, passwordFile);
    if (!(await readInstanceState(paths))?.running) {
      // It was starting and failed, or shutting down: start afresh.
      await removeInstanceState(paths);
      return undefined;
    }
    if (Date.now() > deadline) {
      throw new LocalNeo4jError(
        'START_TIMEOUT',
        `Neo4j '${paths.name}' (pid ${state.pid}) is running but ${state.uri} has not answered for ${timeoutMs / 1000} s. ` +
          `Stop it (npx tsx src/cli/neo4j.ts stop --instance ${paths.name}) and check ${paths.logsDir}.`,
      );
    }
    if (Date.now() - lastReport >= PROGRESS_EVERY_MS) {
      lastReport = Date.now();
      progress(`Neo4j '${paths.name}': pid ${state.pid} is running but not answering yet; waiting…`);
    }
    await sleep(500);
  }
}

async function assertPortFree(port: number, kind: string, settingName: string): Promise<void> {
  const problem = await new Promise<string | undefined>((resolve) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(undefined)));
  });
  if (problem === undefined) return;
  const why = problem === 'EADDRINUSE' ? 'is already in use by another program' : `cannot be used (${problem})`;
  throw new LocalNeo4jError(
    'PORT_IN_USE',
    `${kind} port ${port} on 127.0.0.1 ${why}. Stop that program or choose another port with ${settingName}.`,
  );
}

// `--` ends the options: a generated password may start with '-' and would otherwise be read as one.
async function setInitialPassword(java: string, libDir: string, paths: InstancePaths, password: string): Promise<void> {
  const output = await new Promise<{ code: number | null; text: string }>((resolve) => {
    const child = spawn(java, ['-cp', `${libDir}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', '--', password], {
      cwd: paths.home,
      env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.confDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    child.on('error', (error) => resolve({ code: null, text: error.message }));
    child.on('close', (code) => resolve({ code, text }));
  });
  if (output.code !== 0) {
    // The password itself is never echoed: the admin tool's output does not contain it.
    throw new LocalNeo4jError('START_FAILED', `Setting the initial Neo4j password failed (exit ${output.code}):\n${output.text.trim()}`);
  }
}

function spawnServer(command: string, args: string[], paths: InstancePaths): ChildProcess {
  const fd = openSync(paths.consoleLog, 'a');
  try {
    writeSync(fd, `\n=== ${new Date().toISOString()} starting: ${command} ${args.join(' ')}\n`);
    return spawn(command, args, {
      cwd: paths.home,
      // Pass-through of the caller's environment, with the home pinned so a stray NEO4J_CONF cannot redirect it.
      env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.confDir },
      stdio: ['ignore', fd, fd],
      detached: false,
    });
  } finally {
    closeSync(fd); // the child holds its own copy
  }
}

interface ReadyWait {
  uri: string;
  password: string;
  passwordFile: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  timeoutMs: number;
  paths: InstancePaths;
  instance: string;
  started: number;
  progress: (m: string) => void;
}

async function waitUntilReady(wait: ReadyWait): Promise<string> {
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  void wait.exited.then((e) => (exit = e));
  let lastReport = Date.now();
  for (;;) {
    if (exit) {
      throw new LocalNeo4jError(
        'START_FAILED',
        `Neo4j '${wait.instance}' exited during startup (code ${exit.code}, signal ${exit.signal}).\n${await logTails(wait.paths)}`,
      );
    }
    const probe = await probeBolt(wait.uri, wait.password);
    if (probe.status === 'ok') return probe.version;
    if (probe.status === 'unauthorized') throw authMismatch(wait.paths, wait.passwordFile);
    const elapsed = Date.now() - wait.started;
    if (elapsed > wait.timeoutMs) {
      throw new LocalNeo4jError(
        'START_TIMEOUT',
        `Neo4j '${wait.instance}' did not answer at ${wait.uri} within ${wait.timeoutMs / 1000} s.\n${await logTails(wait.paths)}`,
      );
    }
    if (Date.now() - lastReport >= PROGRESS_EVERY_MS) {
      lastReport = Date.now();
      wait.progress(`Neo4j '${wait.instance}': still starting (${Math.round(elapsed / 1000)} s)…`);
    }
    await sleep(250);
  }
}

type BoltProbe = { status: 'ok'; version: string } | { status: 'unauthorized' } | { status: 'unreachable'; message: string };

/** One connection attempt with the credentials; the server version comes from the Bolt handshake. */
async function probeBolt(uri: string, password: string): Promise<BoltProbe> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(USER, password), {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
    connectionAcquisitionTimeout: 3000,
  });
  try {
    const info = await driver.getServerInfo();
    return { status: 'ok', version: (info.agent ?? '').replace(/^Neo4j\//, '') };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('Neo.ClientError.Security.')) return { status: 'unauthorized' };
    return { status: 'unreachable', message: (error as Error).message };
  } finally {
    await driver.close();
  }
}

function authMismatch(paths: InstancePaths, passwordFile: string): LocalNeo4jError {
  return new LocalNeo4jError(
    'AUTH_MISMATCH',
    `Neo4j '${paths.name}' rejected the password in ${passwordFile}. The instance was created with another password: ` +
      `restore that file, or delete ${paths.home} (its data is lost) so a fresh instance is created with the current one.`,
  );
}

async function logTails(paths: InstancePaths): Promise<string> {
  const parts: string[] = [];
  for (const file of [paths.consoleLog, path.join(paths.logsDir, 'neo4j.log')]) {
    try {
      const lines = (await fs.readFile(file, 'utf8')).trimEnd().split('\n').slice(-25);
      parts.push(`--- last lines of ${file}:\n${lines.join('\n')}`);
    } catch {
      // a log that was never written has nothing to say
    }
  }
  return parts.join('\n') || `No logs were written; see ${paths.logsDir}.`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
