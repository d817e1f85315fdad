import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_NEO4J_ROOT } from './default-neo4j-root';
import { LocalNeo4jError } from './local-neo4j-error';
import { NEO4J_BROWSER_VERSION, NEO4J_VERSION } from './neo4j-versions';
import { renderNeo4jPom } from './render-neo4j-pom';

/** Options of {@link ensureNeo4jDistribution}; every field has a default. */
export interface EnsureNeo4jDistributionOptions {
  /** Folder holding `pom.xml` and `lib-<version>/`. Default `<project>/.neo4j`. */
  root?: string;
  /** Neo4j server version. Default {@link NEO4J_VERSION}. */
  version?: string;
  /** One line per stage (and every few seconds while Maven downloads). */
  onProgress?: (message: string) => void;
  /** Maven executable. Default `mvn` from PATH. */
  mvnCommand?: string;
}

/** Where the jars are and whether this call had to fetch them. */
export interface Neo4jDistribution {
  version: string;
  /** Folder of jars, to be used as `-cp '<libDir>/*'`. */
  libDir: string;
  jarCount: number;
  fetched: boolean;
}

const MARKER = '.complete.json';
const PROGRESS_EVERY_MS = 3000;

/**
 * Makes sure the Neo4j Community server jars are in `<root>/lib-<version>/`, fetching them
 * with Maven (`dependency:copy-dependencies`) the first time. Jars are copied into a
 * temporary folder that is renamed only once complete, and a marker file records
 * completion, so an interrupted fetch never leaves a half-filled folder behind.
 * Throws {@link LocalNeo4jError} `FETCH_FAILED` with Maven's last output lines.
 */
export async function ensureNeo4jDistribution(options: EnsureNeo4jDistributionOptions = {}): Promise<Neo4jDistribution> {
  const root = path.resolve(options.root ?? DEFAULT_NEO4J_ROOT);
  const version = options.version ?? NEO4J_VERSION;
  const progress = options.onProgress ?? (() => {});
  const libDir = path.join(root, `lib-${version}`);

  const marker = await readMarker(libDir);
  if (marker) return { version, libDir, jarCount: marker.jarCount, fetched: false };

  await fs.mkdir(root, { recursive: true });
  await removeAbandonedPartials(root, version);
  // An existing folder without a marker is a leftover of an older, non-atomic layout: redo it.
  await fs.rm(libDir, { recursive: true, force: true });

  const pomPath = path.join(root, 'pom.xml');
  await fs.writeFile(pomPath, renderNeo4jPom(version, NEO4J_BROWSER_VERSION));
  const partial = path.join(root, `lib-${version}.partial-${process.pid}`);
  await fs.rm(partial, { recursive: true, force: true });

  const started = Date.now();
  progress(`Neo4j ${version}: fetching server jars with Maven into ${libDir} (first run downloads ~135 MB)`);
  try {
    await runMaven(options.mvnCommand ?? 'mvn', pomPath, partial, progress);
    const jarCount = (await fs.readdir(partial)).filter((f) => f.endsWith('.jar')).length;
    if (jarCount === 0) throw new LocalNeo4jError('FETCH_FAILED', `Maven finished but copied no jars into ${partial}`);
    const done: Marker = { version, browserVersion: NEO4J_BROWSER_VERSION, jarCount, fetchedAt: new Date().toISOString() };
    await fs.writeFile(path.join(partial, MARKER), JSON.stringify(done, null, 2) + '\n');
    try {
      await fs.rename(partial, libDir);
    } catch (error) {
      // Another process may have completed the same fetch first; its folder is as good as ours.
      if (!(await readMarker(libDir))) throw error;
      await fs.rm(partial, { recursive: true, force: true });
    }
    progress(`Neo4j ${version}: ${jarCount} jars ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { version, libDir, jarCount, fetched: true };
  } catch (error) {
    await fs.rm(partial, { recursive: true, force: true });
    throw error;
  }
}

interface Marker {
  version: string;
  browserVersion: string;
  jarCount: number;
  fetchedAt: string;
}

async function readMarker(libDir: string): Promise<Marker | undefined> {
  try {
    const parsed: unknown = JSON.parse(await fs.readFile(path.join(libDir, MARKER), 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && typeof (parsed as Marker).jarCount === 'number') {
      return parsed as Marker;
    }
  } catch {
    // missing or unreadable marker: the folder is not known to be complete
  }
  return undefined;
}

/** Removes `lib-<version>.partial-<pid>` folders whose fetching process is gone. */
async function removeAbandonedPartials(root: string, version: string): Promise<void> {
  const prefix = `lib-${version}.partial-`;
  for (const entry of await fs.readdir(root)) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number(entry.slice(prefix.length));
    if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) continue;
    await fs.rm(path.join(root, entry), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function runMaven(mvn: string, pomPath: string, outputDir: string, progress: (m: string) => void): Promise<void> {
  const args = ['-B', '-f', pomPath, 'dependency:copy-dependencies', `-DoutputDirectory=${outputDir}`];
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    let downloads = 0;
    let lastReport = Date.now();
    let buffered = '';
    const onData = (chunk: Buffer): void => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        tail.push(line);
        if (tail.length > 40) tail.shift();
        if (line.includes('Downloaded from')) downloads += 1;
      }
      if (Date.now() - lastReport >= PROGRESS_EVERY_MS) {
        lastReport = Date.now();
        progress(downloads > 0 ? `Maven: ${downloads} files downloaded so far…` : 'Maven: resolving dependencies…');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error: NodeJS.ErrnoException) => {
      const hint = error.code === 'ENOENT' ? ` Install Apache Maven 3.8+ and make sure '${mvn}' is on PATH.` : '';
      reject(new LocalNeo4jError('FETCH_FAILED', `Could not run Maven (${mvn}): ${error.message}.${hint}`));
    });
    child.on('close', (code) => {
      if (code === 0) return resolve();
      reject(
        new LocalNeo4jError(
          'FETCH_FAILED',
          `Maven exited with code ${code} while fetching Neo4j jars (${pomPath}). Last output:\n${tail.join('\n')}`,
        ),
      );
    });
  });
}

