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

/**
 * The token grammar, as a regex: kept as the reference and as the path for text with astral
 * (surrogate-pair) characters. `scanTokens` below implements the same grammar with a
 * character-class table, without a match object per token.
 */
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'][\p{L}\p{M}\p{N}]+)*|\S/gu;
const ABBREVIATIONS = new Set(['Jr', 'Sr', 'Dr', 'Mr', 'Mrs', 'Ms', 'St', 'Gen', 'Sen', 'Rep', 'Co', 'Inc', 'Corp', 'Ltd', 'Col', 'Lt', 'Gov', 'Rev', 'Sgt', 'Capt', 'Prof']);
const PARTICLE_HYPHEN = /^(?:al|el|ad|as|an|bin|ibn|abu|van|von|de|di|da|du|le|la)-\p{Lu}/u;

// Character classes of BMP code units, computed lazily (bit 0x80 = computed).
const C_LETTER = 1;
const C_UPPER = 2;
const C_NUMBER = 4;
const C_MARK = 8;
const C_SPACE = 16;
const C_SURROGATE = 32;
const C_DONE = 128;
const CLASS = new Uint8Array(65536);
const P_L = /\p{L}/u;
const P_LU = /\p{Lu}/u;
const P_N = /\p{N}/u;
const P_M = /\p{M}/u;
const P_LN = /[\p{L}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;
function classify(code: number): number {
  let v = C_DONE;
  if (code >= 0xd800 && code <= 0xdfff) v |= C_SURROGATE;
  else {
    const ch = String.fromCharCode(code);
    if (P_L.test(ch)) v |= C_LETTER;
    if (P_LU.test(ch)) v |= C_UPPER;
    if (P_N.test(ch)) v |= C_NUMBER;
    if (P_M.test(ch)) v |= C_MARK;
    if (/\s/.test(ch)) v |= C_SPACE;
  }
  CLASS[code] = v;
  return v;
}
for (let c = 0; c < 128; c++) classify(c);
function cls(code: number): number {
  const v = CLASS[code]!;
  return v !== 0 ? v : classify(code);
}
const WORD_START = C_LETTER | C_NUMBER;
const WORD_PART = C_LETTER | C_NUMBER | C_MARK;

/** Filled by `tokenize` when given. */
export interface TokenizeInfo {
  /**
   * Some word token holds a non-ASCII character or a hyphen/apostrophe
   * join ("al-Assad"): then not every ASCII word boundary of the text starts a token.
   */
  joined: boolean;
  /**
   * When given, filled with the indexes of the word tokens that hold a join (a non-ASCII character,
   * or a hyphen/apostrophe join), in order: only inside those can an ASCII word start hide. Set to
   * undefined for text with surrogate pairs (the regex path does not list them). A reused buffer:
   * only its first `joinedCount` entries are this text's (`length = 0` would drop V8's backing
   * store, and every claim would allocate it again).
   */
  joinedTokens?: number[];
  /** Number of entries of `joinedTokens` filled by the last `tokenize`. */
  joinedCount?: number;
}

/** Splits text into tokens; "'s" is folded into the previous token's `poss` flag. */
export function tokenize(text: string, info?: TokenizeInfo): Token[] {
  const out: Token[] = [];
  let joined = false;
  const joinedTokens = info?.joinedTokens;
  let joinedCount = 0;
  const n = text.length;
  let quoted = false;
  let sentenceStart = true;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? CLASS[c]! : cls(c);
    if (k & C_SPACE) { i++; continue; }
    if (k & C_SURROGATE) {
      if (info) { info.joined = true; info.joinedTokens = undefined; info.joinedCount = 0; }
      return tokenizeWithRegex(text);
    }
    let start = i;
    let end: number;
    let isWord = true;
    // (?:\p{Lu}\.){2,}
    if ((k & C_UPPER) && i + 3 < n && text.charCodeAt(i + 1) === 46 && (cls(text.charCodeAt(i + 2)) & C_UPPER) && text.charCodeAt(i + 3) === 46) {
      end = i + 4;
      while (end + 1 < n && (cls(text.charCodeAt(end)) & C_UPPER) && text.charCodeAt(end + 1) === 46) end += 2;
    } else if (k & WORD_START) {
      end = i + 1;
      let tokenJoined = c >= 128;
      let code = 0;
      while (end < n && (((code = text.charCodeAt(end)) < 128 ? CLASS[code]! : cls(code)) & WORD_PART)) {
        if (code >= 128) tokenJoined = true;
        end++;
      }
      for (;;) {
        const h = text.charCodeAt(end);
        if ((h === 45 || h === 39) && end + 1 < n && (cls(text.charCodeAt(end + 1)) & WORD_PART)) {
          tokenJoined = true;
          end += 2;
          while (end < n && (cls(text.charCodeAt(end)) & WORD_PART)) end++;
        } else break;
      }
      if (tokenJoined) {
        joined = true;
        if (joinedTokens) joinedTokens[joinedCount++] = out.length;
      }
    } else {
      end = i + 1;
      isWord = false;
    }
    i = end;
    if (!isWord) {
      if (c === 34) {
        quoted = !quoted;
        if (quoted) sentenceStart = true;
        out.push({ text: '"', start, end, cap: false, word: false, poss: false, sentenceStart: false, quoted: true });
        continue;
      }
      out.push({ text: text[start]!, start, end, cap: false, word: false, poss: false, sentenceStart: false, quoted });
      if (c === 46 || c === 63 || c === 33 || c === 58 || c === 59) sentenceStart = true;
      continue;
    }
    let poss = false;
    if (end - start > 2 && text.charCodeAt(end - 2) === 39 && text.charCodeAt(end - 1) === 115) {
      poss = true;
      end -= 2;
    }
    const len = end - start;
    let t = text.slice(start, end);
    if (text.charCodeAt(end) === 46) {
      const initial = len === 1 && c >= 65 && c <= 90 && text.charCodeAt(end + 1) === 32 && isAsciiUpper(text.charCodeAt(end + 2));
      if (initial || (len <= 4 && ABBREVIATIONS.has(t))) {
        t += '.';
        end += 1;
        i = end;
      }
    }
    const cap = (c >= 65 && c <= 90) || (c > 127 && (cls(c) & C_UPPER) !== 0) || ((len > 3 && t.charCodeAt(2) === 45) || (len > 4 && t.charCodeAt(3) === 45)) && PARTICLE_HYPHEN.test(t);
    out.push({ text: t, start, end, cap, word: true, poss, sentenceStart, quoted });
    sentenceStart = false;
  }
  if (info) { info.joined = joined; info.joinedCount = joinedCount; }
  return out;
}

function isAsciiUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** The regex path, for text with characters outside the BMP. Same output as `tokenize`. */
function tokenizeWithRegex(text: string): Token[] {
  const out: Token[] = [];
  let quoted = false;
  let sentenceStart = true;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    let t = m[0];
    const start = m.index;
    let end = start + t.length;
    if (t === '"') {
      quoted = !quoted;
      if (quoted) sentenceStart = true;
      out.push({ text: t, start, end, cap: false, word: false, poss: false, sentenceStart: false, quoted: true });
      continue;
    }
    const c0 = t.charCodeAt(0);
    const isWord = t.length > 1 || (c0 >= 48 && c0 <= 57) || (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || (c0 > 127 && P_LN.test(t));
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

/** Exposed for tests: the regex reference path. */
export const tokenizeReference = tokenizeWithRegex;
