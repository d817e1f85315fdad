import { createReadStream, type Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** Where a story came from: a file, or a stream (file or stdin) and the line its story starts on. */
export interface StoryOrigin {
  /** File path, or `-` for stdin. */
  source: string;
  /** 1-based line of the story's first line within `source` (1 for a one-story file). */
  line: number;
  /** 0-based position of the story in the whole run. */
  index: number;
}

/** One story read from the inputs, or why a chunk of input could not become one. */
export type StoryInput =
  | { origin: StoryOrigin; text: string }
  | { origin: StoryOrigin; issue: { rule: string; message: string } };

/** A run of one-story files, or one multi-story stream (`-` for stdin, or a `.ff`/`.jsonl` file). */
export type InputPart = { kind: 'files'; files: string[] } | { kind: 'stream'; source: string; layout: StreamLayout };

export type StreamLayout = 'ff' | 'jsonl' | 'auto';

/**
 * What `npm run ingest` accepts, expanded in command-line order: files, folders (every `*.txt`
 * below, sorted), glob patterns (`data/**\/*.txt`), and `-` for stdin. A `.jsonl` file is JSON
 * Lines (`{"text": ...}` per line) and a `.ff` file is stories separated by form-feed lines;
 * stdin is either, detected from its first non-blank character (`{` means JSON Lines).
 * Only paths are listed here, never contents.
 */
export interface StoryInputPlan {
  parts: InputPart[];
}

/** Expands the command-line inputs; throws for a path or pattern that matches nothing. */
export async function planStoryInputs(inputs: readonly string[]): Promise<StoryInputPlan> {
  const parts: InputPart[] = [];
  const addFiles = (files: string[]): void => {
    const last = parts[parts.length - 1];
    if (last && last.kind === 'files') last.files.push(...files);
    else parts.push({ kind: 'files', files: [...files] });
  };
  const addFile = (file: string): void => {
    if (file.endsWith('.jsonl')) parts.push({ kind: 'stream', source: file, layout: 'jsonl' });
    else if (file.endsWith('.ff')) parts.push({ kind: 'stream', source: file, layout: 'ff' });
    else addFiles([file]);
  };
  for (const input of inputs) {
    if (input === '-') {
      parts.push({ kind: 'stream', source: '-', layout: 'auto' });
    } else if (isGlob(input)) {
      const matches = await expandGlob(input);
      if (matches.length === 0) throw new Error(`No file matches ${input}`);
      for (const file of matches) addFile(file);
    } else {
      const info = await stat(input).catch(() => null);
      if (!info) throw new Error(`No such file or folder: ${input}`);
      if (info.isDirectory()) addFiles(await listTextFiles(input));
      else addFile(input);
    }
  }
  return { parts };
}

/** Number of stories the plan holds when that is known without reading streams (null otherwise). */
export function knownStoryCount(plan: StoryInputPlan): number | null {
  let count = 0;
  for (const part of plan.parts) {
    if (part.kind === 'stream') return null;
    count += part.files.length;
  }
  return count;
}

/**
 * Reads the planned inputs one story at a time: only the story being yielded is in memory,
 * whatever the size of a folder or stream. Unreadable files and malformed JSON lines come
 * out as `issue` items so the caller can report them and go on.
 */
export async function* readStoryStream(plan: StoryInputPlan, options: { stdin?: Readable } = {}): AsyncGenerator<StoryInput> {
  let index = 0;
  for (const part of plan.parts) {
    if (part.kind === 'files') {
      for (const file of part.files) {
        const origin = { source: file, line: 1, index: index++ };
        try {
          yield { origin, text: await readFile(file, 'utf8') };
        } catch (error) {
          yield { origin, issue: { rule: 'input.unreadable', message: `cannot read ${file}: ${(error as Error).message}` } };
        }
      }
    } else {
      const stream = part.source === '-' ? (options.stdin ?? process.stdin) : createReadStream(part.source);
      for await (const item of splitStoryStream(stream, part.source, part.layout)) {
        item.origin.index = index++;
        yield item;
      }
    }
  }
}

/**
 * Splits a stream of stories: form-feed separated (a line holding only `\f`, blanks around it
 * allowed) or JSON Lines (`{"text": "..."}` per line). `auto` looks at the first non-blank
 * character. Origins carry the 1-based line where each story starts.
 */
export async function* splitStoryStream(stream: Readable, source: string, layout: StreamLayout): AsyncGenerator<StoryInput> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let mode: 'ff' | 'jsonl' | null = layout === 'auto' ? null : layout;
  let lineNumber = 0;
  let buffer: string[] = [];
  let startLine = 1;
  const flush = (): StoryInput | null => {
    const text = buffer.join('\n');
    buffer = [];
    if (text.trim().length === 0) return null;
    return { origin: { source, line: startLine, index: 0 }, text: `${text}\n` };
  };
  for await (const line of lines) {
    lineNumber += 1;
    if (mode === null) {
      const first = line.trimStart();
      if (first.length === 0) continue;
      mode = first.startsWith('{') ? 'jsonl' : 'ff';
    }
    if (mode === 'jsonl') {
      if (line.trim().length === 0) continue;
      yield parseJsonLine(line, { source, line: lineNumber, index: 0 });
      continue;
    }
    if (line.includes('\f') && line.replace(/\f/g, '').trim().length === 0) {
      const story = flush();
      if (story) yield story;
      startLine = lineNumber + 1;
      continue;
    }
    if (buffer.length === 0 && line.trim().length === 0) {
      startLine = lineNumber + 1; // leading blank lines are not part of the story
      continue;
    }
    buffer.push(line);
  }
  const last = flush();
  if (last) yield last;
}

function parseJsonLine(line: string, origin: StoryOrigin): StoryInput {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { origin, issue: { rule: 'input.jsonl-invalid', message: `line is not JSON: ${(error as Error).message}` } };
  }
  const text = typeof value === 'object' && value !== null ? (value as { text?: unknown }).text : undefined;
  if (typeof text !== 'string') return { origin, issue: { rule: 'input.jsonl-text-missing', message: 'expected an object with a string "text" field' } };
  return { origin, text };
}

/** Every `*.txt` below a folder (recursively), sorted, without gold annotations or READMEs. */
async function listTextFiles(folder: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries: Dirent[] = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.txt') && !/^readme/i.test(entry.name)) out.push(path);
    }
  };
  await walk(folder);
  return out;
}

function isGlob(input: string): boolean {
  return /[*?[\]{}]/.test(input);
}

/** Glob patterns through fast-glob (sorted for a stable order). */
async function expandGlob(pattern: string): Promise<string[]> {
  const { glob } = await import('fast-glob');
  const matches = await glob(pattern, { onlyFiles: true, dot: false });
  return matches.sort();
}
