import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Executor } from '../../src/db/executor';
import { bulkIngest, type BulkIngestSummary } from '../../src/ingest/bulk-ingest';
import { createExtractPool, type ExtractPool } from '../../src/ingest/extract-pool';
import { knownStoryCount, planStoryInputs, readStoryStream } from '../../src/ingest/read-story-stream';
import { createIngestService } from '../../src/pipeline/ingest';
import { DEFAULT_STORY_LIMITS } from '../../src/pipeline/limits';
import { parseStory } from '../../src/pipeline/parse/parse-story';
import { storyContentHash } from '../../src/pipeline/resolve/story-content-hash';
import { generateStories } from '../../src/synth/generate-stories';
import { writeCorpus } from '../../src/synth/write-corpus';
import { resetGraph } from '../helpers/test-db';
import { openTestExecutor, snapshotGraph } from '../helpers/test-executor';

const ROOT = join(__dirname, '..', '..');
let executor: Executor;
let pool: ExtractPool;
let dir: string;

beforeAll(async () => {
  await resetGraph();
  executor = await openTestExecutor({ queryTimeoutMs: 60000 });
  pool = createExtractPool({ workers: 2 });
  dir = mkdtempSync(join(tmpdir(), 'bulk-ingest-'));
});
afterAll(async () => {
  await pool.close();
  await executor.driver.close();
  rmSync(dir, { recursive: true, force: true });
});

async function ingestFolder(folder: string, options: { batchSize?: number; pool?: ExtractPool; loaders?: number } = {}): Promise<BulkIngestSummary> {
  const plan = await planStoryInputs([folder]);
  return bulkIngest(readStoryStream(plan), {
    executor,
    pool: options.pool ?? pool,
    batchSize: options.batchSize ?? 20,
    loaders: options.loaders,
    limits: DEFAULT_STORY_LIMITS,
    total: knownStoryCount(plan),
  });
}

/** Runs `src/cli/ingest.ts` under tsx as `npm run ingest` does, feeding `stdin`. */
function runCli(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/ingest.ts'), ...args], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'silent' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('bulk ingest of a generated corpus (2 workers, batches of 20)', () => {
  it('loads all 200 stories, then skips all of them on a second run with the graph unchanged', async () => {
    const corpus = join(dir, 'corpus');
    await writeCorpus({ stories: 200, seed: 'bulk', layout: 'files', out: corpus });

    const first = await ingestFolder(corpus);
    expect({ created: first.created, failed: first.failed, skipped: first.skipped, done: first.done, batches: first.batches }).toEqual({
      created: 200, failed: 0, skipped: 0, done: 200, batches: 10,
    });
    const hashes = [...generateStories({ stories: 200, seed: 'bulk' })].map((s) => {
      const parsed = parseStory(s.text);
      if (!parsed.ok) throw new Error('generated story does not parse');
      return storyContentHash(parsed.story);
    });
    const loaded = await executor.read('load/stories-by-content-hash', { hashes });
    expect(new Set(loaded.map((r) => r.contentHash))).toEqual(new Set(hashes));
    const after = await snapshotGraph(executor);
    expect(after.nodes).toBeGreaterThan(200 * 20);

    const second = await ingestFolder(corpus);
    expect({ created: second.created, updated: second.updated, unchanged: second.unchanged, skipped: second.skipped, failed: second.failed, batches: second.batches }).toEqual({
      created: 0, updated: 0, unchanged: 0, skipped: 200, failed: 0, batches: 0,
    });
    expect(await snapshotGraph(executor)).toEqual(after);
  });

  it('with 3 write transactions at once, stories changed and changed back in one run end as a sequential run leaves them', async () => {
    const corpus = join(dir, 'versions');
    mkdirSync(corpus);
    const originals = [...generateStories({ stories: 40, seed: 'versions' })].map((s) => s.text);
    // Story k changed (same title, so same id) a few files later, and the original once more after that.
    const changed = (text: string): string => {
      const lines = text.split('\n');
      lines[2] += ' Officials added that talks would continue next week [1].'; // the first summary paragraph
      return lines.join('\n');
    };
    const order: string[] = [];
    originals.forEach((text, k) => {
      order.push(text);
      if (k >= 3 && k % 3 === 0) order.push(changed(originals[k - 3]!));
      if (k >= 6 && k % 6 === 0) order.push(originals[k - 6]!);
    });
    order.forEach((text, i) => writeFileSync(join(corpus, `story-${String(i).padStart(4, '0')}.txt`), text));

    await resetGraph();
    const summary = await ingestFolder(corpus, { batchSize: 4, loaders: 3 });
    expect({ failed: summary.failed, updated: summary.updated }).toEqual({ failed: 0, updated: 19 }); // 13 changed versions, 6 originals written back
    const bulk = await snapshotGraph(executor);

    await resetGraph();
    const ingest = createIngestService({ executor, maxStoryBytes: DEFAULT_STORY_LIMITS.maxStoryBytes });
    for (const text of order) expect((await ingest.ingestText(text)).ok).toBe(true);
    expect(bulk).toEqual(await snapshotGraph(executor));
  });

  it('retries a failed batch story by story: only the unwritable story fails', async () => {
    const corpus = join(dir, 'poison');
    await writeCorpus({ stories: 12, seed: 'poison', layout: 'files', out: corpus });
    // A graph the database refuses (a map is not a property value) stands for any non-transient write failure.
    const poisoning: ExtractPool = {
      size: pool.size,
      get pending() {
        return pool.pending;
      },
      close: () => pool.close(),
      async extract(text) {
        const outcome = await pool.extract(text);
        if (outcome.ok && text === readFileSync(join(corpus, 'story-000005.txt'), 'utf8')) {
          (outcome.graph.story as unknown as { headlines: unknown }).headlines = [{ not: 'a property value' }];
        }
        return outcome;
      },
    };
    const summary = await ingestFolder(corpus, { batchSize: 6, pool: poisoning });
    expect({ created: summary.created, failed: summary.failed, retriedBatches: summary.retriedBatches }).toEqual({ created: 11, failed: 1, retriedBatches: 1 });
    expect(summary.failures).toEqual([
      { source: join(corpus, 'story-000005.txt'), line: 1, index: 4, rule: 'load.failed', message: expect.stringContaining('could not be written') },
    ]);
  });
});

