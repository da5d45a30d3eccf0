import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { Cycle } from '../cycle/cycle.entity';
import { User } from '../user/user.entity';
import { Evidence } from './evidence.entity';

/**
 * The organisation's answer, for a new cycle, to "is this evidence from the previous cycle still valid?".
 * One answer per cycle and evidence; answering again replaces it while the self-evaluation is open.
 */
@Entity({ tableName: 'evidence_carry_over' })
@Unique({ properties: ['cycle', 'evidence'] })
export class EvidenceCarryOver extends BaseEntity {
  @ManyToOne(() => Cycle, { ref: true, deleteRule: 'cascade' })
  cycle!: Ref<Cycle>;

  @ManyToOne(() => Evidence, { ref: true, deleteRule: 'cascade' })
  evidence!: Ref<Evidence>;

  @Property({ type: 'boolean' })
  stillValid!: boolean;

  @ManyToOne(() => User, { ref: true })
  confirmedBy!: Ref<User>;

  @Property({ type: 'timestamptz' })
  confirmedAt!: Date;
}
