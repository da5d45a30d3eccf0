import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { RevisionColumn } from '../../common/revision';
import { Cycle } from '../cycle/cycle.entity';
import { Norm } from '../framework/norm.entity';
import { User } from '../user/user.entity';

export enum ActionStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}
registerEnumType(ActionStatus, { name: 'ActionStatus' });

/**
 * One action of the improvement plan (verbeterplan): what, who, by when, and how success is seen.
 * Tracked open → in progress → done through the whole validity period; open ones carry over to the next cycle.
 */
@ObjectType()
@Entity({ tableName: 'improvement_action' })
@Index({ properties: ['cycle', 'status'] })
export class ImprovementAction extends BaseEntity<'status' | 'progressNote' | 'updatedAt' | 'carriedOverFrom' | 'revision'> {
  @ManyToOne(() => Cycle, { ref: true, deleteRule: 'cascade' })
  cycle!: Ref<Cycle>;

  /** The norm whose finding or improvement point this action answers; null for a general action. */
  @ManyToOne(() => Norm, { ref: true, nullable: true })
  norm!: Ref<Norm> | null;

  @Field()
  @Property({ type: 'text' })
  what!: string;

  @Field({ description: 'Who carries it out (a name or a role).' })
  @Property({ type: 'text' })
  owner!: string;

  @Field()
  @Property({ type: 'date' })
  dueDate!: string;

  @Field({ description: 'How success will be seen.' })
  @Property({ type: 'text' })
  successIndicator!: string;

  @Field(() => ActionStatus)
  @Enum({ items: () => ActionStatus, nativeEnumName: 'action_status', default: ActionStatus.OPEN })
  status: ActionStatus = ActionStatus.OPEN;

  @Field()
  @Property({ type: 'text', default: '' })
  progressNote: string = '';

  @ManyToOne(() => ImprovementAction, { ref: true, nullable: true })
  carriedOverFrom: Ref<ImprovementAction> | null = null;

  @RevisionColumn()
  revision: number = 1;

  @ManyToOne(() => User, { ref: true })
  updatedBy!: Ref<User>;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
