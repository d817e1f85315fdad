import { COUNTRIES, type CountryInfo } from '../pipeline/extract/lexicon/countries';
import { KNOWN_ORGANIZATIONS } from '../pipeline/extract/lexicon/organizations';
import { SURNAME_FIRST } from '../pipeline/extract/lexicon/titles';
import { createRandom, deriveSeed, type Random } from './create-random';
import { createZipf } from './create-zipf';

/** A country as the generator writes about it. */
export interface SynthCountry {
  code: string;
  name: string;
  /** Adjective form ("Canadian"); the country name itself when the gazetteer has none. */
  demonym: string;
  capital: string;
}

export interface SynthOrganization {
  name: string;
  kind: 'international' | 'company';
  /** Home country (companies), null for international bodies. */
  country: SynthCountry | null;
}

export interface SynthPerson {
  first: string;
  last: string;
  /** "President", "Foreign Minister", "CEO"... */
  title: string;
  /** Whose office it is: a country (government roles) or an organization. */
  of: { country: SynthCountry } | { organization: SynthOrganization };
  /** The country the person is from (for organizations: the company's or a random one). */
  country: SynthCountry;
}

export interface SynthPlace {
  name: string;
  country: SynthCountry;
}

export interface SynthAgreement {
  name: string;
  parties: SynthCountry[];
}

/**
 * The cast the corpus draws on: a few thousand people, every country of the project's
 * gazetteer, organizations, places, agreements and news outlets. Each list is ordered by
 * popularity, and stories pick from it with a Zipf-like law (`pickX(random)`), so a few
 * names recur in thousands of stories and most appear in a handful.
 */
export interface SynthWorld {
  countries: SynthCountry[];
  people: SynthPerson[];
  organizations: SynthOrganization[];
  places: SynthPlace[];
  agreements: SynthAgreement[];
  outlets: string[];
  pickCountry(random: Random): SynthCountry;
  pickPerson(random: Random): SynthPerson;
  pickOrganization(random: Random): SynthOrganization;
  pickPlace(random: Random): SynthPlace;
  pickAgreement(random: Random): SynthAgreement;
  pickOutlet(random: Random): string;
  /** People holding office in a country (for casting its officials). */
  peopleOf(country: SynthCountry): SynthPerson[];
}

export interface SynthWorldOptions {
  /** Default 3000. */
  people?: number;
}

/** Countries written about most, in order; the rest follow in a seeded order. */
const PROMINENT = ['USA', 'CHN', 'RUS', 'GBR', 'FRA', 'DEU', 'JPN', 'IND', 'KOR', 'UKR', 'ISR', 'IRN', 'TUR', 'BRA', 'CAN', 'AUS', 'SAU', 'PRK', 'ITA', 'MEX'];

const FIRST_START = ['Al', 'Ar', 'Be', 'Ca', 'Da', 'El', 'Fe', 'Ga', 'Ha', 'Is', 'Ja', 'Ka', 'La', 'Ma', 'Na', 'Ol', 'Pa', 'Ra', 'Sa', 'Ta', 'Va', 'Yu', 'Za', 'Mi', 'Lu', 'Te', 'Ro', 'So', 'Ve', 'Ni', 'Ki', 'Do'];
const FIRST_END = ['lan', 'ra', 'na', 'rin', 'mir', 'der', 'ko', 'lia', 'ssa', 'ven', 'tor', 'lo', 'mon', 'via', 'rek', 'ta', 'nes', 'dra', 'lin', 'ro', 'sha', 'tan', 'ria', 'rus'];
const LAST_START = ['Ab', 'Bal', 'Cor', 'Dal', 'Esk', 'Fen', 'Gar', 'Hol', 'Ivr', 'Jor', 'Kel', 'Lor', 'Mar', 'Nor', 'Orv', 'Pel', 'Quar', 'Ros', 'Sel', 'Tor', 'Ul', 'Var', 'Wen', 'Yor', 'Zel', 'Bran', 'Cas', 'Dov', 'Hal', 'Mel', 'Tam', 'Vel'];
const LAST_MIDDLE = ['', 'a', 'e', 'i', 'o', 'u', 'en', 'ar', 'ov', 'el', 'in', 'an'];
const LAST_END = ['son', 'ova', 'ez', 'ski', 'ani', 'elli', 'ura', 'ek', 'berg', 'stad', 'ides', 'escu', 'ovic', 'aki', 'ton', 'ley', 'mann', 'ard', 'ino', 'ay'];
const COINED_START = ['Vel', 'Tar', 'Mor', 'Zen', 'Kal', 'Bri', 'Quen', 'Dra', 'Lum', 'Sol', 'Nex', 'Ori', 'Pax', 'Cyr', 'Hel', 'Ast'];
const COINED_MIDDLE = ['', 'a', 'i', 'o', 'en', 'ar'];
const COINED_END = ['mora', 'sun', 'tek', 'vita', 'dane', 'lux', 'aris', 'onix', 'ora', 'ex', 'ium', 'elle'];

