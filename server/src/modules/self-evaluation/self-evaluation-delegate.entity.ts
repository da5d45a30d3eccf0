import { Entity, ManyToOne, type Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { Cycle } from '../cycle/cycle.entity';
import { User } from '../user/user.entity';

/**
 * A member of the organisation the quality officer named to write the consolidated self-evaluation answers of
 * one cycle with them, whatever their own role. Withdrawing deletes the row; named once per cycle.
 */
@Entity({ tableName: 'self_evaluation_delegate' })
@Unique({ properties: ['cycle', 'delegate'] })
export class SelfEvaluationDelegate extends BaseEntity {
  @ManyToOne(() => Cycle, { ref: true, deleteRule: 'cascade' })
  cycle!: Ref<Cycle>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  delegate!: Ref<User>;

  @ManyToOne(() => User, { ref: true })
  delegatedBy!: Ref<User>;
}
