/**
 * Organization knowledge: well-known acronyms and names (canonical form + variants),
 * news outlets, head words that make a capitalized phrase an organization
 * ("… Council", "Ministry of …"), and all-caps tokens that are NOT organizations.
 */

export interface KnownOrganization {
  name: string;
  variants: string[];
  /** 'Outlet' for news organizations, 'Alliance' for military alliances, else null. */
  kind: string | null;
  /** Generic names ("Congress", "Treasury") need a story-scoped id unless qualified. */
  generic?: boolean;
}

export const KNOWN_ORGANIZATIONS: readonly KnownOrganization[] = [
  { name: 'NATO', variants: ['North Atlantic Treaty Organization', 'Nato'], kind: 'Alliance' },
  { name: 'United Nations', variants: ['UN', 'U.N.'], kind: null },
  { name: 'European Union', variants: ['EU', 'E.U.'], kind: null },
  { name: 'European Commission', variants: [], kind: null },
  { name: 'European Council', variants: [], kind: null },
  { name: 'European Parliament', variants: ['EU Parliament'], kind: null },
  { name: 'European Central Bank', variants: ['ECB'], kind: null },
  { name: 'G7', variants: ['Group of Seven', 'G-7'], kind: null },
  { name: 'G20', variants: ['Group of 20', 'Group of Twenty', 'G-20'], kind: null },
  { name: 'G8', variants: ['Group of Eight', 'G-8'], kind: null },
  { name: 'OPEC', variants: ['Organization of the Petroleum Exporting Countries'], kind: null },
  { name: 'ASEAN', variants: ['Association of Southeast Asian Nations'], kind: null },
  { name: 'African Union', variants: ['AU'], kind: null },
  { name: 'World Bank', variants: [], kind: null },
  { name: 'International Monetary Fund', variants: ['IMF'], kind: null },
  { name: 'World Trade Organization', variants: ['WTO'], kind: null },
  { name: 'World Health Organization', variants: ['WHO'], kind: null },
  { name: 'IPCC', variants: ['Intergovernmental Panel on Climate Change'], kind: null },
  { name: 'International Atomic Energy Agency', variants: ['IAEA'], kind: null },
  { name: 'SWIFT', variants: [], kind: null },
  { name: 'US Treasury', variants: ['Treasury', 'Treasury Department', 'U.S. Treasury', 'Department of the Treasury', 'US Treasury Department'], kind: null },
  { name: 'US State Department', variants: ['State Department', 'U.S. State Department', 'Department of State'], kind: null },
  { name: 'Pentagon', variants: ['US Department of Defense', 'Department of Defense'], kind: null },
  { name: 'White House', variants: [], kind: null },
  { name: 'Kremlin', variants: [], kind: null },
  { name: 'Federal Reserve', variants: ['Fed', 'US Federal Reserve'], kind: null },
  { name: 'National Diet', variants: ['Diet'], kind: null },
  { name: 'Congress', variants: [], kind: null, generic: true },
  { name: 'Senate', variants: [], kind: null, generic: true },
  { name: 'Parliament', variants: [], kind: null, generic: true },
  { name: 'Supreme Court', variants: [], kind: null, generic: true },
  { name: 'House of Representatives', variants: [], kind: null, generic: true },
  { name: 'Security Council', variants: ['UN Security Council', 'UNSC'], kind: null },
  { name: 'UN General Assembly', variants: ['General Assembly', 'UNGA'], kind: null },
  { name: 'Red Cross', variants: ['ICRC'], kind: null },
  { name: 'Hamas', variants: [], kind: null },
  { name: 'Hezbollah', variants: [], kind: null },
  { name: 'Taliban', variants: [], kind: null },
  // Companies often named without a suffix
  { name: 'Boeing', variants: [], kind: 'Company' },
  { name: 'Airbus', variants: [], kind: 'Company' },
  { name: 'Lockheed Martin', variants: [], kind: 'Company' },
  { name: 'Northrop Grumman', variants: [], kind: 'Company' },
  { name: 'General Motors', variants: [], kind: 'Company' },
  { name: 'Ford', variants: [], kind: 'Company' },
  { name: 'Chrysler', variants: [], kind: 'Company' },
  { name: 'Fiat', variants: [], kind: 'Company' },
  { name: 'Daimler', variants: [], kind: 'Company' },
  { name: 'Opel', variants: [], kind: 'Company' },
  { name: 'Toyota', variants: [], kind: 'Company' },
  { name: 'Honda', variants: [], kind: 'Company' },
  { name: 'Nissan', variants: [], kind: 'Company' },
  { name: 'Volkswagen', variants: [], kind: 'Company' },
  { name: 'Renault', variants: [], kind: 'Company' },
  { name: 'Peugeot', variants: [], kind: 'Company' },
  { name: 'Hyundai', variants: [], kind: 'Company' },
  { name: 'Samsung', variants: [], kind: 'Company' },
  { name: 'Apple', variants: [], kind: 'Company' },
  { name: 'Google', variants: [], kind: 'Company' },
  { name: 'Microsoft', variants: [], kind: 'Company' },
  { name: 'Amazon', variants: [], kind: 'Company' },
  { name: 'Gazprom', variants: [], kind: 'Company' },
  { name: 'Aeroflot', variants: [], kind: 'Company' },
  { name: 'Embraer', variants: [], kind: 'Company' },
  { name: 'Bombardier', variants: [], kind: 'Company' },
  { name: 'Raytheon', variants: [], kind: 'Company' },
  { name: 'EADS', variants: [], kind: 'Company' },
  { name: 'Goldman Sachs', variants: [], kind: 'Company' },
  { name: 'JPMorgan Chase', variants: [], kind: 'Company' },
  { name: 'Morgan Stanley', variants: [], kind: 'Company' },
  { name: 'Citigroup', variants: [], kind: 'Company' },
  { name: 'Lehman Brothers', variants: [], kind: 'Company' },
  { name: 'Siemens', variants: [], kind: 'Company' },
  { name: 'Huawei', variants: [], kind: 'Company' },
  { name: 'Tesla', variants: [], kind: 'Company' },
  { name: 'European Aeronautic Defence and Space Company', variants: ['European Aeronautic Defense and Space Company'], kind: 'Company' },
  // News outlets
  { name: 'Reuters', variants: [], kind: 'Outlet' },
  { name: 'AP', variants: ['Associated Press', 'The Associated Press'], kind: 'Outlet' },
  { name: 'AFP', variants: ['Agence France-Presse'], kind: 'Outlet' },
  { name: 'BBC', variants: ['BBC News'], kind: 'Outlet' },
  { name: 'CNN', variants: [], kind: 'Outlet' },
  { name: 'Al Jazeera', variants: ['Aljazeera'], kind: 'Outlet' },
  { name: 'Yonhap', variants: ['Yonhap News Agency', 'Yonhap News'], kind: 'Outlet' },
  { name: 'Kyodo News', variants: ['Kyodo'], kind: 'Outlet' },
  { name: 'DW', variants: ['Deutsche Welle'], kind: 'Outlet' },
  { name: 'The Guardian', variants: ['Guardian'], kind: 'Outlet' },
  { name: 'The New York Times', variants: ['New York Times', 'NYT'], kind: 'Outlet' },
  { name: 'The Washington Post', variants: ['Washington Post'], kind: 'Outlet' },
  { name: 'The Wall Street Journal', variants: ['Wall Street Journal', 'WSJ'], kind: 'Outlet' },
  { name: 'Financial Times', variants: ['FT'], kind: 'Outlet' },
  { name: 'Bloomberg', variants: ['Bloomberg News'], kind: 'Outlet' },
  { name: 'CCTV', variants: ['China Central Television'], kind: 'Outlet' },
  { name: 'Xinhua', variants: ['Xinhua News Agency'], kind: 'Outlet' },
  { name: 'KCNA', variants: ['Korean Central News Agency'], kind: 'Outlet' },
  { name: 'NHK', variants: [], kind: 'Outlet' },
  { name: 'TASS', variants: [], kind: 'Outlet' },
  { name: 'Politico', variants: [], kind: 'Outlet' },
  { name: 'Wikinews', variants: [], kind: 'Outlet' },
  { name: 'NPR', variants: [], kind: 'Outlet' },
  { name: 'Fox News', variants: [], kind: 'Outlet' },
  { name: 'Nikkei Asia', variants: [], kind: 'Outlet' },
  { name: 'South China Morning Post', variants: ['SCMP'], kind: 'Outlet' },
  { name: 'The Economist', variants: [], kind: 'Outlet' },
];

