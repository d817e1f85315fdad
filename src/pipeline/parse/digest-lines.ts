/** Line shapes that structure a digest; shared by format detection and the digest parser. */
export const digestLines = {
  /** "Updated (6 articles)", group 1 = the article count. */
  updated: /^Updated\b[^(]*(?:\((\d+)\s+articles?\))?\s*$/i,
  /** "Sources (6 articles)" or "Sources", group 1 = the article count. */
  sources: /^Sources\s*(?:\((\d+)\s+articles?\))?\s*:?$/i,
  /** "Timeline". */
  timeline: /^Timeline\s*:?$/i,
} as const;
