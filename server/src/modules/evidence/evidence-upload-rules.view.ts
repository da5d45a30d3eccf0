import { Field, Int, ObjectType } from 'type-graphql';

/** What an upload must meet, so a client can say so before sending 25 MB for nothing. */
@ObjectType()
export class EvidenceUploadRules {
  @Field(() => Int, { description: 'Largest file accepted, in bytes.' })
  maxBytes!: number;

  @Field(() => [String], { description: 'Media types accepted (decided from the content, not the name).' })
  allowedTypes!: string[];

  @Field({ description: 'The same, in words.' })
  allowedTypesText!: string;
}
