import { Collection, Entity, Index, ManyToMany, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Competency } from './competency.entity';
import { FrameworkCategory } from './framework-category.entity';
import { FrameworkVersion } from './framework-version.entity';

/** One norm of a framework version: what is assessed, with guidance and example evidence. */
@ObjectType()
@Entity({ tableName: 'norm' })
@Unique({ properties: ['frameworkVersion', 'code'] })
export class Norm extends BaseEntity<'guidance' | 'exampleEvidence'> {
  // Denormalised from the category so "all norms of a version" is one indexed query.
  @Index()
  @ManyToOne(() => FrameworkVersion, { ref: true, deleteRule: 'cascade' })
  frameworkVersion!: Ref<FrameworkVersion>;

  @Index()
  @ManyToOne(() => FrameworkCategory, { ref: true, deleteRule: 'cascade' })
  category!: Ref<FrameworkCategory>;

  @Field()
  @Property({ type: 'text' })
  code!: string;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field()
  @Property({ type: 'text' })
  description!: string;

  @Field()
  @Property({ type: 'text', default: '' })
  guidance: string = '';

  @Field()
  @Property({ type: 'text', default: '' })
  exampleEvidence: string = '';

  @Field(() => Int)
  @Property({ type: 'int' })
  position!: number;

  @ManyToMany(() => Competency, undefined, { pivotTable: 'norm_competency', owner: true })
  competencies = new Collection<Competency>(this);
}
