import type { BulkIngestProgress, BulkIngestSummary } from './bulk-ingest';

/**
 * Progress display of a bulk ingest: on a terminal one line redrawn in place (bar when the
 * total is known, stories/s, ETA, errors so far); elsewhere (CI, pipes, logs) a plain line
 * every `plainIntervalMs`. Hand-written rather than a progress-bar library: one line of
 * text, no cursor handling beyond `\r`, nothing to configure.
 */
export interface ProgressDisplay {
  update(progress: BulkIngestProgress): void;
  /** Clears the live line (terminal) before the summary is printed. */
  finish(): void;
}

export function createProgressDisplay(stream: NodeJS.WriteStream, options: { plainIntervalMs?: number } = {}): ProgressDisplay {
  const tty = stream.isTTY === true;
  const plainInterval = options.plainIntervalMs ?? 5000;
  let lastPlain = 0;
  let drawn = false;
  return {
    update(progress) {
      const line = formatProgress(progress, tty ? (stream.columns ?? 100) : null);
      if (tty) {
        const text = `\r${line}\u001b[K`;
        stream.write(text);
        drawn = true;
      } else if (progress.elapsedMs - lastPlain >= plainInterval) {
        lastPlain = progress.elapsedMs;
        const text = `${line}\n`;
        stream.write(text);
      }
    },
    finish() {
      if (tty && drawn) {
        const clear = '\r\u001b[K';
        stream.write(clear);
      }
    },
  };
}

/** "[#####-----]  1200/5000  24%  512 stories/s  ETA 7s  errors 3" (no bar when `columns` is null or the total unknown). */
export function formatProgress(p: BulkIngestProgress, columns: number | null): string {
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? p.done / seconds : 0;
  const parts: string[] = [];
  if (p.total !== null && p.total > 0) {
    const share = Math.min(1, p.done / p.total);
    if (columns !== null) {
      const width = Math.max(10, Math.min(30, columns - 70));
      const full = Math.round(share * width);
      parts.push(`[${'#'.repeat(full)}${'-'.repeat(width - full)}]`);
    }
    parts.push(`${p.done}/${p.total}`, `${(share * 100).toFixed(0)}%`);
  } else parts.push(`${p.done} stories`);
  parts.push(`${rate.toFixed(0)} stories/s`);
  if (p.total !== null && rate > 0) parts.push(`ETA ${formatDuration((p.total - p.done) / rate)}`);
  parts.push(`skipped ${p.skipped}`, `errors ${p.failed}`);
  return parts.join('  ');
}

/** The closing lines: totals, throughput, the first failures. */
export function formatSummary(s: BulkIngestSummary, maxFailures = 20): string[] {
  const seconds = s.elapsedMs / 1000;
  const rate = seconds > 0 ? s.done / seconds : 0;
  const lines = [
    `${s.done} stories in ${formatDuration(seconds)} (${rate.toFixed(0)} stories/s): ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.skipped} skipped (already loaded), ${s.failed} failed`,
    `  time: load ${formatDuration(s.timings.loadMs / 1000)} in ${s.batches} transactions${s.retriedBatches ? ` (${s.retriedBatches} retried story by story)` : ''}, waiting for extraction ${formatDuration(s.timings.extractWaitMs / 1000)}, resume check ${formatDuration((s.timings.hashMs + s.timings.lookupMs) / 1000)}`,
  ];
  for (const f of s.failures.slice(0, maxFailures)) lines.push(`  error  ${f.source}:${f.line}  ${f.rule}  ${f.message}`);
  if (s.failures.length > maxFailures) lines.push(`  … ${s.failures.length - maxFailures} more failures (see --report)`);
  return lines;
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)}s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return `${m}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
