import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Organisation } from '../organisation/organisation.entity';
import { User } from '../user/user.entity';

/**
 * A member of an organisation's staff nominated as peer auditor (intercollegiaal auditor), with the
 * training that qualifies them. Whether the training still counts is judged when it is read, against the
 * scheme rule (peer-auditor-eligibility.ts), so a change of the rule applies at once.
 */
@ObjectType()
@Entity({ tableName: 'peer_auditor' })
@Index({ properties: ['organisation', 'createdAt', 'id'] })
export class PeerAuditor extends BaseEntity<'trainedOn' | 'trainingProvider'> {
  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  /** The person; nominated once. */
  @ManyToOne(() => User, { ref: true, unique: true })
  person!: Ref<User>;

  @ManyToOne(() => User, { ref: true })
  nominatedBy!: Ref<User>;

  @Field(() => String, { nullable: true, description: 'The day the training was completed (YYYY-MM-DD); null until one is recorded.' })
  @Property({ type: 'date', nullable: true })
  trainedOn: string | null = null;

  @Field({ description: 'Who gave the training; empty until one is recorded.' })
  @Property({ type: 'text', default: '' })
  trainingProvider: string = '';
}
