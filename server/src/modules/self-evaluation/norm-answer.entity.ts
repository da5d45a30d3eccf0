import { Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { RevisionColumn } from '../../common/revision';
import { NormScore, SCORES, type Score } from '../cycle/cycle-enums';
import { Norm } from '../framework/norm.entity';

/**
 * What every answer on one norm holds, whoever gives it (the organisation in its self-evaluation, a
 * respondent in a questionnaire): a score, "what goes well" before "what to improve" on purpose, and the
 * revision that keeps two editors from overwriting each other.
 */
@ObjectType()
export abstract class NormAnswer<Optional extends string = never> extends BaseEntity<
  'updatedAt' | 'revision' | 'score' | 'goesWell' | 'toImprove' | Optional
> {
  @ManyToOne(() => Norm, { ref: true })
  norm!: Ref<Norm>;

  @Field(() => NormScore, { nullable: true })
  @Enum({ items: () => [...SCORES], nullable: true })
  score: Score | null = null;

  @Field()
  @Property({ type: 'text', default: '' })
  goesWell: string = '';

  @Field()
  @Property({ type: 'text', default: '' })
  toImprove: string = '';

  @RevisionColumn()
  revision: number = 1;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
