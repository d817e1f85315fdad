import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Executor } from '../../src/db/executor';
import { evaluateQueries } from '../../src/eval/evaluate-queries';
import { createIngestService } from '../../src/pipeline/ingest';
import { resetGraph } from '../helpers/test-db';
import { openTestExecutor } from '../helpers/test-executor';
import { startTestApi, TestApi } from './graphql-harness';

const DEV = join(__dirname, '..', 'fixtures', 'dev');
const HELDOUT = join(__dirname, '..', 'fixtures', 'heldout');
const storiesIn = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
const files = storiesIn(DEV);
const heldoutFiles = storiesIn(HELDOUT);

let executor: Executor;
let api: TestApi;

beforeAll(async () => {
  await resetGraph();
  executor = await openTestExecutor();
  const ingest = createIngestService({ executor, maxStoryBytes: 2_000_000 });
  for (const file of [...files, ...heldoutFiles]) {
    const result = await ingest.ingestText(readFileSync(file, 'utf8'));
    if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.issues)}`);
  }
  api = await startTestApi({ executor, ingest });
});
afterAll(async () => {
  await api?.close();
  await executor?.driver.close();
});

describe('gold queries through GraphQL events(involving:) on the real graph', () => {
  it('meets the targets: must recall 1.0, no mustNot event, should recall >= 0.8', async () => {
    const report = await evaluateQueries(api.url, files);
    const goldQueries = files.reduce((n, f) => n + (JSON.parse(readFileSync(f.replace(/\.txt$/, '.gold.json'), 'utf8')).queries?.length ?? 0), 0);
    expect(report.total.queries).toBe(goldQueries);
    console.log(report.queries.map((q) => `${q.story} ${q.involving}: must ${q.mustHit}/${q.mustTotal} should ${q.shouldHit}/${q.shouldTotal} mustNot ${q.mustNotReturned.length}`).join('\n'));
    const failures = report.queries.filter((q) => q.missingMust.length > 0 || q.mustNotReturned.length > 0);
    expect(failures).toEqual([]);
    expect(report.total.mustRecall).toBe(1);
    expect(report.total.mustNotReturned).toBe(0);
    expect(report.total.shouldRecall).toBeGreaterThanOrEqual(0.8);
  });

  // Held-out stories (gold written before the extractor ran on them): the same targets.
  it('meets the same targets on the held-out stories', async () => {
    const report = await evaluateQueries(api.url, heldoutFiles);
    console.log(report.queries.map((q) => `${q.story} ${q.involving}: must ${q.mustHit}/${q.mustTotal} should ${q.shouldHit}/${q.shouldTotal} mustNot ${q.mustNotReturned.length}`).join('\n'));
    expect(report.queries.filter((q) => q.missingMust.length > 0 || q.mustNotReturned.length > 0)).toEqual([]);
    expect(report.total.shouldRecall).toBeGreaterThanOrEqual(0.8);
  });
});
