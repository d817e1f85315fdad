/**
 * The speed work replaced regex scans by character-code scans and pre-filters; these tests pin
 * that the fast paths give exactly what the plain regexes give.
 */
import { findCandidates, triggerMasksForTest } from '../../src/pipeline/extract/find-candidates';
import { tokenize, tokenizeReference } from '../../src/pipeline/extract/tokenize';

describe('tokenize (character scanner)', () => {
  it('matches the regex tokenizer on names, abbreviations, possessives, quotes and non-ASCII text', () => {
    const texts = [
      'U.S. President Joe Biden\'s aide met Dr. Anne Smith Jr. in Washington, D.C. on Jan. 5.',
      'Bashar al-Assad and "Bongbong" Marcos; Zelenskyy\'s al-Sisi: O\'Neill, el-Sisi! Ⅳ ǅ',
      'Recep Tayyip Erdoğan met Ahmet Davutoğlu at the Élysée Palace \u00a0 with Søren Kierkegaard\u0301s.',
      'COP28 in Dubai: 1.5C, US$14 billion, 21-gun salute, Korea-China ties, A. B. Smith.',
      'Emoji \u{1F600} text falls back to the regex path: Ünal\'s co-op.',
      '', '   ', '"', "'s", 'A.', 'A.B', 'A.B.C.', '-x', "x-'y", '\u0301abc',
    ];
    for (const t of texts) expect(tokenize(t)).toEqual(tokenizeReference(t));
  });

  it('matches the regex tokenizer on random strings', () => {
    const alphabet = ['A', 'b', 'Z', 'é', 'É', '1', '.', "'", 's', '-', ' ', '"', ',', '\u0301', '\u00a0', 'J', 'r', 'C', 'o', 'al-', 'Jr.', 'A. B', '\t', 'Ⅳ'];
    let seed = 42;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let i = 0; i < 5000; i++) {
      let s = '';
      const len = 1 + Math.floor(rnd() * 16);
      for (let j = 0; j < len; j++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      expect(tokenize(s)).toEqual(tokenizeReference(s));
    }
  });
});

describe('phrase and group pre-filters', () => {
  const kinds = (text: string): string[] => findCandidates(0, text).filter((c) => c.kind === 'other' || c.kind === 'group').map((c) => `${c.kind}:${c.surface}`);

  it('still finds every phrase pattern', () => {
    expect(kinds('The Nikkei 225 and the S&P 500 fell while the Hang Seng rose.')).toEqual(['other:Nikkei 225', 'other:S&P 500', 'other:Hang Seng']);
    expect(kinds('She won the Nobel Peace Prize before the 2024 Summer Olympics.')).toEqual(['other:Nobel Peace Prize', 'other:2024 Summer Olympics']);
    expect(kinds('Aeroflot buys 22 Boeing 787 Dreamliners and ten 787 Dreamliner jets.')).toEqual(['other:Boeing 787 Dreamliners', 'other:787 Dreamliner']);
  });

  it('still finds every group noun', () => {
    expect(kinds('Both sides agreed; the two leaders met the allies.')).toEqual(['group:Both sides', 'group:the two leaders', 'group:the allies']);
    expect(kinds('Alliance leaders and both prime ministers spoke as the alliance grew.')).toEqual(['group:Alliance leaders', 'group:both prime ministers', 'group:the alliance']);
  });
});

describe('trigger pre-filter from tokens', () => {
  // Every bit the text scan sets (a literal at an ASCII word start), the token path sets too.
  const covers = (text: string): boolean => {
    const { fromTokens, fromText } = triggerMasksForTest(text);
    return (fromTokens & fromText) === fromText;
  };

  it('sees literals after hyphens, apostrophes and non-ASCII letters', () => {
    for (const t of ['Franco-Nikkei rose', "l'Alliance leaders", 'éNobel Prize', 'x-Summer Olympics', 'Ö-Boeing 787', 'the Euro-allies', 'Zürich\u{1F600}-Nikkei']) {
      expect(covers(t)).toBe(true);
    }
    expect(triggerMasksForTest('Franco-Nikkei').fromTokens).not.toBe(0);
  });

  it('covers the text scan on random strings', () => {
    const alphabet = ['Nikkei', 'Nobel ', 'Summer ', 'Boeing ', 'leaders', 'allies', 'Alliance', 'sides', '-', "'", 'é', 'Ö', ' ', '.', 'A', 'x', '1', '_', '\u0301', 'U.S.', '\u{1F600}'];
    let seed = 7;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let i = 0; i < 5000; i++) {
      let s = '';
      const len = 1 + Math.floor(rnd() * 10);
      for (let j = 0; j < len; j++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      expect(covers(s)).toBe(true);
    }
  });
});
