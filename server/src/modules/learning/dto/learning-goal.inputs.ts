import { ArrayMaxSize, Equals, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsIsoDate } from '../../../common/date-rules';
import { CommandInput } from '../../../common/mutation-id';
import { NoNulCharacter, NotBlank } from '../../../common/text-rules';
import { LearningGoalStatus } from '../learning-goal.entity';

/** How much a goal holds; generous for one person's goal, and a bound on what one save writes. */
export const GOAL_LIMITS = { title: 200, description: 4000, stepText: 500, steps: 50, reflectionText: 4000, reflections: 200, competencies: 20 };

@InputType()
export class LearningGoalStepInput {
  @Field()
  @IsString()
  @NotBlank()
  @MaxLength(GOAL_LIMITS.stepText)
  @NoNulCharacter()
  text!: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  done!: boolean;
}

@InputType()
export class LearningGoalReflectionInput {
  @Field({ description: 'The day (YYYY-MM-DD); not in the future.' })
  @IsIsoDate()
  date!: string;

  @Field()
  @IsString()
  @NotBlank()
  @MaxLength(GOAL_LIMITS.reflectionText)
  @NoNulCharacter()
  text!: string;
}

@InputType()
export class SaveLearningGoalInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'The goal to change; none for a new goal.' })
  @IsOptional()
  @IsUUID()
  goalId?: string;

  @Field()
  @IsString()
  @NotBlank()
  @MaxLength(GOAL_LIMITS.title)
  @NoNulCharacter()
  title!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(GOAL_LIMITS.description)
  @NoNulCharacter()
  description!: string;

  @Field(() => LearningGoalStatus, { defaultValue: LearningGoalStatus.PLANNED })
  @IsEnum(LearningGoalStatus)
  status!: LearningGoalStatus;

  @Field({ defaultValue: false, description: 'Lets the team leads of your teams read the goal.' })
  @IsBoolean()
  sharedWithTeamLead!: boolean;

  @Field(() => [ID], { defaultValue: [], description: "Competencies of a published framework version the goal is about; replaces the previous list." })
  @ArrayMaxSize(GOAL_LIMITS.competencies)
  @IsUUID('all', { each: true })
  competencyIds!: string[];

  @Field(() => [LearningGoalStepInput], { defaultValue: [], description: 'The steps, in order; replaces the previous list.' })
  @ArrayMaxSize(GOAL_LIMITS.steps)
  @ValidateNested({ each: true })
  steps!: LearningGoalStepInput[];

  @Field(() => [LearningGoalReflectionInput], { defaultValue: [], description: 'The reflections; replaces the previous list.' })
  @ArrayMaxSize(GOAL_LIMITS.reflections)
  @ValidateNested({ each: true })
  reflections!: LearningGoalReflectionInput[];
}

@InputType()
export class DeleteLearningGoalInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  goalId!: string;
}

@InputType()
export class DeleteMyLearningDataInput extends CommandInput {
  @Field({ description: 'Must be true: confirms that all your learning time and goals are deleted for good.' })
  @Equals(true, { message: 'confirm must be true to delete your learning data' })
  confirm!: boolean;
}
