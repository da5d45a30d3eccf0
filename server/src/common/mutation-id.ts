import { IsString, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';

/**
 * Base for command inputs. The client makes one ID per intended action and repeats it on retry; it
 * becomes the Temporal Update ID, so the command is applied once however often it arrives.
 */
@InputType()
export abstract class CommandInput {
  @Field({ description: 'Made by the client per action (for example a UUID); repeating it repeats nothing.' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{8,100}$/, { message: 'clientMutationId must be 8–100 letters, digits, - or _' })
  clientMutationId!: string;
}

/** A command input as the service applying it sees it: the ID is the receipt's business, not the change's. */
export type Change<T extends CommandInput> = Omit<T, 'clientMutationId'>;
