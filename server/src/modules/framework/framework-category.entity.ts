import { Collection, Entity, OneToMany, Unique } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { FrameworkItem } from './framework-item.entity';
import { Norm } from './norm.entity';

/** A category of norms (KSSW: vakmanschap; dienstverlening & effect; organisatie & bestuur). */
@ObjectType()
@Entity({ tableName: 'framework_category' })
@Unique({ properties: ['frameworkVersion', 'code'] })
export class FrameworkCategory extends FrameworkItem {
  @OneToMany(() => Norm, (n) => n.category, { orderBy: { position: 'asc' } })
  norms = new Collection<Norm>(this);
}
