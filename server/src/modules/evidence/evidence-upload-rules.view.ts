import { Field, Float, Int, ObjectType } from 'type-graphql';

/** What an upload must meet, so a client can say so before sending 25 MB for nothing. */
@ObjectType()
export class EvidenceUploadRules {
  @Field(() => Int, { description: 'Largest file accepted, in bytes.' })
  maxBytes!: number;

  @Field(() => [String], { description: 'Media types accepted (decided from the content, not the name).' })
  allowedTypes!: string[];

  @Field({ description: 'The same, in words.' })
  allowedTypesText!: string;

  // Float: byte counts of this size pass GraphQL's 32-bit Int.
  @Field(() => Float, { description: 'What your organisation may keep in evidence in all, in bytes.' })
  quotaBytes!: number;

  @Field(() => Float, { description: 'What your organisation keeps now, in bytes (the same content counts once).' })
  usedBytes!: number;
}
