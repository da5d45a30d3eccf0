import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { CertifyingInstitution } from '../certifying-institution/certifying-institution.entity';
import { Organisation } from '../organisation/organisation.entity';
import { SectorBody } from '../sector-body/sector-body.entity';
import { PartyKind, Role } from './role';

/** A person with an account. Exactly one of the three party links is set, matching `partyKind`. */
@ObjectType()
@Entity({ tableName: 'app_user' })
// Written the way PostgreSQL prints it back, so the migration differ sees no change where there is none.
@Check({
  name: 'app_user_one_party',
  expression:
    "((party_kind = 'ORGANISATION'::party_kind) AND (organisation_id IS NOT NULL) AND (certifying_institution_id IS NULL) AND (sector_body_id IS NULL)) OR " +
    "((party_kind = 'CERTIFYING_INSTITUTION'::party_kind) AND (certifying_institution_id IS NOT NULL) AND (organisation_id IS NULL) AND (sector_body_id IS NULL)) OR " +
    "((party_kind = 'SECTOR_BODY'::party_kind) AND (sector_body_id IS NOT NULL) AND (organisation_id IS NULL) AND (certifying_institution_id IS NULL))",
})
export class User extends BaseEntity {
  @Field()
  @Property({ type: 'text', unique: true })
  email!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  /** argon2id hash; never exposed through GraphQL. */
  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => Role)
  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  @Field(() => PartyKind)
  @Enum({ items: () => PartyKind, nativeEnumName: 'party_kind' })
  partyKind!: PartyKind;

  @Index()
  @ManyToOne(() => Organisation, { nullable: true, ref: true })
  organisation?: Ref<Organisation>;

  @Index()
  @ManyToOne(() => CertifyingInstitution, { nullable: true, ref: true })
  certifyingInstitution?: Ref<CertifyingInstitution>;

  @ManyToOne(() => SectorBody, { nullable: true, ref: true })
  sectorBody?: Ref<SectorBody>;
}
