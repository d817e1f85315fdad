import { createHash } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { ApolloServer, ApolloServerPlugin, HeaderMap, HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Config } from '../config/env';
import { Executor } from '../db/executor';
import { IngestService } from '../pipeline/ingest';
import { createContext, GraphQLContext, requestIdFrom } from './context';
import { bearerToken } from './auth';
import { classifyError, createFormatError, ErrorCode, UnreachableCaseError } from './errors';
import { loadTypeDefs } from './load-schema';
import { Logger } from './logger';
import { createRateLimiter } from './rate-limit';
import { resolvers } from './resolvers';

/** Query-shape limits, enforced before execution (BAD_USER_INPUT / GRAPHQL_PARSE_FAILED). */
export interface ApiLimits {
  /** Deepest field nesting (connections count edges and node: events.edges.node.claims.sources is 5). */
  maxDepth: number;
  /** Static cost (graphql-armor: objects 2, scalars 1, times 1.5 per depth level). */
  maxCost: number;
  /** Aliases per operation. */
  maxAliases: number;
  /** Lexical tokens per document (graphql-js parse option). */
  maxTokens: number;
  /** Directives per operation. */
  maxDirectives: number;
  /** Largest request body, bytes. */
  maxBodyBytes: number;
  /** Readiness probe timeout, ms. */
  readyTimeoutMs: number;
  /**
   * Requests per minute per client on /graphql (token bucket per client IP, and per bearer
   * token when one is sent); 0 turns the limit off. /health and /ready are never limited.
   */
  rateLimitPerMinute: number;
  /** Requests a client may send at once before the per-minute rate applies. */
  rateLimitBurst: number;
}

/**
 * Defaults that let realistic queries through (the README's examples use about a third).
 * The rate limit is off with NODE_ENV=test (tests and `npm run eval` fire hundreds of
 * queries a second from one address) unless the config or `limits` set it.
 */
export function defaultLimits(maxStoryBytes: number, config: RateLimitConfig = {}): ApiLimits {
  return {
    maxDepth: 12,
    maxCost: 20000,
    maxAliases: 20,
    maxTokens: 3000,
    maxDirectives: 50,
    // A story travels JSON-escaped: newlines and quotes double in size, so allow twice the story.
    maxBodyBytes: 1024 * 1024 + 2 * maxStoryBytes,
    readyTimeoutMs: 3000,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE ?? (config.NODE_ENV === 'test' ? 0 : 600),
    rateLimitBurst: config.RATE_LIMIT_BURST ?? 120,
  };
}

/** Optional settings the rate limit reads from the config when they are there. */
export interface RateLimitConfig {
  NODE_ENV?: Config['NODE_ENV'];
  RATE_LIMIT_PER_MINUTE?: number;
  RATE_LIMIT_BURST?: number;
}

export interface ApiServerOptions {
  config: Pick<Config, 'HOST' | 'PORT' | 'NODE_ENV' | 'INGEST_TOKEN' | 'READ_TOKEN' | 'MAX_STORY_BYTES'> & RateLimitConfig;
  executor: Executor;
  ingest: IngestService;
  logger: Logger;
  limits?: Partial<ApiLimits>;
}

export interface ApiServer {
  /** Starts Apollo and listens on HOST:PORT (`port: 0` picks a free port, for tests). */
  listen(overrides?: { port?: number; host?: string }): Promise<{ url: string }>;
  /** Stops accepting requests, drains in-flight ones, stops Apollo. Idempotent. */
  close(): Promise<void>;
  apollo: ApolloServer<GraphQLContext>;
}

/**
 * The serve stage: Apollo Server on a plain node:http server.
 *   POST|GET /graphql  GraphQL (CSRF prevention on, no batching, introspection off in production)
 *   GET /health        200 {status:'ok'} while the process runs
 *   GET /ready         200 when Neo4j answers and the schema is applied, else 503
 * One JSON log line per operation (requestId, operationName, durationMs, roundTrips, errors).
 */
