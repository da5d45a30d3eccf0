import { Field, InputType } from 'type-graphql';
import { ExpectedRevisionField } from '../../../common/revision';
import { VariantGuideInput } from '../variant-guide.types';
import { FrameworkVersionCommandInput } from './framework-version-command.input';

/** The sector body's decision tree for a version; checked as a whole by guideProblems, every problem named at once. */
@InputType()
export class UpdateVariantGuideInput extends FrameworkVersionCommandInput {
  @Field(() => VariantGuideInput)
  guide!: VariantGuideInput;

  @ExpectedRevisionField()
  expectedRevision?: number | null;
}
