import { slugify } from '../domain/normalize';
import { createRandom, deriveSeed } from './create-random';
import { createSynthWorld, type SynthWorldOptions } from './create-synth-world';
import { renderStory, type SynthStory } from './render-story';

export interface GenerateStoriesOptions extends SynthWorldOptions {
  stories: number;
  seed: string | number;
}

/**
 * Lazily yields `stories` digests for a seed: same seed and count, same stories, byte for
 * byte. Story `i` draws from its own seeded stream; only the set of title slugs (to keep
 * story ids unique) grows with the corpus, never the stories themselves.
 */
export function* generateStories(options: GenerateStoriesOptions): Generator<SynthStory> {
  const world = createSynthWorld(options.seed, options);
  const taken = new Set<string>();
  const isTitleTaken = (title: string): boolean => taken.has(slugify(title));
  for (let i = 0; i < options.stories; i += 1) {
    const story = renderStory(world, createRandom(deriveSeed(options.seed, `story/${i}`)), isTitleTaken);
    taken.add(slugify(story.title));
    yield story;
  }
}
