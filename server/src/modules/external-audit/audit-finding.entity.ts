import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Cycle } from '../cycle/cycle.entity';
import { NormScore, SCORES, type Score } from '../cycle/cycle-enums';
import { NormFinding } from '../framework/norm-finding.entity';

/** The auditors' score and notes on one norm, recorded beside the organisation's self-evaluation. */
@ObjectType()
@Entity({ tableName: 'audit_finding' })
@Unique({ properties: ['cycle', 'norm'] })
// Sector-wide norm-level findings group by norm and score.
@Index({ properties: ['norm', 'score'] })
export class AuditFinding extends NormFinding<'strengths' | 'improvementPoints'> {
  @ManyToOne(() => Cycle, { ref: true, deleteRule: 'cascade' })
  cycle!: Ref<Cycle>;

  @Field(() => NormScore)
  @Enum({ items: () => [...SCORES] })
  score!: Score;

  @Field()
  @Property({ type: 'text', default: '' })
  strengths: string = '';

  @Field()
  @Property({ type: 'text', default: '' })
  improvementPoints: string = '';
}
