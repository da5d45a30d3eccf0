import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { FrameworkVersion } from './framework-version.entity';

/** A professional competency (KSSW: ten), linked many-to-many to norms. */
@ObjectType()
@Entity({ tableName: 'competency' })
@Unique({ properties: ['frameworkVersion', 'code'] })
export class Competency extends BaseEntity {
  @ManyToOne(() => FrameworkVersion, { ref: true, deleteRule: 'cascade' })
  frameworkVersion!: Ref<FrameworkVersion>;

  @Field()
  @Property({ type: 'text' })
  code!: string;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field(() => Int)
  @Property({ type: 'int' })
  position!: number;
}
