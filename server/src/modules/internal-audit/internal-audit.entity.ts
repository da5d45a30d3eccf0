import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Cycle } from '../cycle/cycle.entity';
import { User } from '../user/user.entity';

export enum InternalAuditStatus {
  PLANNED = 'PLANNED',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(InternalAuditStatus, { name: 'InternalAuditStatus' });

/** An internal audit the organisation plans on one team or unit, run by its own internal auditors. */
@ObjectType()
@Entity({ tableName: 'internal_audit' })
@Index({ properties: ['cycle', 'status'] })
export class InternalAudit extends BaseEntity<'status'> {
  @ManyToOne(() => Cycle, { ref: true, deleteRule: 'cascade' })
  cycle!: Ref<Cycle>;

  @Field({ description: 'The team or unit audited.' })
  @Property({ type: 'text' })
  unit!: string;

  @Field()
  @Property({ type: 'date' })
  plannedDate!: string;

  /** User IDs of the internal auditors (members of the organisation). */
  @Property({ type: 'text[]' })
  auditorIds!: string[];

  @Field(() => InternalAuditStatus)
  @Enum({ items: () => InternalAuditStatus, nativeEnumName: 'internal_audit_status', default: InternalAuditStatus.PLANNED })
  status: InternalAuditStatus = InternalAuditStatus.PLANNED;

  @ManyToOne(() => User, { ref: true })
  plannedBy!: Ref<User>;
}
