import { idHash } from '../../src/ingest/bulk-ingest';

describe('idHash (the ids a bulk ingest has dispatched, kept as small integers)', () => {
  it('is FNV-1a 32-bit cut to 30 bits', () => {
    // FNV-1a("a") = 0xe40c292c, FNV-1a("") = the offset basis 0x811c9dc5.
    expect(idHash('a')).toBe(0xe40c292c & 0x3fffffff);
    expect(idHash('')).toBe(0x811c9dc5 & 0x3fffffff);
  });

  it('gives non-negative integers below 2^30 (V8 small integers) for any text', () => {
    for (const id of ['lee-meets-xi', 'é-東京-😀', 'x'.repeat(10000)]) {
      const h = idHash(id);
      expect(Number.isInteger(h) && h >= 0 && h < 2 ** 30).toBe(true);
    }
  });

  it('rarely collides on 100,000 story-like ids (a collision costs one re-extraction, never a wrong skip)', () => {
    const seen = new Set<number>();
    let collisions = 0;
    for (let i = 0; i < 100000; i++) {
      const h = idHash(`${i}-talks-on-chip-manufacturing-country-${i % 97}-and-country-${i % 89}`);
      if (seen.has(h)) collisions += 1;
      seen.add(h);
    }
    // Expected for a uniform 30-bit hash: n^2 / 2^31 ≈ 4.7.
    expect(collisions).toBeLessThan(25);
  });
});
