/** Anything with an async stop, e.g. a {@link LocalNeo4j}. */
export interface Stoppable {
  stop(): Promise<void>;
}

/** The slice of `process` the handlers use; injectable for tests. */
export interface ShutdownProcess {
  once(event: NodeJS.Signals, listener: () => void): unknown;
  off(event: NodeJS.Signals, listener: () => void): unknown;
  exit(code: number): void;
}

const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * On SIGINT (Ctrl-C), SIGTERM or SIGHUP: stops every target (in parallel, failures reported
 * via `onError`), then exits with 128 + the signal number. A second signal while stopping
 * exits at once. Returns a function that removes the handlers.
 * Normal process exit needs no handler here: an owned server signals its JVM on exit itself.
 */
export function installShutdownHandlers(
  targets: readonly Stoppable[],
  options: { proc?: ShutdownProcess; onError?: (error: unknown) => void } = {},
): () => void {
  const proc: ShutdownProcess = options.proc ?? process;
  let stopping = false;
  const listeners = Object.entries(SIGNALS).map(([signal, exitCode]) => {
    const listener = (): void => {
      if (stopping) return proc.exit(exitCode);
      stopping = true;
      // Keep listening so a second Ctrl-C is not fatal by default before stop() finishes.
      for (const s of Object.keys(SIGNALS) as NodeJS.Signals[]) proc.once(s, () => proc.exit(SIGNALS[s as keyof typeof SIGNALS]));
      void Promise.allSettled(targets.map((t) => t.stop())).then((results) => {
        for (const r of results) if (r.status === 'rejected') options.onError?.(r.reason);
        proc.exit(exitCode);
      });
    };
    proc.once(signal as NodeJS.Signals, listener);
    return [signal as NodeJS.Signals, listener] as const;
  });
  return () => {
    for (const [signal, listener] of listeners) proc.off(signal, listener);
  };
}
