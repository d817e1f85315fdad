import path from 'node:path';

/** `<project>/.neo4j`: jars, instances and the generated password live here (git-ignored). */
export const DEFAULT_NEO4J_ROOT = path.resolve(__dirname, '..', '..', '.neo4j');
