/**
 * Major Java version from `java -version` output (`openjdk version "17.0.15"` → 17,
 * legacy `"1.8.0_392"` → 8), or `undefined` when the text names no version.
 */
export function parseJavaVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}
