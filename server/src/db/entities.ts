import { Session } from '../modules/auth/session.entity';
import { LoginFailure } from '../modules/auth/login-attempt.entity';
import { KnownDevice } from '../modules/auth/known-device.entity';
import { CertifyingInstitution } from '../modules/certifying-institution/certifying-institution.entity';
import { Cycle } from '../modules/cycle/cycle.entity';
import { CycleTransition } from '../modules/cycle/cycle-transition.entity';
import { Competency } from '../modules/framework/competency.entity';
import { FrameworkCategory } from '../modules/framework/framework-category.entity';
import { FrameworkVersion } from '../modules/framework/framework-version.entity';
import { Norm } from '../modules/framework/norm.entity';
import { Organisation } from '../modules/organisation/organisation.entity';
import { SectorBody } from '../modules/sector-body/sector-body.entity';
import { SelfEvaluationAnswer } from '../modules/self-evaluation/self-evaluation-answer.entity';
import { User } from '../modules/user/user.entity';
import { RespondentInvitation } from '../modules/respondent/respondent-invitation.entity';
import { RespondentAnswer } from '../modules/respondent/respondent-answer.entity';
import { SelfEvaluationDelegate } from '../modules/self-evaluation/self-evaluation-delegate.entity';
import { InternalAudit } from '../modules/internal-audit/internal-audit.entity';
import { InternalAuditFinding } from '../modules/internal-audit/internal-audit-finding.entity';
import { AuditFinding } from '../modules/external-audit/audit-finding.entity';
import { AuditReport } from '../modules/external-audit/audit-report.entity';
import { AuditProgramme } from '../modules/audit-programme/audit-programme.entity';
import { ImprovementAction } from '../modules/improvement-plan/improvement-action.entity';
import { PlanReviewRecord } from '../modules/improvement-plan/plan-review.entity';
import { Certificate } from '../modules/certificate/certificate.entity';
import { Notification } from '../modules/notification/notification.entity';
import { CalendarFeed } from '../modules/calendar/calendar-feed.entity';
import { MutationReceipt } from '../modules/receipt/mutation-receipt.entity';
import { Evidence } from '../modules/evidence/evidence.entity';
import { EvidenceLink } from '../modules/evidence/evidence-link.entity';
import { EvidenceCarryOver } from '../modules/evidence/evidence-carry-over.entity';
import { PeerReviewSignUp } from '../modules/peer-review/peer-review-sign-up.entity';
import { PeerGroup, PeerGroupMember } from '../modules/peer-review/peer-group.entity';
import { PeerAuditor } from '../modules/peer-review/peer-auditor.entity';
import { PeerVisit } from '../modules/peer-review/peer-visit.entity';
import { LearningReport, PeerFinding } from '../modules/peer-review/peer-finding.entity';
import { PeerReviewRegistration } from '../modules/peer-review/peer-review-registration.entity';
import { Team, TeamMember } from '../modules/learning/team.entity';
import { AccountInvitation } from '../modules/people/account-invitation.entity';
import { LearningEvidenceLink } from '../modules/learning/learning-evidence.entity';
import { LearningDataErasure } from '../modules/learning/learning-data-erasure.entity';
import { LearningTheme, LearningThemeInterest } from '../modules/learning/learning-theme.entity';
import { CLIMATE_SCAN_ENTITIES } from '../modules/learning/climate-scan.entity';
import { LearningSession, LearningSessionParticipant } from '../modules/learning/learning-session.entity';
import { LearningGoal } from '../modules/learning/learning-goal.entity';
import { LearningEntry } from '../modules/learning/learning-entry.entity';
import { LearningMonth } from '../modules/learning/learning-month.entity';
import { ContractHours, LearningBudget, LearningContextNote, LearningSettings, LearningYearReport } from '../modules/learning/learning-settings.entity';
import { DatabaseIdentity } from '../modules/evidence/store/database-identity.entity';

/** Listed explicitly (no folder glob) so the compiled and the TypeScript runs discover the same set. */
export const ENTITIES = [
  Organisation,
  CertifyingInstitution,
  SectorBody,
  User,
  Session,
  KnownDevice,
  LoginFailure,
  FrameworkVersion,
  FrameworkCategory,
  Competency,
  Norm,
  Cycle,
  CycleTransition,
  SelfEvaluationAnswer,
  RespondentInvitation,
  RespondentAnswer,
  SelfEvaluationDelegate,
  InternalAudit,
  InternalAuditFinding,
  AuditFinding,
  AuditReport,
  AuditProgramme,
  ImprovementAction,
  PlanReviewRecord,
  Certificate,
  Notification,
  CalendarFeed,
  MutationReceipt,
  Evidence,
  EvidenceLink,
  EvidenceCarryOver,
  DatabaseIdentity,
  PeerReviewSignUp,
  PeerGroup,
  PeerGroupMember,
  PeerAuditor,
  PeerVisit,
  PeerFinding,
  LearningReport,
  PeerReviewRegistration,
  Team,
  TeamMember,
  AccountInvitation,
  LearningSettings,
  LearningYearReport,
  LearningEvidenceLink,
  LearningBudget,
  ContractHours,
  LearningEntry,
  LearningMonth,
  LearningContextNote,
  LearningGoal,
  LearningDataErasure,
  LearningTheme,
  LearningThemeInterest,
  ...CLIMATE_SCAN_ENTITIES,
  LearningSession,
  LearningSessionParticipant,
];
