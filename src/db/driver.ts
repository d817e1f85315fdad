import neo4j, { Driver } from 'neo4j-driver';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/**
 * Opens a driver for bolt://, neo4j:// (routing: clusters, Aura) or +s URIs.
 * Integers come back as JS numbers: every integer we store (counts, positions) is small.
 */
export function createDriver(connection: Neo4jConnection, options: { connectionTimeoutMs?: number; maxRetryTimeMs?: number } = {}): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: options.connectionTimeoutMs ?? 10000,
    connectionTimeout: options.connectionTimeoutMs ?? 10000,
    // Transient errors (deadlocks, leader switch) are retried for this long; an API wants a short bound.
    maxTransactionRetryTime: options.maxRetryTimeMs ?? 15000,
    userAgent: 'newsgraph/0.1',
  });
}
