/** Word tokenizer over a claim's `norm` text, keeping offsets. */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter, or is a lower-case particle-hyphen name ("al-Assad"). */
  cap: boolean;
  /** A word (letters/digits), as opposed to punctuation. */
  word: boolean;
  /** Followed by a possessive "'s" (not part of `text`). */
  poss: boolean;
  /** First word of a sentence or of a quotation. */
  sentenceStart: boolean;
  /** Inside double quotes. */
  quoted: boolean;
}

const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'][\p{L}\p{M}\p{N}]+)*|\S/gu;
const ABBREVIATIONS = new Set(['Jr', 'Sr', 'Dr', 'Mr', 'Mrs', 'Ms', 'St', 'Gen', 'Sen', 'Rep', 'Co', 'Inc', 'Corp', 'Ltd', 'Col', 'Lt', 'Gov', 'Rev', 'Sgt', 'Capt', 'Prof']);
const UPPER_START = /^\p{Lu}/u;
const PARTICLE_HYPHEN = /^(?:al|el|ad|as|an|bin|ibn|abu|van|von|de|di|da|du|le|la)-\p{Lu}/u;

/** Splits text into tokens; "'s" is folded into the previous token's `poss` flag. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let quoted = false;
  let sentenceStart = true;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    let t = m[0];
    let start = m.index;
    let end = start + t.length;
    if (t === '"') {
      quoted = !quoted;
      if (quoted) sentenceStart = true;
      out.push({ text: t, start, end, cap: false, word: false, poss: false, sentenceStart: false, quoted: true });
      continue;
    }
    const c0 = t.charCodeAt(0);
    const isWord = t.length > 1 || (c0 >= 48 && c0 <= 57) || (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || (c0 > 127 && /[\p{L}\p{N}]/u.test(t));
    if (!isWord) {
      out.push({ text: t, start, end, cap: false, word: false, poss: false, sentenceStart: false, quoted });
      if (t === '.' || t === '?' || t === '!' || t === ':' || t === ';') sentenceStart = true;
      continue;
    }
    let poss = false;
    if (t.length > 2 && t.charCodeAt(t.length - 2) === 39 && t.charCodeAt(t.length - 1) === 115) {
      poss = true;
      t = t.slice(0, -2);
      end -= 2;
    }
    const initial = t.length === 1 && t >= 'A' && t <= 'Z' && text[end] === '.' && text[end + 1] === ' ' && /[A-Z]/.test(text[end + 2] ?? '');
    if ((ABBREVIATIONS.has(t) || initial) && text[end] === '.') {
      t += '.';
      end += 1;
      TOKEN_RE.lastIndex = end;
    }
    const f = t.charCodeAt(0);
    const cap = (f >= 65 && f <= 90) || (f > 127 && UPPER_START.test(t)) || (t.length > 3 && t.charCodeAt(2) === 45 || t.length > 4 && t.charCodeAt(3) === 45) && PARTICLE_HYPHEN.test(t);
    out.push({ text: t, start, end, cap, word: true, poss, sentenceStart, quoted });
    sentenceStart = false;
  }
  return out;
}
