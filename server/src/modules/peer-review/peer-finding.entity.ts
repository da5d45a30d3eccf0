import { Entity, Enum, ManyToOne, OneToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { NormFinding } from '../framework/norm-finding.entity';
import { User } from '../user/user.entity';
import { PeerVisit } from './peer-visit.entity';

/**
 * What the visiting pair found on one norm. Appreciative first, in the columns, the API and every screen: what
 * goes well and the intention behind it, then the points to learn from (docs/peer-review.md). One finding per
 * visit and norm; both auditors of the pair edit the same one, so edits carry a revision.
 */
@ObjectType()
@Entity({ tableName: 'peer_finding' })
@Unique({ properties: ['visit', 'norm'] })
export class PeerFinding extends NormFinding<'intention' | 'learningPoints'> {
  @ManyToOne(() => PeerVisit, { ref: true, deleteRule: 'cascade' })
  visit!: Ref<PeerVisit>;

  @Field({ description: 'What goes well on this norm (asked first, on purpose).' })
  @Property({ type: 'text' })
  goesWell!: string;

  @Field({ description: 'The intention behind the way of working: what the organisation means to achieve.' })
  @Property({ type: 'text', default: '' })
  intention: string = '';

  @Field({ description: 'Points to learn from.' })
  @Property({ type: 'text', default: '' })
  learningPoints: string = '';
}

export enum LearningReportStatus {
  /** The pair is writing findings. */
  DRAFT = 'DRAFT',
  /** Issued by the pair with a summary; the visited organisation replies. */
  ISSUED = 'ISSUED',
  /** The visited organisation replied; the pair makes it final. */
  REPLIED = 'REPLIED',
  /** Final: nothing changes any more; the pair's reading of the self-evaluation ends. */
  FINAL = 'FINAL',
}
registerEnumType(LearningReportStatus, { name: 'LearningReportStatus' });

/**
 * The learning report (leerrapport) of one visit: made with the visit (DRAFT), so every visit has exactly one
 * and its status is there to read from the day it is planned.
 */
@ObjectType('LearningReport')
@Entity({ tableName: 'peer_learning_report' })
export class LearningReport extends BaseEntity<
  'status' | 'summary' | 'issuedBy' | 'issuedAt' | 'reply' | 'repliedBy' | 'repliedAt' | 'finalisedBy' | 'finalisedAt' | 'sharedAt'
> {
  @OneToOne(() => PeerVisit, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  visit!: Ref<PeerVisit>;

  @Field(() => LearningReportStatus)
  @Enum({ items: () => LearningReportStatus, nativeEnumName: 'learning_report_status', default: LearningReportStatus.DRAFT })
  status: LearningReportStatus = LearningReportStatus.DRAFT;

  @Field(() => String, { nullable: true, description: "The pair's summary, written when issued; null while a draft." })
  @Property({ type: 'text', nullable: true })
  summary: string | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  issuedBy: Ref<User> | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  issuedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: "The visited organisation's reply; null until it replied." })
  @Property({ type: 'text', nullable: true })
  reply: string | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  repliedBy: Ref<User> | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  repliedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  finalisedBy: Ref<User> | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  finalisedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the visited organisation shared it with the other members of the group; null while not shared.' })
  @Property({ type: 'timestamptz', nullable: true })
  sharedAt: Date | null = null;
}
