import { IsString, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsIsoDate } from '../../../common/date-rules';
import { CommandInput } from '../../../common/mutation-id';
import { NoNulCharacter, NotBlank } from '../../../common/text-rules';

@InputType()
export class NominatePeerAuditorInput extends CommandInput {
  @Field(() => ID, { description: 'A member of your organisation (Organisation.members).' })
  @IsUUID()
  personId!: string;
}

@InputType()
export class RecordPeerAuditorTrainingInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  peerAuditorId!: string;

  @Field({ description: 'The day the training was completed (YYYY-MM-DD), not in the future.' })
  @IsIsoDate()
  trainedOn!: string;

  @Field({ description: 'Who gave the training.' })
  @IsString()
  @NotBlank()
  @MaxLength(200)
  @NoNulCharacter()
  provider!: string;
}
