/**
 * Output of the extract stage, input of the resolve stage: the story's claims, the
 * entities found in them (already clustered within the story: every mention of one
 * real-world thing in this story points at one ExtractedEntity) and one event per
 * timeline entry. Ids are still local (`e0`, `e1`...); resolve makes them global.
 */
import type { ClaimKind, EntityType } from './resolved-graph';
import type { ParsedStory } from './parsed-story';

export interface ExtractedClaim {
  kind: ClaimKind;
  text: string;
  norm: string;
  /** Section index for summary/body claims, null for timeline claims. */
  section: number | null;
  /** Timeline index for timeline claims, null otherwise. */
  timelineIndex: number | null;
  markers: number[];
  line: number;
}

/** One occurrence of an entity: [start, end) offsets in the claim's `norm`. */
export interface ExtractedMention {
  claimIndex: number;
  start: number;
  end: number;
  surface: string;
}

export interface ExtractedRole {
  title: string;
  /** Local key of the Country/Organization the title belongs to, or null. */
  ofKey: string | null;
  claimIndex: number;
}

export interface ExtractedEntity {
  /** Local key, unique within the story (`e0`, `e1`...). */
  key: string;
  type: EntityType;
  /** Finer kind for OTHER (Conference, Index, Spacecraft...) and for some orgs (Outlet, Alliance). */
  kind: string | null;
  /** Canonical name chosen for this story. */
  name: string;
  /** Every surface form seen (without titles), canonical name first. */
  aliases: string[];
  /** ISO 3166-1 alpha-3 code, countries only. */
  countryCode: string | null;
  /**
   * True when the name alone is not enough to identify the thing outside this story
   * (surname-only person, generic institution like "Congress", lower-case agreement):
   * resolve then scopes its id to the story.
   */
  storyScoped: boolean;
  /** Keys safe for lookup (beyond aliasKey of the aliases): e.g. a person's unambiguous surname. */
  extraKeys: string[];
  mentions: ExtractedMention[];
  roles: ExtractedRole[];
  /** Agreements: number of instruments ("14 MoUs") and topics. */
  count: number | null;
  topics: string[];
  /** Agreements: local keys of the parties. */
  partyKeys: string[];
}

/** A body of an organization named after it ("IOC Executive Board" of the IOC), as the story states it. */
export interface ExtractedPartOf {
  organKey: string;
  parentKey: string;
  /** First claim naming the body after the organization. */
  claimIndex: number;
}

export interface ExtractedParticipant {
  entityKey: string;
  role: string;
}

export interface ExtractedEvent {
  timelineIndex: number;
  /** Index of the timeline claim in `claims`. */
  claimIndex: number;
  date: string | null;
  endDate: string | null;
  type: string;
  summary: string;
  participants: ExtractedParticipant[];
  placeKeys: string[];
  agreementKeys: string[];
  /** Summary claims (indexes into `claims`) that report this event. */
  supportClaimIndexes: number[];
}

export interface ExtractionWarning {
  line: number | null;
  rule: string;
  message: string;
}

export interface Extraction {
  story: ParsedStory;
  /** slugify(title) */
  storyId: string;
  /** Summary (or article body) sentences first, then timeline entries. */
  claims: ExtractedClaim[];
  entities: ExtractedEntity[];
  events: ExtractedEvent[];
  /** Bodies of organizations of the story ("IOC Executive Board" PART_OF the IOC). */
  partOf: ExtractedPartOf[];
  /** Local key of the Organization for each source number. */
  sourceOutletKeys: Record<number, string>;
  warnings: ExtractionWarning[];
}
