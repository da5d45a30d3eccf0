import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { ImprovementAction } from '../improvement-plan/improvement-action.entity';
import { InternalAuditFinding } from '../internal-audit/internal-audit-finding.entity';
import { Organisation } from '../organisation/organisation.entity';
import { User } from '../user/user.entity';

export enum LearningThemeStatus {
  /** On the agenda, gathering interest. */
  OPEN = 'OPEN',
  /** The learning coordinator planned a session or central training for it. */
  PLANNED = 'PLANNED',
}
registerEnumType(LearningThemeStatus, { name: 'LearningThemeStatus' });

/**
 * A theme for the learning agenda, proposed by anyone of the organisation. It may come from a learning point
 * of an internal audit or from an improvement action of the organisation's own cycle: a reference only, so the
 * theme stays when the finding or the action goes (the reference is then cleared).
 */
@ObjectType()
@Entity({ tableName: 'learning_theme' })
// The agenda's order: most interest first, then newest; one index serves every page of it.
@Index({ properties: ['organisation', 'interestCount', 'createdAt', 'id'] })
export class LearningTheme extends BaseEntity<'description' | 'interestCount' | 'internalAuditFinding' | 'improvementAction' | 'proposedBy' | 'status'> {
  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  /** Null once the proposer deleted their learning data: the theme stays on the agenda, without their name. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  proposedBy: Ref<User> | null = null;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: 'May be empty.' })
  @Property({ type: 'text', default: '' })
  description: string = '';

  @ManyToOne(() => InternalAuditFinding, { ref: true, nullable: true, deleteRule: 'set null' })
  internalAuditFinding: Ref<InternalAuditFinding> | null = null;

  @ManyToOne(() => ImprovementAction, { ref: true, nullable: true, deleteRule: 'set null' })
  improvementAction: Ref<ImprovementAction> | null = null;

  /**
   * How many people show interest: the count of the theme's interest rows, written again under the theme's
   * row lock each time one is added or withdrawn, so the agenda pages in its order without counting.
   */
  @Field(() => Int, { description: 'How many people of the organisation show interest in the theme.' })
  @Property({ default: 0 })
  interestCount: number = 0;

  @Field(() => LearningThemeStatus, { description: 'OPEN until the learning coordinator plans a session or central training for it.' })
  @Enum({ items: () => LearningThemeStatus, nativeEnumName: 'learning_theme_status', default: LearningThemeStatus.OPEN })
  status: LearningThemeStatus = LearningThemeStatus.OPEN;
}

/** One person's interest in a theme; withdrawing it deletes the row. */
@Entity({ tableName: 'learning_theme_interest' })
@Unique({ properties: ['theme', 'person'] })
export class LearningThemeInterest extends BaseEntity {
  @ManyToOne(() => LearningTheme, { ref: true, deleteRule: 'cascade' })
  theme!: Ref<LearningTheme>;

  @Index()
  @ManyToOne(() => User, { ref: true })
  person!: Ref<User>;
}
