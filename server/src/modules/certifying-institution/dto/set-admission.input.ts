import { IsBoolean, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CommandInput } from '../../../common/mutation-id';

@InputType()
export class SetCertifyingInstitutionAdmissionInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  certifyingInstitutionId!: string;

  @Field({ description: 'True admits the institution; false revokes it (cycles it already holds keep it).' })
  @IsBoolean()
  admitted!: boolean;
}
