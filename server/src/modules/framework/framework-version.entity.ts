import { Collection, Entity, Enum, ManyToOne, OneToMany, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { RevisionColumn } from '../../common/revision';
import { User } from '../user/user.entity';
import { FrameworkCategory } from './framework-category.entity';
import { Competency } from './competency.entity';
import { SchemeRules } from './framework-rules';
import { VariantGuide } from './variant-guide.types';

export enum FrameworkStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  RETIRED = 'RETIRED',
}
registerEnumType(FrameworkStatus, { name: 'FrameworkStatus' });

/** One version of the norm framework; a cycle pins the version it started with. */
@ObjectType()
@Entity({ tableName: 'framework_version' })
@Unique({ properties: ['name', 'version'] })
export class FrameworkVersion extends BaseEntity<'status' | 'illustrative' | 'rulesRevision' | 'rulesUpdatedBy' | 'rulesUpdatedAt' | 'variantGuideRevision' | 'variantGuideUpdatedBy' | 'variantGuideUpdatedAt'> {
  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field()
  @Property({ type: 'text' })
  version!: string;

  @Field()
  @Property({ type: 'date' })
  effectiveDate!: string;

  @Field(() => FrameworkStatus)
  @Enum({ items: () => FrameworkStatus, nativeEnumName: 'framework_status', default: FrameworkStatus.DRAFT })
  status: FrameworkStatus = FrameworkStatus.DRAFT;

  @Field({ description: 'True for demonstration content that is not the official norm text.' })
  @Property({ type: 'boolean', default: false })
  illustrative: boolean = false;

  @Field(() => SchemeRules)
  @Property({ type: 'json' })
  rules!: SchemeRules;

  @RevisionColumn('Counts the saves of the rules, from 1 (the import); updateSchemeRules names the one it started from as expectedRevision.')
  rulesRevision: number = 1;

  /** Who last saved the rules; null while they are the import's placeholders. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  rulesUpdatedBy: Ref<User> | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  rulesUpdatedAt: Date | null = null;

  @Field(() => VariantGuide, {
    nullable: true,
    description: 'The decision tree organisations answer while preparing; null on versions loaded before trees existed, whose organisations choose directly.',
  })
  @Property({ type: 'json', nullable: true })
  variantGuide: VariantGuide | null = null;

  @RevisionColumn('Counts the saves of the decision tree, from 1 (the import); updateVariantGuide names the one it started from as expectedRevision.')
  variantGuideRevision: number = 1;

  /** Who last saved the decision tree; null while it is the import's. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  variantGuideUpdatedBy: Ref<User> | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  variantGuideUpdatedAt: Date | null = null;

  @OneToMany(() => FrameworkCategory, (c) => c.frameworkVersion, { orderBy: { position: 'asc' } })
  categories = new Collection<FrameworkCategory>(this);

  @OneToMany(() => Competency, (c) => c.frameworkVersion, { orderBy: { position: 'asc' } })
  competencies = new Collection<Competency>(this);
}
