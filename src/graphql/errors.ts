import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DatabaseUnavailableError } from '../db/executor';

/** Every `extensions.code` this API answers with. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  DB_UNAVAILABLE = 'DB_UNAVAILABLE',
  /** Too many requests from this client (HTTP 429, `Retry-After`); answered before GraphQL runs. */
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Base of the errors this API throws on purpose: their message is safe to show. */
export abstract class ApiError extends GraphQLError {
  abstract readonly code: ErrorCode;
}

/** A bad argument; `argumentPath` names it (`['first']`, `['involvingAll', 2]`). */
export class BadUserInputError extends ApiError {
  readonly code = ErrorCode.BAD_USER_INPUT;
  constructor(message: string, argumentPath: ReadonlyArray<string | number>) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argumentPath: [...argumentPath] } });
    this.name = 'BadUserInputError';
  }
}

export class NotFoundError extends ApiError {
  readonly code = ErrorCode.NOT_FOUND;
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.NOT_FOUND } });
    this.name = 'NotFoundError';
  }
}

/** No or wrong credentials. `httpStatus` is set when raised before execution (context). */
export class UnauthenticatedError extends ApiError {
  readonly code = ErrorCode.UNAUTHENTICATED;
  constructor(message: string, httpStatus?: number) {
    super(message, {
      extensions: { code: ErrorCode.UNAUTHENTICATED, ...(httpStatus ? { http: { status: httpStatus, headers: new Map([['www-authenticate', 'Bearer']]) } } : {}) },
    });
    this.name = 'UnauthenticatedError';
  }
}

export class ForbiddenError extends ApiError {
  readonly code = ErrorCode.FORBIDDEN;
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
    this.name = 'ForbiddenError';
  }
}

export class DbUnavailableError extends ApiError {
  readonly code = ErrorCode.DB_UNAVAILABLE;
  constructor() {
    super('The database is unavailable; try again later', { extensions: { code: ErrorCode.DB_UNAVAILABLE } });
    this.name = 'DbUnavailableError';
  }
}

/**
 * Codes of errors raised by graphql-js and Apollo itself before or around execution
 * (parse, validation, variable coercion, CSRF...): their messages describe the request,
 * not the server, so they pass through unmasked.
 */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** What a client is told about an error: its own code and message, or a masked internal error. */
export type ErrorClass = 'api' | 'request' | 'db-unavailable' | 'unknown';

/** Sorts an error met during a request (resolver errors are unwrapped first). */
export function classifyError(error: unknown): ErrorClass {
  const original = unwrapResolverError(error);
  if (original instanceof ApiError) return 'api';
  if (original instanceof DatabaseUnavailableError) return 'db-unavailable';
  if (original instanceof GraphQLError) {
    const code = original.extensions?.code;
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) return 'request';
    // graphql-js's own errors (no code, nothing wrapped) describe the request too.
    if (code === undefined && original.originalError === undefined) return 'request';
  }
  return 'unknown';
}

/**
 * Apollo `formatError`: ApiErrors and request errors pass through; DatabaseUnavailableError
 * becomes DB_UNAVAILABLE; anything else (driver messages, Cypher, bugs) becomes a bare
 * INTERNAL_SERVER_ERROR unless `development` is on. Unknown errors are logged in full
 * by the logging plugin, which sees the request id.
 */
export function createFormatError({ development }: { development: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    switch (classifyError(error)) {
      case 'api':
      case 'request':
        return formatted;
      case 'db-unavailable':
        return { message: new DbUnavailableError().message, locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.DB_UNAVAILABLE } };
      case 'unknown':
        if (development) return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR } };
        return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
      default:
        throw new UnreachableCaseError(classifyError(error) as never);
    }
  };
}

/** For exhaustive switches: the compiler proves `value` is never reached. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
    this.name = 'UnreachableCaseError';
  }
}
