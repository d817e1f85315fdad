import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { LocalNeo4jError } from './local-neo4j-error';
import { parseJavaVersion } from './parse-java-version';

/** The Java runtime Neo4j 5 needs: 17 or newer. */
export interface JavaRuntime {
  command: string;
  majorVersion: number;
}

const MINIMUM_JAVA = 17;

/**
 * Picks `<javaHome>/bin/java` when a Java home is given, else `java` from PATH, and checks it
 * is Java 17+. Throws {@link LocalNeo4jError} (`JAVA_MISSING`, `JAVA_TOO_OLD`) saying what to do.
 */
export function findJava(options: { javaHome?: string } = {}): JavaRuntime {
  const command = options.javaHome ? path.join(options.javaHome, 'bin', 'java') : 'java';
  const result = spawnSync(command, ['-version'], { encoding: 'utf8' });
  const where = options.javaHome ? `JAVA_HOME=${options.javaHome}` : 'PATH';
  if (result.error) {
    throw new LocalNeo4jError(
      'JAVA_MISSING',
      `Java not found (${command}, from ${where}): ${result.error.message}. ` +
        `Neo4j needs Java ${MINIMUM_JAVA}+: install a JDK 17 or 21 (e.g. apt-get install openjdk-17-jre-headless) ` +
        'and put it on PATH, or set JAVA_HOME to its folder.',
    );
  }
  const majorVersion = parseJavaVersion(`${result.stderr}${result.stdout}`);
  if (majorVersion === undefined || majorVersion < MINIMUM_JAVA) {
    throw new LocalNeo4jError(
      'JAVA_TOO_OLD',
      `Neo4j needs Java ${MINIMUM_JAVA}+, but ${command} (from ${where}) is ` +
        `${majorVersion === undefined ? 'of unknown version' : `Java ${majorVersion}`}. ` +
        'Install a JDK 17 or 21 and set JAVA_HOME to it.',
    );
  }
  return { command, majorVersion };
}
