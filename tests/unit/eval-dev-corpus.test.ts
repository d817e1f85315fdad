import * as path from 'node:path';
import { evaluateCorpus } from '../../src/eval/evaluate-corpus';

describe('dev corpus evaluation', () => {
  const report = evaluateCorpus(path.join(__dirname, '../fixtures/dev'));

  it('covers all seven dev stories', () => {
    expect(report.stories.map((s) => s.file)).toHaveLength(7);
    expect(report.stories.every((s) => s.ok)).toBe(true);
  });

  it('meets the extraction targets', () => {
    const t = report.total;
    expect(t.entities.f1).toBeGreaterThanOrEqual(0.97);
    expect(t.duplicates).toBe(0);
    expect(t.participants.f1).toBeGreaterThanOrEqual(0.95);
    expect(t.dateAccuracy).toBe(1);
    expect(t.queryMustNotHits).toBe(0);
  });
});
