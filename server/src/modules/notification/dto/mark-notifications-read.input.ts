import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

export const MARK_READ_MAX_IDS = 500;

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { description: `Up to ${MARK_READ_MAX_IDS} of your notifications.` })
  @IsArray()
  @ArrayMaxSize(MARK_READ_MAX_IDS)
  // A malformed id is refused here rather than reaching PostgreSQL as an invalid uuid.
  @IsUUID('all', { each: true })
  ids!: string[];
}
