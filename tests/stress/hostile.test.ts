/**
 * The hostile-input suite at full size (stressSize: every mutation, every case that may be
 * stored) through the ingest service: clear outcomes only, and the graph of the accepted stories.
 * The GraphQL half runs at test size in tests/integration/reliability-hostile.test.ts.
 */
import { createIngestService, IngestResult } from '../../src/pipeline/ingest';
import { describeIssueProblem, devStories, generateHostileInputs, stressSize, WHOLE_STORY_RULES } from '../helpers/hostile-inputs';
import { openTestExecutor, snapshotGraph } from '../helpers/test-executor';
import { resetGraph } from './scenarios';

it('answers every hostile case clearly and stores exactly the accepted ones', async () => {
  const cases = generateHostileInputs(stressSize);
  const executor = await openTestExecutor();
  try {
    const ingest = createIngestService({ executor, maxStoryBytes: stressSize.limits.maxStoryBytes });
    await resetGraph();
    for (const story of devStories()) await ingest.ingestText(story.text);
    const problems: string[] = [];
    const accepted: string[] = [];
    for (const c of cases) {
      let result: IngestResult;
      try {
        result = await ingest.ingestText(c.text);
      } catch (error) {
        problems.push(`${c.name}: threw ${String(error)}`);
        continue;
      }
      const lines = c.text.split(/\r\n|\r|\n/).length;
      for (const issue of result.ok ? result.warnings : result.issues) {
        const problem = describeIssueProblem(issue, lines, !result.ok && !WHOLE_STORY_RULES.has(issue.rule));
        if (problem) problems.push(`${c.name}: ${problem}`);
      }
      if (c.expect.outcome === 'rejected' && (result.ok || !result.issues.some((i) => i.rule === (c.expect as { rule: string }).rule))) problems.push(`${c.name}: not rejected by ${c.expect.rule}`);
      if (c.expect.outcome === 'accepted' && !result.ok) problems.push(`${c.name}: rejected`);
      if (result.ok) accepted.push(c.text);
    }
    expect(problems).toEqual([]);
    const all = await snapshotGraph(executor);
    await resetGraph();
    for (const story of devStories()) await ingest.ingestText(story.text);
    for (const text of accepted) await ingest.ingestText(text);
    expect(await snapshotGraph(executor)).toEqual(all);
    process.stderr.write(`[stress] hostile: ${cases.length} cases, ${accepted.length} accepted\n`);
  } finally {
    await executor.driver.close();
  }
});
