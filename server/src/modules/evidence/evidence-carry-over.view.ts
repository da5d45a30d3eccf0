import { Field, ObjectType } from 'type-graphql';
import { Evidence } from './evidence.entity';

/** Evidence linked in the previous cycle, offered to the new one with the "still valid?" question. */
@ObjectType()
export class EvidenceCarryOverCandidate {
  @Field(() => Evidence)
  evidence!: Evidence;

  @Field(() => [String], { description: 'Codes of the norms it supported in the previous cycle.' })
  normCodes!: string[];

  @Field(() => Boolean, { nullable: true, description: 'The answer so far; null while not yet answered.' })
  stillValid!: boolean | null;

  @Field(() => Date, { nullable: true })
  confirmedAt!: Date | null;
}
