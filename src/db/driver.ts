import net from 'node:net';
import tls from 'node:tls';
import neo4j, { Driver } from 'neo4j-driver';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** How long transient errors are retried when the caller gives no bound (the driver's default too). */
export const DEFAULT_RETRY_MS = 15000;

let noDelayInstalled = false;

/**
 * neo4j-driver 5.28 leaves Nagle's algorithm on for its sockets (it only sets keep-alive),
 * so every statement whose parameters span several TCP segments waits ~40 ms for a delayed
 * ACK: a story load took 295 ms instead of 29 ms. The driver has no option for it, so client
 * sockets of this process are opened with TCP_NODELAY (what HTTP clients do by default).
 */
function installNoDelay(): void {
  if (noDelayInstalled) return;
  noDelayInstalled = true;
  const wrap = <F extends (...args: never[]) => net.Socket>(connect: F): F =>
    ((...args: Parameters<F>) => connect(...args).setNoDelay(true)) as F;
  net.connect = wrap(net.connect);
  net.createConnection = wrap(net.createConnection);
  tls.connect = wrap(tls.connect);
}

/**
 * Opens a driver for bolt://, neo4j:// (routing: clusters, Aura) or +s URIs.
 * Integers come back as JS numbers: every integer we store (counts, positions) is small.
 */
export function createDriver(connection: Neo4jConnection, options: { connectionTimeoutMs?: number; maxRetryTimeMs?: number } = {}): Driver {
  installNoDelay();
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: options.connectionTimeoutMs ?? 10000,
    connectionTimeout: options.connectionTimeoutMs ?? 10000,
    // Transient errors (deadlocks, leader switch) are retried for this long; an API wants a short bound.
    maxTransactionRetryTime: options.maxRetryTimeMs ?? DEFAULT_RETRY_MS,
    userAgent: 'newsgraph/0.1',
  });
}
