/**
 * Titles and roles that precede a person's name ("President", "Secretary of State",
 * "Foreign Minister", "IPCC chair"). Capitalized titles are matched inside name runs;
 * lower-case role nouns are matched right before a name ("relief chief Martin Griffiths").
 */

/** Capitalized titles (token sequences), longest first at match time. */
export const CAPITALIZED_TITLES: readonly string[] = [
  'President', 'Vice President', 'Vice-President', 'President-elect', 'Prime Minister', 'Deputy Prime Minister',
  'Chancellor', 'Vice Chancellor', 'King', 'Queen', 'Prince', 'Princess', 'Crown Prince', 'Emperor', 'Empress', 'Emir', 'Sheikh',
  'Pope', 'Premier', 'Governor', 'Mayor', 'Senator', 'Sen.', 'Rep.', 'Representative', 'Congressman', 'Congresswoman',
  'Secretary', 'Secretary-General', 'Secretary General', 'Deputy Secretary-General', 'Under-Secretary-General',
  'Secretary of State', 'Minister', 'Foreign Minister', 'Defence Minister', 'Defense Minister', 'Finance Minister',
  'Trade Minister', 'Interior Minister', 'Health Minister', 'Energy Minister', 'Economy Minister', 'Transport Minister',
  'Justice Minister', 'Treasury Secretary', 'Defense Secretary', 'Defence Secretary', 'Foreign Secretary', 'Home Secretary',
  'Commerce Secretary', 'Energy Secretary', 'Trade Representative', 'Commissioner', 'Trade Commissioner', 'High Representative',
  'Chief Justice', 'Justice', 'Judge', 'Ambassador', 'Envoy', 'Special Envoy', 'General', 'Gen.', 'Admiral', 'Colonel', 'Col.',
  'Lieutenant', 'Major', 'Captain', 'Commander', 'Chairman', 'Chairwoman', 'Chair', 'Chief Executive', 'CEO', 'Director',
  'Director-General', 'Director General', 'Speaker', 'Majority Leader', 'Minority Leader', 'Senate Majority Leader', 'Chief Executive Officer', 'Executive', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Leader', 'Supreme Leader',
  'First Lady', 'Dr.', 'Dr', 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev.', 'Father', 'Cardinal',
  'Archbishop', 'Bishop', 'Ayatollah', 'Grand Ayatollah', 'Attorney General', 'Solicitor General', 'Lawmaker', 'MP', 'Analyst', 'Economist',
];

/** Portfolios that can follow "Secretary of" / "Minister of" / "Minister for". */
export const PORTFOLIOS: readonly string[] = [
  'State', 'Defense', 'Defence', 'Foreign Affairs', 'Finance', 'the Treasury', 'Treasury', 'Health', 'Trade', 'Commerce',
  'Energy', 'Interior', 'Justice', 'Education', 'Agriculture', 'Labor', 'Labour', 'Transport', 'Transportation',
  'Home Affairs', 'Economy', 'Homeland Security', 'Foreign Trade', 'Industry', 'Environment', 'Fiscal Policy',
];

/** Capitalized words that form a title when followed by Minister/Secretary/Commissioner ("Foreign Minister"). */
export const TITLE_HEADS: ReadonlySet<string> = new Set(['Minister', 'Secretary', 'Commissioner', 'Representative', 'Ambassador']);

/** Modifiers that may precede a title and are not part of a name ("Outgoing President"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'Former', 'former', 'Outgoing', 'outgoing', 'Incoming', 'incoming', 'Acting', 'acting', 'Interim', 'interim', 'Then', 'then',
  'Late', 'late', 'Deputy', 'deputy', 'Current', 'current', 'Newly', 'newly', 'Elected', 'elected', 'Ex', 'ex',
]);

/** Lower-case role nouns that introduce a name ("IPCC chair Jim Skea", "economist Masamichi Adachi"). */
export const LOWERCASE_ROLES: readonly string[] = [
  'chair', 'chairman', 'chairwoman', 'chief', 'relief chief', 'foreign policy chief', 'policy chief', 'head', 'leader',
  'president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'negotiator', 'lead negotiator',
  'chief negotiator', 'second gentleman', 'first lady', 'second lady', 'economist', 'analyst', 'official', 'envoy',
  'ambassador', 'commissioner', 'governor', 'mayor', 'senator', 'lawmaker', 'general', 'executive', 'chief executive',
  'director', 'founder', 'co-founder', 'adviser', 'advisor', 'strategist', 'professor', 'researcher', 'reporter',
  'correspondent', 'editor', 'lawyer', 'attorney', 'judge', 'prosecutor', 'candidate', 'rival', 'opposition leader',
  'dictator', 'prime minister', 'foreign minister', 'finance minister', 'trade minister', 'deputy', 'vice president',
  'secretary-general', 'secretary general', 'commander', 'CEO', 'chief executive officer', 'manager', 'trader', 'spokesman for',
];

/** Title phrases that name the role of the person in the RoleRow (title text kept as written). */
export const ROLE_TITLE_CANONICAL: Record<string, string> = {
  'Secretary General': 'Secretary-General',
  'Vice-President': 'Vice President',
  'Sen.': 'Senator',
  'Gen.': 'General',
  'Col.': 'Colonel',
};

/** Honorifics that are titles but say nothing about an office (no RoleRow). */
export const HONORIFICS: ReadonlySet<string> = new Set(['Dr.', 'Dr', 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev.']);

/** Name suffixes kept in the name ("Ferdinand Marcos Jr."). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);

/** Lower-case particles inside names ("Bashar al-Assad", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'den', 'de', 'da', 'do', 'dos', 'du', 'la', 'le', 'di', 'del', 'ter', 'mac']);

/**
 * Common surnames of names usually written surname-first in English news (Korean, Chinese,
 * Vietnamese): for these the first token is the surname ("Lee Jae Myung" -> "Lee").
 */
export const SURNAME_FIRST: ReadonlySet<string> = new Set([
  'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Chung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin', 'Kwon', 'Hwang',
  'Ahn', 'Song', 'Yoo', 'Hong', 'Jeon', 'Ko', 'Moon', 'Yang', 'Son', 'Bae', 'Baek', 'Heo', 'Nam', 'Roh', 'Chun', 'Ban',
  'Xi', 'Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Gao',
  'Lin', 'Luo', 'Zheng', 'Liang', 'Xie', 'Tang', 'Han', 'Feng', 'Deng', 'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong', 'Pan',
  'Yuan', 'Cai', 'Jiang', 'Yu', 'Du', 'Ye', 'Cheng', 'Wei', 'Su', 'Lu', 'Ding', 'Ren', 'Shen', 'Yao', 'Lu', 'Jin', 'Wen', 'Mao',
  'Bo', 'Qin', 'Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Phan', 'Vu', 'Vo', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo', 'Duong', 'Ly',
]);
