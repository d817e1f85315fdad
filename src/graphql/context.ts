import { randomUUID } from 'node:crypto';
import { Executor, Params } from '../db/executor';
import { IngestService } from '../pipeline/ingest';
import { bearerToken, readAllowed, Tokens, WriteAccess, writeAccess } from './auth';
import { UnauthenticatedError } from './errors';
import { createLoaders, Loaders, ReadDb } from './loaders';
import { Logger } from './logger';

/** Per-request state handed to every resolver. */
export interface GraphQLContext {
  requestId: string;
  /** Reads of this request (counted, for the operation log line). */
  db: ReadDb & { readonly roundTrips: number };
  loaders: Loaders;
  ingest: IngestService;
  writeAccess: WriteAccess;
  maxStoryBytes: number;
  logger: Logger;
}

export interface ContextDeps {
  executor: Executor;
  ingest: IngestService;
  tokens: Tokens;
  maxStoryBytes: number;
  logger: Logger;
}

/** Request ids from clients are echoed only when they look like ids (no log or header injection). */
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The client's `X-Request-Id` when it looks like an id, else a fresh UUID. */
export function requestIdFrom(header: string | undefined): string {
  return header !== undefined && REQUEST_ID.test(header) ? header : randomUUID();
}

/**
 * Builds the context of one request: request id, fresh DataLoaders, credentials.
 * When READ_TOKEN is set, a request without the read (or ingest) token is refused
 * here, before execution, with UNAUTHENTICATED and HTTP 401.
 */
export function createContext(deps: ContextDeps, headers: { authorization?: string; requestId?: string }): GraphQLContext {
  const token = bearerToken(headers.authorization);
  if (!readAllowed(token, deps.tokens)) throw new UnauthenticatedError('reads need an Authorization: Bearer <READ_TOKEN> header', 401);
  const requestId = requestIdFrom(headers.requestId);
  let roundTrips = 0;
  const db = {
    read: (name: string, params?: Params) => {
      roundTrips += 1;
      return deps.executor.read(name, params);
    },
    get roundTrips() {
      return roundTrips;
    },
  };
  return {
    requestId,
    db,
    loaders: createLoaders(db),
    ingest: deps.ingest,
    writeAccess: writeAccess(token, deps.tokens),
    maxStoryBytes: deps.maxStoryBytes,
    logger: deps.logger.child({ requestId }),
  };
}
