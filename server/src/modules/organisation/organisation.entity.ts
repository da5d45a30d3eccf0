import { DecimalType, Entity, Index, Property } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';

/** A social-work organisation working towards the label. */
@ObjectType()
@Entity({ tableName: 'organisation' })
// Lists page by (name, id) with keyset cursors; this index serves that order without a sort.
@Index({ properties: ['name', 'id'] })
export class Organisation extends BaseEntity {
  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field()
  @Property({ type: 'text' })
  place!: string;

  @Field(() => Float, { description: 'Staff size in full-time equivalents; drives the audit-days table.' })
  @Property({ type: new DecimalType('number'), precision: 8, scale: 2 })
  fte!: number;
}
