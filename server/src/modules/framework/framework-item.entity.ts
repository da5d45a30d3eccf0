import { ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import type { FrameworkVersion } from './framework-version.entity';

/** What categories, competencies and norms share: they belong to one framework version, in an order. */
@ObjectType()
export abstract class FrameworkItem<Optional extends string = never> extends BaseEntity<Optional> {
  // By name, not class: the version imports its items, so a class reference here would be an import cycle.
  @ManyToOne('FrameworkVersion', { ref: true, deleteRule: 'cascade' })
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
