import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Organisation } from '../organisation/organisation.entity';
import { User } from '../user/user.entity';
import { Team } from './team.entity';

/** The three conditions for learning the scan asks about (docs/learning.md, the learning-climate scan). */
export enum LearningCondition {
  POSITIVE_ENVIRONMENT = 'POSITIVE_ENVIRONMENT',
  ROOM_AND_SUPPORT = 'ROOM_AND_SUPPORT',
  SHARED_VISION = 'SHARED_VISION',
}
registerEnumType(LearningCondition, {
  name: 'LearningCondition',
  description: 'A positive learning environment; room for learning with support; a shared vision on learning.',
});

@ObjectType({ description: 'One statement of the scan, answered on a scale from 1 (do not agree) to 5 (fully agree).' })
export class ClimateScanQuestion {
  @Field({ description: 'The key of the statement within its question set.' })
  id!: string;

  @Field(() => LearningCondition)
  condition!: LearningCondition;

  @Field({ description: 'The statement in Dutch.' })
  textNl!: string;

  @Field({ description: 'The statement in English; may be empty, then the Dutch text is shown.' })
  textEn!: string;
}

/**
 * The organisation's statements as saved at one moment. A save adds a version; a round keeps the version it
 * was opened with, so the statements of an answered round never change under its answers.
 */
@ObjectType()
@Entity({ tableName: 'climate_scan_question_set' })
@Unique({ properties: ['organisation', 'version'] })
export class ClimateScanQuestionSet extends BaseEntity<'savedBy'> {
  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @Field(() => Int, { description: '1 for the first set saved or used; 0 for the illustrative set before anything was saved.' })
  @Property({ type: 'int' })
  version!: number;

  @Field({ description: 'True for the illustrative set LabelCycle offers: an example, not text of the scheme.' })
  @Property()
  illustrative!: boolean;

  @Field(() => [ClimateScanQuestion])
  @Property({ type: 'json' })
  questions!: ClimateScanQuestion[];

  /** Null when the illustrative set was taken as it is, by opening a round without saving statements first. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  savedBy: Ref<User> | null = null;
}

/** A period in which the teams named answer the scan; open until closed. At most one open round per organisation. */
@ObjectType()
@Entity({ tableName: 'climate_scan_round' })
@Unique({
  name: 'climate_scan_round_one_open_per_organisation',
  expression: 'create unique index "climate_scan_round_one_open_per_organisation" on "climate_scan_round" ("organisation_id") where "closed_at" is null',
})
@Index({ properties: ['organisation', 'createdAt', 'id'] })
export class ClimateScanRound extends BaseEntity<'closedAt'> {
  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @ManyToOne(() => ClimateScanQuestionSet, { ref: true })
  questionSet!: Ref<ClimateScanQuestionSet>;

  @Field({ description: 'What the round is called, for example "Najaar 2026".' })
  @Property({ type: 'text' })
  period!: string;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  openedBy!: Ref<User> | null;

  @Field(() => Date, { nullable: true, description: 'When the round was closed; null while it is open.' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;
}

/** A team asked to answer in a round. */
@Entity({ tableName: 'climate_scan_round_team' })
@Unique({ properties: ['round', 'team'] })
export class ClimateScanRoundTeam extends BaseEntity {
  @ManyToOne(() => ClimateScanRound, { ref: true, deleteRule: 'cascade' })
  round!: Ref<ClimateScanRound>;

  @Index()
  @ManyToOne(() => Team, { ref: true, deleteRule: 'cascade' })
  team!: Ref<Team>;
}

/**
 * That a person answered for a team in a round, and nothing of what they answered: it keeps them from
 * answering twice and tells them they did. The answers themselves are in climate_scan_response, which has no
 * link to this row or to the person.
 */
@Entity({ tableName: 'climate_scan_participation' })
@Unique({ properties: ['round', 'team', 'person'] })
export class ClimateScanParticipation extends BaseEntity {
  @ManyToOne(() => ClimateScanRound, { ref: true, deleteRule: 'cascade' })
  round!: Ref<ClimateScanRound>;

  @ManyToOne(() => Team, { ref: true, deleteRule: 'cascade' })
  team!: Ref<Team>;

  @Index()
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  person!: Ref<User>;
}

/**
 * One person's answers for a team in a round, anonymous by construction: no person, no time, a random key.
 * It does not extend BaseEntity on purpose: a creation time would tie it to the participation row made in the
 * same moment.
 */
@Entity({ tableName: 'climate_scan_response' })
@Index({ properties: ['round', 'team'] })
export class ClimateScanResponse {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ClimateScanRound, { ref: true, deleteRule: 'cascade' })
  round!: Ref<ClimateScanRound>;

  @ManyToOne(() => Team, { ref: true, deleteRule: 'cascade' })
  team!: Ref<Team>;

  /** The score (1–5) per statement key of the round's question set. */
  @Property({ type: 'json' })
  scores!: Record<string, number>;
}

/** What a team concluded and agreed after a round, written by its team lead; one per round and team. */
@ObjectType()
@Entity({ tableName: 'climate_team_agreement' })
@Unique({ properties: ['round', 'team'] })
export class ClimateTeamAgreement extends BaseEntity<'updatedAt' | 'writtenBy' | 'teamId'> {
  @ManyToOne(() => ClimateScanRound, { ref: true, deleteRule: 'cascade' })
  round!: Ref<ClimateScanRound>;

  @ManyToOne(() => Team, { ref: true, deleteRule: 'cascade' })
  team!: Ref<Team>;

  @Field({ description: 'What the team concluded and agreed; empty when cleared.' })
  @Property({ type: 'text' })
  text!: string;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  writtenBy: Ref<User> | null = null;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();

  @Field(() => ID)
  get teamId(): string {
    return this.team.id;
  }
}

export const CLIMATE_SCAN_ENTITIES = [ClimateScanQuestionSet, ClimateScanRound, ClimateScanRoundTeam, ClimateScanParticipation, ClimateScanResponse, ClimateTeamAgreement];