/** Head words that end an organization name ("Grand National Assembly", "Central Bank"). */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set([
  'Council', 'Commission', 'Assembly', 'Parliament', 'Congress', 'Senate', 'Union', 'Bank', 'Agency', 'Ministry', 'Department',
  'Organization', 'Organisation', 'Fund', 'Party', 'Court', 'Tribunal', 'Corporation', 'Corp', 'Corp.', 'Company', 'Co', 'Co.',
  'Inc', 'Inc.', 'Ltd', 'Ltd.', 'Group', 'Airlines', 'Airways', 'Motors', 'Institute', 'Office', 'Committee', 'Association',
  'Federation', 'Foundation', 'Board', 'Authority', 'Service', 'Services', 'Administration', 'Bureau', 'Network', 'Forces',
  'Army', 'Navy', 'Guard', 'Police', 'Front', 'Movement', 'League', 'Coalition', 'Society', 'Exchange', 'Reserve', 'Cabinet',
  'Secretariat', 'Diet', 'Treasury', 'Times', 'Post', 'News', 'Television', 'Broadcasting', 'Holdings', 'Industries',
  'Enterprises', 'Systems', 'Technologies', 'Bancorp', 'AG', 'SA', 'SpA', 'S.p.A.', 'plc', 'PLC', 'GmbH', 'LLC', 'Partners',
  'Command', 'University', 'College', 'School', 'Academy', 'Club', 'Panel', 'Alliance', 'Consortium', 'Directorate', 'Inspectorate',
  // "IOC Session": the plenary body of an organization (see extract/organ-parents).
  'Session',
]);

