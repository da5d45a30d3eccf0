import { Entity, Enum, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { ADVICES, AuditAdvice, type Advice } from '../cycle/cycle-enums';
import { Cycle } from '../cycle/cycle.entity';
import { User } from '../user/user.entity';

export enum ReportKind {
  DRAFT = 'DRAFT',
  FINAL = 'FINAL',
}
registerEnumType(ReportKind, { name: 'ReportKind' });

/**
 * The draft or final assessment report. Written once, by the projection of the transition that issued
 * it; strengths come before improvement points.
 */
@ObjectType()
@Entity({ tableName: 'audit_report' })
@Unique({ properties: ['cycle', 'kind'] })
export class AuditReport extends BaseEntity<'reply' | 'repliedAt'> {
  @ManyToOne(() => Cycle, { ref: true, deleteRule: 'cascade' })
  cycle!: Ref<Cycle>;

  @Field(() => ReportKind)
  @Enum({ items: () => ReportKind, nativeEnumName: 'report_kind' })
  kind!: ReportKind;

  @Field()
  @Property({ type: 'text' })
  summary!: string;

  @Field()
  @Property({ type: 'text' })
  strengths!: string;

  @Field()
  @Property({ type: 'text' })
  improvementPoints!: string;

  @Field(() => AuditAdvice, { nullable: true })
  @Enum({ items: () => [...ADVICES], nullable: true })
  advice!: Advice | null;

  @Field(() => String, { nullable: true, description: "The organisation's reply (draft report only)." })
  @Property({ type: 'text', nullable: true })
  reply: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  repliedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  issuedBy!: Ref<User> | null;

  @Field()
  @Property({ type: 'timestamptz' })
  issuedAt!: Date;
}
