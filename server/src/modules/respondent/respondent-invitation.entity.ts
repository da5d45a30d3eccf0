import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { Cycle } from '../cycle/cycle.entity';
import { User } from '../user/user.entity';
import { RESPONDENT_LAYERS, type RespondentLayer } from './respondent-layer';

/**
 * One member of the organisation asked for their own view on the norms of a cycle's self-evaluation, as one
 * layer of the organisation. A person is invited once per cycle. Seen through RespondentInvitationView.
 */
@Entity({ tableName: 'respondent_invitation' })
@Unique({ properties: ['cycle', 'respondent'] })
@Index({ properties: ['respondent', 'createdAt'] })
export class RespondentInvitation extends BaseEntity<'submittedAt' | 'categoryCodes'> {
  @ManyToOne(() => Cycle, { ref: true, deleteRule: 'cascade' })
  cycle!: Ref<Cycle>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  respondent!: Ref<User>;

  @Enum({ items: () => [...RESPONDENT_LAYERS] })
  layer!: RespondentLayer;

  /** Category codes in scope; empty means every norm. */
  @Property({ type: 'text[]' })
  categoryCodes: string[] = [];

  /** YYYY-MM-DD. */
  @Property({ type: 'date' })
  dueDate!: string;

  @ManyToOne(() => User, { ref: true })
  invitedBy!: Ref<User>;

  @Property({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null = null;
}
