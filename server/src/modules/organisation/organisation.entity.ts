import { DecimalType, Entity, Index, Property } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';

/** A social-work organisation working towards the label. */
@ObjectType()
@Entity({ tableName: 'organisation' })
// Lists page by (name, id) with keyset cursors; this index serves that order without a sort.
@Index({ properties: ['name', 'id'] })
// "Part of the name or place" searches (ILIKE '%term%'): trigram indexes, see docs/data.md.
@Index({
  name: 'organisation_name_trgm_index',
  expression: 'create index "organisation_name_trgm_index" on "organisation" using gin ("name" gin_trgm_ops) with (fastupdate = off)',
})
@Index({
  name: 'organisation_place_trgm_index',
  expression: 'create index "organisation_place_trgm_index" on "organisation" using gin ("place" gin_trgm_ops) with (fastupdate = off)',
})
export class Organisation extends BaseEntity {
  /** In the column's collation, nl-NL-x-icu: the order Dutch readers expect (docs/data.md). */
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
