import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';

/** The body that owns the scheme, decides on awards and keeps the register (Sociaal Werk Nederland). */
@ObjectType()
@Entity({ tableName: 'sector_body' })
export class SectorBody extends BaseEntity {
  @Field()
  @Property({ type: 'text', unique: true })
  name!: string;
}
