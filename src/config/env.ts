import { availableParallelism } from 'node:os';
import { z } from 'zod';

/**
 * The only reader of process.env. Validates every setting at start-up and reports
 * all problems at once, so an operator fixes the environment in one go.
 */
const port = z.coerce.number().int().min(1).max(65535);
const optionalSecret = z
  .string()
  .min(16, 'must be at least 16 characters')
  .optional()
  .or(z.literal('').transform(() => undefined));

export const Config = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(4000),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    NEO4J_URI: z
      .string()
      .regex(/^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/\S+$/, 'must be a bolt://, neo4j:// or neo4j+s:// URI')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    NEO4J_HOME_DIR: z.string().min(1).default('.neo4j'),
    NEO4J_LOCAL_INSTANCE: z.string().regex(/^[a-z0-9-]+$/).default('main'),
    NEO4J_LOCAL_BOLT_PORT: port.default(7687),
    NEO4J_LOCAL_HTTP_PORT: port.default(7474),
    NEO4J_LOCAL_HEAP: z.string().regex(/^\d+[mg]$/, 'must look like 512m or 2g').default('1g'),
    NEO4J_RETRY_MS: z.coerce.number().int().min(0).max(600000).default(5000),
    QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600000).default(10000),
    INGEST_TOKEN: optionalSecret,
    READ_TOKEN: optionalSecret,
    // Requests per minute per client (0 = off; default 600, off when NODE_ENV=test) and burst size.
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).optional(),
    RATE_LIMIT_BURST: z.coerce.number().int().min(1).optional(),
    MAX_STORY_BYTES: z.coerce.number().int().min(1000).default(2_000_000),
    /** Longest line of a story, characters (checked before parsing). */
    MAX_LINE_CHARS: z.coerce.number().int().min(100).default(20_000),
    /** Claims (sentences + timeline entries) per story, checked before extraction. */
    MAX_CLAIMS_PER_STORY: z.coerce.number().int().min(1).default(2_000),
    /** Distinct entities per story, checked before the write. */
    MAX_ENTITIES_PER_STORY: z.coerce.number().int().min(1).default(1_000),
    SAMPLE_DIR: z.string().min(1).default('data/sample'),
    /** Bulk ingest: extraction worker threads (default: one per core). */
    INGEST_WORKERS: z.coerce.number().int().min(1).max(64).default(availableParallelism()),
    /** Bulk ingest: stories written per transaction (200 measured ~15% faster than 50: fewer commits). */
    INGEST_BATCH_SIZE: z.coerce.number().int().min(1).max(5000).default(200),
    /** Bulk ingest: write transactions at once (one server thread each; 2 measured ~25% faster than 1 on 2 cores). */
    INGEST_LOADERS: z.coerce.number().int().min(1).max(32).default(2),
  })
  .superRefine((cfg, ctx) => {
    if (cfg.NEO4J_URI && !cfg.NEO4J_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'is required when NEO4J_URI is set' });
    }
  });

export type Config = z.infer<typeof Config>;

/** Thrown with every invalid setting listed; the CLI prints it and exits 2. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nFix these environment variables (see README, "Configuration").`);
    this.name = 'ConfigError';
  }
}

/** Parses configuration from an environment (process.env by default). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = Config.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  return result.data;
}
