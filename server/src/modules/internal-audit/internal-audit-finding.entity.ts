import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { RevisionColumn } from '../../common/revision';
import { Norm } from '../framework/norm.entity';
import { User } from '../user/user.entity';
import { InternalAudit } from './internal-audit.entity';

/** An appreciative finding of an internal audit on one norm: strengths first, then improvement points. */
@ObjectType()
@Entity({ tableName: 'internal_audit_finding' })
@Index({ properties: ['internalAudit'] })
export class InternalAuditFinding extends BaseEntity<'improvementPoints' | 'revision' | 'updatedAt'> {
  @ManyToOne(() => InternalAudit, { ref: true, deleteRule: 'cascade' })
  internalAudit!: Ref<InternalAudit>;

  @ManyToOne(() => Norm, { ref: true })
  norm!: Ref<Norm>;

  @Field()
  @Property({ type: 'text' })
  strengths!: string;

  @Field()
  @Property({ type: 'text', default: '' })
  improvementPoints: string = '';

  @ManyToOne(() => User, { ref: true })
  recordedBy!: Ref<User>;

  @RevisionColumn()
  revision: number = 1;

  @Field({ description: 'When it was last saved.' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
