import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';

/** A certifying institution (CI) whose auditors assess organisations; the sector body admits it. */
@ObjectType()
@Entity({ tableName: 'certifying_institution' })
export class CertifyingInstitution extends BaseEntity<'admitted'> {
  @Field()
  @Property({ type: 'text', unique: true })
  name!: string;

  @Field({ description: 'Admitted by the sector body to certify under the scheme.' })
  @Property({ type: 'boolean', default: true })
  admitted: boolean = true;
}
