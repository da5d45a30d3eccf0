import { DecimalType, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Cycle } from '../cycle/cycle.entity';
import { Organisation } from '../organisation/organisation.entity';
import { User } from '../user/user.entity';

export enum SignUpStatus {
  /** Waiting for a group: the sector body may match it, or its partners may name it in their proposal. */
  OPEN = 'OPEN',
  /** In a proposed or formed peer group. */
  GROUPED = 'GROUPED',
  /** Its peer assessment is in the register: the organisation may sign up for its next one. */
  COMPLETED = 'COMPLETED',
}
registerEnumType(SignUpStatus, { name: 'SignUpStatus' });

/**
 * An organisation's sign-up (aanmelding) for a peer advisory assessment: when it wants to be assessed, how
 * large it is and where, what it prefers, and whether it already agreed partners. The sector body matches
 * open sign-ups into peer groups; an organisation has at most one sign-up that is open or in a group, and signs
 * up again for its next assessment once the last one is registered.
 */
@ObjectType()
@Entity({ tableName: 'peer_review_sign_up' })
@Index({ properties: ['createdAt', 'id'] })
@Index({
  name: 'peer_review_sign_up_one_active_per_organisation',
  expression:
    'create unique index "peer_review_sign_up_one_active_per_organisation" on "peer_review_sign_up" ("organisation_id") where "status" in (\'OPEN\', \'GROUPED\')',
})
export class PeerReviewSignUp extends BaseEntity<'status' | 'preferences' | 'cycle'> {
  @Index()
  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @Field({ description: 'First day of the period in which the organisation wants to be assessed (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  periodFrom!: string;

  @Field({ description: 'Last day of that period (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  periodUntil!: string;

  @Field(() => Float, { description: 'Staff size in full-time equivalents, for matching organisations of a like size.' })
  @Property({ type: new DecimalType('number'), precision: 8, scale: 2 })
  fte!: number;

  @Field({ description: 'The region the organisation works in, as the organisation names it; matched without regard to case.' })
  @Property({ type: 'text' })
  region!: string;

  @Field({ description: 'Wishes for the group or the visits, in the organisation’s own words.' })
  @Property({ type: 'text', default: '' })
  preferences: string = '';

  @Field({ description: 'True when the organisation already agreed its partners and proposes its own group.' })
  @Property()
  partnersKnown!: boolean;

  @Field(() => SignUpStatus)
  @Enum({ items: () => SignUpStatus, nativeEnumName: 'sign_up_status', default: SignUpStatus.OPEN })
  status: SignUpStatus = SignUpStatus.OPEN;

  @ManyToOne(() => User, { ref: true })
  signedUpBy!: Ref<User>;

  /**
   * The organisation's PEER_REVIEW cycle this assessment is part of: its group's workflow moves that cycle,
   * and registering the assessment ends it. Linked at the sign-up, or when the group forms if the cycle chose
   * the peer path later; null when the organisation has no such cycle (an assessment on its own).
   */
  @Index()
  @ManyToOne(() => Cycle, { ref: true, nullable: true, deleteRule: 'set null' })
  cycle: Ref<Cycle> | null = null;
}
