/**
 * Country gazetteer built once from the `world-countries` data set (ODbL-1.0) plus a few
 * English news usages it lacks (short forms, older names, plural demonyms). Every
 * surface maps to an ISO 3166-1 alpha-3 code; lookups are by exact surface (case matters:
 * "Chad" is a country, "chad" is not).
 */
import worldCountries from 'world-countries';

export interface CountryInfo {
  code: string;
  /** English name used as canonical (common name, with a few news-usage overrides). */
  name: string;
  capitals: string[];
}

/** Canonical English names that differ from the data set's common name. */
const NAME_OVERRIDES: Record<string, string> = {
  TUR: 'Turkey',
  CZE: 'Czech Republic',
  CIV: 'Ivory Coast',
  MMR: 'Myanmar',
  PSE: 'Palestine',
  VAT: 'Vatican City',
};

/** Extra surfaces: short forms and usages common in English news. */
const EXTRA_NAMES: Record<string, string[]> = {
  USA: ['US', 'U.S.', 'U.S', 'USA', 'U.S.A.', 'America', 'United States of America', 'the United States'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain', 'England'],
  KOR: ['South Korea', 'ROK', 'Republic of Korea', 'Korea'],
  PRK: ['DPRK', 'North Korea'],
  CHN: ['PRC', "People's Republic of China", 'Mainland China'],
  ARE: ['UAE', 'U.A.E.', 'Emirates'],
  TUR: ['Turkey', 'Türkiye', 'Turkiye'],
  RUS: ['Russian Federation'],
  NLD: ['Holland', 'the Netherlands'],
  COD: ['DRC', 'DR Congo'],
  CZE: ['Czechia', 'Czech Republic'],
  PHL: ['the Philippines'],
  VNM: ['Viet Nam'],
  IRN: ['Persia'],
};

const EXTRA_DEMONYMS: Record<string, string[]> = {
  USA: ['American', 'Americans'],
  GBR: ['British', 'Briton', 'Britons', 'English'],
  KOR: ['South Korean', 'South Koreans', 'Korean', 'Koreans'],
  PRK: ['North Korean', 'North Koreans'],
  PHL: ['Filipino', 'Filipinos', 'Philippine'],
  TUR: ['Turkish', 'Turks'],
  CHN: ['Chinese'],
  JPN: ['Japanese'],
  NLD: ['Dutch'],
  CHE: ['Swiss'],
  FRA: ['French'],
  ISR: ['Israeli', 'Israelis'],
  ARE: ['Emirati', 'Emiratis'],
  NZL: ['New Zealander'],
  SWE: ['Swedish', 'Swede', 'Swedes'],
  DNK: ['Danish', 'Dane', 'Danes'],
  FIN: ['Finnish', 'Finn', 'Finns'],
  POL: ['Polish', 'Pole', 'Poles'],
  ESP: ['Spanish', 'Spaniard', 'Spaniards'],
  IRL: ['Irish'],
  THA: ['Thai'],
  IRQ: ['Iraqi', 'Iraqis'],
  PAK: ['Pakistani', 'Pakistanis'],
  SAU: ['Saudi', 'Saudis'],
};

/** Capitals written differently in news, or seats of government other than the capital. */
const EXTRA_CAPITALS: Record<string, string[]> = {
  USA: ['Washington'],
  UKR: ['Kyiv', 'Kiev'],
  ISR: ['Jerusalem'],
  NLD: ['The Hague'],
  CHE: ['Bern'],
  KOR: ['Seoul'],
};

/** Surfaces never used as country mentions although the data set lists them. */
const BLOCKED = new Set(['Georgia', 'Island', 'Mann', 'Mannin', 'Viti', 'Prathet', 'Thai', 'Nijar', 'Jabuuti', 'Gabuuti', 'Dzayer']);

/** Only sovereign states and a few widely reported territories are countries here. */
const TERRITORIES_KEPT = new Set(['TWN', 'PSE', 'UNK', 'HKG', 'MAC', 'GRL', 'PRI', 'VAT']);

export interface CountryGazetteer {
  byName: Map<string, CountryInfo>;
  byDemonym: Map<string, CountryInfo>;
  byCapital: Map<string, CountryInfo>;
  byCode: Map<string, CountryInfo>;
}

function buildCountryGazetteer(): CountryGazetteer {
  const byName = new Map<string, CountryInfo>();
  const byDemonym = new Map<string, CountryInfo>();
  const byCapital = new Map<string, CountryInfo>();
  const byCode = new Map<string, CountryInfo>();
  for (const c of worldCountries) {
    const code = c.cca3;
    if (!c.independent && !TERRITORIES_KEPT.has(code)) continue;
    const info: CountryInfo = { code, name: NAME_OVERRIDES[code] ?? c.name.common, capitals: [] };
    byCode.set(code, info);
    const names = [c.name.common, c.name.official, info.name, ...(EXTRA_NAMES[code] ?? [])];
    // altSpellings mix codes ("KR"), native spellings and English forms: keep the English-looking multi-letter ones.
    for (const alt of c.altSpellings) if (/^[A-Z][a-z]/.test(alt) && /^[\p{Script=Latin}\s'().,-]+$/u.test(alt) && !alt.includes(',')) names.push(alt);
    for (const n of names) if (!BLOCKED.has(n) && !byName.has(n)) byName.set(n, info);
    const dem = c.demonyms?.['eng'];
    for (const d of [dem?.m, dem?.f, ...(EXTRA_DEMONYMS[code] ?? [])]) if (d && !byDemonym.has(d)) byDemonym.set(d, info);
    for (const cap of [...c.capital, ...(EXTRA_CAPITALS[code] ?? [])]) {
      const clean = cap.replace(/ D\.C\.$/, '');
      info.capitals.push(clean);
      if (!byCapital.has(clean)) byCapital.set(clean, info);
    }
  }
  // Explicit extras win over data-set entries that collide (e.g. "Korea").
  for (const [code, names] of Object.entries(EXTRA_NAMES)) for (const n of names) byName.set(n, byCode.get(code)!);
  for (const [code, caps] of Object.entries(EXTRA_CAPITALS)) for (const n of caps) byCapital.set(n, byCode.get(code)!);
  for (const [code, ds] of Object.entries(EXTRA_DEMONYMS)) for (const d of ds) byDemonym.set(d, byCode.get(code)!);
  return { byName, byDemonym, byCapital, byCode };
}

/** Built once at module load (a few ms). */
export const COUNTRIES: CountryGazetteer = buildCountryGazetteer();

/** Non-country capitals that stand for an organization ("Brussels" for the EU). */
export const CAPITAL_FOR_ORGANIZATION: ReadonlyMap<string, string> = new Map([['Brussels', 'European Union']]);