const GOVERNMENT_TITLES = ['Foreign Minister', 'Finance Minister', 'Defense Minister', 'Trade Minister', 'Energy Minister', 'Health Minister', 'Ambassador'];
const COMPANY_SUFFIXES = ['Holdings', 'Group', 'Industries', 'Motors', 'Airlines', 'Technologies', 'Systems', 'Bank', 'Energy Group'];
const PLACE_SUFFIXES = ['Province', 'Air Base', 'Square', 'Bay', 'Valley', 'Region', 'Port', 'Stadium', 'Palace'];
const AGREEMENT_FORMS: ReadonlyArray<(a: string, b: string) => string> = [
  (a) => `${a} Accord`,
  (a) => `${a} Declaration`,
  (a) => `${a} Climate Pact`,
  (a) => `${a} Framework Agreement`,
  (a) => `${a} Protocol`,
  (a, b) => `${a}-${b} Partnership Agreement`,
  (a, b) => `${a}-${b} Free Trade Agreement`,
];

/** Builds the world for a seed: same seed, same world. Takes a few milliseconds. */
export function createSynthWorld(seed: string | number, options: SynthWorldOptions = {}): SynthWorld {
  const random = createRandom(deriveSeed(seed, 'world'));
  const reserved = reservedWords();

  const countries = orderCountries(random);
  const organizations = createOrganizations(random, countries, reserved);
  const people = createPeople(random, countries, organizations, options.people ?? 3000, reserved);
  const places = createPlaces(random, countries, reserved);
  const agreements = createAgreements(random, countries, places, reserved);
  const outlets = [
    ...KNOWN_ORGANIZATIONS.filter((o) => o.kind === 'Outlet').map((o) => o.name),
    ...Array.from(new Set(Array.from({ length: 40 }, () => `${coined(random)} ${random.pick(['Times', 'Post', 'News', 'Television', 'Herald', 'Tribune'])}`))),
  ];

  const byCountry = new Map<string, SynthPerson[]>();
  for (const person of people) {
    if ('country' in person.of) {
      const list = byCountry.get(person.of.country.code) ?? [];
      list.push(person);
      byCountry.set(person.of.country.code, list);
    }
  }
  const zipf = <T>(items: T[], exponent: number): ((r: Random) => T) => {
    const draw = createZipf(items.length, exponent);
    return (r) => items[draw(r)] as T;
  };
  return {
    countries,
    people,
    organizations,
    places,
    agreements,
    outlets,
    pickCountry: zipf(countries, 1),
    pickPerson: zipf(people, 1),
    pickOrganization: zipf(organizations, 1),
    pickPlace: zipf(places, 0.9),
    pickAgreement: zipf(agreements, 1),
    pickOutlet: zipf(outlets, 0.8),
    peopleOf: (country) => byCountry.get(country.code) ?? [],
  };
}

