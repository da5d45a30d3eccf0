import { Entity, ManyToOne, type Ref, Unique } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { NormAnswer } from '../self-evaluation/norm-answer.entity';
import { RespondentInvitation } from './respondent-invitation.entity';

/** A respondent's own answer on one norm: theirs alone until they submit, then counted in the spread. */
@ObjectType()
@Entity({ tableName: 'respondent_answer' })
@Unique({ properties: ['invitation', 'norm'] })
export class RespondentAnswer extends NormAnswer {
  @ManyToOne(() => RespondentInvitation, { ref: true, deleteRule: 'cascade' })
  invitation!: Ref<RespondentInvitation>;
}
