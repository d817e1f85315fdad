import type { Random } from './create-random';
import type { SynthAgreement, SynthCountry, SynthOrganization, SynthPerson, SynthPlace, SynthWorld } from './create-synth-world';

/** One generated digest: its text as written to disk, with what the generator meant (for tests). */
export interface SynthStory {
  text: string;
  title: string;
  /** Headline of each summary paragraph, in order. */
  headlines: string[];
  sourceCount: number;
  timelineCount: number;
}

type Theme = 'summit' | 'trade' | 'climate' | 'security' | 'sanctions' | 'health' | 'business';
const THEMES: readonly Theme[] = ['summit', 'trade', 'climate', 'security', 'sanctions', 'health', 'business'];

const TOPICS: Record<Theme, readonly string[]> = {
  summit: ['regional security', 'economic cooperation', 'bilateral trade', 'supply chain resilience', 'maritime security', 'infrastructure investment'],
  trade: ['tariffs', 'semiconductor exports', 'agricultural trade', 'investment screening', 'critical minerals', 'steel quotas'],
  climate: ['emissions targets', 'climate finance', 'renewable energy', 'coal phase\u2011out', 'methane cuts', 'forest protection'],
  security: ['missile defense', 'border security', 'arms control', 'cyber defense', 'naval patrols', 'troop deployments'],
  sanctions: ['sanctions relief', 'export controls', 'oil sanctions', 'financial sanctions', 'asset freezes'],
  health: ['vaccine supply', 'pandemic preparedness', 'health funding', 'drug pricing', 'hospital capacity'],
  business: ['battery production', 'chip manufacturing', 'airline routes', 'a proposed merger', 'data centre expansion'],
};
const MEETINGS: Record<Theme, readonly string[]> = {
  summit: ['summit', 'talks', 'state visit'],
  trade: ['trade talks', 'negotiations', 'ministerial meeting'],
  climate: ['climate talks', 'conference', 'ministerial meeting'],
  security: ['security talks', 'defense dialogue', 'strategic dialogue'],
  sanctions: ['negotiations', 'talks', 'consultations'],
  health: ['health forum', 'ministerial meeting', 'talks'],
  business: ['investment forum', 'business summit', 'talks'],
};
const TITLE_VERBS = ['Agree on', 'Clash Over', 'Push', 'Weigh', 'Back', 'Reset', 'Revive', 'Deepen', 'Seek Deal on', 'Pledge Action on'];
const TITLE_NOUNS = ['Roadmap', 'Measures', 'Framework', 'Plan', 'Cooperation', 'Commitments', 'Deal', 'Talks'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;
const START = Date.UTC(2016, 0, 1);
const SPAN_DAYS = 3800;

/** Everything a template may refer to. */
interface Cast {
  theme: Theme;
  a: SynthPerson;
  b: SynthPerson;
  c: SynthPerson;
  x: SynthCountry;
  y: SynthCountry;
  org: SynthOrganization;
  place: SynthPlace;
  agreement: SynthAgreement;
  topic: string;
  topic2: string;
  meeting: string;
  outlets: string[];
  n: number;
}

type Template = (k: Cast, r: Random) => string;

/** Headlines: sentence case, ending in a lower-case word, names only after words that cannot end a headline. */
const HEADLINES: readonly Template[] = [
  (k) => `Leaders of ${k.x.name} and ${k.y.name} agree on ${k.topic} roadmap`,
  (k) => `${k.a.last} and ${k.b.last} pledge deeper ${k.topic} ties`,
  (k) => `Talks on ${k.topic} stall as positions harden`,
  (k) => `Pressure mounts on ${k.a.last} over ${k.topic} plans`,
  (k) => `Meeting in ${k.place.name} ends with ${k.n} new commitments`,
  (k) => `Officials from ${k.org.name} weigh response to ${k.topic} dispute`,
  (k) => `Critics in ${k.y.name} question the pace of change`,
  (k) => `Follow\u2011up talks set for later this year`,
  (k) => `Both sides reaffirm the ${k.agreement.name} as the basis for talks`,
  (k) => `Markets watch ${k.topic2} closely`,
  (k) => `Regional partners react with caution`,
  (k) => `Hopes rise for a breakthrough on ${k.topic}`,
];

/**
 * First sentences. The parser finds where a headline ends by scoring capitalized words as
 * sentence starts, so each opening either starts with a closed-class opener ("After", "The")
 * and keeps titled names out of subject position, or starts with a "[demonym] Title Name verb"
 * subject the parser recognizes (only used when {@link opensWithTitle} holds).
 */
const OPENING_SENTENCES: readonly Template[] = [
  (k) => `After ${k.n} hours of talks in ${k.place.name}, officials said the two sides had agreed to expand cooperation on ${k.topic}`,
  (k) => `Amid growing pressure at home, ${k.a.last} met ${k.b.last} in ${k.place.name} to discuss ${k.topic} and the wider agenda of the ${k.meeting}`,
  (k) => `During a visit to ${k.place.name}, ${k.b.last} outlined plans for a joint framework on ${k.topic} with ${k.x.name}`,
  (k) => `The ${k.meeting} brought together ${titled(k.a)} and ${titled(k.b)}, who pledged to keep channels open on ${k.topic}`,
  (k) => `Both governments described the ${k.meeting} as constructive, and officials in ${k.x.capital} said follow\u2011up meetings would begin within weeks`,
  (k) => `In a statement issued in ${k.y.capital}, the government said it was ready to compromise on ${k.topic2}`,
  (k) => `The ${k.agreement.name} featured prominently, with both delegations describing it as the basis for further cooperation`,
  (k) => `It was the first meeting between ${k.a.last} and ${k.b.last} since the dispute over ${k.topic2} escalated`,
];
const TITLED_OPENINGS: readonly Template[] = [
  (k) => `${titled(k.a)} announced that ${k.x.name} would commit ${k.n} billion dollars to ${k.topic} over the next five years`,
  (k) => `${titled(k.a)} warned that failure to agree on ${k.topic} would carry real costs for the wider region`,
  (k) => `${titled(k.a)} said the talks with ${k.b.last} had produced \u201cconcrete results\u201d on ${k.topic}`,
];
/** Demonyms the parser takes as title modifiers ("Canadian", "Chinese", "Irish", "Dutch", "Iraqi"). */
const PARSER_DEMONYM = /(?:an|ese|ish|ch|li|ni|qi|di)$/;
/** Titles whose first word the parser knows as a title. */
const PARSER_TITLES = new Set(['President', 'Prime Minister', 'Foreign Minister', 'Finance Minister', 'Defense Minister', 'Trade Minister', 'Ambassador']);

/** True when "[demonym] Title Name" at a paragraph start is read as a sentence subject. */
function opensWithTitle(p: SynthPerson): boolean {
  return 'country' in p.of && PARSER_DEMONYM.test(p.of.country.demonym) && !p.of.country.demonym.includes(' ') && PARSER_TITLES.has(p.title);
}

const FOLLOW_SENTENCES: readonly Template[] = [
  (k) => `${k.a.last} said ${k.x.name} would press ahead with its plans on ${k.topic} regardless of the outcome`,
  (k) => `${k.b.last} warned that delays on ${k.topic2} would damage confidence between the two governments`,
  (k) => `Officials from ${k.org.name} welcomed the outcome and called for a clear timetable for implementation`,
  (k) => `The talks also touched on ${k.topic2}, an issue that has strained relations between ${k.x.name} and ${k.y.name}`,
  (k) => `${titled(k.c)} called the outcome \u201ca step in the right direction\u201d in comments to reporters`,
  (k) => `Analysts noted that the ${k.agreement.name} remains the reference point for cooperation in the region`,
  (k) => `Critics in ${k.y.name} argued that the plan offered few concrete guarantees on ${k.topic}`,
  (k) => `The meeting followed months of high\u2011level contacts between ${k.x.capital} and ${k.y.capital}`,
  (k) => `${k.org.name} said it would monitor the implementation of the commitments closely`,
  (k) => `Business groups in ${k.x.name} said the ${k.n} measures could lift investment within two years`,
  (k) => `Opposition lawmakers demanded that the government publish the full text of the commitments`,
  (k) => `${k.a.last}\u2019s office said further details would be released after consultations with ${k.org.name}`,
  (k) => `Neither side gave a date for the next round, but diplomats said contacts would continue at working level`,
  (k) => `The agenda also covered ${k.topic2} and the situation in ${k.place.name}`,
];

const TIMELINE_ENTRIES: readonly Template[] = [
  (k) => `${titled(k.a)} arrives in ${k.place.name} for talks with ${titled(k.b)} on ${k.topic}.`,
  (k) => `${k.x.name} and ${k.y.name} sign the ${k.agreement.name}, committing both sides to closer cooperation on ${k.topic}.`,
  (k) => `${titled(k.b)} tells ${k.outlets[0]} in an interview that ${k.y.name} is ready to compromise on ${k.topic2}.`,
  (k) => `${k.org.name} publishes a report warning that the dispute over ${k.topic} could slow regional growth.`,
  (k) => `Leaders open a two\u2011day summit in ${k.place.name} focused on ${k.topic} and regional security.`,
  (k) => `${k.y.name} announces new sanctions on ${k.n} companies linked to the dispute over ${k.topic}.`,
  (k) => `Voters in ${k.x.name} go to the polls in parliamentary elections seen as a test for ${k.a.last}.`,
  (k, r) => `A magnitude ${r.int(5, 7)}.${r.int(0, 9)} earthquake strikes near ${k.place.name}, prompting ${k.x.name} to request international aid.`,
  (k) => `${k.x.name} ratifies the ${k.agreement.name} after a vote in parliament.`,
  (k) => `${titled(k.a)} and ${titled(k.b)} hold a joint press conference in ${k.place.name}, pledging to meet again before the end of the year.`,
  (k) => `${k.org.name} welcomes the outcome of the talks and offers technical support for implementation.`,
  (k) => `${k.a.last} says ${k.x.name} will host the next round of talks on ${k.topic} in ${k.x.capital}.`,
  (k) => `${titled(k.c)} meets ${k.b.last} to discuss ${k.topic2} on the sidelines of the ${k.meeting}.`,
  (k) => `${k.y.name} launches a series of ballistic missiles, raising tension ahead of the ${k.meeting} with ${k.x.name}.`,
  (k) => `${titled(k.b)} is sworn in for a second term, promising continuity on ${k.topic}.`,
  (k) => `${k.x.name} suspends imports of ${k.n} products from ${k.y.name}, citing concerns over ${k.topic2}.`,
];

/** Second sentences some timeline entries carry, as in the bundled samples. */
const TIMELINE_TAILS: readonly Template[] = [
  (k) => `The move underscores the urgency of the talks on ${k.topic}.`,
  (k) => `Officials in ${k.y.capital} describe the step as overdue.`,
  (k) => `It marks the formal start of a new phase in relations between ${k.x.name} and ${k.y.name}.`,
  (k) => `Diplomats say the decision could shape the outcome of the ${k.meeting}.`,
  (k) => `The announcement draws a cautious response from ${k.org.name}.`,
];

const SOURCE_TITLES: readonly Template[] = [
  (k) => `${k.a.first} ${k.a.last} seeks progress on ${k.topic} at ${k.place.name} talks`,
  (k) => `${k.x.name} and ${k.y.name} agree to deepen cooperation on ${k.topic}`,
  (k) => `${k.b.last} warns of costs if ${k.topic2} talks fail`,
  (k) => `What the ${k.agreement.name} means for ${k.y.name}`,
  (k) => `${k.org.name} urges swift follow\u2011up after ${k.meeting}`,
  (k) => `Inside the ${k.meeting}: ${k.n} takeaways on ${k.topic}`,
];
const SOURCE_DESCRIPTIONS: readonly Template[] = [
  (k) => `Covers ${k.a.last}\u2019s remarks on ${k.topic}, the role of ${k.org.name}, and reactions in ${k.y.name}`,
  (k) => `Details the commitments made in ${k.place.name}, the ${k.n} measures announced, and the timetable for follow\u2011up talks`,
  (k) => `Focuses on ${k.b.last}\u2019s position on ${k.topic2}, criticism from opposition lawmakers, and the outlook for the ${k.agreement.name}`,
  (k) => `Explains the background to the dispute over ${k.topic}, the positions of ${k.x.name} and ${k.y.name}, and what comes next`,
];

/**
 * Renders story number `index` of a corpus as digest text in the format of the bundled
 * samples: title; "Updated (N articles)"; summary paragraphs (headline running straight into
 * the first sentence, sentences ending in [n] markers); "Sources (N articles)" with "-", "[n]",
 * "Outlet: title – description ." groups; "Timeline" with "Mon D YYYY – text. [n]" entries.
 * `isTitleTaken` lets the caller keep titles (hence story ids) unique across the corpus.
 */
export function renderStory(world: SynthWorld, random: Random, isTitleTaken: (title: string) => boolean): SynthStory {
  const cast = castStory(world, random);
  const title = uniqueTitle(cast, random, isTitleTaken);
  const sourceCount = random.int(2, 6);
  const cite = createCiter(random, sourceCount);

  const paragraphCount = random.int(3, 5);
  const headlines = random.sample(HEADLINES, paragraphCount).map((t) => capitalize(t(cast, random)));
  const openings = random.sample(opensWithTitle(cast.a) ? [...OPENING_SENTENCES, ...TITLED_OPENINGS] : OPENING_SENTENCES, paragraphCount);
  const paragraphs = headlines.map((headline, i) => {
    const follow = random.sample(FOLLOW_SENTENCES, random.int(2, 5)).map((t) => `${capitalize(t(cast, random))} ${cite()}.`);
    const opening = `${openings[i]!(cast, random)} ${cite()}.`;
    return [headline, opening, ...follow].join(' ');
  });

  const titleOffset = random.int(0, SOURCE_TITLES.length - 1);
  const descriptionOffset = random.int(0, SOURCE_DESCRIPTIONS.length - 1);
  const sources = Array.from({ length: sourceCount }, (_, i) => {
    const outlet = cast.outlets[i % cast.outlets.length]!;
    const sourceTitle = SOURCE_TITLES[(titleOffset + i) % SOURCE_TITLES.length]!(cast, random);
    const description = SOURCE_DESCRIPTIONS[(descriptionOffset + i) % SOURCE_DESCRIPTIONS.length]!(cast, random);
    return ['-', `[${i + 1}]`, `${outlet}: ${sourceTitle} \u2013 ${description} .`].join('\n');
  });

  const timelineCount = random.int(5, 12);
  let day = Math.floor(random.next() * SPAN_DAYS);
  const timeline = Array.from({ length: timelineCount }, () => {
    day += random.chance(0.3) ? 0 : random.int(1, 12);
    const main = capitalize(random.pick(TIMELINE_ENTRIES)(cast, random));
    const entry = random.chance(0.45) ? `${main} ${random.pick(TIMELINE_TAILS)(cast, random)}` : main;
    return `${formatDate(day)} \u2013 ${entry} ${cite()}`;
  });

  const text = [
    title,
    `Updated (${sourceCount} articles)`,
    ...paragraphs,
    `Sources (${sourceCount} articles)`,
    ...sources,
    'Timeline',
    ...timeline,
  ].join('\n');
  return { text: `${text}\n`, title, headlines, sourceCount, timelineCount };
}

function castStory(world: SynthWorld, random: Random): Cast {
  const theme = random.pick(THEMES);
  const a = world.pickPerson(random);
  let b = world.pickPerson(random);
  for (let tries = 0; b === a && tries < 10; tries += 1) b = world.pickPerson(random);
  // The third person often comes from the first person's government.
  const colleagues = world.peopleOf(a.country).filter((p) => p !== a && p !== b);
  let c = colleagues.length > 0 && random.chance(0.4) ? random.pick(colleagues) : world.pickPerson(random);
  for (let tries = 0; (c === a || c === b) && tries < 10; tries += 1) c = world.pickPerson(random);
  const x = a.country;
  let y = b.country;
  for (let tries = 0; y === x && tries < 10; tries += 1) y = world.pickCountry(random);
  const topics = random.sample(TOPICS[theme], 2);
  const outlets: string[] = [];
  while (outlets.length < 3) {
    const outlet = world.pickOutlet(random);
    if (!outlets.includes(outlet)) outlets.push(outlet);
  }
  return {
    theme,
    a,
    b,
    c,
    x,
    y,
    org: world.pickOrganization(random),
    place: random.chance(0.5) ? { name: x.capital, country: x } : world.pickPlace(random),
    agreement: world.pickAgreement(random),
    topic: topics[0]!,
    topic2: topics[1] ?? topics[0]!,
    meeting: random.pick(MEETINGS[theme]),
    outlets,
    n: random.int(2, 40),
  };
}

function uniqueTitle(k: Cast, random: Random, isTitleTaken: (title: string) => boolean): string {
  const candidates = (): string => {
    const verb = random.pick(TITLE_VERBS);
    const noun = random.pick(TITLE_NOUNS);
    const topic = titleCase(random.chance(0.5) ? k.topic : k.topic2);
    switch (random.int(0, 3)) {
      case 0:
        return `${k.a.last} and ${k.b.last} ${verb} ${topic} ${noun} in ${k.place.name}`;
      case 1:
        return `${k.x.name} and ${k.y.name} ${verb} ${topic} ${noun} at ${k.place.name} ${titleCase(k.meeting)}`;
      case 2:
        return `${k.a.last} Presses ${k.b.last} on ${topic} as ${k.org.name} Urges Restraint`;
      default:
        return `${k.n} ${noun} on ${topic}: ${k.x.name} and ${k.y.name} ${verb} ${k.agreement.name}`;
    }
  };
  for (let tries = 0; tries < 20; tries += 1) {
    const title = candidates();
    if (!isTitleTaken(title)) return title;
  }
  // Past the combinations, a distinguishing round number keeps the id unique.
  for (let round = 2; ; round += 1) {
    const title = `${candidates()}, Round ${round}`;
    if (!isTitleTaken(title)) return title;
  }
}

/** Marker groups that cite every source at least once: sources 1..n first, then at random. */
function createCiter(random: Random, sourceCount: number): () => string {
  let next = 1;
  return () => {
    const numbers = new Set<number>();
    if (next <= sourceCount) numbers.add(next++);
    else numbers.add(random.int(1, sourceCount));
    if (sourceCount > 1 && random.chance(0.35)) numbers.add(random.int(1, sourceCount));
    return [...numbers].map((n) => `[${n}]`).join('');
  };
}

/** "South Korean President Lee Jae Myung", "Velmora Holdings CEO Karo Velintu". */
function titled(p: SynthPerson): string {
  const office = 'country' in p.of ? p.of.country.demonym : p.of.organization.name;
  return `${office} ${p.title} ${p.first} ${p.last}`;
}

function formatDate(dayOffset: number): string {
  const date = new Date(START + dayOffset * DAY_MS);
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} ${date.getUTCFullYear()}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function titleCase(text: string): string {
  return text.replace(/(^|[\s\u2011-])([a-z])/g, (_, space: string, ch: string) => space + ch.toUpperCase());
}
