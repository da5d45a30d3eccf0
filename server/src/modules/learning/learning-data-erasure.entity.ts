import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../user/user.entity';

/**
 * That a person deleted their own learning data, and how much: no content, only the counts. A retry of the
 * same deletion answers these counts again, and the organisation can show the request was carried out.
 */
@Entity({ tableName: 'learning_data_erasure' })
export class LearningDataErasure extends BaseEntity {
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  person!: Ref<User>;

  @Property()
  entries!: number;

  @Property()
  goals!: number;

  /** Interest in agenda themes withdrawn. */
  @Property({ default: 0 })
  interests!: number;

  /** Agenda themes the person proposed, kept without their name. */
  @Property({ default: 0 })
  themes!: number;

  /** Markers that the person answered a learning-climate scan (of closed rounds), deleted. */
  @Property({ default: 0 })
  climateScanMarkers!: number;
  /** Sessions the person took part in: their participation went with their data. */
  @Property({ default: 0 })
  sessions!: number;
}
