import { extname, join } from 'node:path';
import { DEFAULT_STORY_LIMITS, StoryLimits } from '../pipeline/limits';
import { Worker } from 'node:worker_threads';
import type { StoryFormat } from '../domain/parsed-story';
import type { ResolvedGraph } from '../domain/resolved-graph';

/** What extraction of one story gives: the resolved graph, or the issues that stopped it. */
export type ExtractOutcome = { ok: true; graph: ResolvedGraph } | { ok: false; issues: { line: number | null; rule: string; message: string }[] };

/** Message to a worker. */
export interface ExtractRequest {
  id: number;
  text: string;
  format: StoryFormat | 'AUTO';
  limits: StoryLimits;
}

/** Message from a worker. */
export interface ExtractResponse {
  id: number;
  outcome: ExtractOutcome;
  /** Wall time the worker spent on the story. */
  cpuMs: number;
}

/**
 * A fixed set of worker threads running parse → extract → resolve (`runPipeline`) off the
 * main thread. `extract` resolves with the story's outcome; it never rejects for bad input,
 * only when a worker dies (then the worker is replaced). Jobs go to the least busy worker;
 * callers bound how many they keep in flight.
 */
export interface ExtractPool {
  extract(text: string): Promise<ExtractOutcome>;
  readonly size: number;
  /** Jobs sent and not yet answered. */
  readonly pending: number;
  close(): Promise<void>;
}

export interface ExtractPoolOptions {
  workers: number;
  format?: StoryFormat | 'AUTO';
  /** Story limits (size, lines, claims, entities); default: the configuration defaults. */
  limits?: StoryLimits;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, { resolve: (o: ExtractOutcome) => void; reject: (e: Error) => void }>;
}

/** Starts `workers` threads. Under tsx/ts-jest the worker is TypeScript and gets tsx's require hook. */
export function createExtractPool(options: ExtractPoolOptions): ExtractPool {
  const format = options.format ?? 'AUTO';
  const limits = options.limits ?? DEFAULT_STORY_LIMITS;
  let nextId = 0;
  let closing = false;
  const slots: Slot[] = [];

  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(), inFlight: new Map() };
    slot.worker.on('message', (response: ExtractResponse) => {
      const job = slot.inFlight.get(response.id);
      if (!job) return;
      slot.inFlight.delete(response.id);
      job.resolve(response.outcome);
    });
    const fail = (error: Error): void => {
      for (const job of slot.inFlight.values()) job.reject(error);
      slot.inFlight.clear();
      if (!closing) slots[slots.indexOf(slot)] = spawn();
    };
    slot.worker.on('error', (error) => fail(new Error(`extract worker crashed: ${error.message}`, { cause: error })));
    slot.worker.on('exit', (code) => {
      if (!closing) fail(new Error(`extract worker exited with code ${code}`));
    });
    return slot;
  };
  for (let i = 0; i < Math.max(1, options.workers); i += 1) slots.push(spawn());

  return {
    size: slots.length,
    get pending() {
      return slots.reduce((sum, s) => sum + s.inFlight.size, 0);
    },
    extract(text) {
      if (closing) return Promise.reject(new Error('extract pool is closed'));
      const slot = slots.reduce((best, s) => (s.inFlight.size < best.inFlight.size ? s : best));
      const id = nextId++;
      return new Promise<ExtractOutcome>((resolve, reject) => {
        slot.inFlight.set(id, { resolve, reject });
        const request: ExtractRequest = { id, text, format, limits };
        slot.worker.postMessage(request);
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

function startWorker(): Worker {
  const file = join(__dirname, `extract-worker${extname(__filename)}`);
  if (file.endsWith('.ts')) {
    // Source run (tsx, ts-jest): a worker thread does not inherit the parent's TypeScript
    // loader reliably, so a tiny CommonJS bootstrap registers tsx's require hook first.
    const tsx = require.resolve('tsx/cjs');
    return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(file)});`, { eval: true, execArgv: [] });
  }
  return new Worker(file);
}
