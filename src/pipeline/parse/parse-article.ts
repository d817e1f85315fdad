import type { ParseIssue, ParseResult, ParsedSentence, ParsedStory } from '../../domain/parsed-story';
import * as modnormalize from '../../domain/normalize';
import * as modparse_date from './parse-date';
import * as modsplit_sentences from './split-sentences';
// Imported bindings read once: the CommonJS transform turns every use into a getter call.
const { normalizeTypography } = modnormalize;
const { parseDateRange } = modparse_date;
const { splitSentences } = modsplit_sentences;

const HEADER = /^(date|published|source|url|license|licence|author|byline):\s*(.*)$/i;
/** A dateline is a short first body line that is only a date ("November 18, 2008"). */
const MAX_DATELINE_LENGTH = 40;
/** The article is its own (and only) source. */
const SELF = 1;

/**
 * Parses a plain article: a title line, optional `Date:` / `Source:` / `URL:` / `License:`
 * headers, then the body (often one sentence per line, sometimes opened by a dateline).
 * The body becomes one section without headline whose sentences all cite source [1], the
 * article itself. Returns issues instead of throwing.
 */
export function parseArticle(lines: readonly string[]): ParseResult {
  const warnings: ParseIssue[] = [];
  let index = 0;
  while (index < lines.length && (lines[index] ?? '').trim().length === 0) index += 1;
  const title = (lines[index] ?? '').trim();
  if (title.length === 0 || HEADER.test(title)) {
    return { ok: false, issues: [{ line: index + 1, rule: 'article.title-missing', message: `expected a title line, found "${title}"` }] };
  }
  index += 1;

  let publishedAt: string | null = null;
  let outlet: string | null = null;
  let url: string | null = null;
  for (let header = HEADER.exec((lines[index] ?? '').trim()); header; header = HEADER.exec((lines[index] ?? '').trim())) {
    const key = (header[1] ?? '').toLowerCase();
    const value = (header[2] ?? '').trim();
    if (key === 'date' || key === 'published') {
      publishedAt = parseDateRange(value)?.date ?? null;
      if (publishedAt === null) {
        warnings.push({ line: index + 1, rule: 'article.date-unreadable', message: `could not read the date "${value}"; expected e.g. 2008-11-18` });
      }
    } else if (key === 'source') outlet = value.length > 0 ? value : null;
    else if (key === 'url') url = value.length > 0 ? value : null;
    index += 1;
  }

  const sentences: ParsedSentence[] = [];
  let firstBodyLine = 0;
  for (; index < lines.length; index += 1) {
    const text = (lines[index] ?? '').trim();
    if (text.length === 0) continue;
    if (firstBodyLine === 0) {
      firstBodyLine = index + 1;
      const dateline = text.length <= MAX_DATELINE_LENGTH ? parseDateRange(text) : null;
      if (dateline && dateline.endDate === null) {
        publishedAt ??= dateline.date;
        firstBodyLine = 0;
        continue;
      }
    }
    sentences.push(...splitSentences(text, index + 1, [SELF]));
  }
  if (sentences.length === 0) {
    return { ok: false, issues: [{ line: lines.length, rule: 'article.body-missing', message: 'expected body text after the title and headers' }] };
  }

  const story: ParsedStory = {
    format: 'ARTICLE',
    title,
    titleNorm: normalizeTypography(title),
    articleCount: 1,
    publishedAt,
    url,
    sections: [{ headline: null, headlineNorm: null, sentences, line: firstBodyLine }],
    sources: [{ number: SELF, outlet: outlet ?? 'Unknown', title, description: null, url, line: 1 }],
    timeline: [],
    warnings,
  };
  return { ok: true, story };
}
