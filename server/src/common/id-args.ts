import { IsUUID } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';

/*
 * The ID arguments of the queries, declared like the ID fields of mutation inputs: a value that cannot be
 * an ID is BAD_USER_INPUT naming the argument before any resolver runs, in queries and mutations alike
 * (docs/error-codes.md). It also keeps such a value from reaching PostgreSQL as an invalid uuid.
 */

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class CycleIdArgs {
  @Field(() => ID)
  @IsUUID()
  cycleId!: string;
}

@ArgsType()
export class FindingIdArgs {
  @Field(() => ID)
  @IsUUID()
  findingId!: string;
}

@ArgsType()
export class RoundIdArgs {
  @Field(() => ID)
  @IsUUID()
  roundId!: string;
}
