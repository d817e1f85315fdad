/**
 * Output of the resolve stage and input of the load stage: rows ready for
 * `UNWIND $rows ... MERGE`, with globally stable ids so that the same real-world
 * entity gets the same id in every story (see README, "Identity").
 */
export type EntityType = 'PERSON' | 'COUNTRY' | 'ORGANIZATION' | 'PLACE' | 'AGREEMENT' | 'OTHER';

export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE', 'AGREEMENT', 'OTHER'];

export type ClaimKind = 'summary' | 'timeline' | 'body';

export interface StoryRow {
  /** Stable id: slug of the normalized title (an updated digest replaces its earlier version). */
  id: string;
  /** sha256 of the normalized input text: unchanged hash means nothing to do. */
  contentHash: string;
  format: 'DIGEST' | 'ARTICLE';
  title: string;
  articleCount: number | null;
  publishedAt: string | null;
  url: string | null;
  /** Section headlines in order (Story.sections = headline + the claims with that section index). */
  headlines: string[];
}

export interface SourceRow {
  /** `${storyId}#s${number}` */
  id: string;
  number: number;
  outlet: string;
  title: string;
  description: string | null;
  url: string | null;
  /** Entity id of the outlet as an Organization (PUBLISHED_BY). */
  outletEntityId: string;
}

export interface ClaimRow {
  /** `${storyId}#c${position}` */
  id: string;
  kind: ClaimKind;
  text: string;
  norm: string;
  /** Order within the story: summary sentences first, then timeline entries. */
  position: number;
  /** Section index for summary claims, null otherwise. */
  section: number | null;
  /** Source numbers cited (CITES -> `${storyId}#s${n}`). */
  sourceNumbers: number[];
}

export interface EntityRow {
  id: string;
  type: EntityType;
  /** Finer kind for OTHER (Spacecraft, Index, Award...) or null. */
  kind: string | null;
  name: string;
  /** Surface forms seen for it (display). */
  aliases: string[];
  /** Normalized lookup keys (lower case, punctuation folded, titles stripped): Alias nodes. */
  aliasKeys: string[];
  /** Agreement details, null for other types. */
  count: number | null;
  topics: string[];
}

export interface MentionRow {
  claimId: string;
  entityId: string;
  /** Surface strings and their [start, end) offsets in the claim's `norm`. */
  surfaces: string[];
  starts: number[];
  ends: number[];
}

export interface EventRow {
  /** `${storyId}#e${timelineIndex}` */
  id: string;
  date: string | null;
  endDate: string | null;
  type: string;
  summary: string;
  /** Position within the story's timeline. */
  position: number;
  /** Claims that support it: its timeline claim first, then summary claims reporting it. */
  claimIds: string[];
}

export interface ParticipationRow {
  entityId: string;
  eventId: string;
  /** e.g. 'participant', 'host', 'speaker', 'signatory', 'subject' */
  role: string;
}

export interface EventLinkRow {
  eventId: string;
  entityId: string;
}

export interface RoleRow {
  personId: string;
  /** e.g. 'President' */
  title: string;
  /** Country or Organization entity id, or null when the role names none. */
  ofId: string | null;
  claimId: string;
}

/** A body of an organization ("IOC Executive Board") PART_OF it, with the claim that names it so. */
export interface PartOfRow {
  organId: string;
  parentId: string;
  claimId: string;
}

export interface PartyRow {
  agreementId: string;
  partyId: string;
}

export interface ResolvedGraph {
  story: StoryRow;
  sources: SourceRow[];
  claims: ClaimRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  events: EventRow[];
  participations: ParticipationRow[];
  places: EventLinkRow[];
  agreements: EventLinkRow[];
  roles: RoleRow[];
  parties: PartyRow[];
  partOf: PartOfRow[];
  warnings: { line: number | null; rule: string; message: string }[];
}