/** Head words that start an organization name when followed by "of" ("Ministry of Defence", "Alliance of …"). */
export const ORG_PREFIXES: ReadonlySet<string> = new Set([
  'Ministry', 'Department', 'Bank', 'Central Bank', 'Alliance', 'Association', 'Organization', 'Organisation', 'League',
  'Federation', 'Council', 'Court', 'Office', 'Commission', 'Committee', 'Union', 'Institute', 'University', 'Board',
  'Agency', 'House', 'Congress', 'Parliament', 'Assembly', 'Group', 'Bureau', 'Coalition',
]);

/** All-caps tokens that are not organizations. */
export const NON_ORG_ACRONYMS: ReadonlySet<string> = new Set([
  'AI', 'GDP', 'GNP', 'CEO', 'CFO', 'COO', 'CTO', 'TV', 'DNA', 'HIV', 'AIDS', 'COVID', 'LNG', 'IT', 'PM', 'AM', 'EV', 'EVs',
  'GMT', 'UTC', 'OK', 'ID', 'IPO', 'MP', 'MPs', 'VAT', 'USD', 'EUR', 'JPY', 'GBP', 'CNY', 'KRW', 'BC', 'AD', 'CO2', 'PR',
  'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'I', 'A', 'Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'MoU', 'MoUs',
  'MOU', 'MOUs', 'GB', 'MB', 'TB', 'BS', 'BA', 'MA', 'PhD', 'CA', 'NY', 'DC', 'LA', 'OS', 'FTA', 'SPV', 'GHz', 'MW', 'GW', 'KW', 'NB', 'PS', 'FAQ', 'USB', 'PC', 'RD', 'R', 'D', 'US', 'UK',
  'COP', 'SUV', 'SUVs', 'ETF', 'ETFs', 'M', 'B', 'K', 'NGO', 'NGOs', 'WMD', 'ICBM', 'ICBMs', 'SLBM', 'UAV', 'UAVs', 'LGBT', 'LGBTQ',
]);
