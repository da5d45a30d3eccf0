import { ArrayMaxSize, IsEmail, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CommandInput } from '../../../common/mutation-id';
import { NoNulCharacter, NotBlank } from '../../../common/text-rules';
import { Role } from '../../user/role';

@InputType()
export class InvitePersonInput extends CommandInput {
  @Field()
  @IsString()
  @NotBlank()
  @MaxLength(200)
  @NoNulCharacter()
  name!: string;

  @Field({ description: 'Where the invitation goes; also the sign-in name. Inviting a pending person again renews the link.' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email!: string;

  @Field(() => Role, { description: 'One of the organisation roles.' })
  @IsEnum(Role)
  role!: Role;

  @Field(() => [ID], { nullable: true, description: 'Teams of your organisation the person joins; none when left out.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  teamIds?: string[] | null;
}

@InputType()
export class AcceptInvitationInput {
  @Field({ description: 'The token from the invitation link.' })
  @IsString()
  @MaxLength(200)
  token!: string;

  @Field({ description: 'The password the person chooses: at least 12 characters.' })
  @IsString()
  @MinLength(12, { message: 'password must be at least 12 characters' })
  @MaxLength(1000)
  @NoNulCharacter()
  password!: string;
}
