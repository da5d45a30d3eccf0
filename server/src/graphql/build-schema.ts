import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { CycleEventResolver, CycleResolver } from '../modules/cycle/cycle.resolver';
import {
  FrameworkCategoryResolver,
  FrameworkVersionResolver,
  NormResolver,
} from '../modules/framework/framework.resolver';
import { OrganisationResolver } from '../modules/organisation/organisation.resolver';
import { SelfEvaluationResolver } from '../modules/self-evaluation/self-evaluation.resolver';
import { UserResolver } from '../modules/user/user.resolver';
import { authChecker } from './auth-checker';

export const RESOLVERS = [
  AuthResolver,
  UserResolver,
  OrganisationResolver,
  CycleResolver,
  CycleEventResolver,
  SelfEvaluationResolver,
  FrameworkVersionResolver,
  FrameworkCategoryResolver,
  NormResolver,
] as const;

let cached: GraphQLSchema | null = null;

export function buildGraphqlSchema(): GraphQLSchema {
  cached ??= buildSchemaSync({
    resolvers: RESOLVERS,
    authChecker,
    // type-graphql 2 ignores class-validator decorators unless this is set.
    validate: { forbidUnknownValues: true, stopAtFirstError: false },
  });
  return cached;
}

/** The committed contract: schema/schema.graphql is exactly this text. */
export function printSortedSchema(schema: GraphQLSchema = buildGraphqlSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
