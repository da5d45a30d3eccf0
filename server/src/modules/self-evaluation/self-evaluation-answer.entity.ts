import { Entity, Enum, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { RevisionColumn } from '../../common/revision';
import { Cycle } from '../cycle/cycle.entity';
import { NormScore, SCORES, type Score } from '../cycle/cycle-enums';
import { Norm } from '../framework/norm.entity';
import { User } from '../user/user.entity';

/**
 * The organisation's answer on one norm: a draft until the self-evaluation is submitted, after which the
 * cycle's lock makes it read-only. "What goes well" comes before "what to improve", on purpose.
 */
@ObjectType()
@Entity({ tableName: 'self_evaluation_answer' })
@Unique({ properties: ['cycle', 'norm'] })
export class SelfEvaluationAnswer extends BaseEntity<'updatedAt' | 'revision' | 'score' | 'explanation' | 'goesWell' | 'toImprove'> {
  @ManyToOne(() => Cycle, { ref: true, deleteRule: 'cascade' })
  cycle!: Ref<Cycle>;

  @ManyToOne(() => Norm, { ref: true })
  norm!: Ref<Norm>;

  @Field(() => NormScore, { nullable: true })
  @Enum({ items: () => [...SCORES], nullable: true })
  score: Score | null = null;

  @Field()
  @Property({ type: 'text', default: '' })
  explanation: string = '';

  @Field()
  @Property({ type: 'text', default: '' })
  goesWell: string = '';

  @Field()
  @Property({ type: 'text', default: '' })
  toImprove: string = '';

  @RevisionColumn()
  revision: number = 1;

  @ManyToOne(() => User, { ref: true })
  updatedBy!: Ref<User>;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
