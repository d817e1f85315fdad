import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { knownStoryCount, planStoryInputs, readStoryStream, splitStoryStream, type StoryInput } from '../../src/ingest/read-story-stream';

async function collect(items: AsyncIterable<StoryInput>): Promise<StoryInput[]> {
  const out: StoryInput[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('splitStoryStream', () => {
  it('splits form-feed separated stories and tells each one the line it starts on', async () => {
    const input = 'Story A\nline a2\n\f\nStory B\n\nline b3\n\f\n\n\f\nStory C\n';
    const stories = await collect(splitStoryStream(Readable.from([input]), '-', 'auto'));
    expect(stories).toEqual([
      { origin: { source: '-', line: 1, index: 0 }, text: 'Story A\nline a2\n' },
      { origin: { source: '-', line: 4, index: 0 }, text: 'Story B\n\nline b3\n' },
      { origin: { source: '-', line: 10, index: 0 }, text: 'Story C\n' },
    ]);
  });

  it('reads JSON Lines when the stream starts with "{", reporting bad lines by number', async () => {
    const input = '\n{"text": "Story A\\nUpdated"}\nnot json\n{"title": "no text"}\n\n{"text": "Story B"}\n';
    const items = await collect(splitStoryStream(Readable.from([input]), 'in.jsonl', 'auto'));
    expect(items).toEqual([
      { origin: { source: 'in.jsonl', line: 2, index: 0 }, text: 'Story A\nUpdated' },
      { origin: { source: 'in.jsonl', line: 3, index: 0 }, issue: { rule: 'input.jsonl-invalid', message: expect.stringContaining('not JSON') } },
      { origin: { source: 'in.jsonl', line: 4, index: 0 }, issue: { rule: 'input.jsonl-text-missing', message: expect.any(String) } },
      { origin: { source: 'in.jsonl', line: 6, index: 0 }, text: 'Story B' },
    ]);
  });

  it('handles chunks that cut lines and CRLF line ends', async () => {
    const stories = await collect(splitStoryStream(Readable.from(['Sto', 'ry A\r\nx\r', '\n\f\r\nStory B']), '-', 'ff'));
    expect(stories.map((s) => ('text' in s ? s.text : s.issue.rule))).toEqual(['Story A\nx\n', 'Story B\n']);
  });
});

describe('planStoryInputs and readStoryStream', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stream-'));
    mkdirSync(join(dir, 'folder', 'nested'), { recursive: true });
    writeFileSync(join(dir, 'folder', 'b.txt'), 'B');
    writeFileSync(join(dir, 'folder', 'a.txt'), 'A');
    writeFileSync(join(dir, 'folder', 'a.gold.json'), '{}');
    writeFileSync(join(dir, 'folder', 'nested', 'c.txt'), 'C');
    writeFileSync(join(dir, 'more.ff'), 'D\n\f\nE\n');
    writeFileSync(join(dir, 'more.jsonl'), '{"text":"F"}\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('expands folders (recursively, sorted), globs and streams in command-line order', async () => {
    const plan = await planStoryInputs([join(dir, 'folder'), join(dir, 'more.*')]);
    expect(knownStoryCount(plan)).toBeNull();
    const items = await collect(readStoryStream(plan));
    expect(items.map((i) => ('text' in i ? i.text.trim() : i.issue.rule))).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(items.map((i) => i.origin.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(items[4]!.origin).toEqual({ source: join(dir, 'more.ff'), line: 3, index: 4 });
  });

  it('counts one-story files up front and fails for a path that does not exist', async () => {
    expect(knownStoryCount(await planStoryInputs([join(dir, 'folder')]))).toBe(3);
    await expect(planStoryInputs([join(dir, 'missing')])).rejects.toThrow('No such file or folder');
    await expect(planStoryInputs([join(dir, '*.nothing')])).rejects.toThrow('No file matches');
  });
});
