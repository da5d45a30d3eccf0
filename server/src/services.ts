import type { Config } from './config';
import { AccessPolicy } from './modules/access/access-policy';
import { AuthService } from './modules/auth/auth.service';
import { CycleCapabilities } from './modules/cycle/cycle-capabilities';
import { CycleCommandService } from './modules/cycle/cycle-command.service';
import { CycleService } from './modules/cycle/cycle.service';
import { FrameworkService } from './modules/framework/framework.service';
import { OrganisationService } from './modules/organisation/organisation.service';
import { PeerReviewRegistrationService } from './modules/peer-review/peer-review-registration.service';
import { RegisterService } from './modules/register/register.service';
import { DossierService } from './modules/report-documents/dossier.service';
import { ReportDocumentService } from './modules/report-documents/report-documents.service';
import { SectorOverviewService } from './modules/sector-overview/sector-overview.service';
import { NotificationService } from './modules/notification/notification.service';
import { AccountNotices } from './modules/notification/account-notices';
import { appUrlOf, createMailer } from './modules/notification/mailer';
import { SelfEvaluationService } from './modules/self-evaluation/self-evaluation.service';
import { RespondentInvitationService } from './modules/respondent/respondent-invitation.service';
import { RespondentAnswerService } from './modules/respondent/respondent-answer.service';
import { RespondentSpreadService } from './modules/respondent/respondent-spread.service';
import { SelfEvaluationDelegationService } from './modules/self-evaluation/self-evaluation-delegation.service';
import { InternalAuditService } from './modules/internal-audit/internal-audit.service';
import { AuditFindingService } from './modules/external-audit/audit-finding.service';
import { DecisionSummaryService } from './modules/external-audit/decision-summary.service';
import { AuditProgrammeService } from './modules/audit-programme/audit-programme.service';
import { ImprovementPlanService } from './modules/improvement-plan/improvement-plan.service';
import { MutationReceipts } from './modules/receipt/mutation-receipts';
import { createEvidenceServices } from './modules/evidence/evidence.services';
import { CertifyingInstitutionService } from './modules/certifying-institution/certifying-institution.service';
import { CalendarFeedService } from './modules/calendar/calendar-feed.service';
import { PeerAuditorService } from './modules/peer-review/peer-auditor.service';
import { PeerVisitService } from './modules/peer-review/peer-visit.service';
import { PeerFindingService } from './modules/peer-review/peer-finding.service';
import { PeerGroupService } from './modules/peer-review/peer-group.service';
import { PeerSignUpService } from './modules/peer-review/peer-sign-up.service';
import { TeamService } from './modules/learning/team.service';
import { PeopleService } from './modules/people/people.service';
import { LearningSettingsService } from './modules/learning/learning-settings.service';
import { LearningGoalService } from './modules/learning/learning-goal.service';
import { LearningThemeService } from './modules/learning/learning-theme.service';
import { LearningSessionService } from './modules/learning/learning-session.service';
import { MyLearningDataService } from './modules/learning/my-learning-data.service';
import { LearningTimeService } from './modules/learning/learning-time.service';
import { LearningOverviewService } from './modules/learning/learning-overview.service';
import { ClimateScanService } from './modules/learning/climate-scan.service';
import { ClimateScanResultsService } from './modules/learning/climate-scan-results.service';
import type { CycleCommands } from './temporal/cycle-commands';
import { LearningYearCommands } from './temporal/learning-year-commands';
import { LearningYearService } from './modules/learning/learning-year.service';
import { LearningEvidenceService } from './modules/learning/learning-evidence.service';
import { LearningDashboardService } from './modules/learning/learning-dashboard.service';
import { SectorLearningService } from './modules/learning/sector-learning.service';

/** The api's services, built once per process and shared by every request (they hold no request state). */
export function createServices(config: Config, commands: CycleCommands) {
  const policy = new AccessPolicy();
  const receipts = new MutationReceipts();
  const cycleCommands = new CycleCommandService(commands, policy, receipts);
  const teams = new TeamService();
  const learningThemes = new LearningThemeService();
  const learningSessions = new LearningSessionService(teams);
  const peerAuditors = new PeerAuditorService();
  const learningYearCommands = new LearningYearCommands(commands.client, commands.taskQueue);
  const learningSettings = new LearningSettingsService(teams, learningYearCommands);
  const learningOverview = new LearningOverviewService(teams);
  // The api mails only what it sends itself (account warnings, invitations); cycle notifications are the worker's.
  const mailer = createMailer(config);
  const climateScanResults = new ClimateScanResultsService(learningSettings);
  return {
    config,
    policy,
    /** Temporal itself, for the readiness check; commands go through `cycleCommands`. */
    temporal: commands,
    auth: new AuthService(config, new AccountNotices(mailer)),
    cycles: new CycleService(commands, policy, config.TEST_SECONDS_DURATIONS),
    cycleCommands,
    capabilities: new CycleCapabilities(cycleCommands, policy),
    selfEvaluation: new SelfEvaluationService(policy),
    respondentInvitations: new RespondentInvitationService(policy, commands, config.TEST_SECONDS_DURATIONS),
    respondentAnswers: new RespondentAnswerService(policy),
    respondentSpread: new RespondentSpreadService(policy),
    selfEvaluationDelegation: new SelfEvaluationDelegationService(policy),
    frameworks: new FrameworkService(policy),
    organisations: new OrganisationService(policy),
    register: new RegisterService(),
    sectorOverview: new SectorOverviewService(policy),
    notifications: new NotificationService(),
    internalAudits: new InternalAuditService(policy),
    auditFindings: new AuditFindingService(policy),
    decisionSummaries: new DecisionSummaryService(policy),
    auditProgrammes: new AuditProgrammeService(policy),
    reportDocuments: new ReportDocumentService(policy),
    dossiers: new DossierService(policy),
    improvementPlan: new ImprovementPlanService(policy),
    certifyingInstitutions: new CertifyingInstitutionService(policy),
    calendarFeeds: new CalendarFeedService(config, policy),
    peerSignUps: new PeerSignUpService(),
    peerGroups: new PeerGroupService(commands.peerGroups, config.TEST_SECONDS_DURATIONS),
    peerReviewRegistrations: new PeerReviewRegistrationService(commands),
    peerAuditors,
    peerVisits: new PeerVisitService(peerAuditors, commands.peerGroups),
    peerFindings: new PeerFindingService(policy, commands.peerGroups),
    teams,
    people: new PeopleService(mailer, appUrlOf(config)),
    learningSettings,
    learningTime: new LearningTimeService(),
    learningOverview,
    learningGoals: new LearningGoalService(),
    learningThemes,
    learningSessions,
    myLearningData: new MyLearningDataService(learningThemes, learningSessions),
    climateScan: new ClimateScanService(),
    climateScanResults,
    sectorLearning: new SectorLearningService(),
    learningEvidence: new LearningEvidenceService(policy, climateScanResults),
    learningDashboard: new LearningDashboardService(policy, learningOverview, climateScanResults, learningSettings),
    learningYears: new LearningYearService(learningYearCommands, learningOverview, climateScanResults),
    receipts,
    evidence: createEvidenceServices(config, policy, receipts),
  };
}

export type Services = ReturnType<typeof createServices>;
