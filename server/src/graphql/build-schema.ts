import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, getMetadataStorage } from 'type-graphql';
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
import { CalendarFeedResolver } from '../modules/calendar/calendar-feed.resolver';
import { OrganisationResolver } from '../modules/organisation/organisation.resolver';
import { RegisterResolver } from '../modules/register/register.resolver';
import { SectorOverviewResolver } from '../modules/sector-overview/sector-overview.resolver';
import { SelfEvaluationResolver } from '../modules/self-evaluation/self-evaluation.resolver';
import { RespondentAnswerResolver, RespondentResolver } from '../modules/respondent/respondent.resolver';
import { SelfEvaluationDelegationResolver } from '../modules/self-evaluation/self-evaluation-delegation.resolver';
import {
  CycleInternalAuditsResolver,
  InternalAuditFindingResolver,
  InternalAuditResolver,
} from '../modules/internal-audit/internal-audit.resolver';
import { AuditFindingResolver, CycleAuditFindingsResolver, CycleAuditReportsResolver } from '../modules/external-audit/audit-finding.resolver';
import { CycleImprovementPlanResolver, ImprovementActionResolver } from '../modules/improvement-plan/improvement-plan.resolver';
import { UserResolver } from '../modules/user/user.resolver';
import { EvidenceResolver } from '../modules/evidence/evidence.resolver';
import { EvidenceLinkResolver } from '../modules/evidence/evidence-link.resolver';
import { CycleEvidenceResolver } from '../modules/evidence/cycle-evidence.resolver';
import { CertifyingInstitutionResolver } from '../modules/certifying-institution/certifying-institution.resolver';
import { CyclePartiesResolver } from '../modules/cycle/cycle-parties.resolver';
import { AuditProgrammeResolver, AuditProgrammeSlotResolver } from '../modules/audit-programme/audit-programme.resolver';
import { LearningResolver } from '../modules/learning/learning.resolver';
import { PeopleResolver } from '../modules/people/people.resolver';
import { LearningGoalResolver } from '../modules/learning/learning-goal.resolver';
import { LearningThemeResolver } from '../modules/learning/learning-theme.resolver';
import { ClimateScanResolver, ClimateTeamAgreementResolver } from '../modules/learning/climate-scan.resolver';
import { LearningYearResolver } from '../modules/learning/learning-year.resolver';
import { LearningEvidenceResolver } from '../modules/learning/learning-evidence.resolver';
import { LearningDashboardResolver } from '../modules/learning/learning-dashboard.resolver';
import { SectorLearningResolver } from '../modules/learning/sector-learning.resolver';
import { LearningSessionResolver } from '../modules/learning/learning-session.resolver';
import { PeerAuditorResolver } from '../modules/peer-review/peer-auditor.resolver';
import { PeerVisitResolver } from '../modules/peer-review/peer-visit.resolver';
import { CyclePeerReportsResolver, LearningReportResolver, PeerFindingResolver, PeerVisitReportResolver } from '../modules/peer-review/peer-finding.resolver';
import { PeerReviewRegistrationResolver, PeerVisitRegistrationResolver } from '../modules/peer-review/peer-review-registration.resolver';
import { PeerGroupResolver, PeerReviewSignUpResolver } from '../modules/peer-review/peer-review.resolver';
import { authChecker } from './auth-checker';
import { validateArgs } from './validate-args';

export const RESOLVERS = [
  AuthResolver,
  UserResolver,
  OrganisationResolver,
  CycleResolver,
  CycleEventResolver,
  CycleCommandResolver,
  CyclePartiesResolver,
  CertifyingInstitutionResolver,
  SelfEvaluationResolver,
  RespondentResolver,
  RespondentAnswerResolver,
  SelfEvaluationDelegationResolver,
  FrameworkVersionResolver,
  FrameworkCategoryResolver,
  NormResolver,
  FrameworkAdminResolver,
  NotificationResolver,
  CalendarFeedResolver,
  InternalAuditResolver,
  InternalAuditFindingResolver,
  CycleInternalAuditsResolver,
  AuditFindingResolver,
  CycleAuditFindingsResolver,
  CycleAuditReportsResolver,
  AuditProgrammeResolver,
  AuditProgrammeSlotResolver,
  ImprovementActionResolver,
  CycleImprovementPlanResolver,
  RegisterResolver,
  SectorOverviewResolver,
  EvidenceResolver,
  EvidenceLinkResolver,
  CycleEvidenceResolver,
  PeerReviewSignUpResolver,
  PeerGroupResolver,
  PeerAuditorResolver,
  PeerVisitResolver,
  PeerVisitReportResolver,
  CyclePeerReportsResolver,
  PeerFindingResolver,
  PeerReviewRegistrationResolver,
  PeerVisitRegistrationResolver,
  LearningReportResolver,
  LearningResolver,
  PeopleResolver,
  LearningGoalResolver,
  LearningThemeResolver,
  ClimateScanResolver,
  LearningYearResolver,
  LearningEvidenceResolver,
  LearningDashboardResolver,
  SectorLearningResolver,
  ClimateTeamAgreementResolver,
  LearningSessionResolver,
] as const;

let cached: GraphQLSchema | null = null;

export function buildGraphqlSchema(): GraphQLSchema {
  // No field of an object type carries middleware (authorisation sits on the root operations and in the
  // services), so plain property fields can skip type-graphql's per-field wrapper: on a page of 500 rows
  // that wrapper was a large share of the request's CPU.
  for (const objectType of getMetadataStorage().objectTypes) objectType.simpleResolvers ??= true;
  cached ??= buildSchemaSync({
    resolvers: RESOLVERS,
    authChecker,
    validateFn: validateArgs,
  });
  return cached;
}

/** The committed contract: schema/schema.graphql is exactly this text. */
export function printSortedSchema(schema: GraphQLSchema = buildGraphqlSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
