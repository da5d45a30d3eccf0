import { Entity, Index, ManyToOne, OneToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { FrameworkVersion } from '../framework/framework-version.entity';
import { Organisation } from '../organisation/organisation.entity';
import { User } from '../user/user.entity';
import { PeerGroup } from './peer-group.entity';
import { PeerVisit } from './peer-visit.entity';

/**
 * The register entry of a peer advisory assessment (docs/peer-review.md, The register entry): what the sector
 * body registers once a visit's learning report is final. It is its own table rather than a certificate with a
 * kind: a peer assessment has no certificate number, no institution, no award decision and no status changes of
 * its own, and a certificate's columns and rules (suspension, withdrawal, the PDF) do not apply to it. The
 * public register reads both tables (register.service.ts). One entry per visit: the unique key holds it.
 */
@ObjectType('PeerReviewRegistration', { description: 'A peer advisory assessment as registered by the sector body.' })
@Entity({ tableName: 'peer_review_registration' })
export class PeerReviewRegistration extends BaseEntity {
  @OneToOne(() => PeerVisit, { ref: true, owner: true, unique: true })
  visit!: Ref<PeerVisit>;

  @Index()
  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @ManyToOne(() => PeerGroup, { ref: true })
  group!: Ref<PeerGroup>;

  /** The framework version the findings were on, named in the register like a certificate's. */
  @ManyToOne(() => FrameworkVersion, { ref: true })
  frameworkVersion!: Ref<FrameworkVersion>;

  @Field({ description: 'True when the whole organisation was assessed; otherwise scopeUnits names the units.' })
  @Property()
  wholeOrganisation!: boolean;

  @Field(() => [String])
  @Property({ type: 'text[]' })
  scopeUnits!: string[];

  @Field({ description: 'When the learning report was made final.' })
  @Property({ type: 'timestamptz' })
  validFrom!: Date;

  @Field({ description: 'Until when the entry counts: validFrom plus the scheme rule peerReviewValidity, as a certificate counts from its award.' })
  @Property({ type: 'timestamptz' })
  validUntil!: Date;

  @ManyToOne(() => User, { ref: true })
  registeredBy!: Ref<User>;
}
