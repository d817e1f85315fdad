/**
 * Event-type lexicon: cue patterns over the main clause of a timeline entry, in order of
 * precedence. Content events (a launch, a ratification) win over speech acts (says,
 * announces) so "announces that the US is withdrawing" is a Withdrawal. Cues after
 * "will"/"would"/"to" (future or purpose) are ignored by the caller.
 */
export interface EventTypeRule {
  type: string;
  /** Lower-case substrings one of which must occur for the pattern to be tried (speed). */
  cues?: readonly string[];
  pattern: RegExp;
}

export const EVENT_TYPE_RULES: readonly EventTypeRule[] = [
  { type: 'MissileLaunch', cues: ['missile'], pattern: /\b(?:launch(?:es|ed|ing)?\b[^.]{0,40}\bmissiles?|missile (?:launch|test)s?|fires? [^.]{0,30}missiles?)\b/i },
  { type: 'Earthquake', cues: ['quake', 'tremor', 'magnitude'], pattern: /\b(?:earthquake|quake|tremor)s?\b[^.]{0,30}\b(?:strikes?|struck|hits?|jolts?|rocks?)\b|\bmagnitude \d/i },
  { type: 'Disaster', cues: ['flood', 'hurricane', 'typhoon', 'cyclone', 'wildfire', 'tsunami', 'landslide'], pattern: /\b(?:floods?|hurricane|typhoon|cyclone|wildfires?|tsunami|landslides?)\b[^.]{0,30}\b(?:strikes?|hits?|kills?|batters?|sweeps?)\b/i },
  { type: 'StateOfEmergency', cues: ['emergency'], pattern: /\bstate of emergency\b/i },
  { type: 'Withdrawal', cues: ['withdraw', 'pull', 'exit', 'quit'], pattern: /\b(?:withdraw(?:s|ing|n)?|pulls? out|pulled out|exits?|quits?)\b[^.]{0,20}\bfrom\b/i },
  { type: 'EntryIntoForce', cues: ['into force'], pattern: /\b(?:enters?|entered|entering|came|comes) into force\b/i },
  { type: 'Ratification', cues: ['ratif', 'approve'], pattern: /\b(?:ratif(?:y|ies|ied|ying|ication)|approves? the (?:agreement|accession|treaty|deal|pact|bid)|approves [A-Z][a-z]+'s accession|completing ratification)\b/i },
  { type: 'Accession', cues: ['member', 'join', 'accession'], pattern: /\b(?:becomes? [^.]{0,30}\bmember|join(?:s|ed)? (?:the )?[A-Z]|instrument of accession|formally joins?)\b/ },
  { type: 'Election', cues: ['election', 'poll'], pattern: /\b(?:elections?|polls? open|go to the polls|vote in [^.]{0,20}elections?)\b/i },
  { type: 'Inauguration', cues: ['sworn', 'oath', 'inaugurat'], pattern: /\b(?:sworn in|takes? (?:his |her |the )?oath|oath of office|inaugurat(?:ed|es|ion as))\b/i },
  { type: 'AssumptionOfOffice', cues: ['assume'], pattern: /\bassumes? (?:the )?(?:vice )?(?:presidency|office|post|premiership)\b/i },
  { type: 'Proclamation', cues: ['proclaim'], pattern: /\bproclaim(?:s|ed)?\b/i },
  { type: 'Signing', cues: ['sign'], pattern: /\b(?:sign|signs|signed)\b(?! a pledge)|\bsigning ceremony\b/i },
  { type: 'Decision', cues: ['decision', 'rule'], pattern: /\badopts? (?:a |the )?decision\b|\brules?\b(?= that)/i },
  { type: 'Pledge', cues: ['pledge'], pattern: /\bpledge(?:s|d)?\b|\bsign a pledge\b/i },
  { type: 'Appeal', cues: ['appeal'], pattern: /\b(?:flash )?appeal\b/i },
  { type: 'Waiver', cues: ['waiver'], pattern: /\bwaivers?\b/i },
  { type: 'Suspension', cues: ['suspen'], pattern: /\bsuspend(?:s|ed|ing)?\b|\bsuspension\b/i },
  { type: 'SanctionsRelief', cues: ['license', 'sanction'], pattern: /\b(?:general license|eases? sanctions|sanctions relief|lifts? (?:the )?sanctions)\b/i },
  { type: 'AidDelivery', cues: ['aid ', 'convoy'], pattern: /\baid (?:convoy|shipment|delivery|deliveries)|\bconvoys?\b[^.]{0,30}\b(?:enters?|arrives?|reach(?:es)?)\b/i },
  { type: 'Adoption', cues: ['gavel', 'adopt'], pattern: /\bgavel(?:s|led)? through\b/i },
  { type: 'Adoption', cues: ['gavel', 'adopt'], pattern: /\badopt(?:s|ed)?\b/i },
  { type: 'Ruling', cues: ['rule', 'ruling'], pattern: /\b(?:court|judge|tribunal)\b[^.]{0,30}\b(?:rules?|ruled|ruling)\b/i },
  { type: 'Letter', cues: ['write', 'letter'], pattern: /\bwrites? to\b|\bletter\b/i },
  { type: 'Interview', cues: ['interview'], pattern: /\binterview\b/i },
  { type: 'Report', cues: ['report'], pattern: /\breports?\b(?! to)/i },
  { type: 'Declaration', cues: ['declaration', 'communiq'], pattern: /\b(?:joint )?declaration\b|\bcommuniqu[eé]\b/i },
  { type: 'Summit', cues: ['summit'], pattern: /\bsummit\b/i },
  { type: 'Statement', cues: ['news conference'], pattern: /\bnews conference\b/i },
  { type: 'Conference', cues: ['conference'], pattern: /\bconference\b[^.]{0,40}\b(?:is held|held|opens?|convenes?|takes place)\b|\bclimate (?:change )?conference\b/i },
  { type: 'Forum', cues: ['forum'], pattern: /\bforum\b/i },
  { type: 'Vote', cues: ['vote', 'consent', 'approv'], pattern: /\bvotes?\b|\bconsents?\b|\bapprov(?:es|ed)\b/i },
  { type: 'Sanctions', cues: ['sanction', 'blacklist'], pattern: /\bsanctions?\b[^.]{0,40}\b(?:returns?|take effect|takes effect|reimpos|impos)|\b(?:reimposes?|imposes?) [^.]{0,30}sanctions\b|\bblacklists?\b/i },
  { type: 'PhoneCall', cues: ['call', 'phone'], pattern: /\bcall(?:s|ed)? [A-Z][A-Za-z-]+ (?:to congratulate|to discuss|on the phone)\b|\b(?:phone call|[Pp]hones?|[Tt]elephones?|spoke by phone)\b/ },
  { type: 'Agreement', cues: ['agree', 'deal'], pattern: /\bagrees?\b|\bagreed\b|\bpolitical agreement\b|\bstrike a deal\b|\breach(?:es|ed)? (?:a |an )?(?:deal|agreement)\b/i },
  { type: 'Meeting', cues: ['meet', 'met ', 'talks', 'courtesy', 'receive', 'host'], pattern: /\bmeets?\b|\bmet with\b|\bmeeting\b|\btalks with\b|\bcourtesy call\b|\breceives? [A-Z]|\bhosts?\b/ },
  { type: 'Attendance', cues: ['attend'], pattern: /\battend(?:s|ed)?\b/i },
  { type: 'Speech', cues: ['speech', 'address'], pattern: /\bspeech\b|\baddress(?:es)? (?:the|a)\b/i },
  { type: 'Visit', cues: ['arriv', 'visit', 'tour', 'land'], pattern: /\b(?:arrives?|arrived|visits?|visited|tours?|toured|lands? in)\b/i },
  // Business actions (mostly plain articles): placed after the diplomatic/content rules so digests keep their types.
  { type: 'Bankruptcy', cues: ['bankrupt', 'chapter 11'], pattern: /\b(?:fil(?:es|ed|ing) for (?:bankruptcy|chapter 11)|bankruptcy protection)\b/i },
  { type: 'Layoffs', cues: ['job', 'layoff', 'lay off'], pattern: /\b(?:cut(?:s|ting)?|axe[sd]?|eliminat(?:es|ed|ing)|shed(?:s|ding)?|slash(?:es|ed)?)\b[^.]{0,25}\bjobs\b|\blay(?:s|ing)? off\b|\blaid off\b|\blayoffs\b/i },
  { type: 'Order', cues: ['order', 'purchas', 'buy', 'bought'], pattern: /\b(?:won|wins?|has won|placed|places?|secured|secures?) (?:an? |the )?(?:\S+ )?orders?\b|\bordered\b|\b(?:purchas(?:es|ed|ing)?|buys?|bought)\b[^.]{0,30}\b(?:aircraft|planes?|jets?|airliners?|Dreamliners?|A3\d\d|7\d7)\b/i },
  { type: 'Acquisition', cues: ['acqui', 'stake', 'takeover', 'take over', 'merge'], pattern: /\b(?:acquir(?:es|ed|ing)|takeover|take over|takes over|took over|merg(?:es|ed|er)|(?:majority |minority )?stake in)\b/i },
  { type: 'Sale', cues: ['sell', 'sold', 'sale'], pattern: /\b(?:sell(?:s|ing)?|sold)\b[^.]{0,40}\bto\b|\bsale of\b/i },
  { type: 'Contract', cues: ['contract'], pattern: /\b(?:award(?:s|ed)?|won|wins?|secured?|signs?|signed)\b[^.]{0,40}\bcontracts?\b/i },
  { type: 'Loan', cues: ['loan', 'bailout', 'rescue', 'aid'], pattern: /\b(?:loans?|bailout|rescue (?:plan|package)|financial (?:aid|assistance))\b[^.]{0,40}\b(?:receive[sd]?|approve[sd]?|grant(?:s|ed)?|offer(?:s|ed)?|provide[sd]?|announce[sd]?|reject(?:s|ed)|present(?:s|ed)?)\b|\b(?:receive[sd]?|approve[sd]?|grant(?:s|ed)?|offer(?:s|ed)?|provide[sd]?|announce[sd]?|reject(?:s|ed)|present(?:s|ed)?|seek(?:s|ing)?|sought)\b[^.]{0,40}\b(?:loans?|bailout|rescue (?:plan|package)|financial (?:aid|assistance))\b/i },
  { type: 'MarketMove', cues: ['share', 'stock', 'index', 'market'], pattern: /\b(?:shares?|stocks?|index|indices|markets?|Nikkei|Dow|FTSE|DAX)\b[^.]{0,40}\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|plunge[sd]?|plunging|surge[sd]?|surging|jump(?:s|ed)?|drop(?:s|ped)?|gain(?:s|ed)?|tumble[sd]?|soar(?:s|ed)?|rall(?:y|ied|ies)|slump(?:s|ed)?|suspended)\b/i },
  { type: 'Announcement', cues: ['announc'], pattern: /\bannounc(?:e|es|ed|ing)\b/i },
  { type: 'Statement', cues: ['say', 'said', 'stresses', 'reiterates', 'reaffirms', 'call', 'vow', 'warn', 'criticis', 'criticiz', 'describe', 'statement', 'post', 'tweet', 'urge', 'insist', 'denies', 'claim', 'tell', 'told'], pattern: /\b(?:says?|said|stresses|reiterates|reaffirms|calls?|vows?|warns?|criticis(?:es|ed)|criticiz(?:es|ed)|describes?|statement|posts?|posted|tweets?|tweeted|urges?|insists?|denies|claims?|tells?|told)\b/i },
];

/** Fallback when no cue matches. */
export const DEFAULT_EVENT_TYPE = 'Event';
