/** Deterministic random strings for tests that compare a fast path with the code it replaced. */
export function randomTexts(seed: number): (alphabet: readonly string[], min: number, max: number) => string {
  let state = seed;
  const rnd = (): number => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return (alphabet, min, max) => {
    let s = '';
    const len = min + Math.floor(rnd() * (max - min + 1));
    for (let j = 0; j < len; j++) s += alphabet[Math.floor(rnd() * alphabet.length)];
    return s;
  };
}
