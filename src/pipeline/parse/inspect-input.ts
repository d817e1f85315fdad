import type { ParseIssue } from '../../domain/parsed-story';

/** What the raw-input check found: errors stop parsing, warnings travel with the story. */
export interface InputInspection {
  errors: ParseIssue[];
  warnings: ParseIssue[];
}

/** C0 controls other than tab/newline/carriage return, DEL, and U+FFFD (bytes that were not UTF-8). */
const SUSPECT = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;
/** SUSPECT or NUL: text without any of them has nothing to report (one scan instead of two). */
const SUSPECT_OR_NUL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;
/** Above this share of suspect characters the input is treated as binary rather than text. */
const MAX_SUSPECT_SHARE = 0.05;

/**
 * Checks that `text` is worth parsing: not empty or whitespace-only, no NUL bytes, and not
 * dominated by control characters or replacement characters. A few stray ones are a warning.
 */
export function inspectInput(text: string): InputInspection {
  // A text starting with a visible ASCII character is not blank; the common clean text needs one scan.
  const c0 = text.charCodeAt(0);
  if (c0 > 0x20 && c0 < 0x7f && !SUSPECT_OR_NUL.test(text)) return { errors: [], warnings: [] };
  if (text.trim().length === 0) {
    const what = text.length === 0 ? 'the input is empty' : 'the input holds only whitespace';
    return { errors: [issue(1, 'input.empty', `${what}; expected a title on line 1`)], warnings: [] };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return { errors: [issue(lineOf(text, nul), 'input.binary', 'NUL byte found; expected UTF-8 text, not binary data')], warnings: [] };
  }
  SUSPECT.lastIndex = 0;
  const first = SUSPECT.exec(text);
  if (!first) return { errors: [], warnings: [] };
  const count = text.match(SUSPECT)?.length ?? 0;
  const visible = text.replace(/\s+/g, '').length;
  const line = lineOf(text, first.index);
  if (count / visible > MAX_SUSPECT_SHARE) {
    const message = `${count} control or replacement characters in ${visible}; expected UTF-8 text, not binary data`;
    return { errors: [issue(line, 'input.binary', message)], warnings: [] };
  }
  return {
    errors: [],
    warnings: [issue(line, 'input.control-characters', `${count} control or replacement character(s) in the text`)],
  };
}

function issue(line: number, rule: string, message: string): ParseIssue {
  return { line, rule, message };
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}
