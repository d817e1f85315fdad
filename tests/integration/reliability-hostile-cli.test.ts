/**
 * The hostile-input suite (tests/helpers/hostile-inputs.ts, >= 1,000 cases) through
 * `npm run ingest` as operators run it: half the cases as one-story files in a folder, the
 * other half as JSON Lines on stdin (`-`), in one run. The CLI must:
 * - finish with exit code 1 (some stories failed), a summary, and no stack trace;
 * - report every refused story in `--report` with its source, a line >= 1, a rule and a message,
 *   and refuse exactly the stories the checked pipeline refuses (the one both paths run);
 * - leave exactly the graph of the accepted stories: the same counts and checksum as the
 *   ingest service loading only those stories, in the same order, onto the same baseline.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Executor } from '../../src/db/executor';
import { createIngestService } from '../../src/pipeline/ingest';
import { DEFAULT_STORY_LIMITS } from '../../src/pipeline/limits';
import { runCheckedPipeline } from '../../src/pipeline/run-checked-pipeline';
import { devStories, generateHostileInputs } from '../helpers/hostile-inputs';
import { resetGraph, testDbConnection } from '../helpers/test-db';
import { openTestExecutor, snapshotGraph } from '../helpers/test-executor';

jest.setTimeout(900_000);

const ROOT = join(__dirname, '..', '..');
let executor: Executor;
let workDir: string;

beforeAll(async () => {
  executor = await openTestExecutor();
  workDir = mkdtempSync(join(tmpdir(), 'newsgraph-hostile-cli-'));
});
afterAll(async () => {
  await executor?.driver.close();
  rmSync(workDir, { recursive: true, force: true });
});

async function baseline(): Promise<void> {
  await resetGraph();
  const ingest = createIngestService({ executor, maxStoryBytes: DEFAULT_STORY_LIMITS.maxStoryBytes });
  for (const story of devStories()) expect((await ingest.ingestText(story.text)).ok).toBe(true);
}

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runIngestCli(args: string[], stdin: string): Promise<CliRun> {
  const { uri, user, password, database } = testDbConnection();
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'ingest', '--', ...args], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database, INGEST_WORKERS: '2' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => {}); // the CLI may refuse before reading all of stdin
    child.stdin.end(stdin);
  });
}

it('npm run ingest: refuses exactly the refused cases, clearly, and stores exactly the accepted ones', async () => {
  const cases = generateHostileInputs();
  expect(cases.length).toBeGreaterThanOrEqual(1000);

  // Even cases as files (what the CLI reads back from disk is what it ingests), odd as JSON Lines.
  const folder = join(workDir, 'stories');
  mkdirSync(folder);
  const inputs: { source: 'file' | 'stdin'; name: string; text: string; path?: string }[] = [];
  const jsonl: string[] = [];
  cases.forEach((c, i) => {
    if (i % 2 === 0) {
      const path = join(folder, `case-${String(i).padStart(5, '0')}.txt`);
      writeFileSync(path, c.text, 'utf8');
      inputs.push({ source: 'file', name: c.name, text: readFileSync(path, 'utf8'), path });
    } else {
      jsonl.push(JSON.stringify({ text: c.text }));
    }
  });
  cases.forEach((c, i) => {
    if (i % 2 === 1) inputs.push({ source: 'stdin', name: c.name, text: c.text });
  });

  const expected = inputs.map((input) => runCheckedPipeline(input.text, { limits: DEFAULT_STORY_LIMITS }).ok);
  const acceptedCount = expected.filter(Boolean).length;
  expect(acceptedCount).toBeGreaterThan(50);
  expect(inputs.length - acceptedCount).toBeGreaterThan(600);

  await baseline();
  const report = join(workDir, 'report.json');
  const run = await runIngestCli([folder, '-', '--report', report], `${jsonl.join('\n')}\n`);
  const output = `${run.stdout}\n${run.stderr}`;
  expect(output).not.toMatch(/\bat \S+:\d+:\d+|node_modules|Error: /);
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/stories in .*: \d+ created/);

  const { totals, failures } = JSON.parse(readFileSync(report, 'utf8')) as {
    totals: { read: number; failed: number; done: number };
    failures: { source: string; line: number; index: number; rule: string; message: string }[];
  };
  expect(totals.read).toBe(inputs.length);
  expect(totals.done).toBe(inputs.length);
  for (const f of failures) {
    expect(f.rule).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
    expect(f.message.length).toBeGreaterThan(5);
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.source === '-' || f.source.startsWith(folder)).toBe(true);
  }
  const refusedByCli = new Set(failures.map((f) => f.index));
  const refusedExpected = new Set(expected.flatMap((ok, index) => (ok ? [] : [index])));
  expect([...refusedByCli].sort((a, b) => a - b)).toEqual([...refusedExpected].sort((a, b) => a - b));
  // Files report their path; stories from stdin report "-" and their line in the stream.
  for (const f of failures) {
    const input = inputs[f.index]!;
    if (input.source === 'file') expect(f.source).toBe(input.path);
    else expect(f.source).toBe('-');
  }

  const afterCli = await snapshotGraph(executor);
  await baseline();
  const ingest = createIngestService({ executor, maxStoryBytes: DEFAULT_STORY_LIMITS.maxStoryBytes });
  for (const [index, input] of inputs.entries()) {
    if (expected[index]) expect((await ingest.ingestText(input.text)).ok).toBe(true);
  }
  expect(afterCli).toEqual(await snapshotGraph(executor));
});
