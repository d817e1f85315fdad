/**
 * Agreement knowledge: head words of named agreements ("… Partnership Agreement",
 * "One-China policy"), lower-case agreement nouns ("nuclear deal", "blocking statute"),
 * memoranda with counts ("14 MoUs") and number words.
 */

/** Capitalized head words that make a capitalized phrase an Agreement. */
export const AGREEMENT_SUFFIXES: ReadonlySet<string> = new Set([
  'Agreement', 'Agreements', 'Treaty', 'Accord', 'Accords', 'Pact', 'Protocol', 'Convention', 'Charter', 'Declaration',
  'Partnership', 'Plan', 'Policy', 'Act', 'Deal', 'Framework', 'Resolution', 'Memorandum', 'Compact', 'Initiative',
  'Statute', 'Doctrine', 'Ceasefire', 'Truce', 'Armistice', 'Consensus', 'Directive', 'Regulation', 'Package',
]);

/** Capitalized head words that need a qualifier to be an agreement ("One-China policy": lower-case head). */
export const LOWERCASE_NAMED_HEADS: ReadonlySet<string> = new Set(['policy', 'agreement', 'treaty', 'accord', 'protocol', 'plan', 'doctrine', 'deal', 'pact']);

/** Lower-case agreement heads; with a distinctive modifier they form an agreement mention. */
export const GENERIC_AGREEMENT_HEADS: ReadonlySet<string> = new Set([
  'deal', 'pact', 'agreement', 'treaty', 'accord', 'statute', 'protocol', 'declaration', 'ceasefire', 'truce', 'stocktake',
  'armistice', 'convention', 'memorandum', 'communique', 'framework',
]);

/** Modifiers that carry no identity ("the new deal", "a landmark pact"). */
export const NON_DISTINCTIVE_MODIFIERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'new', 'landmark', 'historic', 'updated', 'final',
  'proposed', 'draft', 'political', 'formal', 'same', 'whole', 'entire', 'broader', 'wider', 'big', 'major', 'key', 'tentative',
  'preliminary', 'first', 'second', 'interim', 'overall', 'such', 'any', 'no', 'each', 'every', 'one', 'separate', 'latest',
  'eventual', 'possible', 'potential', 'planned', 'long-awaited', 'controversial', 'giant', 'huge', 'largest', "world's",
  'signed', 'binding', 'legally', 'earlier', 'previous', 'current', 'existing', 'original', 'initial', 'agreed', 'so-called',
]);

/** Modifiers that make a lower-case agreement noun distinctive ("nuclear deal", "joint declaration"). */
export const DISTINCTIVE_MODIFIERS: ReadonlySet<string> = new Set([
  'nuclear', 'blocking', 'joint', 'peace', 'ceasefire', 'global', 'climate', 'arms', 'grain', 'security', 'defense', 'defence',
  'investment', 'fisheries', 'border', 'bilateral', 'prisoner', 'hostage', 'gas', 'oil', 'energy', 'migration', 'tax',
]);

/** Lower-case words between modifier and head that do not break the phrase ("free trade deal"). */
export const AGREEMENT_INNER_WORDS: ReadonlySet<string> = new Set(['free', 'trade', 'economic', 'partnership', 'cooperation', 'association', 'partnership']);

/** Agreement nouns that are the same agreement as the story's main named agreement when unqualified. */
export const COREFERENT_AGREEMENT_NOUNS: ReadonlySet<string> = new Set(['agreement', 'deal', 'pact', 'accord', 'treaty', 'trade deal', 'trade pact', 'free trade deal', 'free trade agreement', 'trade agreement']);

export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, dozen: 12, 'a dozen': 12,
};

/** "14 MoUs", "Fourteen memorandums of understanding", "three memoranda of understanding". */
export const MOU_PATTERN = /\b(\d+|[A-Za-z]+(?:-[a-z]+)?)\s+(?:MoUs|MOUs|memorand(?:a|ums) of understanding)\b/g;

/** Topics after "covering"/"on" in an agreement mention ("covering trade, technology, environment and other sectors"). */
export const TOPIC_PATTERN = /^\s*(?:covering|on|in the (?:fields|areas) of|in|for)\s+((?:[a-z][a-z -]*?)(?:,\s*[a-z][a-z -]*?)*(?:,?\s+and\s+[a-z][a-z -]*?)?)(?=[,.;]|\s+(?:and other|to|that|which|while|as)\b|$)/;
