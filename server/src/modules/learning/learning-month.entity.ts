import { DecimalType, Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../user/user.entity';

/**
 * One person's learning time in one calendar month: the sum of their `learning_entry` rows, kept by the
 * database itself (triggers on learning_entry, see docs/learning.md), so no writer can forget it. The team
 * overview reads these instead of every entry: a team of thousands has a year of a few rows per person, and
 * counting who contributed is counting rows. Never written by the api.
 */
@Entity({ tableName: 'learning_month' })
export class LearningMonth {
  @ManyToOne(() => User, { primary: true, ref: true, deleteRule: 'cascade' })
  person!: Ref<User>;

  /** The first day of the month. */
  @PrimaryKey({ type: 'date' })
  month!: string;

  @Property({ type: new DecimalType('number'), precision: 7, scale: 2 })
  hours!: number;

  /** How many entries the sum holds; a month whose last entry went is removed, never kept at zero. */
  @Property()
  entries!: number;
}
