import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { PageOf } from '../../common/pagination';
import { CertificateStatus } from '../certificate/certificate.entity';
import { CycleVariant, type Variant } from '../cycle/cycle-enums';

/** What a register entry stands for (docs/domain.md, The register). */
export enum RegisterEntryKind {
  /** A certificate after an award decision. */
  CERTIFICATE = 'CERTIFICATE',
  /** A peer advisory assessment (intercollegiale adviesmeting): no certificate number, no award. */
  PEER_REVIEW = 'PEER_REVIEW',
}
registerEnumType(RegisterEntryKind, { name: 'RegisterEntryKind' });

/**
 * One line of the public register (docs/domain.md, The register): what a municipality or client may know about a
 * certificate, and nothing more. Deliberately flat, with no IDs for the public: it cannot lead a reader to
 * users, cycles or any other record. Only the sector body, which manages the register, gets the cycle's ID
 * (see RegisterResolver.cycleId), to suspend or withdraw the certificate.
 */
@ObjectType({ description: 'A public register entry: a certificate, or a registered peer advisory assessment, as anyone may see it.' })
export class RegisterEntry {
  @Field(() => RegisterEntryKind)
  kind!: RegisterEntryKind;

  @Field(() => String, { nullable: true, description: 'Public certificate number, e.g. KSSW-2026-00042; null for a peer advisory assessment, which has no certificate.' })
  certificateNumber!: string | null;

  @Field()
  organisationName!: string;

  @Field()
  place!: string;

  @Field(() => CycleVariant)
  variant!: Variant;

  @Field({ description: 'True when the whole organisation is certified; otherwise scopeUnits names the units.' })
  wholeOrganisation!: boolean;

  @Field(() => [String])
  scopeUnits!: string[];

  @Field(() => String, { nullable: true, description: 'Empty for a peer review without a certifying institution.' })
  certifyingInstitutionName!: string | null;

  @Field()
  frameworkName!: string;

  @Field()
  frameworkVersion!: string;

  @Field(() => Date)
  validFrom!: Date;

  @Field(() => Date)
  validUntil!: Date;

  @Field(() => CertificateStatus)
  status!: CertificateStatus;

  /** Not a field of its own: exposed through the sector-only resolver. Null for a peer advisory assessment. */
  cycleId!: string | null;

  /** The second part of the register's order and cursor: the certificate number, or the peer entry's ID. */
  sortKey!: string;
}

/** An entry that is a certificate: what verification and the open-data files deal in. */
export type CertificateEntry = RegisterEntry & { kind: RegisterEntryKind.CERTIFICATE; certificateNumber: string; cycleId: string };

export const RegisterPage = PageOf(RegisterEntry, 'RegisterPage');
