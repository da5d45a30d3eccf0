import { Collection, Entity, ManyToOne, OneToMany, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { FrameworkVersion } from './framework-version.entity';
import { Norm } from './norm.entity';

/** A category of norms (KSSW: vakmanschap; dienstverlening & effect; organisatie & bestuur). */
@ObjectType()
@Entity({ tableName: 'framework_category' })
@Unique({ properties: ['frameworkVersion', 'code'] })
export class FrameworkCategory extends BaseEntity {
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

  @OneToMany(() => Norm, (n) => n.category, { orderBy: { position: 'asc' } })
  norms = new Collection<Norm>(this);
}
