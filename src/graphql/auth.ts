import { createHash, timingSafeEqual } from 'node:crypto';
import { ForbiddenError, UnauthenticatedError, UnreachableCaseError } from './errors';

/** The tokens the server was configured with (from Config). */
export interface Tokens {
  ingestToken?: string;
  readToken?: string;
}

/** What the caller may do with writes. */
export type WriteAccess = 'granted' | 'disabled' | 'missing' | 'invalid' | 'read-only';

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

/**
 * Constant-time comparison: both sides are hashed first so `timingSafeEqual` always
 * compares equal-length buffers and the time taken says nothing about the secret's length.
 */
export function tokensEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** Write access of a request carrying `token`. */
export function writeAccess(token: string | null, tokens: Tokens): WriteAccess {
  if (!tokens.ingestToken) return 'disabled';
  if (token === null) return 'missing';
  if (tokensEqual(token, tokens.ingestToken)) return 'granted';
  if (tokens.readToken && tokensEqual(token, tokens.readToken)) return 'read-only';
  return 'invalid';
}

/** Read access: open unless READ_TOKEN is set, then the read or the ingest token. */
export function readAllowed(token: string | null, tokens: Tokens): boolean {
  if (!tokens.readToken) return true;
  if (token === null) return false;
  return tokensEqual(token, tokens.readToken) || (tokens.ingestToken !== undefined && tokensEqual(token, tokens.ingestToken));
}

/** Throws the error a mutation answers with unless writes are granted. */
export function requireWrite(access: WriteAccess): void {
  switch (access) {
    case 'granted':
      return;
    case 'disabled':
      throw new ForbiddenError('writes are disabled: set INGEST_TOKEN');
    case 'missing':
      throw new UnauthenticatedError('writes need an Authorization: Bearer <INGEST_TOKEN> header');
    case 'invalid':
      throw new UnauthenticatedError('invalid bearer token');
    case 'read-only':
      throw new ForbiddenError('the read token cannot write');
    default:
      throw new UnreachableCaseError(access);
  }
}
