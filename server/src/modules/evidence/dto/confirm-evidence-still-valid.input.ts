import { IsBoolean, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CommandInput } from '../../../common/mutation-id';

/** The answer to "is this evidence from the previous cycle still valid?" for a new cycle. */
@InputType()
export class ConfirmEvidenceStillValidInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  evidenceId!: string;

  @Field(() => ID, { description: 'The new cycle; its previous cycle must have this evidence linked.' })
  @IsUUID()
  cycleId!: string;

  @Field({ description: 'True links it to the same norms in the new cycle; false leaves it out (and undoes an earlier true).' })
  @IsBoolean()
  stillValid!: boolean;
}
