import * as modnode_crypto from 'node:crypto';
import type { ParsedStory } from '../../domain/parsed-story';
// Imported bindings read once: the CommonJS transform turns every use into a getter call.
const { createHash } = modnode_crypto;
/**
 * One-shot `crypto.hash` (Node >= 20.12): no Hash object (its JS constructor, option checks and
 * algorithm cache cost more than hashing a story's few kilobytes). Same digest as the fallback.
 */
const oneShotHash: ((algorithm: string, data: string, encoding: 'hex') => string) | undefined =
  typeof modnode_crypto.hash === 'function' ? modnode_crypto.hash : undefined;

/**
 * `StoryRow.contentHash`: sha256 over what the graph keeps of a story — normalized title,
 * claim texts (summary or body sentences, then timeline entries, in order), sources and
 * timeline dates. A function of the parsed story alone, so bulk ingest can compute it right
 * after parsing and skip a story already in the graph before paying for extraction.
 */
export function storyContentHash(story: ParsedStory): string {
  // The lines joined by "\n" in one `join`: a flat string, where `+=` built a chain of cons strings
  // that the hash then had to flatten (a second copy of the whole text).
  const lines: string[] = [story.titleNorm];
  for (const section of story.sections) for (const s of section.sentences) lines.push(s.norm);
  for (const t of story.timeline) lines.push(t.norm);
  for (const src of story.sources) lines.push(`${src.number}|${src.outlet}|${src.title}|${src.description ?? ''}|${src.url ?? ''}`);
  for (const t of story.timeline) lines.push(t.dateText);
  const text = lines.join('\n');
  return oneShotHash ? oneShotHash('sha256', text, 'hex') : createHash('sha256').update(text).digest('hex');
}
