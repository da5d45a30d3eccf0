import { IsIn, IsUUID } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { InternalAuditStatus } from '../internal-audit.entity';
import { CommandInput } from '../../../common/mutation-id';

/** Where a planned audit can go; PLANNED is where it starts, not a status one sets. */
export enum InternalAuditOutcome {
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(InternalAuditOutcome, { name: 'InternalAuditOutcome' });

@InputType()
export class SetInternalAuditStatusInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  internalAuditId!: string;

  @Field(() => InternalAuditOutcome)
  @IsIn([InternalAuditStatus.DONE, InternalAuditStatus.CANCELLED])
  status!: InternalAuditOutcome;
}
