import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Cycle } from '../cycle/cycle.entity';
import { User } from '../user/user.entity';
import { NormAnswer } from './norm-answer.entity';

/**
 * The organisation's answer on one norm: a draft until the self-evaluation is submitted, after which the
 * cycle's lock makes it read-only. Only the organisation's own answer carries an explanation and its editor.
 */
@ObjectType()
@Entity({ tableName: 'self_evaluation_answer' })
@Unique({ properties: ['cycle', 'norm'] })
export class SelfEvaluationAnswer extends NormAnswer<'explanation'> {
  @ManyToOne(() => Cycle, { ref: true, deleteRule: 'cascade' })
  cycle!: Ref<Cycle>;

  @Field()
  @Property({ type: 'text', default: '' })
  explanation: string = '';

  @ManyToOne(() => User, { ref: true })
  updatedBy!: Ref<User>;
}
