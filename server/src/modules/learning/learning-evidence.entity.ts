import { Check, Entity, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Cycle } from '../cycle/cycle.entity';
import { CyclePhase, type Phase } from '../cycle/cycle-enums';
import { Norm } from '../framework/norm.entity';
import { User } from '../user/user.entity';
import { ClimateScanRound } from './climate-scan.entity';
import { LearningYearReport } from './learning-settings.entity';

/**
 * A learning year report or a closed scan round linked, in one cycle, to a norm the organisation evaluates
 * itself on: evidence that is no file but the organisation's own aggregates, read live (team figures above the
 * threshold only).
 */
@ObjectType()
@Entity({ tableName: 'learning_evidence_link' })
@Check({ name: 'learning_evidence_link_one_source', expression: 'num_nonnulls(learning_year_report_id, climate_scan_round_id) = 1' })
@Unique({
  name: 'learning_evidence_link_source_unique',
  expression:
    'create unique index "learning_evidence_link_source_unique" on "learning_evidence_link" ("cycle_id", "norm_id", coalesce("learning_year_report_id", "climate_scan_round_id"))',
})
@Index({ properties: ['cycle'] })
export class LearningEvidenceLink extends BaseEntity<'learningYearReport' | 'climateScanRound' | 'linkedBy'> {
  @ManyToOne(() => Cycle, { ref: true, deleteRule: 'cascade' })
  cycle!: Ref<Cycle>;

  @ManyToOne(() => Norm, { ref: true, deleteRule: 'cascade' })
  norm!: Ref<Norm>;

  @ManyToOne(() => LearningYearReport, { ref: true, nullable: true, deleteRule: 'cascade' })
  learningYearReport: Ref<LearningYearReport> | null = null;

  @ManyToOne(() => ClimateScanRound, { ref: true, nullable: true, deleteRule: 'cascade' })
  climateScanRound: Ref<ClimateScanRound> | null = null;

  @Field(() => CyclePhase, { description: 'The phase the link belongs to; once that phase is submitted the link is locked.' })
  @Property({ type: 'text' })
  linkedInPhase!: Phase;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  linkedBy: Ref<User> | null = null;
}

