import { createWriteStream, mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { generateStories, type GenerateStoriesOptions } from './generate-stories';

/**
 * How a corpus is laid out: one `.txt` file per story in a folder, or one stream of stories
 * separated by form-feed lines (`ff`) or as JSON Lines `{"text": ...}` (`jsonl`) — the two
 * stream forms `npm run ingest -- -` reads from stdin.
 */
export type CorpusLayout = 'files' | 'ff' | 'jsonl';

export interface WriteCorpusOptions extends GenerateStoriesOptions {
  layout: CorpusLayout;
  /** Folder for `files`; file path, or `-` for stdout, for `ff` and `jsonl`. */
  out: string;
  onProgress?: (written: number) => void;
}

export interface CorpusSummary {
  stories: number;
  bytes: number;
}

/** Writes a generated corpus to disk (or stdout) as it is generated, honouring back-pressure. */
export async function writeCorpus(options: WriteCorpusOptions): Promise<CorpusSummary> {
  let bytes = 0;
  let written = 0;
  const report = (): void => {
    written += 1;
    if (options.onProgress && written % 1000 === 0) options.onProgress(written);
  };
  if (options.layout === 'files') {
    mkdirSync(options.out, { recursive: true });
    const width = Math.max(6, String(options.stories).length);
    let index = 0;
    for (const story of generateStories(options)) {
      index += 1;
      await writeFile(join(options.out, `story-${String(index).padStart(width, '0')}.txt`), story.text);
      bytes += Buffer.byteLength(story.text);
      report();
    }
    return { stories: index, bytes };
  }
  const stream: Writable = options.out === '-' ? process.stdout : createWriteStream(options.out);
  let first = true;
  for (const story of generateStories(options)) {
    const chunk = options.layout === 'jsonl' ? `${JSON.stringify({ text: story.text })}\n` : `${first ? '' : '\f\n'}${story.text}`;
    first = false;
    bytes += Buffer.byteLength(chunk);
    if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', resolve));
    report();
  }
  if (stream !== process.stdout) await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { stories: written, bytes };
}
