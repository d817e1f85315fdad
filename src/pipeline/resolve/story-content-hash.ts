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
  // The lines joined by "\n", built in one string (no intermediate arrays).
  let text = story.titleNorm;
  for (const section of story.sections) for (const s of section.sentences) text += `\n${s.norm}`;
  for (const t of story.timeline) text += `\n${t.norm}`;
  for (const src of story.sources) text += `\n${src.number}|${src.outlet}|${src.title}|${src.description ?? ''}|${src.url ?? ''}`;
  for (const t of story.timeline) text += `\n${t.dateText}`;
  return oneShotHash ? oneShotHash('sha256', text, 'hex') : createHash('sha256').update(text).digest('hex');
}
