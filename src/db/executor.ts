import neo4j, { Driver, ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { CypherRegistry } from './cypher-registry';

/** Thrown when the database cannot be reached; the API maps it to DB_UNAVAILABLE. */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The Neo4j database is unavailable', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Runs named statements inside one transaction. */
export interface TxRunner {
  run(name: string, params?: Params): Promise<Row[]>;
}

/**
 * The one place that runs Cypher: named statements from the registry, parameters only,
 * transaction timeout and metadata (so `SHOW TRANSACTIONS` and query logs name the
 * statement), retries of transient errors, and a round-trip counter that tests use to
 * prove batching. Writes run in the driver's transaction functions (which retry them);
 * a read is one statement, so it runs as an auto-commit transaction retried here.
 */
export interface Executor {
  read(name: string, params?: Params): Promise<Row[]>;
  write(name: string, params?: Params): Promise<Row[]>;
  /** Several statements, all-or-nothing, in one write transaction. */
  writeTransaction<T>(work: (tx: TxRunner) => Promise<T>, label: string): Promise<T>;
  /** Statements sent to the database since creation (each `run` is one round trip). */
  readonly roundTrips: number;
  readonly driver: Driver;
  readonly database: string;
}

export interface ExecutorOptions {
  driver: Driver;
  registry: CypherRegistry;
  database: string;
  queryTimeoutMs: number;
  /** How long a read is retried after transient errors (give it the driver's maxTransactionRetryTime, which bounds writes). */
  readRetryMs: number;
}

/**
 * Retry delays of reads, as the driver's transaction functions space theirs: 1 s doubling,
 * ±20 % jitter, until the budget is spent.
 */
const READ_RETRY_FIRST_DELAY_MS = 1000;

/** Creates the executor over an open driver. */
export function createExecutor({ driver, registry, database, queryTimeoutMs, readRetryMs }: ExecutorOptions): Executor {
  let roundTrips = 0;
  const runIn = async (tx: ManagedTransaction, name: string, params: Params): Promise<Row[]> => {
    roundTrips += 1;
    const result = await tx.run(registry.get(name), toNeo4jParams(params) as Params);
    return result.records.map((r) => r.toObject() as Row);
  };
  const txConfig = (label: string) => ({ timeout: queryTimeoutMs, metadata: { app: 'newsgraph', query: label } });
  const withSession = async <T>(mode: 'READ' | 'WRITE', work: (session: ReturnType<Driver['session']>) => Promise<T>): Promise<T> => {
    const session = driver.session({ database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    try {
      return await work(session);
    } catch (error) {
      throw isUnavailable(error) ? new DatabaseUnavailableError(error) : error;
    } finally {
      await session.close();
    }
  };
  // An auto-commit transaction costs one message exchange where a transaction function costs
  // three (BEGIN, RUN+PULL, COMMIT): measured in the API process, 0.40 ms of CPU per read
  // instead of 0.9-1.1 ms, and less work for Neo4j. Same timeout, metadata and access mode
  // (READ: routed to a secondary in a cluster).
  const readOnce = async (name: string, params: Params): Promise<Row[]> => {
    roundTrips += 1;
    const result = await withSession('READ', (session) => session.run(registry.get(name), toNeo4jParams(params) as Params, txConfig(name)));
    return result.records.map((r) => r.toObject() as Row);
  };
  const read = async (name: string, params: Params): Promise<Row[]> => {
    const started = Date.now();
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await readOnce(name, params);
      } catch (error) {
        const cause = error instanceof DatabaseUnavailableError ? error.cause : error;
        const delay = READ_RETRY_FIRST_DELAY_MS * 2 ** attempt * (0.8 + Math.random() * 0.4);
        if (!neo4j.isRetriableError(cause) || Date.now() - started + delay > readRetryMs) throw error;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  };
  return {
    driver,
    database,
    get roundTrips() {
      return roundTrips;
    },
    read: (name, params = {}) => read(name, params),
    write: (name, params = {}) => withSession('WRITE', (s) => s.executeWrite((tx) => runIn(tx, name, params), txConfig(name))),
    writeTransaction: (work, label) =>
      withSession('WRITE', (s) => s.executeWrite((tx) => work({ run: (name, params = {}) => runIn(tx, name, params) }), txConfig(label))),
  };
}

/**
 * JS numbers travel as Cypher floats; whole numbers become Cypher integers here so that
 * `LIMIT $limit`, ids built with toString() and stored counts behave as integers.
 */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toNeo4jParams(v);
    return out;
  }
  return value;
}

/** Connection-level failures (server down, refused, routing table unavailable). */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof Neo4jError) {
    return error.code === 'ServiceUnavailable' || error.code === 'SessionExpired' || error.code === 'Neo.TransientError.General.DatabaseUnavailable';
  }
  return false;
}
