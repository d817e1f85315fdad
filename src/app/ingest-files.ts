import { readFileSync } from 'node:fs';
import { IngestService } from '../pipeline/ingest';

export interface IngestFilesTotals {
  ok: number;
  failed: number;
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Ingests files one by one, reporting a line per file (ok with counts, or the first
 * problems with their line numbers). A failing file never stops the others.
 */
export async function ingestFiles(service: IngestService, files: string[], report: (line: string) => void): Promise<IngestFilesTotals> {
  const totals: IngestFilesTotals = { ok: 0, failed: 0, created: 0, updated: 0, unchanged: 0 };
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      totals.failed += 1;
      report(`error  ${file}: cannot read (${(error as Error).message})`);
      continue;
    }
    const result = await service.ingestText(text);
    if (result.ok) {
      totals.ok += 1;
      totals[result.status] += 1;
      const c = result.counts;
      report(`ok     ${file}: ${result.status} story "${result.storyId}" (${c.claims} claims, ${c.entities} entities, ${c.events} events, ${c.sources} sources${result.warnings.length ? `, ${result.warnings.length} warnings` : ''})`);
    } else {
      totals.failed += 1;
      const issues = result.issues.slice(0, 3).map((i) => `${i.line === null ? '' : `line ${i.line}: `}${i.message} [${i.rule}]`);
      report(`error  ${file}: ${issues.join('; ')}${result.issues.length > 3 ? ` (+${result.issues.length - 3} more)` : ''}`);
    }
  }
  return totals;
}
