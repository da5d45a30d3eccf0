import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Remembers which client mutation ID produced which result, for mutations that are not workflow Updates
 * (Temporal remembers those): a retried request returns the first result instead of doing it again.
 */
@Entity({ tableName: 'mutation_receipt' })
@Index({ properties: ['createdAt'] })
// Found by its ID alone when another caller reuses it.
@Index({ properties: ['clientMutationId'] })
export class MutationReceipt {
  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @PrimaryKey({ type: 'text' })
  clientMutationId!: string;

  @Property({ type: 'text' })
  operation!: string;

  @Property({ type: 'uuid', nullable: true })
  resultId: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
