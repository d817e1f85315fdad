/** Levels in increasing severity; `silent` logs nothing. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export type LogFields = Record<string, unknown>;

/** A structured logger: one JSON object per line. Passed in, never imported as a global. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger adding `fields` to every line. */
  child(fields: LogFields): Logger;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/**
 * Writes JSON lines `{time, level, msg, ...fields}` to `write` (default: stderr).
 * Error values in fields are expanded to name, message, code, stack and cause.
 */
export function createLogger({ level, write = (line) => process.stderr.write(line), base = {} }: { level: LogLevel; write?: (line: string) => void; base?: LogFields }): Logger {
  const emit = (lvl: Exclude<LogLevel, 'silent'>, msg: string, fields: LogFields = {}): void => {
    if (RANK[lvl] < RANK[level]) return;
    const entry: LogFields = { time: new Date().toISOString(), level: lvl, msg, ...base };
    for (const [key, value] of Object.entries(fields)) entry[key] = serialize(value);
    write(`${JSON.stringify(entry)}\n`);
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (fields) => createLogger({ level, write, base: { ...base, ...fields } }),
  };
}

function serialize(value: unknown, depth = 0): unknown {
  if (value instanceof Error) {
    const out: LogFields = { name: value.name, message: value.message, stack: value.stack };
    const code = (value as { code?: unknown }).code;
    if (code !== undefined) out.code = code;
    if (value.cause !== undefined && depth < 3) out.cause = serialize(value.cause, depth + 1);
    return out;
  }
  return value;
}
