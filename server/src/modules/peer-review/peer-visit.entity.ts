import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Organisation } from '../organisation/organisation.entity';
import { User } from '../user/user.entity';
import { PeerAuditor } from './peer-auditor.entity';
import { PeerGroup } from './peer-group.entity';

export enum PeerVisitStatus {
  /** Planned by the group; the date may still change. */
  PLANNED = 'PLANNED',
  /** The visited organisation confirmed the date; the visit no longer changes. */
  CONFIRMED = 'CONFIRMED',
}
registerEnumType(PeerVisitStatus, { name: 'PeerVisitStatus' });

/**
 * The visit of one member organisation of a peer group by a pair of peer auditors from the other members
 * (docs/peer-review.md). Each member is visited once per group: the unique key holds it when two planners
 * ask at once. The pair is two columns rather than a list: a visit always has exactly two auditors.
 */
@ObjectType()
@Entity({ tableName: 'peer_visit' })
@Unique({ properties: ['group', 'organisation'] })
@Index({ properties: ['date'] })
export class PeerVisit extends BaseEntity<'status' | 'confirmedBy' | 'confirmedAt'> {
  @ManyToOne(() => PeerGroup, { ref: true, deleteRule: 'cascade' })
  group!: Ref<PeerGroup>;

  /** The organisation visited. */
  @Index()
  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @Field({ description: 'The day of the visit (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  date!: string;

  @Index()
  @ManyToOne(() => PeerAuditor, { ref: true, deleteRule: 'cascade' })
  firstAuditor!: Ref<PeerAuditor>;

  @Index()
  @ManyToOne(() => PeerAuditor, { ref: true, deleteRule: 'cascade' })
  secondAuditor!: Ref<PeerAuditor>;

  @Field(() => PeerVisitStatus)
  @Enum({ items: () => PeerVisitStatus, nativeEnumName: 'peer_visit_status', default: PeerVisitStatus.PLANNED })
  status: PeerVisitStatus = PeerVisitStatus.PLANNED;

  /** Who planned it last (a re-plan replaces the planner). */
  @ManyToOne(() => User, { ref: true })
  plannedBy!: Ref<User>;

  @Field({ description: 'When it was planned last.' })
  @Property({ type: 'timestamptz' })
  plannedAt!: Date;

  @ManyToOne(() => User, { ref: true, nullable: true })
  confirmedBy: Ref<User> | null = null;

  @Field(() => Date, { nullable: true, description: 'When the visited organisation confirmed the date; null while planned.' })
  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null = null;
}
