import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Organisation } from '../organisation/organisation.entity';
import { User } from '../user/user.entity';
import { PeerReviewSignUp } from './peer-review-sign-up.entity';

export enum PeerGroupStatus {
  /** Proposed by organisations that agreed their partners; waits for the sector body. */
  PROPOSED = 'PROPOSED',
  /** Formed by the sector body, or a proposal it confirmed. */
  FORMED = 'FORMED',
  /** A proposal the sector body declined; its sign-ups are open again. */
  DECLINED = 'DECLINED',
}
registerEnumType(PeerGroupStatus, { name: 'PeerGroupStatus' });

/**
 * A peer group (intercollegiale groep): three or more organisations that assess each other. Later slices
 * hang the visits, the learning reports and the group's own workflow on it (docs/peer-review.md).
 */
@ObjectType()
@Entity({ tableName: 'peer_group' })
@Index({ properties: ['createdAt', 'id'] })
export class PeerGroup extends BaseEntity<'status' | 'declineReason' | 'proposedBy' | 'decidedBy' | 'decidedAt'> {
  @Field(() => PeerGroupStatus)
  @Enum({ items: () => PeerGroupStatus, nativeEnumName: 'peer_group_status' })
  status!: PeerGroupStatus;

  /** The organisation that proposed the group; null when the sector body formed it. */
  @ManyToOne(() => Organisation, { ref: true, nullable: true })
  proposedBy: Ref<Organisation> | null = null;

  @ManyToOne(() => User, { ref: true })
  createdBy!: Ref<User>;

  /** Who in the sector body formed, confirmed or declined it. */
  @ManyToOne(() => User, { ref: true, nullable: true })
  decidedBy: Ref<User> | null = null;

  @Field(() => Date, { nullable: true, description: 'When the sector body formed, confirmed or declined it.' })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Field({ description: 'Why the sector body declined the proposal; empty otherwise.' })
  @Property({ type: 'text', default: '' })
  declineReason: string = '';

  @OneToMany(() => PeerGroupMember, (m) => m.group)
  members = new Collection<PeerGroupMember>(this);
}

/** One organisation in a peer group, by the sign-up it came with. */
@Entity({ tableName: 'peer_group_member' })
@Unique({ properties: ['group', 'organisation'] })
export class PeerGroupMember extends BaseEntity {
  @ManyToOne(() => PeerGroup, { ref: true, deleteRule: 'cascade' })
  group!: Ref<PeerGroup>;

  @Index()
  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @Index()
  @ManyToOne(() => PeerReviewSignUp, { ref: true })
  signUp!: Ref<PeerReviewSignUp>;
}
