import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { FrameworkItem } from './framework-item.entity';

/** A professional competency (KSSW: ten), linked many-to-many to norms. */
@ObjectType()
@Entity({ tableName: 'competency' })
@Unique({ properties: ['frameworkVersion', 'code'] })
export class Competency extends FrameworkItem<'linkPresumed'> {
  /**
   * Its links to norms are a presumption, not confirmed by the scheme (the illustrative framework's are:
   * docs/domain.md, Norms framework). Said once per screen as a legend rather than in every title.
   */
  @Field({ description: 'Whether the links of this competency to norms are presumed rather than confirmed by the scheme.' })
  @Property({ default: false })
  linkPresumed: boolean = false;
}