describe('npm run ingest (the CLI)', () => {
  it('reports broken stories with file, line and rule, loads the rest, and exits 1', async () => {
    const corpus = join(dir, 'broken');
    await writeCorpus({ stories: 30, seed: 'broken', layout: 'files', out: corpus });
    writeFileSync(join(corpus, 'story-000031.txt'), '');
    writeFileSync(join(corpus, 'story-000032.txt'), 'Title\u0000\u0000\u0000\u0000 binary');
    writeFileSync(join(corpus, 'story-000033.txt'), 'A title alone\nUpdated (2 articles)\n\nSources (2 articles)\n');
    const report = join(dir, 'report.json');

    const result = await runCli([corpus, '--workers', '2', '--batch', '10', '--report', report]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('33 stories');
    expect(result.stdout).toContain('30 created');
    expect(result.stdout).toContain('3 failed');
    const written = JSON.parse(readFileSync(report, 'utf8')) as { totals: { created: number; failed: number }; failures: unknown[] };
    expect(written.totals).toMatchObject({ created: 30, failed: 3 });
    expect(written.failures).toEqual([
      { source: join(corpus, 'story-000031.txt'), line: 1, index: 30, rule: 'input.empty', message: expect.stringContaining('empty') },
      { source: join(corpus, 'story-000032.txt'), line: 1, index: 31, rule: 'input.binary', message: expect.stringContaining('NUL') },
      { source: join(corpus, 'story-000033.txt'), line: 4, index: 32, rule: 'digest.content-missing', message: expect.any(String) },
    ]);

    // Running it again skips the 30 loaded stories before extraction and still reports the 3.
    const again = await runCli([corpus, '--workers', '1']);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('30 skipped');
  });

  it('reads form-feed separated stories from stdin', async () => {
    const stories = [...generateStories({ stories: 15, seed: 'stdin-ff' })].map((s) => s.text);
    const result = await runCli(['-', '--workers', '2', '--batch', '4'], stories.join('\f\n'));
    expect(result.stderr).not.toContain('failed');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('15 stories');
    expect(result.stdout).toContain('15 created');
  });

  it('reads JSON Lines from stdin and reports a bad line by its number', async () => {
    const lines = [...generateStories({ stories: 10, seed: 'stdin-jsonl' })].map((s) => JSON.stringify({ text: s.text }));
    lines.splice(3, 0, '{"text": 42}');
    const result = await runCli(['-', '--workers', '2', '--report', join(dir, 'jsonl-report.json')], `${lines.join('\n')}\n`);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('10 created');
    const written = JSON.parse(readFileSync(join(dir, 'jsonl-report.json'), 'utf8')) as { failures: unknown[] };
    expect(written.failures).toEqual([{ source: '-', line: 4, index: 3, rule: 'input.jsonl-text-missing', message: expect.any(String) }]);
  });
});

// Keep the folder helper honest: the CLI's folder expansion is the one tested above.
it('expands a nested folder the same way for the CLI and the library', async () => {
  const nested = join(dir, 'nested', 'deeper');
  mkdirSync(nested, { recursive: true });
  writeFileSync(join(nested, 'x.txt'), 'x');
  expect(knownStoryCount(await planStoryInputs([join(dir, 'nested')]))).toBe(1);
});
