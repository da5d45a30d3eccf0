import { Field, InputType } from 'type-graphql';
import { VariantGuideInput } from '../variant-guide.types';
import { FrameworkVersionCommandInput } from './framework-version-command.input';

/** The sector body's decision tree for a version; checked as a whole by guideProblems, every problem named at once. */
@InputType()
export class UpdateVariantGuideInput extends FrameworkVersionCommandInput {
  @Field(() => VariantGuideInput)
  guide!: VariantGuideInput;
}
