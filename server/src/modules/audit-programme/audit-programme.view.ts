import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { INTERVIEW_GROUPS, type InterviewGroup as Group, type ProgrammeSlot } from '../../../../workflows/src/rules';
import { enumObject } from '../cycle/cycle-enums';

export const InterviewGroup = enumObject<Group>(INTERVIEW_GROUPS);
registerEnumType(InterviewGroup, {
  name: 'InterviewGroup',
  description: 'Who is interviewed in a slot of the audit programme: the groups the scheme names, or OTHER with a label.',
});

/** One interview slot, as read; its norms and auditors are resolved in batches. */
@ObjectType({ description: 'One interview slot of the audit programme.' })
export class AuditProgrammeSlot {
  @Field(() => Int, { description: '1 for the first audit day.' })
  day!: number;

  @Field({ description: 'HH:MM.' })
  startTime!: string;

  @Field({ description: 'HH:MM, after the start time.' })
  endTime!: string;

  @Field(() => InterviewGroup)
  group!: Group;

  @Field(() => String, { nullable: true, description: 'What OTHER stands for.' })
  groupLabel!: string | null;

  @Field(() => String, { nullable: true, description: 'Names or roles of the people interviewed.' })
  participants!: string | null;

  @Field(() => Int, { nullable: true, description: 'How many people are interviewed.' })
  headCount!: number | null;

  @Field(() => [ID])
  normIds!: string[];

  @Field(() => [ID], { description: "The cycle's auditors who hold this slot." })
  auditorIds!: string[];

  /** The cycle's framework version, to read the norms of every slot in one batch. */
  frameworkVersionId!: string;
}

export function slotView(slot: ProgrammeSlot, frameworkVersionId: string): AuditProgrammeSlot {
  return { ...slot, normIds: [...slot.normIds], auditorIds: [...slot.auditorIds], frameworkVersionId };
}