function orderCountries(random: Random): SynthCountry[] {
  const demonyms = new Map<string, string>();
  for (const [demonym, info] of COUNTRIES.byDemonym) {
    // The first adjective-looking demonym per country ("Canadian", not "Canadians").
    if (!demonyms.has(info.code) && !/s$/.test(demonym) && /^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(demonym)) demonyms.set(info.code, demonym);
  }
  const all = [...COUNTRIES.byCode.values()]
    .filter((info) => /^[A-Z][A-Za-z ]+$/.test(info.name) && info.capitals.some(isPlainName))
    .map((info: CountryInfo): SynthCountry => ({
      code: info.code,
      name: info.name,
      demonym: demonyms.get(info.code) ?? info.name,
      capital: info.capitals.find(isPlainName) ?? info.name,
    }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  const prominent = PROMINENT.map((code) => all.find((c) => c.code === code)).filter((c): c is SynthCountry => c !== undefined);
  const rest = random.sample(
    all.filter((c) => !PROMINENT.includes(c.code)),
    all.length,
  );
  return [...prominent, ...rest];
}

function createOrganizations(random: Random, countries: SynthCountry[], reserved: Set<string>): SynthOrganization[] {
  const international = KNOWN_ORGANIZATIONS.filter((o) => o.kind !== 'Outlet' && !o.generic && o.name !== 'Hamas' && o.name !== 'Hezbollah' && o.name !== 'Taliban').map(
    (o): SynthOrganization => ({ name: o.name, kind: 'international', country: null }),
  );
  const companies: SynthOrganization[] = [];
  const seen = new Set<string>();
  while (companies.length < 300) {
    const stem = coined(random);
    if (seen.has(stem) || reserved.has(stem)) continue;
    seen.add(stem);
    companies.push({ name: `${stem} ${random.pick(COMPANY_SUFFIXES)}`, kind: 'company', country: countries[Math.min(countries.length - 1, Math.floor(Math.pow(random.next(), 2) * countries.length))] ?? null });
  }
  // International bodies are mentioned most, then companies in seeded order.
  return [...international, ...companies];
}

function createPeople(random: Random, countries: SynthCountry[], organizations: SynthOrganization[], count: number, reserved: Set<string>): SynthPerson[] {
  const surnames = new Set<string>();
  const newSurname = (): string => {
    for (;;) {
      const name = random.pick(LAST_START) + random.pick(LAST_MIDDLE) + random.pick(LAST_END);
      if (!surnames.has(name) && !reserved.has(name)) {
        surnames.add(name);
        return name;
      }
    }
  };
  const person = (title: string, of: SynthPerson['of'], country: SynthCountry): SynthPerson => ({
    first: random.pick(FIRST_START) + random.pick(FIRST_END),
    last: newSurname(),
    title,
    of,
    country,
  });
  const people: SynthPerson[] = [];
  // Heads of government first (the most reported), then ministers, then organization leaders.
  for (const country of countries) {
    if (people.length >= count) break;
    people.push(person(random.chance(0.55) ? 'President' : 'Prime Minister', { country }, country));
  }
  const orgTitles = (org: SynthOrganization): string[] => (org.kind === 'company' ? ['CEO', 'Chairman'] : ['Secretary-General', 'Director-General', 'Spokesperson']);
  while (people.length < count) {
    if (random.chance(0.7)) {
      const country = countries[Math.floor(Math.pow(random.next(), 1.6) * countries.length)] ?? countries[0]!;
      people.push(person(random.pick(GOVERNMENT_TITLES), { country }, country));
    } else {
      const organization = organizations[Math.floor(Math.pow(random.next(), 1.4) * organizations.length)] ?? organizations[0]!;
      const home = organization.country ?? countries[Math.floor(Math.pow(random.next(), 2) * countries.length)] ?? countries[0]!;
      people.push(person(random.pick(orgTitles(organization)), { organization }, home));
    }
  }
  // Interleave so the most frequent ranks mix heads of state, ministers and executives.
  const heads = people.slice(0, Math.min(countries.length, count));
  const others = people.slice(heads.length);
  const mixed: SynthPerson[] = [];
  for (let i = 0; i < Math.max(heads.length, others.length); i += 1) {
    if (i < heads.length) mixed.push(heads[i]!);
    if (i < others.length) mixed.push(others[i]!);
  }
  return mixed;
}

function createPlaces(random: Random, countries: SynthCountry[], reserved: Set<string>): SynthPlace[] {
  const places: SynthPlace[] = countries.map((country) => ({ name: country.capital, country }));
  const seen = new Set(places.map((p) => p.name));
  while (places.length < countries.length + 400) {
    const stem = coined(random);
    if (reserved.has(stem)) continue;
    const name = `${stem} ${random.pick(PLACE_SUFFIXES)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    places.push({ name, country: countries[Math.floor(Math.pow(random.next(), 1.5) * countries.length)] ?? countries[0]! });
  }
  // Capitals of prominent countries first, generated places interleaved after.
  const capitals = places.slice(0, countries.length);
  const generated = places.slice(countries.length);
  return [...capitals.slice(0, 20), ...random.sample([...capitals.slice(20), ...generated], places.length)];
}

function createAgreements(random: Random, countries: SynthCountry[], places: SynthPlace[], reserved: Set<string>): SynthAgreement[] {
  const agreements: SynthAgreement[] = [];
  const seen = new Set<string>();
  while (agreements.length < 600) {
    const form = random.pick(AGREEMENT_FORMS);
    const pair = random.sample(countries.slice(0, 80), 2);
    const [a, b] = pair;
    if (!a || !b) break;
    const anchor = random.chance(0.5) ? random.pick(places).name.split(' ')[0]! : coined(random);
    if (reserved.has(anchor)) continue;
    const name = form === AGREEMENT_FORMS[5] || form === AGREEMENT_FORMS[6] ? form(singleWord(a), singleWord(b)) : form(anchor, '');
    if (seen.has(name) || name.includes('undefined')) continue;
    seen.add(name);
    agreements.push({ name, parties: form === AGREEMENT_FORMS[5] || form === AGREEMENT_FORMS[6] ? [a, b] : random.sample(countries.slice(0, 60), random.int(2, 4)) });
  }
  return agreements;
}

/** A country's short single-word form for compounds ("Korea-Japan"), its name otherwise. */
function singleWord(country: SynthCountry): string {
  return country.name.includes(' ') ? country.code : country.name;
}

function coined(random: Random): string {
  return random.pick(COINED_START) + random.pick(COINED_MIDDLE) + random.pick(COINED_END);
}

function isPlainName(name: string): boolean {
  return /^[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*$/.test(name);
}

/** Words a generated name must not collide with: countries, capitals, demonyms, surname-first names. */
function reservedWords(): Set<string> {
  const words = new Set<string>(SURNAME_FIRST);
  for (const name of COUNTRIES.byName.keys()) words.add(name);
  for (const name of COUNTRIES.byDemonym.keys()) words.add(name);
  for (const name of COUNTRIES.byCapital.keys()) words.add(name);
  return words;
}
