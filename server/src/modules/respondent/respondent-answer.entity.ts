import { Entity, Enum, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { RevisionColumn } from '../../common/revision';
import { NormScore, SCORES, type Score } from '../cycle/cycle-enums';
import { Norm } from '../framework/norm.entity';
import { RespondentInvitation } from './respondent-invitation.entity';

/**
 * A respondent's own answer on one norm: theirs alone until they submit, then counted in the spread. "What
 * goes well" comes before "what to improve", on purpose.
 */
@ObjectType()
@Entity({ tableName: 'respondent_answer' })
@Unique({ properties: ['invitation', 'norm'] })
export class RespondentAnswer extends BaseEntity<'updatedAt' | 'revision' | 'score' | 'goesWell' | 'toImprove'> {
  @ManyToOne(() => RespondentInvitation, { ref: true, deleteRule: 'cascade' })
  invitation!: Ref<RespondentInvitation>;

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
