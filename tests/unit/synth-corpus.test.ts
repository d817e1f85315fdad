import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseStory } from '../../src/pipeline/parse/parse-story';
import { runPipeline } from '../../src/pipeline/run-pipeline';
import { storyContentHash } from '../../src/pipeline/resolve/story-content-hash';
import { generateStories } from '../../src/synth/generate-stories';
import { writeCorpus } from '../../src/synth/write-corpus';

const digest = (texts: string[]): string => createHash('sha256').update(texts.join('\u0000')).digest('hex');
const texts = (seed: string | number, stories: number): string[] => [...generateStories({ seed, stories })].map((s) => s.text);

describe('synthetic corpus generator', () => {
  it('gives byte-identical stories for the same seed and different ones for another seed', () => {
    expect(digest(texts(42, 200))).toBe(digest(texts('42', 200)));
    expect(digest(texts(42, 200))).not.toBe(digest(texts(43, 200)));
    // A longer run starts with the same stories as a shorter one.
    expect(texts(42, 50)).toEqual(texts(42, 80).slice(0, 50));
  });

  it('writes the same bytes on every run, in each layout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'synth-'));
    try {
      for (const run of ['a', 'b']) {
        await writeCorpus({ stories: 40, seed: 9, layout: 'files', out: join(dir, run) });
        await writeCorpus({ stories: 40, seed: 9, layout: 'ff', out: join(dir, `${run}.ff`) });
        await writeCorpus({ stories: 40, seed: 9, layout: 'jsonl', out: join(dir, `${run}.jsonl`) });
      }
      const files = readdirSync(join(dir, 'a'));
      expect(files).toHaveLength(40);
      expect(files[0]).toBe('story-000001.txt');
      for (const f of files) expect(readFileSync(join(dir, 'b', f))).toEqual(readFileSync(join(dir, 'a', f)));
      expect(readFileSync(join(dir, 'b.ff'))).toEqual(readFileSync(join(dir, 'a.ff')));
      expect(readFileSync(join(dir, 'b.jsonl'))).toEqual(readFileSync(join(dir, 'a.jsonl')));
      const generated = texts(9, 40);
      expect(readFileSync(join(dir, 'a.ff'), 'utf8').split('\f\n')).toEqual(generated);
      expect(readFileSync(join(dir, 'a.jsonl'), 'utf8').trimEnd().split('\n').map((l) => (JSON.parse(l) as { text: string }).text)).toEqual(generated);
      expect(readFileSync(join(dir, 'a', 'story-000007.txt'), 'utf8')).toBe(generated[6]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes digests the parser reads exactly as generated: no errors, no warnings, headlines split where intended', () => {
    const ids = new Set<string>();
    let bytes = 0;
    for (const story of generateStories({ seed: 3, stories: 600 })) {
      const result = parseStory(story.text);
      if (!result.ok) throw new Error(`generated story does not parse: ${JSON.stringify(result.issues)}\n${story.text}`);
      const parsed = result.story;
      expect(parsed.format).toBe('DIGEST');
      expect(parsed.warnings).toEqual([]);
      expect(parsed.title).toBe(story.title);
      expect(parsed.sections.map((s) => s.headline)).toEqual(story.headlines);
      expect(parsed.sources).toHaveLength(story.sourceCount);
      expect(parsed.articleCount).toBe(story.sourceCount);
      expect(story.sourceCount).toBeGreaterThanOrEqual(2);
      expect(story.sourceCount).toBeLessThanOrEqual(6);
      expect(parsed.timeline).toHaveLength(story.timelineCount);
      expect(story.timelineCount).toBeGreaterThanOrEqual(5);
      expect(story.timelineCount).toBeLessThanOrEqual(12);
      for (const entry of parsed.timeline) expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const section of parsed.sections) for (const sentence of section.sentences) expect(sentence.markers.length).toBeGreaterThan(0);
      ids.add(parsed.titleNorm.toLowerCase());
      bytes += Buffer.byteLength(story.text);
    }
    expect(ids.size).toBe(600); // unique titles, hence unique story ids
    expect(bytes / 600).toBeGreaterThan(3500);
    expect(bytes / 600).toBeLessThan(7000);
  });

  it('reuses entities with a long-tailed frequency', () => {
    const counts = new Map<string, number>();
    for (const story of generateStories({ seed: 11, stories: 1000 })) {
      const result = runPipeline(story.text);
      if (!result.ok) throw new Error('generated story does not parse');
      for (const e of result.graph.entities) if (e.type === 'PERSON') counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
    }
    const frequencies = [...counts.values()].sort((a, b) => b - a);
    expect(frequencies[0]).toBeGreaterThan(50); // a few names recur in many stories
    expect(frequencies.filter((n) => n === 1).length).toBeGreaterThan(frequencies.length / 4); // and many appear once
  });
});

describe('storyContentHash', () => {
  it('is the content hash the resolve stage writes on StoryRow', () => {
    const fixtures = join(__dirname, '..', 'fixtures', 'dev');
    const samples = [
      ...readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(fixtures, f), 'utf8')),
      ...texts(5, 20),
    ];
    for (const text of samples) {
      const parsed = parseStory(text);
      const full = runPipeline(text);
      if (!parsed.ok || !full.ok) throw new Error('sample does not parse');
      expect(storyContentHash(parsed.story)).toBe(full.graph.story.contentHash);
    }
  });
});
