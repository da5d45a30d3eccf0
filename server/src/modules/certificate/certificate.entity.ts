import { Entity, Enum, Index, ManyToOne, OneToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { CertifyingInstitution } from '../certifying-institution/certifying-institution.entity';
import { Cycle } from '../cycle/cycle.entity';
import { CycleVariant, VARIANTS, type Variant } from '../cycle/cycle-enums';
import { FrameworkVersion } from '../framework/framework-version.entity';
import { Organisation } from '../organisation/organisation.entity';

export enum CertificateStatus {
  VALID = 'VALID',
  SUSPENDED = 'SUSPENDED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
  /** Replaced by the certificate of the next cycle. */
  RENEWED = 'RENEWED',
}
registerEnumType(CertificateStatus, { name: 'CertificateStatus' });

/**
 * The certificate an award issues; it is also the public register entry, so the register always shows
 * the current status. Scope, variant, CI and framework version are copied: they must not change with later edits.
 */
@ObjectType()
@Entity({ tableName: 'certificate' })
@Index({ properties: ['status', 'validUntil'] })
@Index({ properties: ['organisation'] })
// verifyCertificate matches the number in any letter case; this keeps it an index lookup.
@Unique({ name: 'certificate_number_upper_unique', expression: 'create unique index "certificate_number_upper_unique" on "certificate" (upper("number"))' })
export class Certificate extends BaseEntity<'status' | 'statusReason' | 'statusChangedAt'> {
  @Field({ description: 'Public certificate number, e.g. KSSW-2026-00042.' })
  @Property({ type: 'text', unique: true })
  number!: string;

  @OneToOne(() => Cycle, { ref: true, owner: true, unique: true })
  cycle!: Ref<Cycle>;

  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @ManyToOne(() => CertifyingInstitution, { ref: true, nullable: true })
  certifyingInstitution!: Ref<CertifyingInstitution> | null;

  @ManyToOne(() => FrameworkVersion, { ref: true })
  frameworkVersion!: Ref<FrameworkVersion>;

  @Field(() => CycleVariant)
  @Enum({ items: () => [...VARIANTS] })
  variant!: Variant;

  @Field()
  @Property({ type: 'boolean' })
  wholeOrganisation!: boolean;

  @Field(() => [String])
  @Property({ type: 'text[]' })
  scopeUnits!: string[];

  @Field()
  @Property({ type: 'timestamptz' })
  validFrom!: Date;

  @Field()
  @Property({ type: 'timestamptz' })
  validUntil!: Date;

  @Field(() => CertificateStatus)
  @Enum({ items: () => CertificateStatus, nativeEnumName: 'certificate_status', default: CertificateStatus.VALID })
  status: CertificateStatus = CertificateStatus.VALID;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  statusReason: string | null = null;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  statusChangedAt: Date = new Date();
}
