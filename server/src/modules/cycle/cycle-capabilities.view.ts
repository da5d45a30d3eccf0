import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ACTORS, COMMANDS, CONTENT_AREAS, TASKS, type Actor, type Command, type ContentArea, type Party, type Task } from '../../../../workflows/src/rules';
import { enumObject, WaitingParty } from './cycle-enums';

export type CycleActionName = Command | ContentArea;

export const CycleAction = enumObject<CycleActionName>([...COMMANDS, ...CONTENT_AREAS]);
export const NextStepActor = enumObject<Actor>(ACTORS);
export const CycleTask = enumObject<Task>(TASKS);

registerEnumType(CycleAction, {
  name: 'CycleAction',
  description: "A command of the cycle (the mutation's name) or a kind of content that can be written.",
});
registerEnumType(NextStepActor, { name: 'NextStepActor', description: "Who acts next, from the viewer's side." });
registerEnumType(CycleTask, { name: 'CycleTask', description: 'What the next step of a cycle is.' });

@ObjectType({ description: 'Whether the signed-in viewer may do one thing on this cycle now, and if not, why.' })
export class ActionPermission {
  @Field(() => CycleAction)
  action!: CycleActionName;

  @Field()
  allowed!: boolean;

  @Field(() => String, { nullable: true, description: 'The `extensions.code` the mutation would answer with.' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: 'The message the mutation would answer with.' })
  reason!: string | null;
}

@ObjectType({ description: 'Who acts next on the cycle, on what, and until when.' })
export class NextStep {
  @Field(() => WaitingParty)
  party!: Party;

  @Field(() => NextStepActor)
  actor!: Actor;

  @Field(() => CycleTask)
  task!: Task;

  @Field(() => Date, { nullable: true, description: 'The running deadline, when a process deadline runs.' })
  dueAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The earliest due date (YYYY-MM-DD) of open improvement actions, when tracking them.' })
  dueOn!: string | null;

  @Field()
  overdue!: boolean;

  @Field(() => Int)
  openActions!: number;

  @Field(() => Int)
  overdueActions!: number;
}
