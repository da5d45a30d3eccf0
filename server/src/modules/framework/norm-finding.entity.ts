import { ManyToOne, Property, type Ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { RevisionColumn, type SavedVersion } from '../../common/revision';
import { User } from '../user/user.entity';
import { Norm } from './norm.entity';

/**
 * What every finding on one norm holds, whoever records it (the certifying institution's auditors, a pair of
 * peer auditors): the norm, and the revision with who saved last and when, because both auditors of a pair or
 * team edit the same finding and neither may overwrite the other silently.
 */
@ObjectType()
export abstract class NormFinding<Optional extends string = never> extends BaseEntity<'updatedAt' | 'revision' | Optional> {
  @ManyToOne(() => Norm, { ref: true })
  norm!: Ref<Norm>;

  @RevisionColumn()
  revision: number = 1;

  @ManyToOne(() => User, { ref: true })
  recordedBy!: Ref<User>;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}

/** A finding as a CONFLICT reports it: `value` holds the fields its editors see. */
export const findingVersion = (finding: NormFinding<string>, value: Record<string, unknown>): SavedVersion => ({
  revision: finding.revision,
  value,
  by: finding.recordedBy,
  at: finding.updatedAt,
});

/** Counts a save of `finding` by `userId`: the next revision, its author and its moment. */
export function markFindingSaved(tx: EntityManager, finding: NormFinding<string>, userId: string): void {
  finding.revision += 1;
  finding.recordedBy = tx.getReference(User, userId, { wrapped: true });
  finding.updatedAt = new Date();
}
