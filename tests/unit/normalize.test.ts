import { aliasKey, normalizeTypography, slugify } from '../../src/domain/normalize';

describe('normalizeTypography', () => {
  it('folds non-breaking hyphens, curly quotes, dashes and odd spaces, removing zero-width characters', () => {
    expect(normalizeTypography('One\u2011China \u201Cpolicy\u201D \u2013 Seoul\u2019s\u00A0ties\u200B\u2026')).toBe('One-China "policy" - Seoul\'s ties...');
  });
  it('keeps plain ASCII untouched', () => {
    expect(normalizeTypography('Plain text - "quoted" it\'s')).toBe('Plain text - "quoted" it\'s');
  });
});

describe('aliasKey', () => {
  it.each([
    ['Lee Jae-myung', 'lee jae myung'],
    ['lee jae myung', 'lee jae myung'],
    ['LEE JAE\u2011MYUNG\u2019s', 'lee jae myung'],
    ['Recep Tayyip Erdoğan', 'recep tayyip erdogan'],
    ['U.S.', 'u s'],
    ['  One-China policy ', 'one china policy'],
  ])('%s -> %s', (input, key) => {
    expect(aliasKey(input)).toBe(key);
  });
});

describe('slugify', () => {
  it('makes ids from names', () => {
    expect(slugify('Lee and Xi Sign 14 MoUs, Push Peace')).toBe('lee-and-xi-sign-14-mous-push-peace');
  });
});
