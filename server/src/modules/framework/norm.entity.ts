import { Collection, Entity, Index, ManyToMany, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Competency } from './competency.entity';
import { FrameworkCategory } from './framework-category.entity';
import { FrameworkItem } from './framework-item.entity';

/**
 * One norm of a framework version: what is assessed, with guidance and example evidence. It carries its
 * framework version as well as its category, so "all norms of a version" is one indexed query.
 */
@ObjectType()
@Entity({ tableName: 'norm' })
@Unique({ properties: ['frameworkVersion', 'code'] })
@Index({ properties: ['frameworkVersion'] })
export class Norm extends FrameworkItem<'guidance' | 'exampleEvidence'> {
  @Index()
  @ManyToOne(() => FrameworkCategory, { ref: true, deleteRule: 'cascade' })
  category!: Ref<FrameworkCategory>;

  @Field()
  @Property({ type: 'text' })
  description!: string;

  @Field()
  @Property({ type: 'text', default: '' })
  guidance: string = '';

  @Field()
  @Property({ type: 'text', default: '' })
  exampleEvidence: string = '';

  @ManyToMany(() => Competency, undefined, { pivotTable: 'norm_competency', owner: true })
  competencies = new Collection<Competency>(this);
}
