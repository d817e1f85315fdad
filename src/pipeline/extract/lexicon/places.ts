/**
 * Place knowledge: head words of place names ("… Square", "… Air Base"), lower-case
 * cue nouns after a name ("Hatay province", "Bab al-Hawa crossing"), well-known regions
 * and landmarks, and prepositions after which a capital is a location, not a government.
 */

export const PLACE_SUFFIXES: ReadonlySet<string> = new Set([
  'Square', 'Palace', 'Hall', 'Museum', 'Airport', 'Stadium', 'Bridge', 'Tower', 'Street', 'Avenue', 'Park', 'Province', 'City',
  'Island', 'Islands', 'Valley', 'Mountain', 'Mountains', 'Strait', 'Sea', 'Ocean', 'Gulf', 'Bay', 'River', 'Lake', 'Peninsula',
  'Region', 'County', 'District', 'State', 'Prefecture', 'Coast', 'Desert', 'Canal', 'Port', 'Harbor', 'Harbour', 'Base',
  'Air Base', 'Airbase', 'Camp', 'Center', 'Centre', 'Plaza', 'Cathedral', 'Temple', 'Shrine', 'Castle', 'Mosque', 'Basin',
  'Heights', 'Plateau', 'Field', 'Fields', 'Zone', 'Corridor', 'Crossing', 'Border', 'Delta', 'Forest', 'Highway', 'Road',
]);

/** Lower-case nouns that make the capitalized name before them a place ("Hatay province"). */
export const PLACE_CUE_NOUNS: ReadonlySet<string> = new Set([
  'province', 'provinces', 'crossing', 'crossings', 'region', 'city', 'county', 'district', 'state', 'border', 'airport',
  'port', 'village', 'town', 'prefecture', 'island', 'peninsula', 'valley', 'square', 'base', 'capital', 'municipality',
]);

/** Names that are places even without a head word (regions and landmarks). */
export const KNOWN_PLACES: readonly { name: string; variants: string[] }[] = [
  { name: 'Korean Peninsula', variants: [] },
  { name: 'Northeast Asia', variants: ['North-East Asia', 'North East Asia'] },
  { name: 'Southeast Asia', variants: ['South-East Asia', 'South East Asia'] },
  { name: 'Central Asia', variants: [] },
  { name: 'South Asia', variants: [] },
  { name: 'East Asia', variants: [] },
  { name: 'Middle East', variants: [] },
  { name: 'Latin America', variants: [] },
  { name: 'Western Europe', variants: [] },
  { name: 'Eastern Europe', variants: [] },
  { name: 'Central Europe', variants: [] },
  { name: 'Sub-Saharan Africa', variants: [] },
  { name: 'West Bank', variants: [] },
  { name: 'Gaza Strip', variants: ['Gaza'] },
  { name: 'Great Hall of the People', variants: [] },
  { name: 'Tiananmen Square', variants: [] },
  { name: 'Wall Street', variants: [] },
  { name: 'Silicon Valley', variants: [] },
  { name: 'Hong Kong', variants: [] },
  { name: 'Taiwan Strait', variants: [] },
  { name: 'South China Sea', variants: [] },
  { name: 'East China Sea', variants: [] },
  { name: 'Crimea', variants: [] },
  // Mountain ranges and their national parts (a demonym before them is part of the place name)
  { name: 'French Alps', variants: [] },
  { name: 'Swiss Alps', variants: [] },
  { name: 'Italian Alps', variants: [] },
  { name: 'Alps', variants: [] },
  { name: 'Himalayas', variants: [] },
  { name: 'Andes', variants: [] },
  { name: 'Rocky Mountains', variants: ['Rockies'] },
  { name: 'Donbas', variants: ['Donbass'] },
  { name: 'Kashmir', variants: [] },
  { name: 'Capitol Hill', variants: [] },
  { name: 'Downing Street', variants: [] },
  // Large cities that are not capitals (capitals come from the country gazetteer)
  { name: 'New York', variants: [] },
  { name: 'Los Angeles', variants: [] },
  { name: 'Chicago', variants: [] },
  { name: 'Detroit', variants: [] },
  { name: 'Houston', variants: [] },
  { name: 'San Francisco', variants: [] },
  { name: 'Seattle', variants: [] },
  { name: 'Boston', variants: [] },
  { name: 'Toulouse', variants: [] },
  { name: 'Frankfurt', variants: [] },
  { name: 'Munich', variants: [] },
  { name: 'Milan', variants: [] },
  { name: 'Shanghai', variants: [] },
  { name: 'Guangzhou', variants: [] },
  { name: 'Shenzhen', variants: [] },
  { name: 'Mumbai', variants: [] },
  { name: 'Sydney', variants: [] },
  { name: 'Melbourne', variants: [] },
  { name: 'Istanbul', variants: [] },
  { name: 'Osaka', variants: [] },
  { name: 'Busan', variants: [] },
  { name: 'Geneva', variants: [] },
  { name: 'Davos', variants: [] },
  { name: 'Barcelona', variants: [] },
  { name: 'St Petersburg', variants: [] },
  { name: 'St. Petersburg', variants: [] },
  { name: 'Karachi', variants: [] },
  { name: 'Lagos', variants: [] },
  { name: 'Johannesburg', variants: [] },
  { name: 'Sao Paulo', variants: [] },
  { name: 'Rio de Janeiro', variants: [] },
  { name: 'Toronto', variants: [] },
  { name: 'Vancouver', variants: [] },
  { name: 'Montreal', variants: [] },
];

/** Compass words that turn "<direction> <Country>" into a region ("northwest Syria"). */
export const COMPASS_REGION_WORDS: ReadonlySet<string> = new Set([
  'northwest', 'northeast', 'southwest', 'southeast', 'north-west', 'north-east', 'south-west', 'south-east',
  'Northwest', 'Northeast', 'Southwest', 'Southeast', 'North-west', 'North-east', 'South-west', 'South-east',
]);

/** After these words a city/capital is a location ("met in Beijing"). */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'throughout', 'within', 'toward', 'towards', 'into', 'via',
  'for', 'from', 'to', 'visit', 'visited', 'visits', 'visiting', 'tour', 'tours', 'toured', 'touring', 'reach', 'reached',
  'reaches', 'leave', 'left', 'leaves', 'hometown', 'over', 'above', 'between', 'through',
]);

/** Verbs after which "to <capital>" is a destination ("moved to Tokyo", "visit to Beijing"). */
export const MOTION_WORDS: ReadonlySet<string> = new Set([
  'visit', 'trip', 'travel', 'traveled', 'travelled', 'travels', 'flew', 'flies', 'fly', 'moved', 'move', 'moves', 'shifted',
  'returned', 'return', 'returns', 'came', 'went', 'go', 'goes', 'arrived', 'headed', 'journey', 'delegation', 'home',
]);
