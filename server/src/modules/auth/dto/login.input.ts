import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { NoNulCharacter } from '../../../common/text-rules';

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'password is required' })
  @MaxLength(1000)
  @NoNulCharacter()
  password!: string;
}
