import * as path from 'node:path';
import { evaluateCorpus } from '../../src/eval/evaluate-corpus';

/**
 * Held-out digests (tests/fixtures/heldout): gold written before the extractor saw them, in
 * domains the dev corpus lacks (antitrust ruling, Olympic host award, West African election).
 * Thresholds sit just below what the extractor honestly reaches, a few points under the dev targets.
 */
describe('held-out corpus evaluation', () => {
  const report = evaluateCorpus(path.join(__dirname, '../fixtures/heldout'));

  it('covers the three held-out stories', () => {
    expect(report.stories).toHaveLength(3);
    expect(report.stories.every((s) => s.ok)).toBe(true);
  });

  it('stays above the held-out floor', () => {
    const t = report.total;
    expect(t.entities.f1).toBeGreaterThanOrEqual(0.95);
    expect(t.duplicates).toBe(0);
    expect(t.participants.f1).toBeGreaterThanOrEqual(0.9);
    expect(t.dateAccuracy).toBe(1);
    expect(t.queryMustNotHits).toBe(0);
  });
});
