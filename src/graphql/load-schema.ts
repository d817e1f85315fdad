import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLSchema } from 'graphql';

/** The top-level `schema.graphql`: the whole public API. */
export const SCHEMA_PATH = join(__dirname, '..', '..', 'schema.graphql');

let cached: string | undefined;

/** The SDL text, read from disk once per process (a missing file fails start-up). */
export function loadTypeDefs(path: string = SCHEMA_PATH): string {
  if (path !== SCHEMA_PATH) return readFileSync(path, 'utf8');
  cached ??= readFileSync(path, 'utf8');
  return cached;
}

/** The schema without resolvers (for tools and tests that only validate documents). */
export function loadSchema(): GraphQLSchema {
  return buildSchema(loadTypeDefs());
}
