/**
 * Output of the parse stage: a story digest or plain article, split into its parts.
 * Every text keeps its original form (`text`, for display) and a typography-normalized
 * form (`norm`, for matching: non-breaking hyphens -> '-', curly quotes -> straight,
 * en/em dashes -> '-', NBSP -> space). Offsets used downstream refer to `norm`.
 */
export type StoryFormat = 'DIGEST' | 'ARTICLE';

/** A problem found in the input, tied to its 1-based line number and the rule it broke. */
export interface ParseIssue {
  line: number;
  rule: string;
  message: string;
}

export interface ParsedSentence {
  /** Original sentence text, citation markers removed, trimmed. */
  text: string;
  norm: string;
  /** Cited source numbers in order of appearance, without duplicates. */
  markers: number[];
  line: number;
}

export interface ParsedSection {
  /** The headline that runs into the first sentence; null for plain-article bodies. */
  headline: string | null;
  headlineNorm: string | null;
  sentences: ParsedSentence[];
  line: number;
}

export interface ParsedSource {
  number: number;
  outlet: string;
  title: string;
  description: string | null;
  url: string | null;
  line: number;
}

export interface ParsedTimelineEntry {
  /** ISO YYYY-MM-DD, or null when the date could not be read (a warning says why). */
  date: string | null;
  endDate: string | null;
  /** The date as written ("Jul 11–12 2023"). */
  dateText: string;
  text: string;
  norm: string;
  markers: number[];
  line: number;
}

export interface ParsedStory {
  format: StoryFormat;
  title: string;
  titleNorm: string;
  articleCount: number | null;
  /** ISO date from an article's `Date:` header; null for digests. */
  publishedAt: string | null;
  url: string | null;
  sections: ParsedSection[];
  sources: ParsedSource[];
  timeline: ParsedTimelineEntry[];
  /** Problems that did not stop parsing (uncited source, marker pointing nowhere...). */
  warnings: ParseIssue[];
}

export type ParseResult = { ok: true; story: ParsedStory } | { ok: false; issues: ParseIssue[] };
