import { ArrayMaxSize, ArrayUnique, IsString, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CommandInput } from '../../../common/mutation-id';
import { NoNulCharacter, NotBlank } from '../../../common/text-rules';
import { MIN_GROUP_SIZE } from '../peer-matching';

/*
 * The least number of organisations in a group is a rule of the service, judged after every named sign-up
 * was found (docs/error-codes.md: existence before rules), so a short list of unknown IDs is NOT_FOUND.
 */

/** A group is a handful of organisations; the bound keeps a request small. */
export const MAX_GROUP_MEMBERS = 12;

@InputType()
export class FormPeerGroupInput extends CommandInput {
  @Field(() => [ID], { description: `The open sign-ups of the organisations in the group: at least ${MIN_GROUP_SIZE}, each once.` })
  @ArrayMaxSize(MAX_GROUP_MEMBERS)
  @ArrayUnique({ message: 'signUpIds names a sign-up more than once.' })
  @IsUUID('all', { each: true })
  signUpIds!: string[];
}

@InputType()
export class ProposePeerGroupInput extends CommandInput {
  @Field(() => [ID], {
    description: 'The sign-ups of the partner organisations (each partner reads its reference on its own sign-up): at least two, each once.',
  })
  @ArrayMaxSize(MAX_GROUP_MEMBERS - 1)
  @ArrayUnique({ message: 'partnerSignUpIds names a sign-up more than once.' })
  @IsUUID('all', { each: true })
  partnerSignUpIds!: string[];
}

@InputType()
export class PeerGroupCommandInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  peerGroupId!: string;
}

@InputType()
export class DeclinePeerGroupInput extends PeerGroupCommandInput {
  @Field({ description: 'Why, for the organisations that proposed it.' })
  @IsString()
  @NotBlank()
  @MaxLength(2_000)
  @NoNulCharacter()
  reason!: string;
}
