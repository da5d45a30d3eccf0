import { Field, InputType } from 'type-graphql';
import { SchemeRulesInput } from '../framework-rules';
import { FrameworkVersionCommandInput } from './framework-version-command.input';
import { ExpectedRevisionField } from '../../../common/revision';

/** New rules for a draft version; checked as a whole by validateSchemeRules, so every problem is named at once. */
@InputType()
export class UpdateSchemeRulesInput extends FrameworkVersionCommandInput {
  @Field(() => SchemeRulesInput)
  rules!: SchemeRulesInput;

  @ExpectedRevisionField()
  expectedRevision?: number | null;
}
