import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Expands files and folders into story files (`*.txt`, sorted), skipping gold annotations and READMEs. */
export function listStoryFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) throw new Error(`No such file or folder: ${path}`);
    if (stat.isDirectory()) {
      files.push(
        ...readdirSync(path)
          .filter((name) => name.endsWith('.txt'))
          .sort()
          .map((name) => join(path, name)),
      );
    } else files.push(path);
  }
  return files;
}
