import type { ProcessMessage } from '../../../../workflows/src/activities';
import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../user/user.entity';
import { Cycle } from './cycle.entity';
import { CyclePhase, PHASES, type Phase } from './cycle-enums';

/** One entry of a cycle's audit trail; (cycle, seq) is unique so a retried projection writes it once. */
@ObjectType('CycleEvent')
@Entity({ tableName: 'cycle_transition' })
@Unique({ properties: ['cycle', 'seq'] })
// The sector overview's time per phase walks each cycle's phase entries in order.
@Index({
  name: 'cycle_transition_phase_entry_index',
  expression:
    'create index "cycle_transition_phase_entry_index" on "cycle_transition" ("cycle_id", "seq") include ("to_phase", "at") where "from_phase" is distinct from "to_phase"',
})
export class CycleTransition extends BaseEntity {
  @ManyToOne(() => Cycle, { ref: true, deleteRule: 'cascade' })
  cycle!: Ref<Cycle>;

  @Field(() => Int)
  @Property({ type: 'int' })
  seq!: number;

  @Field(() => CyclePhase, { nullable: true })
  @Enum({ items: () => [...PHASES], nullable: true })
  fromPhase!: Phase | null;

  @Field(() => CyclePhase)
  @Enum({ items: () => [...PHASES] })
  toPhase!: Phase;

  @Field()
  @Property({ type: 'text' })
  command!: string;

  @ManyToOne(() => User, { ref: true, nullable: true })
  actor!: Ref<User> | null;

  @Field()
  @Property({ type: 'timestamptz' })
  at!: Date;

  /** The Dutch wording, stored for readers outside the api; the api words `event` per reader. */
  @Property({ type: 'text' })
  summary!: string;

  /** What happened, as the workflow reported it; null on entries from before events had codes. */
  @Property({ type: 'jsonb', nullable: true })
  event: ProcessMessage | null = null;
}
