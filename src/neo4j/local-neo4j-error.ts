/** What went wrong while obtaining or running the local Neo4j; lets callers branch without parsing messages. */
export type LocalNeo4jErrorCode =
  | 'JAVA_MISSING'
  | 'JAVA_TOO_OLD'
  | 'FETCH_FAILED'
  | 'PORT_IN_USE'
  | 'AUTH_MISMATCH'
  | 'START_FAILED'
  | 'START_TIMEOUT';

/**
 * Infrastructure failure of the local Neo4j runner. The message is meant for a person at a
 * terminal: it says what happened and what to do about it.
 */
export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';

  constructor(
    readonly code: LocalNeo4jErrorCode,
    message: string,
  ) {
    super(message);
  }
}
