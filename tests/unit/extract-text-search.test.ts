import { includesAfterSpace, includesSpaced, indexOfSpaced, withoutFinalPossessive } from '../../src/pipeline/extract/text-search';

describe('text-search (space-led substring tests)', () => {
  it('agrees with String.prototype.includes on random short strings', () => {
    let seed = 12345;
    const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    const pool = ' ab';
    for (let n = 0; n < 20000; n++) {
      let s = '';
      for (let i = rnd(10); i > 0; i--) s += pool[rnd(3)];
      let w = '';
      for (let i = rnd(4); i > 0; i--) w += pool[rnd(3)];
      expect(includesAfterSpace(s, w)).toBe(s.includes(` ${w}`));
      expect(includesSpaced(s, w)).toBe(s.includes(` ${w} `));
      if (w) expect(indexOfSpaced(s, w)).toBe(s.indexOf(` ${w} `));
    }
  });

  it('strips a final possessive like the regex', () => {
    for (const t of ["Turkey's", "'s", 's', "Turkey's talks", "Jones'", "it's's", '']) expect(withoutFinalPossessive(t)).toBe(t.replace(/'s$/, ''));
  });

  it('finds words after a space only', () => {
    expect(includesAfterSpace('a fund', 'fund')).toBe(true);
    expect(includesAfterSpace('fund', 'fund')).toBe(false);
    expect(includesAfterSpace('refund to', 'fund')).toBe(false);
    expect(includesSpaced('the EU and', 'EU')).toBe(true);
    expect(includesSpaced('the EU', 'EU')).toBe(false);
  });
});
