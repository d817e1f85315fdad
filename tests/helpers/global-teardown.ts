/** Jest global teardown of the integration project: stops the local test Neo4j if global setup started it. */
import type { TestNeo4jGlobal } from './global-setup';

// Jest loads global teardown through its default export.
export default async function globalTeardown(): Promise<void> {
  const shared = (globalThis as { __testNeo4j?: TestNeo4jGlobal }).__testNeo4j;
  if (!shared) return;
  shared.uninstall();
  await shared.server.stop();
  delete (globalThis as { __testNeo4j?: TestNeo4jGlobal }).__testNeo4j;
}
