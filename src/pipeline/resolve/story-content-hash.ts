import * as modnode_crypto from 'node:crypto';
import type { ParsedStory } from '../../domain/parsed-story';
// Imported bindings read once: the CommonJS transform turns every use into a getter call.
const { createHash } = modnode_crypto;

/**
 * `StoryRow.contentHash`: sha256 over what the graph keeps of a story — normalized title,
 * claim texts (summary or body sentences, then timeline entries, in order), sources and
 * timeline dates. A function of the parsed story alone, so bulk ingest can compute it right
 * after parsing and skip a story already in the graph before paying for extraction.
 */
export function storyContentHash(story: ParsedStory): string {
  const claimNorms = [...story.sections.flatMap((section) => section.sentences.map((s) => s.norm)), ...story.timeline.map((t) => t.norm)];
  const text = [
    story.titleNorm,
    ...claimNorms,
    ...story.sources.map((src) => `${src.number}|${src.outlet}|${src.title}|${src.description ?? ''}|${src.url ?? ''}`),
    ...story.timeline.map((t) => `${t.dateText}`),
  ].join('\n');
  return createHash('sha256').update(text).digest('hex');
}
