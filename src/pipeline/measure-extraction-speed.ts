/**
 * Throughput of the pure stages (parse -> extract -> resolve) on one thread, for benchmarks.
 * Runs the texts round-robin: a warm-up first (JIT, lexicon caches), then timed rounds of
 * roughly equal length until `seconds` have passed; the reported rate is the median round.
 * Rates are per second of this process's CPU time by default (`clock: 'cpu'`), so that other
 * load on a shared machine does not count against the pipeline; `clock: 'wall'` uses wall time.
 */
import { runPipeline } from './run-pipeline';

export interface MeasureExtractionSpeedOptions {
  /** Story texts (digests or articles); each round runs all of them. */
  texts: readonly string[];
  /** Total measuring time, warm-up excluded (default 3). */
  seconds?: number;
  /** Warm-up time in seconds (default 3: the JIT needs a few seconds on these stages). */
  warmupSeconds?: number;
  /** Number of timed rounds the measuring time is split into (default 7). */
  rounds?: number;
  /** What a second is: CPU time of this process (default) or wall time. */
  clock?: 'cpu' | 'wall';
}

export interface ExtractionSpeed {
  /** Median over the rounds of stories processed per second (of `clock` time). */
  storiesPerSecond: number;
  /** Median over the rounds of stories per second of wall time (equal to the above on an idle core). */
  wallStoriesPerSecond: number;
  /** Every round's rate, in order. */
  roundRates: number[];
  /** Stories processed during measurement (warm-up excluded). */
  stories: number;
  /** Stories that failed to parse during one pass over `texts` (they still count: parse ran). */
  failedToParse: number;
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

function runFor(texts: readonly string[], seconds: number, clock: 'cpu' | 'wall'): { stories: number; wall: number; cpu: number } {
  const wall0 = process.hrtime.bigint();
  const cpu0 = cpuSeconds();
  const elapsed = (): number => (clock === 'cpu' ? cpuSeconds() - cpu0 : Number(process.hrtime.bigint() - wall0) / 1e9);
  let stories = 0;
  do {
    for (const t of texts) runPipeline(t);
    stories += texts.length;
  } while (elapsed() < seconds);
  return { stories, wall: Number(process.hrtime.bigint() - wall0) / 1e9, cpu: cpuSeconds() - cpu0 };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Measures parse+extract+resolve throughput in stories per second (median of several rounds). */
export function measureExtractionSpeed(options: MeasureExtractionSpeedOptions): ExtractionSpeed {
  const texts = options.texts;
  if (texts.length === 0) throw new Error('measureExtractionSpeed: no texts');
  const seconds = options.seconds ?? 3;
  const rounds = Math.max(1, options.rounds ?? 7);
  const clock = options.clock ?? 'cpu';
  const failedToParse = texts.filter((t) => !runPipeline(t).ok).length;
  runFor(texts, options.warmupSeconds ?? 3, clock);
  const roundRates: number[] = [];
  const wallRates: number[] = [];
  let stories = 0;
  for (let r = 0; r < rounds; r++) {
    const res = runFor(texts, seconds / rounds, clock);
    stories += res.stories;
    roundRates.push(res.stories / (clock === 'cpu' ? res.cpu : res.wall));
    wallRates.push(res.stories / res.wall);
  }
  return { storiesPerSecond: median(roundRates), wallStoriesPerSecond: median(wallRates), roundRates, stories, failedToParse };
}
