import { IsBoolean, IsEnum, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { CommandInput } from '../../../common/mutation-id';
import { NoNulCharacter, NotBlank } from '../../../common/text-rules';
import { FrameworkImportFormat, IMPORT_LIMITS } from '../import/framework-import.types';

registerEnumType(FrameworkImportFormat, { name: 'FrameworkImportFormat' });

/**
 * A new framework version from a file the sector body uploads, since the official norm texts are not public
 * (docs/domain.md, The norms framework). The file's own
 * problems are reported line by line in the refusal's `importErrors`; these rules cover the other fields.
 */
@InputType()
export class ImportFrameworkVersionInput extends CommandInput {
  @Field({ description: 'For example "Kwaliteitslabel Sterk Sociaal Werk".' })
  @IsString()
  @NotBlank()
  @NoNulCharacter()
  @MaxLength(200)
  name!: string;

  @Field({ description: 'For example "2019" or "3.0"; name and version together are unique.' })
  @IsString()
  @NotBlank()
  @NoNulCharacter()
  @MaxLength(50)
  version!: string;

  @Field({ description: 'First day the version applies, as YYYY-MM-DD.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveDate must be a date written as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'effectiveDate must be a real calendar date' })
  effectiveDate!: string;

  @Field(() => FrameworkImportFormat)
  @IsEnum(FrameworkImportFormat)
  format!: FrameworkImportFormat;

  @Field({ description: `The file's text, at most ${IMPORT_LIMITS.contentChars.toLocaleString('en-GB')} characters.` })
  @IsString()
  @MaxLength(IMPORT_LIMITS.contentChars, {
    message: `content may be at most ${IMPORT_LIMITS.contentChars.toLocaleString('en-GB')} characters; split the framework or shorten its texts`,
  })
  content!: string;

  @Field({ defaultValue: false, description: 'True for demonstration content that is not the official norm text.' })
  @IsOptional()
  @IsBoolean()
  illustrative: boolean = false;
}
