import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { RevisionColumn } from '../../common/revision';
import { Cycle } from '../cycle/cycle.entity';
import { NormScore, SCORES, type Score } from '../cycle/cycle-enums';
import { Norm } from '../framework/norm.entity';
import { User } from '../user/user.entity';

/** The auditors' score and notes on one norm, recorded beside the organisation's self-evaluation. */
@ObjectType()
@Entity({ tableName: 'audit_finding' })
@Unique({ properties: ['cycle', 'norm'] })
// Sector-wide norm-level findings group by norm and score.
@Index({ properties: ['norm', 'score'] })
export class AuditFinding extends BaseEntity<'strengths' | 'improvementPoints' | 'updatedAt' | 'revision'> {
  @ManyToOne(() => Cycle, { ref: true, deleteRule: 'cascade' })
  cycle!: Ref<Cycle>;

  @ManyToOne(() => Norm, { ref: true })
  norm!: Ref<Norm>;

  @Field(() => NormScore)
  @Enum({ items: () => [...SCORES] })
  score!: Score;

  @Field()
  @Property({ type: 'text', default: '' })
  strengths: string = '';

  @Field()
  @Property({ type: 'text', default: '' })
  improvementPoints: string = '';

  @RevisionColumn()
  revision: number = 1;

  @ManyToOne(() => User, { ref: true })
  recordedBy!: Ref<User>;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
