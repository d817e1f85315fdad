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
 * statement), retries of transient errors by the driver's transaction functions, and
 * a round-trip counter that tests use to prove batching.
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
}

/** Creates the executor over an open driver. */
export function createExecutor({ driver, registry, database, queryTimeoutMs }: ExecutorOptions): Executor {
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
  return {
    driver,
    database,
    get roundTrips() {
      return roundTrips;
    },
    read: (name, params = {}) => withSession('READ', (s) => s.executeRead((tx) => runIn(tx, name, params), txConfig(name))),
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
