/** Inputs of {@link buildNeo4jCommand}. */
export interface Neo4jCommandOptions {
  java: string;
  /** Folder of the server jars (`lib-<version>`). */
  libDir: string;
  /** Instance home; its `conf/neo4j.conf` is read by the server. */
  home: string;
  /** JVM heap, e.g. `1g`; used for both -Xms and -Xmx as Neo4j recommends. */
  heap: string;
}

/**
 * Command line of the Community server JVM. The `neo4j` launcher script is not used (it is
 * not on Maven Central), so the JVM flags it would add are listed here.
 */
export function buildNeo4jCommand(options: Neo4jCommandOptions): { command: string; args: string[] } {
  return {
    command: options.java,
    args: [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      '-XX:+UseG1GC',
      '-XX:-OmitStackTraceInFastThrow',
      '-XX:+ExitOnOutOfMemoryError',
      '-XX:+DisableExplicitGC',
      '-Djdk.nio.maxCachedBufferSize=1024',
      '-Dio.netty.tryReflectionSetAccessible=true',
      '-Dlog4j2.disable.jmx=true',
      '-Dfile.encoding=UTF-8',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '-cp',
      `${options.libDir}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${options.home}`,
      `--config-dir=${options.home}/conf`,
    ],
  };
}
