import { normalizeTypography } from '../../src/domain/normalize';
import type { ParsedStory } from '../../src/domain/parsed-story';

export interface DigestParts {
  /** Summary sentences (one section, each citing [1]). */
  sentences: string[];
  /** Timeline entries, dated by `date`. */
  timeline?: string[];
  title?: string;
  /** Date of the i-th timeline entry (default 2024-01-01 + i days). */
  date?: (i: number) => string;
  /** Outlets of sources [1], [2] … */
  outlets?: string[];
}

/** A parsed digest built directly, for extractor unit tests that should not depend on the parser. */
export function digestStory(parts: DigestParts): ParsedStory {
  const title = parts.title ?? 'T';
  const date = parts.date ?? ((i: number) => `2024-01-${String(i + 1).padStart(2, '0')}`);
  return {
    format: 'DIGEST', title, titleNorm: normalizeTypography(title), articleCount: 1, publishedAt: null, url: null,
    sections: [{ headline: 'H', headlineNorm: 'H', line: 3, sentences: parts.sentences.map((t) => ({ text: t, norm: normalizeTypography(t), markers: [1], line: 3 })) }],
    sources: (parts.outlets ?? []).map((o, i) => ({ number: i + 1, outlet: o, title: 'x', description: null, url: null, line: 20 + i })),
    timeline: (parts.timeline ?? []).map((t, i) => ({ date: date(i), endDate: null, dateText: date(i), text: t, norm: normalizeTypography(t), markers: [1], line: 10 + i })),
    warnings: [],
  } as ParsedStory;
}
