import { Entity, Unique } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { FrameworkItem } from './framework-item.entity';

/** A professional competency (KSSW: ten), linked many-to-many to norms. */
@ObjectType()
@Entity({ tableName: 'competency' })
@Unique({ properties: ['frameworkVersion', 'code'] })
export class Competency extends FrameworkItem {}