export function createApiServer({ config, executor, ingest, logger, limits: overrides = {} }: ApiServerOptions): ApiServer {
  const limits = { ...defaultLimits(config.MAX_STORY_BYTES, config), ...overrides };
  const rateLimiter = limits.rateLimitPerMinute > 0 ? createRateLimiter({ perMinute: limits.rateLimitPerMinute, burst: limits.rateLimitBurst }) : null;
  const development = config.NODE_ENV === 'development';
  const production = config.NODE_ENV === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // graphql-js counts tokens itself (parseOptions below) and answers with a parse error.
    maxTokens: { enabled: false },
    // Field suggestions reveal the schema: hide them where introspection is off.
    blockFieldSuggestion: { enabled: production },
  }).protect();

  const httpServer: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error('unhandled HTTP error', { error });
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.destroy();
    });
  });

  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: !production,
    csrfPrevention: true,
    // The process owns its signals (src/cli/start.ts closes the API, then the driver). Apollo's
    // own handler, on by default outside NODE_ENV=test, stops Apollo and re-raises the signal:
    // a second shutdown that left bench/api-server.ts hanging on SIGTERM.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: development,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: armor.validationRules,
    formatError: createFormatError({ development }),
    // Cache control is off: the schema sets no cache hints, and the plugin Apollo installs by
    // default wraps every field resolver (willResolveField) just to compute them.
    plugins: [...armor.plugins, ApolloServerPluginCacheControlDisabled(), ApolloServerPluginDrainHttpServer({ httpServer }), operationLogPlugin(logger)],
  });

  const contextDeps = {
    executor,
    ingest,
    tokens: { ingestToken: config.INGEST_TOKEN, readToken: config.READ_TOKEN },
    maxStoryBytes: config.MAX_STORY_BYTES,
    logger,
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = requestIdFrom(headerValue(req.headers['x-request-id']));
    switch (url.pathname) {
      case '/health':
        return req.method === 'GET' || req.method === 'HEAD' ? sendJson(res, 200, { status: 'ok' }) : methodNotAllowed(res, 'GET, HEAD');
      case '/ready':
        return req.method === 'GET' || req.method === 'HEAD' ? ready(res) : methodNotAllowed(res, 'GET, HEAD');
      case '/graphql':
        if (req.method !== 'GET' && req.method !== 'POST') return methodNotAllowed(res, 'GET, POST');
        return graphql(req, res, url, requestId);
      default:
        return sendJson(res, 404, { error: 'not found', paths: ['/graphql', '/health', '/ready'] });
    }
  }

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string): Promise<void> {
    if (rateLimiter !== null) {
      const token = bearerToken(headerValue(req.headers.authorization));
      // Keyed by the socket's address (X-Forwarded-For can be forged) and by a hash of the token.
      const keys = [`ip:${req.socket.remoteAddress ?? 'unknown'}`, ...(token === null ? [] : [`token:${createHash('sha256').update(token).digest('base64url')}`])];
      const decision = rateLimiter.take(keys);
      if (!decision.ok) {
        logger.warn('rate limited', { requestId, client: req.socket.remoteAddress, retryAfterSeconds: decision.retryAfterSeconds });
        req.resume();
        res.setHeader('retry-after', String(decision.retryAfterSeconds));
        res.setHeader('x-request-id', requestId);
        return sendJson(res, 429, {
          errors: [{ message: `rate limit exceeded: retry in ${decision.retryAfterSeconds} s`, extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: decision.retryAfterSeconds } }],
        });
      }
    }
    const body = await readBody(req, limits.maxBodyBytes);
    switch (body.kind) {
      case 'too-large':
        logger.warn('request body too large', { requestId, limit: limits.maxBodyBytes });
        res.setHeader('connection', 'close');
        return sendJson(res, 413, { errors: [{ message: `request body exceeds ${limits.maxBodyBytes} bytes`, extensions: { code: 'BAD_REQUEST' } }] });
      case 'ok':
        break;
      default:
        throw new UnreachableCaseError(body);
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let parsedBody: unknown = undefined;
    if (req.method === 'POST') {
      const type = (headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (type === 'application/json' || type === 'application/graphql-response+json') {
        try {
          parsedBody = body.text.length === 0 ? undefined : JSON.parse(body.text);
        } catch {
          return sendJson(res, 400, { errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
        }
      } else {
        // Apollo answers non-JSON bodies itself (400, or CSRF refusal).
        parsedBody = body.text;
      }
    }
    const request: HTTPGraphQLRequest = { method: req.method!.toUpperCase(), headers, search: url.search, body: parsedBody };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: request,
      context: async () => createContext(contextDeps, { authorization: headerValue(req.headers.authorization), requestId }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.setHeader('x-request-id', requestId);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  async function ready(res: ServerResponse): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${limits.readyTimeoutMs} ms`)), limits.readyTimeoutMs);
      });
      const rows = await Promise.race([executor.read('admin/schema-applied'), timeout]);
      if (rows[0]?.applied === true) return sendJson(res, 200, { status: 'ready' });
      return sendJson(res, 503, { status: 'unavailable', reason: 'schema not applied (constraint entity_id missing)' });
    } catch (error) {
      logger.warn('readiness check failed', { error });
      return sendJson(res, 503, { status: 'unavailable', reason: 'database unreachable' });
    } finally {
      clearTimeout(timer);
    }
  }

  let started: Promise<void> | undefined;
  let closed: Promise<void> | undefined;
  return {
    apollo,
    async listen(listenOverrides = {}) {
      started ??= apollo.start();
      await started;
      const port = listenOverrides.port ?? config.PORT;
      const host = listenOverrides.host ?? config.HOST;
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          resolve();
        });
      });
      const address = httpServer.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      const url = `http://${shownHost}:${address.port}/graphql`;
      logger.info('listening', { url });
      return { url };
    },
    close() {
      // Apollo's drain plugin closes the HTTP server when Apollo stops.
      closed ??= (async () => {
        if (started) await apollo.stop();
        else if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      })();
      return closed;
    },
  };
}

/** Logs one line per GraphQL operation, and every unexpected error in full. */
function operationLogPlugin(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const kind = classifyError(error);
            if (kind === 'unknown') logger.error('unexpected error', { requestId: contextValue.requestId, path: error.path, error: unwrapResolverError(error) });
            else if (kind === 'db-unavailable') logger.warn('database unavailable', { requestId: contextValue.requestId, error: unwrapResolverError(error) });
          }
        },
        async willSendResponse({ contextValue, operationName, errors, response }) {
          logger.info('graphql operation', {
            requestId: contextValue.requestId,
            operationName: operationName ?? null,
            durationMs: Math.round((performance.now() - started) * 10) / 10,
            roundTrips: contextValue.db.roundTrips,
            errors: errors?.length ?? 0,
            status: response.http.status ?? 200,
          });
        },
      };
    },
  };
}

type Body = { kind: 'ok'; text: string } | { kind: 'too-large' };

/** Reads the request body up to `limit` bytes (checked against Content-Length first). */
async function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    return { kind: 'too-large' };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) {
      req.resume();
      return { kind: 'too-large' };
    }
    chunks.push(buffer);
  }
  return { kind: 'ok', text: Buffer.concat(chunks).toString('utf8') };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

function methodNotAllowed(res: ServerResponse, allow: string): void {
  res.setHeader('allow', allow);
  sendJson(res, 405, { error: 'method not allowed' });
}
