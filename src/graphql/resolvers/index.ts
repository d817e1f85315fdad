import { Agreement, Country, Entity, Organization, Other, Person, Place, Relation, Role } from './entity';
import { Claim, Event, Source } from './event';
import { IngestResult, Mutation, StoryIngested } from './mutation';
import { Query } from './query';
import { Story } from './story';

/** Every resolver, keyed by schema type; fields not listed resolve to the parent's property. */
export const resolvers = {
  Query,
  Mutation,
  Entity,
  Person,
  Country,
  Organization,
  Place,
  Agreement,
  Other,
  Role,
  Relation,
  Event,
  Claim,
  Source,
  Story,
  IngestResult,
  StoryIngested,
};
