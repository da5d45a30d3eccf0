import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { CycleCommandResolver } from '../modules/cycle/cycle-command.resolver';
import { CycleEventResolver, CycleResolver } from '../modules/cycle/cycle.resolver';
import {
  FrameworkCategoryResolver,
  FrameworkVersionResolver,
  NormResolver,
} from '../modules/framework/framework.resolver';
import { FrameworkAdminResolver } from '../modules/framework/framework-admin.resolver';
import { NotificationResolver } from '../modules/notification/notification.resolver';
import { OrganisationResolver } from '../modules/organisation/organisation.resolver';
import { RegisterResolver } from '../modules/register/register.resolver';
import { SectorOverviewResolver } from '../modules/sector-overview/sector-overview.resolver';
import { SelfEvaluationResolver } from '../modules/self-evaluation/self-evaluation.resolver';
import {
  CycleInternalAuditsResolver,
  InternalAuditFindingResolver,
  InternalAuditResolver,
} from '../modules/internal-audit/internal-audit.resolver';
import { AuditFindingResolver, CycleAuditFindingsResolver } from '../modules/external-audit/audit-finding.resolver';
import { CycleImprovementPlanResolver, ImprovementActionResolver } from '../modules/improvement-plan/improvement-plan.resolver';
import { UserResolver } from '../modules/user/user.resolver';
import { authChecker } from './auth-checker';

export const RESOLVERS = [
  AuthResolver,
  UserResolver,
  OrganisationResolver,
  CycleResolver,
  CycleEventResolver,
  CycleCommandResolver,
  SelfEvaluationResolver,
  FrameworkVersionResolver,
  FrameworkCategoryResolver,
  NormResolver,
  FrameworkAdminResolver,
  NotificationResolver,
  InternalAuditResolver,
  InternalAuditFindingResolver,
  CycleInternalAuditsResolver,
  AuditFindingResolver,
  CycleAuditFindingsResolver,
  ImprovementActionResolver,
  CycleImprovementPlanResolver,
  RegisterResolver,
  SectorOverviewResolver,
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
