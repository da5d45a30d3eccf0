/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

export type AcceptEngagementInput = {
  /** Leave empty to take the scheme's audit-days table. */
  auditDays?: InputMaybe<Scalars['Float']['input']>;
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  coAuditorId: Scalars['ID']['input'];
  cycleId: Scalars['ID']['input'];
  leadAuditorId: Scalars['ID']['input'];
  /** Required when auditDays differs from the table. */
  overrideReason?: InputMaybe<Scalars['String']['input']>;
};

export type AcceptInvitationInput = {
  /** The password the person chooses: at least 12 characters. */
  password: Scalars['String']['input'];
  /** The token from the invitation link. */
  token: Scalars['String']['input'];
};

/** An invitation to a new account of your organisation. */
export type AccountInvitation = {
  __typename?: 'AccountInvitation';
  /** When the person chose their password; the link no longer works. */
  acceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The link works until then. */
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** The single-use link to hand over; only in the answer that made it, and only when no mail is sent. */
  link?: Maybe<Scalars['String']['output']>;
  /** Whether LabelCycle mails invitation links (otherwise the inviter hands them over). */
  mailed: Scalars['Boolean']['output'];
  /** The person invited, with the role they were invited in. */
  person: UserSummary;
};

export type AccountInvitationPage = {
  __typename?: 'AccountInvitationPage';
  nodes: Array<AccountInvitation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Whether the signed-in viewer may do one thing on this cycle now, and if not, why. */
export type ActionPermission = {
  __typename?: 'ActionPermission';
  action: CycleAction;
  allowed: Scalars['Boolean']['output'];
  /** The `extensions.code` the mutation would answer with. */
  code?: Maybe<Scalars['String']['output']>;
  /** The message the mutation would answer with. */
  reason?: Maybe<Scalars['String']['output']>;
};

export type ActionStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

export type AddEvidenceVersionInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The uploaded file that becomes the new version; it must not be in a version chain yet. */
  evidenceId: Scalars['ID']['input'];
  /** The newest version so far. */
  previousEvidenceId: Scalars['ID']['input'];
};

export type AnswerClimateScanInput = {
  /** A score for every statement of the round. */
  answers: Array<ClimateScanScoreInput>;
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  roundId: Scalars['ID']['input'];
  /** The team you answer for: one of your teams in the round. */
  teamId: Scalars['ID']['input'];
};

export type ArchiveTeamInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  teamId: Scalars['ID']['input'];
};

export type AuditAdvice =
  | 'NEGATIVE'
  | 'POSITIVE'
  | 'POSITIVE_WITH_CONDITIONS';

export type AuditDaysBand = {
  __typename?: 'AuditDaysBand';
  days: Scalars['Float']['output'];
  /** Upper bound (inclusive) of the FTE band; null means no upper bound. */
  maxFte?: Maybe<Scalars['Float']['output']>;
};

export type AuditDaysBandInput = {
  days: Scalars['Float']['input'];
  /** Upper bound (inclusive) of the FTE band; null means no upper bound. */
  maxFte?: InputMaybe<Scalars['Float']['input']>;
};

export type AuditFinding = {
  __typename?: 'AuditFinding';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  improvementPoints: Scalars['String']['output'];
  normCode: Scalars['String']['output'];
  normId: Scalars['ID']['output'];
  /** Who recorded it last. */
  recordedByName: Scalars['String']['output'];
  /** Counts the saves, from 1; an edit names the one it started from as expectedRevision. */
  revision: Scalars['Int']['output'];
  score: NormScore;
  strengths: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** The audit programme of a cycle: the interview slots of its audit day(s), and the organisation's confirmation. */
export type AuditProgramme = {
  __typename?: 'AuditProgramme';
  /** When the organisation confirmed this programme; null until then, and again after a change. */
  confirmedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who confirmed it for the organisation. */
  confirmedByName?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  cycleId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** Counts the saves of the slots, from 1 (a confirmation is no save); an edit names the one it started from as expectedRevision. */
  revision: Scalars['Int']['output'];
  /** Who saved the slots last. */
  savedByName: Scalars['String']['output'];
  /** By day and start time. */
  slots: Array<AuditProgrammeSlot>;
  /** Norms of the cycle's framework version that no slot covers, in the framework's order. */
  uncoveredNorms: Array<Norm>;
  /** When the slots were last saved. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** One interview slot of the audit programme. */
export type AuditProgrammeSlot = {
  __typename?: 'AuditProgrammeSlot';
  /** The cycle's auditors who hold this slot. */
  auditorIds: Array<Scalars['ID']['output']>;
  auditors: Array<UserSummary>;
  /** 1 for the first audit day. */
  day: Scalars['Int']['output'];
  /** HH:MM, after the start time. */
  endTime: Scalars['String']['output'];
  group: InterviewGroup;
  /** What OTHER stands for. */
  groupLabel?: Maybe<Scalars['String']['output']>;
  /** How many people are interviewed. */
  headCount?: Maybe<Scalars['Int']['output']>;
  normIds: Array<Scalars['ID']['output']>;
  /** The norms this slot covers, in the framework's order. */
  norms: Array<Norm>;
  /** Names or roles of the people interviewed. */
  participants?: Maybe<Scalars['String']['output']>;
  /** HH:MM. */
  startTime: Scalars['String']['output'];
};

export type AuditProgrammeSlotInput = {
  /** The cycle's lead and/or co-auditor who hold the slot. */
  auditorIds?: Array<Scalars['ID']['input']>;
  /** 1 up to the planned audit days. */
  day: Scalars['Int']['input'];
  /** HH:MM, after the start time. */
  endTime: Scalars['String']['input'];
  group: InterviewGroup;
  /** Required for OTHER: which group it is. */
  groupLabel?: InputMaybe<Scalars['String']['input']>;
  /** How many people are interviewed, at least 1. */
  headCount?: InputMaybe<Scalars['Int']['input']>;
  /** Norms of the cycle's framework version this slot covers, each once. */
  normIds: Array<Scalars['ID']['input']>;
  /** Names or roles of the people interviewed; this, headCount or both. */
  participants?: InputMaybe<Scalars['String']['input']>;
  /** HH:MM, 24-hour clock. */
  startTime: Scalars['String']['input'];
};

export type AuditReport = {
  __typename?: 'AuditReport';
  advice?: Maybe<AuditAdvice>;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  improvementPoints: Scalars['String']['output'];
  issuedAt: Scalars['DateTimeISO']['output'];
  kind: ReportKind;
  /** The organisation's reply (draft report only). */
  reply?: Maybe<Scalars['String']['output']>;
  strengths: Scalars['String']['output'];
  summary: Scalars['String']['output'];
};

export type AuditorWorkload = {
  __typename?: 'AuditorWorkload';
  auditor: UserSummary;
  /** Of openAudits, those led by this auditor. */
  leading: Scalars['Int']['output'];
  /** Cycles this auditor is assigned to (lead or co) that are between acceptance and the decision. */
  openAudits: Scalars['Int']['output'];
  /** Confirmed audit days from today on (Europe/Amsterdam), earliest first, at most five. */
  upcomingAuditDates: Array<Scalars['String']['output']>;
};

export type AwardRule =
  | 'NO_DOES_NOT_MEET'
  | 'NO_OPEN_DOES_NOT_MEET_WITHOUT_ACCEPTED_ACTION';

/** A new calendar feed address. Keep it secret: whoever has it sees your audits and deadlines. */
export type CalendarFeedAddress = {
  __typename?: 'CalendarFeedAddress';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Subscribe to this address in your calendar program. It is shown only now. */
  url: Scalars['String']['output'];
};

/** Your calendar feed, without its address: that is shown only when it is made. */
export type CalendarFeedStatus = {
  __typename?: 'CalendarFeedStatus';
  /** When the current address was made. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The language of the events: the one you used when you made the address (nl or en). */
  locale: Scalars['String']['output'];
};

export type Certificate = {
  __typename?: 'Certificate';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Public certificate number, e.g. KSSW-2026-00042. */
  number: Scalars['String']['output'];
  scopeUnits: Array<Scalars['String']['output']>;
  status: CertificateStatus;
  statusChangedAt: Scalars['DateTimeISO']['output'];
  statusReason?: Maybe<Scalars['String']['output']>;
  validFrom: Scalars['DateTimeISO']['output'];
  validUntil: Scalars['DateTimeISO']['output'];
  variant: CycleVariant;
  wholeOrganisation: Scalars['Boolean']['output'];
};

export type CertificateActionInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  cycleId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type CertificateStatus =
  | 'EXPIRED'
  | 'RENEWED'
  | 'SUSPENDED'
  | 'VALID'
  | 'WITHDRAWN';

export type CertificationDecision =
  | 'AWARD'
  | 'DEFER'
  | 'REFUSE';

export type CertifyingInstitution = {
  __typename?: 'CertifyingInstitution';
  /** Admitted by the sector body to certify under the scheme. */
  admitted: Scalars['Boolean']['output'];
  /** Its auditors with the audits each carries now (open, leading, the next audit days), to spread the work when assigning; visible to the same people as auditors. */
  auditorWorkload: Array<AuditorWorkload>;
  /** Its auditors, to assign to an engagement; visible to the institution's own people and the sector body. */
  auditors: Array<UserSummary>;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A team's figure for one condition; null when the team's figures are not shown. */
export type ClimateConditionResult = {
  __typename?: 'ClimateConditionResult';
  /** The average score (1–5) over the statements of the condition and the people who answered. */
  average?: Maybe<Scalars['Float']['output']>;
  condition: LearningCondition;
  /** How many people answered. */
  count?: Maybe<Scalars['Int']['output']>;
};

/** The open round as you see it: its statements and your teams in it. */
export type ClimateScanForYou = {
  __typename?: 'ClimateScanForYou';
  round: ClimateScanRound;
  teams: Array<ClimateScanTeamToAnswer>;
};

/** One statement of the scan, answered on a scale from 1 (do not agree) to 5 (fully agree). */
export type ClimateScanQuestion = {
  __typename?: 'ClimateScanQuestion';
  condition: LearningCondition;
  /** The key of the statement within its question set. */
  id: Scalars['String']['output'];
  /** The statement in English; may be empty, then the Dutch text is shown. */
  textEn: Scalars['String']['output'];
  /** The statement in Dutch. */
  textNl: Scalars['String']['output'];
};

export type ClimateScanQuestionInput = {
  condition: LearningCondition;
  /** The statement in English; may be empty, then the Dutch text is shown. */
  textEn?: Scalars['String']['input'];
  /** The statement in Dutch (at most 300 characters). */
  textNl: Scalars['String']['input'];
};

export type ClimateScanQuestionSet = {
  __typename?: 'ClimateScanQuestionSet';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** True for the illustrative set LabelCycle offers: an example, not text of the scheme. */
  illustrative: Scalars['Boolean']['output'];
  questions: Array<ClimateScanQuestion>;
  /** 1 for the first set saved or used; 0 for the illustrative set before anything was saved. */
  version: Scalars['Int']['output'];
};

/** The results of a round, per team you may see. */
export type ClimateScanResults = {
  __typename?: 'ClimateScanResults';
  /** The threshold now in force (the organisation's minContributors). */
  minRespondents: Scalars['Int']['output'];
  round: ClimateScanRound;
  teams: Array<ClimateTeamResult>;
};

export type ClimateScanRound = {
  __typename?: 'ClimateScanRound';
  /** When the round was closed; null while it is open. */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** True when the round asks the illustrative statements LabelCycle offers, not the organisation’s own. */
  illustrative: Scalars['Boolean']['output'];
  /** True until the round is closed. */
  open: Scalars['Boolean']['output'];
  /** What the round is called, for example "Najaar 2026". */
  period: Scalars['String']['output'];
  /** The version of the statements the round asks. */
  questionSetVersion: Scalars['Int']['output'];
  /** The statements of the round, in their order. */
  questions: Array<ClimateScanQuestion>;
  /** The teams asked to answer. */
  teams: Array<ClimateScanTeam>;
};

export type ClimateScanRoundPage = {
  __typename?: 'ClimateScanRoundPage';
  nodes: Array<ClimateScanRound>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ClimateScanScoreInput = {
  /** The key of the statement (ClimateScanQuestion.id). */
  questionId: Scalars['String']['input'];
  /** 1 (do not agree at all) to 5 (fully agree). */
  score: Scalars['Int']['input'];
};

/** A team asked in a round: its ID and name only. */
export type ClimateScanTeam = {
  __typename?: 'ClimateScanTeam';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A team of yours in the open round, and whether you answered for it. */
export type ClimateScanTeamToAnswer = {
  __typename?: 'ClimateScanTeamToAnswer';
  /** True once you answered for this team in this round (what you answered is not kept with your name). */
  answered: Scalars['Boolean']['output'];
  teamId: Scalars['ID']['output'];
  teamName: Scalars['String']['output'];
};

export type ClimateTeamAgreement = {
  __typename?: 'ClimateTeamAgreement';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  teamId: Scalars['ID']['output'];
  /** What the team concluded and agreed; empty when cleared. */
  text: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The team lead who wrote it last. */
  writtenBy?: Maybe<TeamPerson>;
};

/** A team's results in a round: figures only when enough people answered, and what the team agreed. */
export type ClimateTeamResult = {
  __typename?: 'ClimateTeamResult';
  /** What the team concluded and agreed, as its team lead recorded it. */
  agreement?: Maybe<ClimateTeamAgreement>;
  conditions: Array<ClimateConditionResult>;
  /** How many people answered; null when not shown. */
  respondents?: Maybe<Scalars['Int']['output']>;
  /** False while the round is open, or when fewer people than the threshold answered: then no figures are given. */
  shown: Scalars['Boolean']['output'];
  teamId: Scalars['ID']['output'];
  teamName: Scalars['String']['output'];
};

export type CloseClimateScanRoundInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  roundId: Scalars['ID']['input'];
};

export type Competency = {
  __typename?: 'Competency';
  code: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Whether the links of this competency to norms are presumed rather than confirmed by the scheme. */
  linkPresumed: Scalars['Boolean']['output'];
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type CompletePreparationInput = {
  /** The decision tree's answers and the variant and scope chosen, stored with the cycle. Required once the sector body loaded its own tree for the cycle's framework version; optional while the tree is a placeholder or absent (the variant and scope of the start then stand). */
  choice?: InputMaybe<PreparationChoiceInput>;
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  cycleId: Scalars['ID']['input'];
};

export type ConfirmAuditDateInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  cycleId: Scalars['ID']['input'];
  date: Scalars['String']['input'];
};

export type ConfirmEvidenceStillValidInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The new cycle; its previous cycle must have this evidence linked. */
  cycleId: Scalars['ID']['input'];
  evidenceId: Scalars['ID']['input'];
  /** True links it to the same norms in the new cycle; false leaves it out (and undoes an earlier true). */
  stillValid: Scalars['Boolean']['input'];
};

export type ConfirmPeerVisitInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  peerVisitId: Scalars['ID']['input'];
};

export type ContractHours = {
  __typename?: 'ContractHours';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  hoursPerWeek: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  personId: Scalars['ID']['output'];
};

export type ContractHoursPage = {
  __typename?: 'ContractHoursPage';
  nodes: Array<ContractHours>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Cycle = {
  __typename?: 'Cycle';
  advice?: Maybe<AuditAdvice>;
  /** Per norm, in the framework's order: the self-evaluation answer beside the auditors' finding. */
  assessment: Array<NormAssessment>;
  auditDays?: Maybe<Scalars['Float']['output']>;
  /** Audit days from the scheme's FTE table. */
  auditDaysComputed?: Maybe<Scalars['Float']['output']>;
  auditDaysOverrideReason?: Maybe<Scalars['String']['output']>;
  /** The auditors' findings, in the framework's order; the organisation sees them once the draft report is issued. */
  auditFindings: Array<AuditFinding>;
  /** The certificate issued in this cycle, whatever its status now; null before the award. */
  certificate?: Maybe<Certificate>;
  /** The institution engaged for the external audit. */
  certifyingInstitution?: Maybe<CertifyingInstitution>;
  coAuditor?: Maybe<UserSummary>;
  /** Audit days by the scheme's FTE table for this cycle's FTE; null when no band covers it. */
  computedAuditDays?: Maybe<Scalars['Float']['output']>;
  confirmedAuditDate?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  decision?: Maybe<CertificationDecision>;
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** The tallies of the findings and the self-evaluation, and the award rule's verdict with the norms it weighs; null for whoever may not see the findings yet. */
  decisionSummary?: Maybe<DecisionSummary>;
  /** When the running deadline falls due. */
  dueAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Evidence linked in the previous cycle, with the "still valid?" answer so far (members of the organisation only). */
  evidenceCarryOver: Array<EvidenceCarryOverCandidate>;
  /** The cycle's evidence links, in the order they were made; filter by normId for one norm. */
  evidenceLinks: Array<EvidenceLink>;
  frameworkVersion: FrameworkVersion;
  fte: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** The actions of the improvement plan, in the order they were added. */
  improvementActions: Array<ImprovementAction>;
  /** The audit findings the plan must answer, each with whether an action covers its norm. */
  improvementPoints: Array<ImprovementPoint>;
  /** Internal audits of the cycle, by planned date. */
  internalAudits: Array<InternalAudit>;
  leadAuditor?: Maybe<UserSummary>;
  /** Who acts next (you, another party, nobody), on what, and until when. */
  nextStep: NextStep;
  organisation: Organisation;
  /** True once the running deadline has passed. */
  overdue: Scalars['Boolean']['output'];
  /** For a COMBINED cycle: the final learning reports of the peer assessment linked to the cycle (the organisation's sign-up carries it), newest first, read-only, for the organisation and the cycle's lead and co-auditor; empty for anyone else and for any other variant. */
  peerLearningReports: Array<LearningReport>;
  phase: CyclePhase;
  phaseChangedAt: Scalars['DateTimeISO']['output'];
  /** The lead auditor's reviews of the plan, oldest first, with the comments of a returned plan. */
  planReviews: Array<ImprovementPlanReviewRecord>;
  /** Self-evaluation progress: norms scored out of norms in scope. */
  progress: Progress;
  proposedAuditDates: Array<Scalars['String']['output']>;
  /** The draft and final reports once issued, oldest first; the draft carries the organisation's reply. */
  reports: Array<AuditReport>;
  scopeUnits: Array<Scalars['String']['output']>;
  selfEvaluationAnswers: Array<SelfEvaluationAnswer>;
  /** Members named to write the consolidated self-evaluation answers, by name. Visible to the organisation's members only. */
  selfEvaluationDelegates: Array<UserSummary>;
  selfEvaluationLockedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  step?: Maybe<CycleStep>;
  /** The stages in order, each with its status and how far it is. */
  timeline: Array<TimelineStep>;
  variant: CycleVariant;
  /** How the variant and scope were chosen in the decision tree; null until preparation completes with a choice. */
  variantChoice?: Maybe<VariantChoice>;
  /** For every command and kind of content: whether you may do it now, or the refusal the mutation would give. */
  viewerCan: Array<ActionPermission>;
  /** Who is to act next; dueAt says until when. nextStep tells more. */
  waitingOn: WaitingParty;
  /** True when the whole organisation is in scope; otherwise scopeUnits names the units. */
  wholeOrganisation: Scalars['Boolean']['output'];
};

/** A command of the cycle (the mutation's name) or a kind of content that can be written. */
export type CycleAction =
  | 'ACTION_EVIDENCE'
  | 'ACTION_PROGRESS'
  | 'AUDIT_FINDINGS'
  | 'AUDIT_PROGRAMME'
  | 'AUDIT_PROGRAMME_CONFIRMATION'
  | 'EVIDENCE_CARRY_OVER'
  | 'IMPROVEMENT_ACTIONS'
  | 'INTERNAL_AUDITS'
  | 'INTERNAL_AUDIT_EVIDENCE'
  | 'INTERNAL_AUDIT_FINDINGS'
  | 'SELF_EVALUATION_ANSWERS'
  | 'SELF_EVALUATION_EVIDENCE'
  | 'acceptEngagement'
  | 'completeInternalAudit'
  | 'completePreparation'
  | 'confirmAuditDate'
  | 'decideCertification'
  | 'declineEngagement'
  | 'engageCertifyingInstitution'
  | 'issueDraftReport'
  | 'issueFinalReport'
  | 'proposeAuditDates'
  | 'reinstateCertificate'
  | 'replyToDraftReport'
  | 'reviewImprovementPlan'
  | 'submitImprovementPlan'
  | 'submitSelfEvaluation'
  | 'suspendCertificate'
  | 'withdrawCertificate';

export type CycleCommandInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  cycleId: Scalars['ID']['input'];
};

export type CycleEvent = {
  __typename?: 'CycleEvent';
  /** Who made the transition; null for timers. */
  actorName?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTimeISO']['output'];
  command: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  fromPhase?: Maybe<CyclePhase>;
  id: Scalars['ID']['output'];
  seq: Scalars['Int']['output'];
  /** What happened, in the reader's language (Accept-Language: nl or en). */
  summary: Scalars['String']['output'];
  toPhase: CyclePhase;
};

export type CyclePage = {
  __typename?: 'CyclePage';
  nodes: Array<Cycle>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Where a certification cycle stands. */
export type CyclePhase =
  | 'CERTIFIED'
  | 'DECISION'
  | 'EXPIRED'
  | 'EXTERNAL_AUDIT'
  | 'IMPROVEMENT_PLAN'
  | 'INTERNAL_AUDIT'
  | 'PEER_ASSESSMENT'
  | 'PREPARATION'
  | 'REFUSED'
  | 'REGISTERED'
  | 'RENEWED'
  | 'SELF_EVALUATION'
  | 'WITHDRAWN';

/** The stages of a cycle, as shown on its timeline. */
export type CycleStage =
  | 'CERTIFIED'
  | 'DECISION'
  | 'EXTERNAL_AUDIT'
  | 'IMPROVEMENT_PLAN'
  | 'INTERNAL_AUDIT'
  | 'PEER_ASSESSMENT'
  | 'PREPARATION'
  | 'REGISTERED'
  | 'SELF_EVALUATION';

/** Where a phase stands inside itself: who acts next. */
export type CycleStep =
  | 'AUDITING'
  | 'AWAITING_DECISION'
  | 'AWAITING_ENGAGEMENT'
  | 'AWAITING_GROUP'
  | 'AWAITING_REPLY'
  | 'DATES_PROPOSED'
  | 'DEFERRED'
  | 'DRAFTING'
  | 'ENGAGEMENT_REQUESTED'
  | 'GROUP_FORMED'
  | 'REPLIED'
  | 'REPORTS_FINAL'
  | 'SCHEDULING'
  | 'SUBMITTED'
  | 'SUSPENDED'
  | 'VALID'
  | 'VISITS_PLANNED';

/** What the next step of a cycle is. */
export type CycleTask =
  | 'ACCEPT_ENGAGEMENT'
  | 'AUDIT'
  | 'CONFIRM_DATE'
  | 'DECIDE'
  | 'DRAFT_PLAN'
  | 'ENDED'
  | 'ENGAGE_INSTITUTION'
  | 'INTERNAL_AUDIT'
  | 'ISSUE_FINAL_REPORT'
  | 'JOIN_PEER_GROUP'
  | 'NONE'
  | 'PEER_VISITS'
  | 'PLAN_PEER_VISITS'
  | 'PREPARE'
  | 'PROPOSE_DATES'
  | 'REGISTER_PEER_REVIEW'
  | 'REPLY_TO_DRAFT'
  | 'REVIEW_PLAN'
  | 'SELF_EVALUATE'
  | 'TRACK_ACTIONS';

export type CycleVariant =
  | 'COMBINED'
  | 'EXTERNAL_AUDIT'
  | 'PEER_REVIEW';

export type DecideCertificationInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  cycleId: Scalars['ID']['input'];
  decision: CertificationDecision;
  reason: Scalars['String']['input'];
};

export type DecidingNorm = {
  __typename?: 'DecidingNorm';
  /** Actions of the improvement plan on this norm. */
  actionCount: Scalars['Int']['output'];
  /** True when this norm stands in the way of an award under the rule. */
  blocking: Scalars['Boolean']['output'];
  norm: Norm;
  /** The auditors' score. */
  score: NormScore;
  /** The organisation's own score in its self-evaluation; null when it gave none. */
  selfEvaluationScore?: Maybe<NormScore>;
};

/** The decision dossier at a glance: the tallies, and what the award rule says. */
export type DecisionSummary = {
  __typename?: 'DecisionSummary';
  /** True when the rule allows the award now: no norm blocks it. */
  awardAllowed: Scalars['Boolean']['output'];
  /** The award rule of the cycle's framework version. */
  awardRule: AwardRule;
  /** True while the scheme rules are LabelCycle placeholders. */
  awardRulePlaceholder: Scalars['Boolean']['output'];
  /** The norms the rule weighs, in the framework order; blocking or answered by an action. */
  decidingNorms: Array<DecidingNorm>;
  /** The auditors' findings, counted per score. */
  findings: ScoreCounts;
  /** Norms of the framework version without a finding. */
  normsWithoutFinding: Scalars['Int']['output'];
  /** The organisation's self-evaluation, counted per score, on the same norms. */
  selfEvaluation: ScoreCounts;
};

export type DeclineEngagementInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  cycleId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type DeclinePeerGroupInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  peerGroupId: Scalars['ID']['input'];
  /** Why, for the organisations that proposed it. */
  reason: Scalars['String']['input'];
};

export type DeleteEvidenceInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  evidenceId: Scalars['ID']['input'];
};

export type DeleteImprovementActionInput = {
  actionId: Scalars['ID']['input'];
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The revision this edit started from (0 for something not saved yet). When another save came in between, nothing changes and the answer is CONFLICT with the current value. Leave out only to save without comparing. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
};

export type DeleteLearningGoalInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  goalId: Scalars['ID']['input'];
};

export type DeleteLearningTimeInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  entryId: Scalars['ID']['input'];
};

export type DeleteMyLearningDataInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** Must be true: confirms that all your learning time and goals are deleted for good. */
  confirm: Scalars['Boolean']['input'];
};

export type DurationUnit =
  | 'DAYS'
  | 'MONTHS'
  | 'WEEKS';

export type EngageCertifyingInstitutionInput = {
  certifyingInstitutionId: Scalars['ID']['input'];
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  cycleId: Scalars['ID']['input'];
};

export type Evidence = {
  __typename?: 'Evidence';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Shared by every version of the same document. */
  documentId: Scalars['ID']['output'];
  /** Where to download it (GET, with the session cookie). */
  downloadUrl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** False once a newer version was added. */
  isLatestVersion: Scalars['Boolean']['output'];
  /** What this file is linked to, in the cycles you may see, in the order the links were made. */
  links: Array<EvidenceLink>;
  /** The file name it is stored and offered under: no folders, no control characters, at most 200 characters, and a name ending in an executable or active extension gets the extension of its type added (rapport.html becomes rapport.html.txt). */
  name: Scalars['String']['output'];
  /** The name as uploaded (only sanitised); differs from name when that was made safe. */
  originalName: Scalars['String']['output'];
  previousVersionId?: Maybe<Scalars['ID']['output']>;
  /** SHA-256 of the content, lower-case hex. */
  sha256: Scalars['String']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
  /** The media type, decided from the content (magic bytes), not from the name. */
  type: Scalars['String']['output'];
  /** Who uploaded it. */
  uploadedByName: Scalars['String']['output'];
  /** Every version of this document you may see, oldest first. */
  versions: Array<Evidence>;
};

export type EvidenceCarryOverCandidate = {
  __typename?: 'EvidenceCarryOverCandidate';
  confirmedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  evidence: Evidence;
  /** Codes of the norms it supported in the previous cycle. */
  normCodes: Array<Scalars['String']['output']>;
  /** The answer so far; null while not yet answered. */
  stillValid?: Maybe<Scalars['Boolean']['output']>;
};

export type EvidenceLink = {
  __typename?: 'EvidenceLink';
  /** True when the link came over from the previous cycle with a "still valid" confirmation. */
  carriedOver: Scalars['Boolean']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  cycleId: Scalars['ID']['output'];
  evidence: Evidence;
  id: Scalars['ID']['output'];
  improvementActionId?: Maybe<Scalars['ID']['output']>;
  internalAuditFindingId?: Maybe<Scalars['ID']['output']>;
  /** Who made the link. */
  linkedByName: Scalars['String']['output'];
  /** The phase the link belongs to; once that phase is submitted the link is locked. */
  linkedInPhase: CyclePhase;
  /** True once the phase it belongs to was submitted: it can no longer be unlinked. */
  locked: Scalars['Boolean']['output'];
  normCode?: Maybe<Scalars['String']['output']>;
  normId?: Maybe<Scalars['ID']['output']>;
  selfEvaluationAnswerId?: Maybe<Scalars['ID']['output']>;
};

export type EvidencePage = {
  __typename?: 'EvidencePage';
  nodes: Array<Evidence>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EvidenceUploadRules = {
  __typename?: 'EvidenceUploadRules';
  /** Media types accepted (decided from the content, not the name). */
  allowedTypes: Array<Scalars['String']['output']>;
  /** The same, in words. */
  allowedTypesText: Scalars['String']['output'];
  /** Largest file accepted, in bytes. */
  maxBytes: Scalars['Int']['output'];
  /** What your organisation may keep in evidence in all, in bytes. */
  quotaBytes: Scalars['Float']['output'];
  /** What your organisation keeps now, in bytes (the same content counts once). */
  usedBytes: Scalars['Float']['output'];
};

export type FormPeerGroupInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The open sign-ups of the organisations in the group: at least 3, each once. */
  signUpIds: Array<Scalars['ID']['input']>;
};

export type FrameworkCategory = {
  __typename?: 'FrameworkCategory';
  code: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  norms: Array<Norm>;
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type FrameworkImportFormat =
  | 'CSV'
  | 'JSON';

export type FrameworkStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'RETIRED';

export type FrameworkVersion = {
  __typename?: 'FrameworkVersion';
  categories: Array<FrameworkCategory>;
  competencies: Array<Competency>;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  effectiveDate: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** True for demonstration content that is not the official norm text. */
  illustrative: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  rules: SchemeRules;
  /** Counts the saves of the rules, from 1 (the import); updateSchemeRules names the one it started from as expectedRevision. */
  rulesRevision: Scalars['Int']['output'];
  status: FrameworkStatus;
  /** The decision tree organisations answer while preparing; null on versions loaded before trees existed, whose organisations choose directly. */
  variantGuide?: Maybe<VariantGuide>;
  /** Counts the saves of the decision tree, from 1 (the import); updateVariantGuide names the one it started from as expectedRevision. */
  variantGuideRevision: Scalars['Int']['output'];
  /** Where these answers lead in the version's decision tree: the next question, or at the end the recommended variant and scope. Answers that do not follow the tree are BAD_USER_INPUT naming the answer. */
  variantRecommendation: VariantRecommendation;
  version: Scalars['String']['output'];
};


export type FrameworkVersionVariantRecommendationArgs = {
  answers: Array<GuideAnswerInput>;
};

export type FrameworkVersionCommandInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  frameworkVersionId: Scalars['ID']['input'];
};

/** One answer in the decision tree: the question key and the chosen option key. */
export type GuideAnswerInput = {
  option: Scalars['String']['input'];
  question: Scalars['String']['input'];
};

export type ImportFrameworkVersionInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The file's text, at most 2,000,000 characters. */
  content: Scalars['String']['input'];
  /** First day the version applies, as YYYY-MM-DD. */
  effectiveDate: Scalars['String']['input'];
  format: FrameworkImportFormat;
  /** True for demonstration content that is not the official norm text. */
  illustrative?: Scalars['Boolean']['input'];
  /** For example "Kwaliteitslabel Sterk Sociaal Werk". */
  name: Scalars['String']['input'];
  /** For example "2019" or "3.0"; name and version together are unique. */
  version: Scalars['String']['input'];
};

export type ImprovementAction = {
  __typename?: 'ImprovementAction';
  /** True when the action came over, still open, from the previous cycle. */
  carriedOver: Scalars['Boolean']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  dueDate: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  normCode?: Maybe<Scalars['String']['output']>;
  /** Null for a general action. */
  normId?: Maybe<Scalars['ID']['output']>;
  /** Who carries it out (a name or a role). */
  owner: Scalars['String']['output'];
  progressNote: Scalars['String']['output'];
  /** Counts the saves, from 1; an edit names the one it started from as expectedRevision. */
  revision: Scalars['Int']['output'];
  status: ActionStatus;
  /** How success will be seen. */
  successIndicator: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Who changed it last. */
  updatedByName: Scalars['String']['output'];
  what: Scalars['String']['output'];
};

export type ImprovementPlanReview =
  | 'ACCEPT'
  | 'RETURN';

export type ImprovementPlanReviewRecord = {
  __typename?: 'ImprovementPlanReviewRecord';
  at: Scalars['DateTimeISO']['output'];
  comments: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  review: ImprovementPlanReview;
};

export type ImprovementPoint = {
  __typename?: 'ImprovementPoint';
  actionCount: Scalars['Int']['output'];
  /** True when the finding scored PARTLY_MEETS or DOES_NOT_MEET. */
  belowMeets: Scalars['Boolean']['output'];
  /** True when at least one action of the plan answers this norm. */
  covered: Scalars['Boolean']['output'];
  findingId: Scalars['ID']['output'];
  improvementPoints: Scalars['String']['output'];
  normCode: Scalars['String']['output'];
  normId: Scalars['ID']['output'];
  normTitle: Scalars['String']['output'];
  score: NormScore;
};

export type InternalAudit = {
  __typename?: 'InternalAudit';
  auditors: Array<UserSummary>;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  cycleId: Scalars['ID']['output'];
  /** In the order of the framework. */
  findings: Array<InternalAuditFinding>;
  id: Scalars['ID']['output'];
  plannedDate: Scalars['String']['output'];
  status: InternalAuditStatus;
  /** The team or unit audited. */
  unit: Scalars['String']['output'];
};

export type InternalAuditFinding = {
  __typename?: 'InternalAuditFinding';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  improvementPoints: Scalars['String']['output'];
  normCode: Scalars['String']['output'];
  normId: Scalars['ID']['output'];
  /** Who recorded it last. */
  recordedByName: Scalars['String']['output'];
  /** Counts the saves, from 1; an edit names the one it started from as expectedRevision. */
  revision: Scalars['Int']['output'];
  strengths: Scalars['String']['output'];
  /** When it was last saved. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type InternalAuditOutcome =
  | 'CANCELLED'
  | 'DONE';

export type InternalAuditStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'PLANNED';

/** Who is interviewed in a slot of the audit programme: the groups the scheme names, or OTHER with a label. */
export type InterviewGroup =
  | 'CLIENTS'
  | 'CLIENT_COUNCIL'
  | 'MANAGEMENT_BOARD'
  | 'OTHER'
  | 'SOCIAL_WORKERS'
  | 'VOLUNTEERS';

export type InvitePersonInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** Where the invitation goes; also the sign-in name. Inviting a pending person again renews the link. */
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** One of the organisation roles. */
  role: Role;
  /** Teams of your organisation the person joins; none when left out. */
  teamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type InviteRespondentsInput = {
  /** Norm categories (FrameworkCategory.code) to answer; empty or left out = all norms. */
  categoryCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  cycleId: Scalars['ID']['input'];
  /** yyyy-mm-dd, today or later (Europe/Amsterdam) and not after the self-evaluation's deadline when one runs. */
  dueDate: Scalars['String']['input'];
  /** 1 to 200 members of the cycle's organisation; no one twice. */
  invitees: Array<RespondentInviteeInput>;
};

export type IssueDraftReportInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  cycleId: Scalars['ID']['input'];
  improvementPoints: Scalars['String']['input'];
  strengths: Scalars['String']['input'];
  summary: Scalars['String']['input'];
};

export type IssueFinalReportInput = {
  advice: AuditAdvice;
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  cycleId: Scalars['ID']['input'];
  improvementPoints: Scalars['String']['input'];
  strengths: Scalars['String']['input'];
  summary: Scalars['String']['input'];
};

export type IssueLearningReportInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The visit the learning report is of. */
  peerVisitId: Scalars['ID']['input'];
  /** The pair's summary of the visit: what goes well overall, then what to learn from. */
  summary: Scalars['String']['input'];
};

export type LayerSpread = {
  __typename?: 'LayerSpread';
  answerCount: Scalars['Int']['output'];
  doesNotMeet: Scalars['Int']['output'];
  /** One layer, or several pooled when a layer had fewer than three submitted answers on this norm. */
  layers: Array<RespondentLayer>;
  meets: Scalars['Int']['output'];
  notApplicable: Scalars['Int']['output'];
  partlyMeets: Scalars['Int']['output'];
  /** True when this group joins layers, or holds fewer than three answers. */
  pooled: Scalars['Boolean']['output'];
};

export type LearningBudget = {
  __typename?: 'LearningBudget';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  hours: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  personId?: Maybe<Scalars['ID']['output']>;
  teamId?: Maybe<Scalars['ID']['output']>;
  year: Scalars['Int']['output'];
};

export type LearningBudgetPage = {
  __typename?: 'LearningBudgetPage';
  nodes: Array<LearningBudget>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A positive learning environment; room for learning with support; a shared vision on learning. */
export type LearningCondition =
  | 'POSITIVE_ENVIRONMENT'
  | 'ROOM_AND_SUPPORT'
  | 'SHARED_VISION';

export type LearningContextNote = {
  __typename?: 'LearningContextNote';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** The month (YYYY-MM). */
  month: Scalars['String']['output'];
  text: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** An audited organisation's learning as its auditors read it: team aggregates only, under the organisation's threshold. */
export type LearningDashboard = {
  __typename?: 'LearningDashboard';
  /** The year's closed climate-scan rounds: team averages, only above the threshold. */
  climateScans: Array<LearningYearReportScanRound>;
  /** The threshold of contributors now in force: a month, a team or a scan result shows only from it on. */
  minContributors: Scalars['Int']['output'];
  organisationName: Scalars['String']['output'];
  /** The open teams with figures in at least one month; a month under the threshold has none. Notes are left out. */
  teams: Array<LearningOverview>;
  /** How many open teams have no month above the threshold yet; they are not named. */
  teamsNotShown: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
  /** The learning year report; null until the year is closed. */
  yearReport?: Maybe<LearningYearReport>;
};

/** What deleteMyLearningData removed. */
export type LearningDataDeleted = {
  __typename?: 'LearningDataDeleted';
  /** Markers that you answered a learning-climate scan, of closed rounds (those of a round still open stay until it closes). */
  climateScanMarkers: Scalars['Int']['output'];
  /** Learning time entries deleted. */
  entries: Scalars['Int']['output'];
  /** Learning goals deleted. */
  goals: Scalars['Int']['output'];
  /** Interest in learning-agenda themes withdrawn (their counts go down). */
  interests: Scalars['Int']['output'];
  /** Learning sessions you took part in: your participation and attendance went (the learning time it gave is among the entries). */
  sessions: Scalars['Int']['output'];
  /** Learning-agenda themes you proposed: they stay for those interested, without your name. */
  themes: Scalars['Int']['output'];
};

export type LearningEntry = {
  __typename?: 'LearningEntry';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The day of the learning (YYYY-MM-DD). */
  date: Scalars['String']['output'];
  /** The learning goal it served; may be empty. */
  goal: Scalars['String']['output'];
  /** Hours, in quarters of an hour. */
  hours: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  kind: LearningKind;
  /** What it was about; may be empty. */
  theme: Scalars['String']['output'];
};

export type LearningEntryPage = {
  __typename?: 'LearningEntryPage';
  nodes: Array<LearningEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LearningEvidenceLink = {
  __typename?: 'LearningEvidenceLink';
  /** A linked round's team averages, shown per team only above the threshold. */
  climateScan?: Maybe<LearningYearReportScanRound>;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  learningYearReport?: Maybe<LearningYearReport>;
  /** The phase the link belongs to; once that phase is submitted the link is locked. */
  linkedInPhase: CyclePhase;
  normCode: Scalars['String']['output'];
  normId: Scalars['ID']['output'];
};

export type LearningGoal = {
  __typename?: 'LearningGoal';
  /** The competencies the goal is about. */
  competencies: Array<Competency>;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** May be empty. */
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** True for your own goal; false for one a person of your team shares with you. */
  mine: Scalars['Boolean']['output'];
  /** Whose goal it is. */
  owner: TeamPerson;
  reflections: Array<LearningGoalReflection>;
  /** True when the owner lets the team leads of their teams read the goal. */
  sharedWithTeamLead: Scalars['Boolean']['output'];
  status: LearningGoalStatus;
  steps: Array<LearningGoalStep>;
  title: Scalars['String']['output'];
  /** When the goal was last saved. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** What the professional noticed on a day, in their own words. */
export type LearningGoalReflection = {
  __typename?: 'LearningGoalReflection';
  /** The day (YYYY-MM-DD). */
  date: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type LearningGoalReflectionInput = {
  /** The day (YYYY-MM-DD); not in the future. */
  date: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type LearningGoalStatus =
  | 'ACHIEVED'
  | 'ACTIVE'
  | 'PAUSED'
  | 'PLANNED';

/** One step towards a learning goal. */
export type LearningGoalStep = {
  __typename?: 'LearningGoalStep';
  done: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
};

export type LearningGoalStepInput = {
  done?: Scalars['Boolean']['input'];
  text: Scalars['String']['input'];
};

export type LearningKind =
  | 'INTERVISION'
  | 'OTHER'
  | 'READING'
  | 'SHADOWING'
  | 'TEAM_SESSION'
  | 'TRAINING';

/** A team's learning in one month: figures only when enough people contributed. */
export type LearningMonth = {
  __typename?: 'LearningMonth';
  /** How many people registered time; null when not shown. */
  contributors?: Maybe<Scalars['Int']['output']>;
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** The team lead's note for the month. */
  note?: Maybe<Scalars['String']['output']>;
  /** Hours offered: contract hours × the learning norm, over the month; null when not shown. */
  offeredHours?: Maybe<Scalars['Float']['output']>;
  /** False when fewer people than the threshold registered time: then no figures are given. */
  shown: Scalars['Boolean']['output'];
  /** Hours registered; null when not shown. */
  usedHours?: Maybe<Scalars['Float']['output']>;
};

/** A team's learning time used against offered, per month of a year. */
export type LearningOverview = {
  __typename?: 'LearningOverview';
  /** The team's budget for the year in hours; null when none was set. */
  budgetHours?: Maybe<Scalars['Float']['output']>;
  /** The threshold now in force. */
  minContributors: Scalars['Int']['output'];
  months: Array<LearningMonth>;
  /** The learning norm now in force, in percent. */
  normPercent: Scalars['Float']['output'];
  teamId: Scalars['ID']['output'];
  teamName: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type LearningReport = {
  __typename?: 'LearningReport';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  finalisedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  finalisedByName?: Maybe<Scalars['String']['output']>;
  /** Per norm, in the framework's order. */
  findings: Array<PeerFinding>;
  id: Scalars['ID']['output'];
  issuedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  issuedByName?: Maybe<Scalars['String']['output']>;
  peerVisitId: Scalars['ID']['output'];
  repliedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  repliedByName?: Maybe<Scalars['String']['output']>;
  /** The visited organisation's reply; null until it replied. */
  reply?: Maybe<Scalars['String']['output']>;
  /** When the visited organisation shared it with the other members of the group; null while not shared. */
  sharedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: LearningReportStatus;
  /** The pair's summary, written when issued; null while a draft. */
  summary?: Maybe<Scalars['String']['output']>;
  visit: PeerVisit;
};

export type LearningReportCommandInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The visit the learning report is of. */
  peerVisitId: Scalars['ID']['input'];
};

export type LearningReportStatus =
  | 'DRAFT'
  | 'FINAL'
  | 'ISSUED'
  | 'REPLIED';

export type LearningSession = {
  __typename?: 'LearningSession';
  /** When attendance was last recorded; null while it was not. */
  attendanceRecordedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The day of the session (YYYY-MM-DD). */
  date: Scalars['String']['output'];
  /** Hours, in quarters of an hour; what each attendee gets as learning time. */
  hours: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  kind: LearningSessionKind;
  /** How many people take part. */
  participantCount: Scalars['Int']['output'];
  /** The people taking part and whether they attended; the learning coordinator and the quality officer see everyone, a participant only themselves. */
  participants: Array<LearningSessionParticipantView>;
  /** The team the session is for, if any. */
  team?: Maybe<Team>;
  /** The agenda theme the session serves, if any. */
  theme?: Maybe<LearningTheme>;
  title: Scalars['String']['output'];
  /** Whether you attended, as recorded; null when you do not take part. */
  viewerAttended?: Maybe<Scalars['Boolean']['output']>;
};

export type LearningSessionKind =
  | 'CENTRAL_TRAINING'
  | 'SESSION';

export type LearningSessionPage = {
  __typename?: 'LearningSessionPage';
  nodes: Array<LearningSession>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A person taking part in a learning session, and whether they attended. */
export type LearningSessionParticipantView = {
  __typename?: 'LearningSessionParticipantView';
  /** True once the learning coordinator recorded that they attended. */
  attended: Scalars['Boolean']['output'];
  person: TeamPerson;
};

export type LearningSettings = {
  __typename?: 'LearningSettings';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** A team that used less than this share (percent) of its offered room in a quarter is signalled to its team lead. A placeholder default, the organisation's own choice. */
  farUnderNormPercent: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** A team month shows figures only when at least this many people registered time in it. */
  minContributors: Scalars['Int']['output'];
  /** The share of contract hours offered for learning, in percent (for example 10). */
  normPercent: Scalars['Float']['output'];
  /** Months a person's registered learning time is kept; older entries are removed. Year reports keep their team figures. */
  retentionMonths: Scalars['Int']['output'];
  /** Months (1–12) in which the learning year opens a climate-scan round, on the first of the month. */
  scanMonths: Array<Scalars['Int']['output']>;
  /** Days a scheduled climate-scan round stays open. */
  scanOpenDays: Scalars['Int']['output'];
};

export type LearningSettingsPage = {
  __typename?: 'LearningSettingsPage';
  nodes: Array<LearningSettings>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LearningTheme = {
  __typename?: 'LearningTheme';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** May be empty. */
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The improvement action the theme comes from; null when none (or when it was deleted). */
  improvementActionId?: Maybe<Scalars['ID']['output']>;
  /** How many people of the organisation show interest in the theme. */
  interestCount: Scalars['Int']['output'];
  /** The internal audit finding whose learning point the theme comes from; null when none (or when it was deleted). */
  internalAuditFindingId?: Maybe<Scalars['ID']['output']>;
  /** True for a theme you proposed. */
  mine: Scalars['Boolean']['output'];
  /** Who proposed the theme; null when they deleted their learning data. */
  proposedBy?: Maybe<TeamPerson>;
  /** OPEN until the learning coordinator plans a session or central training for it. */
  status: LearningThemeStatus;
  title: Scalars['String']['output'];
  /** True when you show interest in the theme. */
  viewerInterested: Scalars['Boolean']['output'];
};

export type LearningThemePage = {
  __typename?: 'LearningThemePage';
  nodes: Array<LearningTheme>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LearningThemeStatus =
  | 'OPEN'
  | 'PLANNED';

/** An organisation's learning year: its rhythm runs until the year closes and leaves its report. */
export type LearningYear = {
  __typename?: 'LearningYear';
  /** Null until the year is closed. */
  report?: Maybe<LearningYearReport>;
  status: LearningYearStatus;
  year: Scalars['Int']['output'];
};

export type LearningYearReport = {
  __typename?: 'LearningYearReport';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  minContributors: Scalars['Int']['output'];
  /** The learning norm in force when the year closed. */
  normPercent: Scalars['Float']['output'];
  scanRounds: Array<LearningYearReportScanRound>;
  /** Learning sessions held in the year. */
  sessions: Scalars['Int']['output'];
  teams: Array<LearningYearReportTeam>;
  /** The themes with the most interest. */
  themes: Array<LearningYearReportTheme>;
  year: Scalars['Int']['output'];
};

export type LearningYearReportAverage = {
  __typename?: 'LearningYearReportAverage';
  average?: Maybe<Scalars['Float']['output']>;
  condition: LearningCondition;
};

/** A closed climate-scan round of the year, per team (aggregates above the threshold only). */
export type LearningYearReportScanRound = {
  __typename?: 'LearningYearReportScanRound';
  period: Scalars['String']['output'];
  roundId: Scalars['ID']['output'];
  teams: Array<LearningYearReportScanTeam>;
};

export type LearningYearReportScanTeam = {
  __typename?: 'LearningYearReportScanTeam';
  averages: Array<LearningYearReportAverage>;
  shown: Scalars['Boolean']['output'];
  teamName: Scalars['String']['output'];
};

/** A team's year in the learning year report: only when at least one month met the threshold of contributors, the months that did. */
export type LearningYearReportTeam = {
  __typename?: 'LearningYearReportTeam';
  /** Whether the hours used reached the hours offered under the norm; null when not shown. */
  metNorm?: Maybe<Scalars['Boolean']['output']>;
  offeredHours?: Maybe<Scalars['Float']['output']>;
  shown: Scalars['Boolean']['output'];
  teamId: Scalars['ID']['output'];
  teamName: Scalars['String']['output'];
  usedHours?: Maybe<Scalars['Float']['output']>;
};

export type LearningYearReportTheme = {
  __typename?: 'LearningYearReportTheme';
  interestCount: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

/** NOT_STARTED until startLearningYear (or again after its rhythm was stopped without a report), RUNNING while the rhythm runs, CLOSED once the report is stored. */
export type LearningYearStatus =
  | 'CLOSED'
  | 'NOT_STARTED'
  | 'RUNNING';

export type LinkEvidenceInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** Required with normId; with the others it must match their cycle if given. */
  cycleId?: InputMaybe<Scalars['ID']['input']>;
  evidenceId: Scalars['ID']['input'];
  improvementActionId?: InputMaybe<Scalars['ID']['input']>;
  internalAuditFindingId?: InputMaybe<Scalars['ID']['input']>;
  normId?: InputMaybe<Scalars['ID']['input']>;
  selfEvaluationAnswerId?: InputMaybe<Scalars['ID']['input']>;
};

export type LinkLearningEvidenceInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** A closed climate-scan round of your organisation: its team aggregates are the evidence. */
  climateScanRoundId?: InputMaybe<Scalars['ID']['input']>;
  cycleId: Scalars['ID']['input'];
  /** A learning year report of your organisation; or name a scan round instead. */
  learningYearReportId?: InputMaybe<Scalars['ID']['input']>;
  /** A norm of the cycle's framework version the evidence supports. */
  normId: Scalars['ID']['input'];
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type MarkNotificationsReadInput = {
  /** Up to 500 of your notifications. */
  ids: Array<Scalars['ID']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts the engagement: lead and co-auditor, audit days from the table or overridden with a reason. */
  acceptEngagement: Cycle;
  /** The invited person chooses a password through the link and is signed in, with the same cookies as `login`. */
  acceptInvitation: User;
  /** Makes an uploaded file the next version of a document; the older version stays available. */
  addEvidenceVersion: Evidence;
  /** Answers the scan for one of your teams, once; the answers are kept without your name. */
  answerClimateScan: ClimateScanForYou;
  /** Archives a team: it keeps its history but no longer changes. */
  archiveTeam: Team;
  /** Closes a round: no more answers, and the results show. */
  closeClimateScanRound: ClimateScanRound;
  /** Closes the internal audit: every planned audit done or cancelled, at least one done. */
  completeInternalAudit: Cycle;
  /** Ends preparation and opens the self-evaluation. */
  completePreparation: Cycle;
  /** Confirms one of the proposed audit dates. */
  confirmAuditDate: Cycle;
  /** Confirms the audit programme for the organisation (the quality officer); it needs at least one slot. */
  confirmAuditProgramme: AuditProgramme;
  /** Answers whether evidence of the previous cycle is still valid for this one (while the self-evaluation is open). */
  confirmEvidenceStillValid: EvidenceCarryOverCandidate;
  /** Confirms a proposed peer group (sector body). */
  confirmPeerGroup: PeerGroup;
  /** Confirms the day of your organisation's own visit; after that it no longer changes. */
  confirmPeerVisit: PeerVisit;
  /** Awards, refuses or defers, with a reason; an award issues the certificate. */
  decideCertification: Cycle;
  /** Declines the engagement with a reason: the organisation is told and may engage another institution. */
  declineEngagement: Cycle;
  /** Declines a proposed peer group with a reason; its sign-ups are open again (sector body). */
  declinePeerGroup: PeerGroup;
  /** Lets a member of the cycle's organisation write its consolidated self-evaluation answers while the self-evaluation is open. Quality officers only. */
  delegateSelfEvaluation: Cycle;
  /** Deletes the newest version of a document, unless a submitted phase holds it (LOCKED); returns its ID. */
  deleteEvidence: Scalars['ID']['output'];
  /** Deletes an action while the plan is drafted; returns its ID. */
  deleteImprovementAction: Scalars['ID']['output'];
  /** Deletes a learning goal of your own; answers its ID. */
  deleteLearningGoal: Scalars['ID']['output'];
  /** Deletes learning time you registered; answers its ID. */
  deleteLearningTime: Scalars['ID']['output'];
  /** Deletes all your learning time and goals for good (confirm: true); nobody else’s. */
  deleteMyLearningData: LearningDataDeleted;
  /** Asks an admitted certifying institution to carry out the external audit. */
  engageCertifyingInstitution: Cycle;
  /** Makes the learning report final after the reply, by one of the pair; nothing changes after that. */
  finaliseLearningReport: LearningReport;
  /** Forms a peer group of at least three open sign-ups (sector body). */
  formPeerGroup: PeerGroup;
  /** Loads a framework version from a JSON or CSV file as a draft with placeholder rules. A file with problems is refused as a whole, with every problem and its line in extensions.importErrors. */
  importFrameworkVersion: FrameworkVersion;
  /** Invites someone to an account of your organisation, in a role and optionally in teams. With mail configured the single-use link is mailed to the person; otherwise it is in `link`, once, to hand over. Inviting a person who has not signed up yet again renews the link. */
  invitePerson: AccountInvitation;
  /** Invites members of the cycle's organisation to give their own view on the norms, each as one layer. Quality officers only. */
  inviteRespondents: Array<RespondentInvitation>;
  /** The lead auditor issues the draft report; every norm needs a finding. */
  issueDraftReport: Cycle;
  /** The lead auditor issues the final report with advice. */
  issueFinalReport: Cycle;
  /** Issues the learning report of a visit with a summary, by one of its pair; it needs at least one finding. */
  issueLearningReport: LearningReport;
  /** Links evidence to a norm (with cycleId), a self-evaluation answer, an internal-audit finding or an improvement action; linking again returns the existing link. */
  linkEvidence: EvidenceLink;
  /** Links a learning year report or a closed scan round of your organisation to a norm of the cycle's self-evaluation; linking again finds the same link. */
  linkLearningEvidence: LearningEvidenceLink;
  /** Signs in and sets two httpOnly cookies: the session, and a long-lived one marking this browser as a device the account signed in from, which keeps the owner able to sign in while failures from elsewhere limit the account. RATE_LIMITED carries retryAfterSeconds. */
  login: User;
  logout: Scalars['Boolean']['output'];
  /** Marks your notifications read; returns how many were unread. An id that is not one of yours is NOT_FOUND, and nothing is marked. */
  markNotificationsRead: Scalars['Int']['output'];
  /** Nominates a member of your organisation as peer auditor. */
  nominatePeerAuditor: PeerAuditor;
  /** Opens a round of the scan for the teams named, with the statements in use now. */
  openClimateScanRound: ClimateScanRound;
  /** Plans an internal audit of one team or unit (phase INTERNAL_AUDIT). */
  planInternalAudit: InternalAudit;
  /** Plans a session or central training, optionally for an agenda theme (which then shows as planned), with the people taking part. */
  planLearningSession: LearningSession;
  /** Plans the visit of a member organisation of a formed peer group you are in: the day and a pair of peer auditors of the other members. */
  planPeerVisit: PeerVisit;
  /** Proposes audit date options to the organisation. */
  proposeAuditDates: Cycle;
  /** Proposes a theme for the learning agenda, optionally from a learning point of an internal audit or an improvement action. */
  proposeLearningTheme: LearningTheme;
  /** Proposes your organisation's own peer group with at least two partners that agreed; the sector body confirms it. */
  proposePeerGroup: PeerGroup;
  /** Offers a draft version, with at least one norm, to organisations for new cycles. */
  publishFrameworkVersion: FrameworkVersion;
  /** Records the score and notes on one norm (assigned auditors, EXTERNAL_AUDIT step AUDITING); again replaces them. */
  recordAuditFinding: AuditFinding;
  /** Records the finding of a planned internal audit on one norm; recording again replaces it. */
  recordInternalAuditFinding: InternalAuditFinding;
  /** Records who attended a session, from its day on; each attendee gets the session's hours as learning time, once. */
  recordLearningSessionAttendance: LearningSession;
  /** Records a peer auditor's training (date and provider); a later training replaces the earlier. */
  recordPeerAuditorTraining: PeerAuditor;
  /** Records (or, for the same norm again, replaces) a finding of the visit: what goes well, the intention, the points to learn from. The pair of the visit, once it is confirmed and until the report is issued. */
  recordPeerFinding: PeerFinding;
  /** Records what your team concluded and agreed after a round; an empty text clears it. */
  recordTeamClimateAgreement: ClimateTeamAgreement;
  /** Registers learning time of your own. */
  registerLearningTime: LearningEntry;
  /** Registers the peer advisory assessment of a visit whose learning report is final: a register entry of its own kind, without certificate or award (sector body). */
  registerPeerReview: PeerReviewRegistration;
  /** Lifts the suspension of a certificate: valid again until its end date; the register shows it at once. */
  reinstateCertificate: Cycle;
  /** Makes a new secret calendar feed address in your language (Accept-Language); a previous address stops working at once. */
  renewCalendarFeed: CalendarFeedAddress;
  /** Changes the day or the pair of a visit of your group that is not confirmed yet. */
  replanPeerVisit: PeerVisit;
  /** The organisation's reply to the draft report, within the scheme's window. */
  replyToDraftReport: Cycle;
  /** The visited organisation's reply to its issued learning report. */
  replyToLearningReport: LearningReport;
  /** Stops offering a published version for new cycles; cycles that use it keep it. */
  retireFrameworkVersion: FrameworkVersion;
  /** The lead auditor accepts the improvement plan or returns it with comments. */
  reviewImprovementPlan: Cycle;
  /** Saves the audit programme (the lead auditor; EXTERNAL_AUDIT from SCHEDULING to AUDITING): replaces every slot and clears the confirmation. */
  saveAuditProgramme: AuditProgramme;
  /** Saves your organisation's statements as a new version; rounds opened before keep theirs. */
  saveClimateScanQuestions: ClimateScanQuestionSet;
  /** Adds an action to the improvement plan, or replaces one (IMPROVEMENT_PLAN step DRAFTING). */
  saveImprovementAction: ImprovementAction;
  /** Writes the note beside a month of your team’s figures; an empty text clears it. */
  saveLearningContextNote: LearningContextNote;
  /** Creates a learning goal of your own (no goalId) or changes one. */
  saveLearningGoal: LearningGoal;
  /** Autosaves the invitee's own answer on one norm of their invitation; only given fields change. */
  saveRespondentAnswer: RespondentAnswer;
  /** Autosaves a draft answer on one norm; only given fields change. The organisation's quality officers and internal auditors, and the cycle's delegates. */
  saveSelfEvaluationAnswer: SelfEvaluationAnswer;
  /** Creates a team (no teamId) or renames it and sets its people. */
  saveTeam: Team;
  /** Admits a certifying institution or revokes its admission; a revoked one cannot be engaged for new audits. */
  setCertifyingInstitutionAdmission: CertifyingInstitution;
  /** Sets a person's contract hours per week; earlier values stay in the history. */
  setContractHours: ContractHours;
  /** Marks a planned internal audit done (needs a finding) or cancelled. */
  setInternalAuditStatus: InternalAudit;
  /** Sets the learning budget of a team or a person for a year; earlier budgets stay in the history. */
  setLearningBudget: LearningBudget;
  /**
   * The same as updateLearningSettings, under its first name.
   * @deprecated Use updateLearningSettings.
   */
  setLearningSettings: LearningSettings;
  /** Shares the visited organisation's final learning report with the other members of its group. */
  shareLearningReport: LearningReport;
  /** Shows your interest in a theme (interested: true) or withdraws it (false); answers the theme. */
  showInterest: LearningTheme;
  /** Signs your organisation up for a peer advisory assessment; one sign-up at a time. */
  signUpForPeerReview: PeerReviewSignUp;
  /** Starts the cycle of your organisation; if one is open, returns that one. */
  startCycle: Cycle;
  /** Starts the learning year: monthly nudges, quarterly overviews, scheduled scan rounds and the year report. Starting it again changes nothing. */
  startLearningYear: LearningYear;
  /** Stops your calendar feed address; false when you had none. */
  stopCalendarFeed: Scalars['Boolean']['output'];
  /** Submits the improvement plan; every finding below MEETS needs an action. */
  submitImprovementPlan: Cycle;
  /** Submits the invitee's answers; every norm in scope needs a score. They count in the spread from then on and no longer change. */
  submitRespondentAnswers: RespondentInvitation;
  /** Submits the self-evaluation; needs every norm scored, then locks the answers. */
  submitSelfEvaluation: Cycle;
  /** Suspends the certificate; the register shows it at once. */
  suspendCertificate: Cycle;
  /** Removes a link, unless the phase it belongs to was submitted (LOCKED); returns its ID. */
  unlinkEvidence: Scalars['ID']['output'];
  /** Removes a learning evidence link while its phase is open; answers its ID. */
  unlinkLearningEvidence: Scalars['ID']['output'];
  /** Tracks an accepted action (phases DECISION and CERTIFIED): status forward only, and a progress note. */
  updateImprovementAction: ImprovementAction;
  /** Sets the learning norm, the threshold, the schedule and the retention; the earlier settings stay in the history. */
  updateLearningSettings: LearningSettings;
  /** Changes learning time you registered. */
  updateLearningTime: LearningEntry;
  /** Sets the rules of a draft version; published versions keep the rules their cycles rely on. */
  updateSchemeRules: FrameworkVersion;
  /** Loads the decision tree organisations answer while preparing, replacing the placeholder; on draft and published versions. */
  updateVariantGuide: FrameworkVersion;
  /** Withdraws the certificate; the register shows it at once. */
  withdrawCertificate: Cycle;
  /** Takes back what delegateSelfEvaluation gave. Quality officers only. */
  withdrawSelfEvaluationDelegation: Cycle;
};


export type MutationAcceptEngagementArgs = {
  input: AcceptEngagementInput;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAddEvidenceVersionArgs = {
  input: AddEvidenceVersionInput;
};


export type MutationAnswerClimateScanArgs = {
  input: AnswerClimateScanInput;
};


export type MutationArchiveTeamArgs = {
  input: ArchiveTeamInput;
};


export type MutationCloseClimateScanRoundArgs = {
  input: CloseClimateScanRoundInput;
};


export type MutationCompleteInternalAuditArgs = {
  input: CycleCommandInput;
};


export type MutationCompletePreparationArgs = {
  input: CompletePreparationInput;
};


export type MutationConfirmAuditDateArgs = {
  input: ConfirmAuditDateInput;
};


export type MutationConfirmAuditProgrammeArgs = {
  input: CycleCommandInput;
};


export type MutationConfirmEvidenceStillValidArgs = {
  input: ConfirmEvidenceStillValidInput;
};


export type MutationConfirmPeerGroupArgs = {
  input: PeerGroupCommandInput;
};


export type MutationConfirmPeerVisitArgs = {
  input: ConfirmPeerVisitInput;
};


export type MutationDecideCertificationArgs = {
  input: DecideCertificationInput;
};


export type MutationDeclineEngagementArgs = {
  input: DeclineEngagementInput;
};


export type MutationDeclinePeerGroupArgs = {
  input: DeclinePeerGroupInput;
};


export type MutationDelegateSelfEvaluationArgs = {
  input: SelfEvaluationDelegationInput;
};


export type MutationDeleteEvidenceArgs = {
  input: DeleteEvidenceInput;
};


export type MutationDeleteImprovementActionArgs = {
  input: DeleteImprovementActionInput;
};


export type MutationDeleteLearningGoalArgs = {
  input: DeleteLearningGoalInput;
};


export type MutationDeleteLearningTimeArgs = {
  input: DeleteLearningTimeInput;
};


export type MutationDeleteMyLearningDataArgs = {
  input: DeleteMyLearningDataInput;
};


export type MutationEngageCertifyingInstitutionArgs = {
  input: EngageCertifyingInstitutionInput;
};


export type MutationFinaliseLearningReportArgs = {
  input: LearningReportCommandInput;
};


export type MutationFormPeerGroupArgs = {
  input: FormPeerGroupInput;
};


export type MutationImportFrameworkVersionArgs = {
  input: ImportFrameworkVersionInput;
};


export type MutationInvitePersonArgs = {
  input: InvitePersonInput;
};


export type MutationInviteRespondentsArgs = {
  input: InviteRespondentsInput;
};


export type MutationIssueDraftReportArgs = {
  input: IssueDraftReportInput;
};


export type MutationIssueFinalReportArgs = {
  input: IssueFinalReportInput;
};


export type MutationIssueLearningReportArgs = {
  input: IssueLearningReportInput;
};


export type MutationLinkEvidenceArgs = {
  input: LinkEvidenceInput;
};


export type MutationLinkLearningEvidenceArgs = {
  input: LinkLearningEvidenceInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


export type MutationNominatePeerAuditorArgs = {
  input: NominatePeerAuditorInput;
};


export type MutationOpenClimateScanRoundArgs = {
  input: OpenClimateScanRoundInput;
};


export type MutationPlanInternalAuditArgs = {
  input: PlanInternalAuditInput;
};


export type MutationPlanLearningSessionArgs = {
  input: PlanLearningSessionInput;
};


export type MutationPlanPeerVisitArgs = {
  input: PlanPeerVisitInput;
};


export type MutationProposeAuditDatesArgs = {
  input: ProposeAuditDatesInput;
};


export type MutationProposeLearningThemeArgs = {
  input: ProposeLearningThemeInput;
};


export type MutationProposePeerGroupArgs = {
  input: ProposePeerGroupInput;
};


export type MutationPublishFrameworkVersionArgs = {
  input: FrameworkVersionCommandInput;
};


export type MutationRecordAuditFindingArgs = {
  input: RecordAuditFindingInput;
};


export type MutationRecordInternalAuditFindingArgs = {
  input: RecordInternalAuditFindingInput;
};


export type MutationRecordLearningSessionAttendanceArgs = {
  input: RecordLearningSessionAttendanceInput;
};


export type MutationRecordPeerAuditorTrainingArgs = {
  input: RecordPeerAuditorTrainingInput;
};


export type MutationRecordPeerFindingArgs = {
  input: RecordPeerFindingInput;
};


export type MutationRecordTeamClimateAgreementArgs = {
  input: RecordTeamClimateAgreementInput;
};


export type MutationRegisterLearningTimeArgs = {
  input: RegisterLearningTimeInput;
};


export type MutationRegisterPeerReviewArgs = {
  input: RegisterPeerReviewInput;
};


export type MutationReinstateCertificateArgs = {
  input: CertificateActionInput;
};


export type MutationReplanPeerVisitArgs = {
  input: ReplanPeerVisitInput;
};


export type MutationReplyToDraftReportArgs = {
  input: ReplyToDraftReportInput;
};


export type MutationReplyToLearningReportArgs = {
  input: ReplyToLearningReportInput;
};


export type MutationRetireFrameworkVersionArgs = {
  input: FrameworkVersionCommandInput;
};


export type MutationReviewImprovementPlanArgs = {
  input: ReviewImprovementPlanInput;
};


export type MutationSaveAuditProgrammeArgs = {
  input: SaveAuditProgrammeInput;
};


export type MutationSaveClimateScanQuestionsArgs = {
  input: SaveClimateScanQuestionsInput;
};


export type MutationSaveImprovementActionArgs = {
  input: SaveImprovementActionInput;
};


export type MutationSaveLearningContextNoteArgs = {
  input: SaveLearningContextNoteInput;
};


export type MutationSaveLearningGoalArgs = {
  input: SaveLearningGoalInput;
};


export type MutationSaveRespondentAnswerArgs = {
  input: SaveRespondentAnswerInput;
};


export type MutationSaveSelfEvaluationAnswerArgs = {
  input: SaveSelfEvaluationAnswerInput;
};


export type MutationSaveTeamArgs = {
  input: SaveTeamInput;
};


export type MutationSetCertifyingInstitutionAdmissionArgs = {
  input: SetCertifyingInstitutionAdmissionInput;
};


export type MutationSetContractHoursArgs = {
  input: SetContractHoursInput;
};


export type MutationSetInternalAuditStatusArgs = {
  input: SetInternalAuditStatusInput;
};


export type MutationSetLearningBudgetArgs = {
  input: SetLearningBudgetInput;
};


export type MutationSetLearningSettingsArgs = {
  input: SetLearningSettingsInput;
};


export type MutationShareLearningReportArgs = {
  input: LearningReportCommandInput;
};


export type MutationShowInterestArgs = {
  input: ShowInterestInput;
};


export type MutationSignUpForPeerReviewArgs = {
  input: SignUpForPeerReviewInput;
};


export type MutationStartCycleArgs = {
  input: StartCycleInput;
};


export type MutationStartLearningYearArgs = {
  input: StartLearningYearInput;
};


export type MutationSubmitImprovementPlanArgs = {
  input: CycleCommandInput;
};


export type MutationSubmitRespondentAnswersArgs = {
  input: SubmitRespondentAnswersInput;
};


export type MutationSubmitSelfEvaluationArgs = {
  input: CycleCommandInput;
};


export type MutationSuspendCertificateArgs = {
  input: CertificateActionInput;
};


export type MutationUnlinkEvidenceArgs = {
  input: UnlinkEvidenceInput;
};


export type MutationUnlinkLearningEvidenceArgs = {
  input: UnlinkLearningEvidenceInput;
};


export type MutationUpdateImprovementActionArgs = {
  input: UpdateImprovementActionInput;
};


export type MutationUpdateLearningSettingsArgs = {
  input: SetLearningSettingsInput;
};


export type MutationUpdateLearningTimeArgs = {
  input: UpdateLearningTimeInput;
};


export type MutationUpdateSchemeRulesArgs = {
  input: UpdateSchemeRulesInput;
};


export type MutationUpdateVariantGuideArgs = {
  input: UpdateVariantGuideInput;
};


export type MutationWithdrawCertificateArgs = {
  input: CertificateActionInput;
};


export type MutationWithdrawSelfEvaluationDelegationArgs = {
  input: SelfEvaluationDelegationInput;
};

/** All your learning data, to take with you: one JSON document and two CSV tables. */
export type MyLearningData = {
  __typename?: 'MyLearningData';
  /** Your learning time as CSV (UTF-8, with a byte-order mark). */
  entriesCsv: Scalars['String']['output'];
  exportedAt: Scalars['DateTimeISO']['output'];
  /** Your learning goals as CSV (UTF-8, with a byte-order mark); lists are one item a line within a cell. */
  goalsCsv: Scalars['String']['output'];
  /** Your learning time, learning goals, proposed agenda themes, the themes you show interest in, the learning sessions you take part in and the climate-scan rounds you answered, as one JSON document. */
  json: Scalars['String']['output'];
};

/** Who acts next on the cycle, on what, and until when. */
export type NextStep = {
  __typename?: 'NextStep';
  actor: NextStepActor;
  /** The running deadline, when a process deadline runs. */
  dueAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The earliest due date (YYYY-MM-DD) of open improvement actions, when tracking them. */
  dueOn?: Maybe<Scalars['String']['output']>;
  openActions: Scalars['Int']['output'];
  overdue: Scalars['Boolean']['output'];
  overdueActions: Scalars['Int']['output'];
  party: WaitingParty;
  task: CycleTask;
};

/** Who acts next, from the viewer's side. */
export type NextStepActor =
  | 'NOBODY'
  | 'OTHER_PARTY'
  | 'YOU';

export type NominatePeerAuditorInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** A member of your organisation (Organisation.members). */
  personId: Scalars['ID']['input'];
};

export type Norm = {
  __typename?: 'Norm';
  code: Scalars['String']['output'];
  competencies: Array<Competency>;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  exampleEvidence: Scalars['String']['output'];
  guidance: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type NormAssessment = {
  __typename?: 'NormAssessment';
  categoryCode: Scalars['String']['output'];
  /** The auditors' finding; for the organisation only once the draft report is issued. */
  finding?: Maybe<AuditFinding>;
  norm: Norm;
  normCode: Scalars['String']['output'];
  normId: Scalars['ID']['output'];
  /** The organisation's self-evaluation answer, if any. */
  selfEvaluation?: Maybe<SelfEvaluationAnswer>;
};

/** How auditors scored one norm across the sector. */
export type NormFindingCount = {
  __typename?: 'NormFindingCount';
  doesNotMeet: Scalars['Int']['output'];
  /** Name and version of the framework the norm belongs to: a code means something only within its version. */
  frameworkVersion: Scalars['String']['output'];
  meets: Scalars['Int']['output'];
  normCode: Scalars['String']['output'];
  normTitle: Scalars['String']['output'];
  notApplicable: Scalars['Int']['output'];
  partlyMeets: Scalars['Int']['output'];
};

/** MEETS = voldoet, PARTLY_MEETS = voldoet deels, DOES_NOT_MEET = voldoet niet. */
export type NormScore =
  | 'DOES_NOT_MEET'
  | 'MEETS'
  | 'NOT_APPLICABLE'
  | 'PARTLY_MEETS';

export type NormSpread = {
  __typename?: 'NormSpread';
  /** Empty for anyone but the organisation's quality officers. */
  goesWell: Array<RespondentText>;
  groups: Array<LayerSpread>;
  /** The groups' most common scores differ. */
  layersDiffer: Scalars['Boolean']['output'];
  normId: Scalars['ID']['output'];
  /** Empty for anyone but the organisation's quality officers. */
  toImprove: Array<RespondentText>;
  /** All submitted answers on the norm (layers = every layer present, pooled = false). */
  total: LayerSpread;
};

export type NoticeCategory =
  | 'ACTION_NEEDED'
  | 'DEADLINE'
  | 'PROGRESS';

export type Notification = {
  __typename?: 'Notification';
  /** In the reader's language; a person's own words (a reason, comments) as written. */
  body: Scalars['String']['output'];
  /** Whether it asks you to act, reports progress, or is about a deadline. */
  category: NoticeCategory;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The cycle it is about, if any. */
  cycleId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** REMINDER, OVERDUE, TRANSITION, RECERTIFICATION, EXPIRED, INVITATION (to answer as a respondent), LEARNING (the learning year: overviews, scan rounds, the year report), or SECURITY (about your account, not a cycle). */
  kind: Scalars['String']['output'];
  readAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** In the reader's language (Accept-Language: nl or en). */
  title: Scalars['String']['output'];
  /** The occasion, the same for every cycle ("dates", "draft", "remind-SELF_EVALUATION", "respondent-invited"): which step it is about, so a link can lead to that step. */
  topic: Scalars['String']['output'];
};

export type NotificationPage = {
  __typename?: 'NotificationPage';
  nodes: Array<Notification>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OpenClimateScanRoundInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** What the round is called, for example "Najaar 2026" (at most 100 characters). */
  period: Scalars['String']['input'];
  /** The teams asked to answer: open teams of your organisation. */
  teamIds: Array<Scalars['ID']['input']>;
};

export type Organisation = {
  __typename?: 'Organisation';
  /** The newest valid or suspended certificate, as in the register. */
  certificate?: Maybe<Certificate>;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The cycle that is still open, if any (and if you may see it). */
  currentCycle?: Maybe<Cycle>;
  /** Staff size in full-time equivalents; drives the audit-days table. */
  fte: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** Its people, by name (for planning internal audits); visible to the organisation's own members only. */
  members: Array<UserSummary>;
  name: Scalars['String']['output'];
  place: Scalars['String']['output'];
};

export type OrganisationFilter = {
  /** The current cycle is engaged with this certifying institution. */
  certifyingInstitutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Has a valid certificate that ends within this many days (1 to 3650). */
  expiringWithinDays?: InputMaybe<Scalars['Int']['input']>;
  /** True: the current cycle is past its deadline. False: it is not, or there is no current cycle. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Phase of the current cycle. */
  phase?: InputMaybe<CyclePhase>;
  /** Part of the name, in any case. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Assessment variant of the current cycle. */
  variant?: InputMaybe<CycleVariant>;
};

export type OrganisationPage = {
  __typename?: 'OrganisationPage';
  nodes: Array<Organisation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PartyKind =
  | 'CERTIFYING_INSTITUTION'
  | 'ORGANISATION'
  | 'SECTOR_BODY';

export type PeerAuditor = {
  __typename?: 'PeerAuditor';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** The person's name. */
  name: Scalars['String']['output'];
  /** The organisation whose register holds the auditor. */
  organisationId: Scalars['ID']['output'];
  organisationName: Scalars['String']['output'];
  /** The person nominated (a member of the organisation, Organisation.members). */
  personId: Scalars['ID']['output'];
  /** The day the training was completed (YYYY-MM-DD); null until one is recorded. */
  trainedOn?: Maybe<Scalars['String']['output']>;
  /** Who gave the training; empty until one is recorded. */
  trainingProvider: Scalars['String']['output'];
  /** Whether the auditor may be assigned to a visit today, as far as the training goes. */
  trainingStatus: TrainingStatus;
  /** The last day the training counts, by the scheme rule; null without a training. */
  trainingValidUntil?: Maybe<Scalars['String']['output']>;
};

export type PeerAuditorPage = {
  __typename?: 'PeerAuditorPage';
  nodes: Array<PeerAuditor>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PeerFinding = {
  __typename?: 'PeerFinding';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What goes well on this norm (asked first, on purpose). */
  goesWell: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The intention behind the way of working: what the organisation means to achieve. */
  intention: Scalars['String']['output'];
  /** Points to learn from. */
  learningPoints: Scalars['String']['output'];
  normCode: Scalars['String']['output'];
  normId: Scalars['ID']['output'];
  normTitle: Scalars['String']['output'];
  /** Who of the pair saved it last. */
  recordedByName: Scalars['String']['output'];
  /** Counts the saves, from 1; an edit names the one it started from as expectedRevision. */
  revision: Scalars['Int']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type PeerGroup = {
  __typename?: 'PeerGroup';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the sector body formed, confirmed or declined it. */
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why the sector body declined the proposal; empty otherwise. */
  declineReason: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The organisations of the group, by name. */
  members: Array<PeerGroupMemberView>;
  /** The peer auditors in the registers of the group's organisations, for planning the visits; by organisation and name. */
  peerAuditors: Array<PeerAuditor>;
  /** True when its organisations proposed it themselves; false when the sector body formed it. */
  proposed: Scalars['Boolean']['output'];
  status: PeerGroupStatus;
  /** The visits planned in the group, by date. */
  visits: Array<PeerVisit>;
};

export type PeerGroupCommandInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  peerGroupId: Scalars['ID']['input'];
};

export type PeerGroupMemberView = {
  __typename?: 'PeerGroupMemberView';
  /** Staff size given with the sign-up, in full-time equivalents. */
  fte: Scalars['Float']['output'];
  organisationId: Scalars['ID']['output'];
  organisationName: Scalars['String']['output'];
  place: Scalars['String']['output'];
  region: Scalars['String']['output'];
};

export type PeerGroupPage = {
  __typename?: 'PeerGroupPage';
  nodes: Array<PeerGroup>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A suggested peer group: open sign-ups of one region, of neighbouring size. */
export type PeerGroupProposal = {
  __typename?: 'PeerGroupProposal';
  /** First day of the period all of them named; null when their periods do not overlap. */
  commonPeriodFrom?: Maybe<Scalars['String']['output']>;
  commonPeriodUntil?: Maybe<Scalars['String']['output']>;
  region: Scalars['String']['output'];
  /** Smallest organisation first. */
  signUps: Array<PeerReviewSignUp>;
};

export type PeerGroupProposalPage = {
  __typename?: 'PeerGroupProposalPage';
  nodes: Array<PeerGroupProposal>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PeerGroupStatus =
  | 'DECLINED'
  | 'FORMED'
  | 'PROPOSED';

/** A peer advisory assessment as registered by the sector body. */
export type PeerReviewRegistration = {
  __typename?: 'PeerReviewRegistration';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  organisationName: Scalars['String']['output'];
  /** The peer group the assessment was made in. */
  peerGroupId: Scalars['ID']['output'];
  peerVisitId: Scalars['ID']['output'];
  scopeUnits: Array<Scalars['String']['output']>;
  /** When the learning report was made final. */
  validFrom: Scalars['DateTimeISO']['output'];
  /** Until when the entry counts: validFrom plus the scheme rule peerReviewValidity, as a certificate counts from its award. */
  validUntil: Scalars['DateTimeISO']['output'];
  /** True when the whole organisation was assessed; otherwise scopeUnits names the units. */
  wholeOrganisation: Scalars['Boolean']['output'];
};

export type PeerReviewSignUp = {
  __typename?: 'PeerReviewSignUp';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Staff size in full-time equivalents, for matching organisations of a like size. */
  fte: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** The organisation that signed up. */
  organisation: Organisation;
  /** True when the organisation already agreed its partners and proposes its own group. */
  partnersKnown: Scalars['Boolean']['output'];
  /** First day of the period in which the organisation wants to be assessed (YYYY-MM-DD). */
  periodFrom: Scalars['String']['output'];
  /** Last day of that period (YYYY-MM-DD). */
  periodUntil: Scalars['String']['output'];
  /** Wishes for the group or the visits, in the organisation’s own words. */
  preferences: Scalars['String']['output'];
  /** The region the organisation works in, as the organisation names it; matched without regard to case. */
  region: Scalars['String']['output'];
  status: SignUpStatus;
};

export type PeerReviewSignUpPage = {
  __typename?: 'PeerReviewSignUpPage';
  nodes: Array<PeerReviewSignUp>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PeerVisit = {
  __typename?: 'PeerVisit';
  /** The pair of peer auditors, as named when planned. */
  auditors: Array<PeerAuditor>;
  /** When the visited organisation confirmed the date; null while planned. */
  confirmedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who confirmed the date for the visited organisation; null while planned. */
  confirmedByName?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The day of the visit (YYYY-MM-DD). */
  date: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** True once the visited organisation shared its final report with the group. */
  learningReportShared: Scalars['Boolean']['output'];
  learningReportStatus: LearningReportStatus;
  peerGroupId: Scalars['ID']['output'];
  /** When it was planned last. */
  plannedAt: Scalars['DateTimeISO']['output'];
  /** Who planned it last. */
  plannedByName: Scalars['String']['output'];
  /** The register entry of this assessment; null until the sector body registered it. */
  registration?: Maybe<PeerReviewRegistration>;
  status: PeerVisitStatus;
  /** The organisation visited (one of PeerGroup.members). */
  visitedOrganisationId: Scalars['ID']['output'];
  visitedOrganisationName: Scalars['String']['output'];
};

/** What the pair of a visit reads of the visited organisation, from planning until the learning report is final: the norms the findings are on, and its current cycle's self-evaluation and the evidence linked to it. */
export type PeerVisitSelfEvaluation = {
  __typename?: 'PeerVisitSelfEvaluation';
  answers: Array<SelfEvaluationAnswer>;
  /** The visited organisation's open cycle; null when it has none (then there are no answers, and the norms are those of the newest published version). */
  cycleId?: Maybe<Scalars['ID']['output']>;
  /** The evidence linked to the norms and answers of the self-evaluation (download with evidenceFile or the download URL). */
  evidenceLinks: Array<EvidenceLink>;
  /** The framework version the findings are on; null before any version is published. */
  frameworkVersion?: Maybe<FrameworkVersion>;
  /** The version's norms, in the framework's order. */
  norms: Array<Norm>;
  peerVisitId: Scalars['ID']['output'];
};

export type PeerVisitStatus =
  | 'CONFIRMED'
  | 'PLANNED';

export type PhaseCount = {
  __typename?: 'PhaseCount';
  count: Scalars['Int']['output'];
  phase: CyclePhase;
};

export type PhaseDuration = {
  __typename?: 'PhaseDuration';
  /** Average time a cycle spent in the phase, over completed stays; null when none was completed yet. */
  averageSeconds?: Maybe<Scalars['Float']['output']>;
  /** How many completed stays the average is over: one per cycle that has left the phase. */
  cycles: Scalars['Int']['output'];
  phase: CyclePhase;
};

export type PlanInternalAuditInput = {
  /** 1 to 10 users of the organisation, each an internal auditor or the quality officer. */
  auditorIds: Array<Scalars['ID']['input']>;
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  cycleId: Scalars['ID']['input'];
  /** YYYY-MM-DD. */
  plannedDate: Scalars['String']['input'];
  /** The team or unit audited. */
  unit: Scalars['String']['input'];
};

export type PlanLearningSessionInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The day (YYYY-MM-DD): from the year 2000 on, at most a year ahead. */
  date: Scalars['String']['input'];
  /** Hours, in quarters of an hour, more than 0 and at most 24. */
  hours: Scalars['Float']['input'];
  kind: LearningSessionKind;
  /** The people of your organisation taking part. */
  participantIds?: Array<Scalars['ID']['input']>;
  /** The team the session is for; its people take part when no participants are named. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** The agenda theme the session serves; it is then shown as planned. */
  themeId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type PlanPeerVisitInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The day of the visit (YYYY-MM-DD), not in the past. */
  date: Scalars['String']['input'];
  /** The member organisation to be visited (PeerGroup.members). */
  organisationId: Scalars['ID']['input'];
  /** The pair of peer auditors, from the registers of the other member organisations: two, each once. */
  peerAuditorIds: Array<Scalars['ID']['input']>;
  /** A formed peer group your organisation is a member of. */
  peerGroupId: Scalars['ID']['input'];
};

/** The decision tree's answers, in order, and the variant and scope chosen; they may differ from the recommendation. */
export type PreparationChoiceInput = {
  answers: Array<GuideAnswerInput>;
  /** Units in scope when not the whole organisation. */
  scopeUnits?: Array<Scalars['String']['input']>;
  variant: CycleVariant;
  /** True for the whole organisation; false to name units in scopeUnits. */
  wholeOrganisation: Scalars['Boolean']['input'];
};

export type Progress = {
  __typename?: 'Progress';
  done: Scalars['Int']['output'];
  /** Whole percent, rounded down. */
  percent: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type ProposeAuditDatesInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  cycleId: Scalars['ID']['input'];
  /** One to five date options, YYYY-MM-DD. */
  dates: Array<Scalars['String']['input']>;
};

export type ProposeLearningThemeInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** May be empty; filled in from the learning point or improvement action when the theme comes from one and it is left empty. */
  description?: Scalars['String']['input'];
  /** The improvement action (of your own cycle) the theme comes from; or name an internal audit finding, or neither. */
  improvementActionId?: InputMaybe<Scalars['ID']['input']>;
  /** The internal audit finding (of your own cycle) whose learning point the theme comes from; or name an improvement action, or neither. */
  internalAuditFindingId?: InputMaybe<Scalars['ID']['input']>;
  /** Required unless the theme comes from a learning point or an improvement action; then it is filled in from it when left out. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type ProposePeerGroupInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The sign-ups of the partner organisations (each partner reads its reference on its own sign-up): at least two, each once. */
  partnerSignUpIds: Array<Scalars['ID']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** One auditors' finding by its ID, for those who may see the cycle's findings (the organisation once the draft report is issued). */
  auditFinding: AuditFinding;
  /** The audit programme of a cycle, for those who may see the cycle; null while none was saved. */
  auditProgramme?: Maybe<AuditProgramme>;
  /** One issued report (draft or final) by its ID, for those who may see its cycle. */
  auditReport: AuditReport;
  /** Whether you have a calendar feed address, and since when; null when none. */
  calendarFeed?: Maybe<CalendarFeedStatus>;
  /** Certifying institutions by name: the admitted ones; the sector body also sees those not admitted unless admittedOnly. */
  certifyingInstitutions: Array<CertifyingInstitution>;
  /** The open round for you to answer, with your teams in it; null when none of your teams is asked now. */
  climateScan?: Maybe<ClimateScanForYou>;
  /** The statements rounds are opened with now; version 0 is the illustrative set, before your organisation saved its own. */
  climateScanQuestions: ClimateScanQuestionSet;
  /** The results of a round per team: all teams for the coordinator and the quality officer, your own teams for anyone else. */
  climateScanResults: ClimateScanResults;
  /** Your organisation's rounds of the scan, newest first. */
  climateScanRounds: ClimateScanRoundPage;
  /** Contract hours as set, newest first (the newest per person counts). */
  contractHours: ContractHoursPage;
  cycle: Cycle;
  /** The cycle's audit trail, oldest first. */
  cycleEvents: Array<CycleEvent>;
  /** The audited organisation's learning, aggregates only: for the lead and co-auditor of its external or combined audit. */
  cycleLearningDashboard: LearningDashboard;
  /** The cycles you may see, newest first. */
  cycles: CyclePage;
  /** Your organisation's evidence library: the newest version of each document, newest first. */
  evidence: EvidencePage;
  /** One evidence file (one version of a document) by its ID, for whoever may download it: its organisation, and those who may see a cycle it is linked in. */
  evidenceFile: Evidence;
  /** The size limit and the types POST /evidence accepts, and your organisation's storage quota and use. */
  evidenceUploadRules: EvidenceUploadRules;
  /** All your learning time and goals, as JSON and as CSV. */
  exportMyLearningData: MyLearningData;
  /** One version by its ID: a published or retired one for everyone signed in, a draft for the sector body only. */
  frameworkVersion: FrameworkVersion;
  /** Published versions; the sector body also sees drafts and retired ones. */
  frameworkVersions: Array<FrameworkVersion>;
  /** One improvement action by its ID, for those who may see its cycle. */
  improvementAction: ImprovementAction;
  /** One improvement point by the ID of its audit finding, for those who may see the cycle's findings; a finding the plan need not answer is not one. */
  improvementPoint: ImprovementPoint;
  /** One internal audit by its ID, for those who may see its cycle. */
  internalAudit: InternalAudit;
  /** One internal audit finding by its ID, for those who may see its cycle. */
  internalAuditFinding: InternalAuditFinding;
  /** The budgets set for a year, newest first (the newest per team or person counts). */
  learningBudgets: LearningBudgetPage;
  /** The learning evidence linked in a cycle, for everyone who reads the cycle (its auditors too): aggregates only. */
  learningEvidence: Array<LearningEvidenceLink>;
  /** Your learning goals; for a team lead also the goals people of their teams share with them. */
  learningGoals: Array<LearningGoal>;
  /** A team's learning time used against offered, per month; a team lead reads only their own teams. */
  learningOverview: LearningOverview;
  /** The learning report of a visit: for its pair; for the visited organisation once issued; for the other members once shared. */
  learningReport: LearningReport;
  /** Learning sessions, newest day first: all of your organisation for the learning coordinator and the quality officer, otherwise those you take part in. */
  learningSessions: LearningSessionPage;
  /** Your organisation's learning norm and threshold now; null while the defaults (10 %, 5 people) apply. */
  learningSettings?: Maybe<LearningSettings>;
  /** Every setting of the learning norm and threshold, newest first. */
  learningSettingsHistory: LearningSettingsPage;
  /** Your organisation's learning agenda: the themes with the most interest first, then the newest. */
  learningThemes: LearningThemePage;
  /** The learning time you registered, newest first. Nobody reads anyone else’s. */
  learningTime: LearningEntryPage;
  /** Your organisation's learning year: whether its rhythm runs, and its report once closed. */
  learningYear: LearningYear;
  /** The learning year report of your organisation for the year; null until the year is closed. */
  learningYearReport?: Maybe<LearningYearReport>;
  /** The signed-in user, or null. */
  me?: Maybe<User>;
  /**
   * The same as learningTime, under its first name.
   * @deprecated Use learningTime.
   */
  myLearningTime: LearningEntryPage;
  /** The visits you are assigned to as peer auditor, by date; empty for anyone else. */
  myPeerVisits: Array<PeerVisit>;
  /** The viewer's open and submitted invitations, newest first, at most 50. */
  myRespondentTasks: Array<RespondentTask>;
  /** Your notifications, newest first. */
  notifications: NotificationPage;
  /** One organisation, if you may see it. */
  organisation: Organisation;
  /** The organisations you may see, alphabetical by name: the sector body all, an organisation itself, a certifying institution those with cycles it may see. */
  organisations: OrganisationPage;
  /** Peer auditors, newest first: an organisation's own, the sector body's all, an institution none. */
  peerAuditors: PeerAuditorPage;
  /** One peer group: for the sector body, or for an organisation that is a member. */
  peerGroup: PeerGroup;
  /** Suggested peer groups from the open sign-ups, by region and then size, a page at a time (sector body). */
  peerGroupProposals: PeerGroupProposalPage;
  /** Peer groups, newest first: the sector body's all, an organisation the groups it is in, an institution none. */
  peerGroups: PeerGroupPage;
  /** Sign-ups for the peer advisory assessment, newest first: the sector body's all, an organisation its own, an institution none. */
  peerReviewSignUps: PeerReviewSignUpPage;
  /** The visited organisation's learning, aggregates only: for the pair of the peer visit while they read its self-evaluation. */
  peerVisitLearningDashboard: LearningDashboard;
  /** The visited organisation's self-evaluation and evidence, for the pair of the visit from planning until the learning report is final. */
  peerVisitSelfEvaluation: PeerVisitSelfEvaluation;
  /** Invitations of your organisation still waiting for their person, newest first. */
  pendingInvitations: AccountInvitationPage;
  /** Valid and suspended certificates, alphabetical by organisation name. Open to everyone. */
  register: RegisterPage;
  /** The cycle's invitations, newest first. The organisation's quality officers only. */
  respondentInvitations: RespondentInvitationPage;
  /** The sector's learning figures for a year, from the organisations' learning year reports; only over at least five organisations. */
  sectorLearningFigures: SectorLearningFigures;
  /** Sector-wide figures for the sector body. */
  sectorOverview: SectorOverview;
  /** Quality officers: everything. The cycle's delegates, and a respondent who has submitted on this cycle: counts only (texts empty). Anyone else: NOT_ALLOWED. */
  selfEvaluationSpread: SelfEvaluationSpread;
  /** Your organisation's teams; a team lead sees the teams they are in. */
  teams: Array<Team>;
  /** The open sign-ups no proposal holds (too few in their region, or partners agreed themselves), newest first (sector body). */
  unmatchedPeerSignUps: UnmatchedSignUpPage;
  /** How many of your notifications are unread. */
  unreadNotificationCount: Scalars['Int']['output'];
  /** The register entry of a certificate number in any status (also withdrawn or expired); null when unknown. */
  verifyCertificate?: Maybe<RegisterEntry>;
};


export type QueryAuditFindingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAuditProgrammeArgs = {
  cycleId: Scalars['ID']['input'];
};


export type QueryAuditReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCertifyingInstitutionsArgs = {
  admittedOnly?: Scalars['Boolean']['input'];
};


export type QueryClimateScanResultsArgs = {
  roundId: Scalars['ID']['input'];
};


export type QueryClimateScanRoundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryContractHoursArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryCycleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCycleEventsArgs = {
  cycleId: Scalars['ID']['input'];
};


export type QueryCycleLearningDashboardArgs = {
  cycleId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryCyclesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEvidenceFileArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFrameworkVersionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImprovementActionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImprovementPointArgs = {
  findingId: Scalars['ID']['input'];
};


export type QueryInternalAuditArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInternalAuditFindingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLearningBudgetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


export type QueryLearningEvidenceArgs = {
  cycleId: Scalars['ID']['input'];
};


export type QueryLearningOverviewArgs = {
  teamId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryLearningReportArgs = {
  peerVisitId: Scalars['ID']['input'];
};


export type QueryLearningSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryLearningSettingsHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryLearningThemesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryLearningTimeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryLearningYearArgs = {
  year: Scalars['Int']['input'];
};


export type QueryLearningYearReportArgs = {
  year: Scalars['Int']['input'];
};


export type QueryMyLearningTimeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<NoticeCategory>;
  first?: Scalars['Int']['input'];
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryPeerAuditorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryPeerGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPeerGroupProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryPeerGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<PeerGroupStatus>;
};


export type QueryPeerReviewSignUpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<SignUpStatus>;
};


export type QueryPeerVisitLearningDashboardArgs = {
  peerVisitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryPeerVisitSelfEvaluationArgs = {
  peerVisitId: Scalars['ID']['input'];
};


export type QueryPendingInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryRegisterArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRespondentInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  cycleId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
};


export type QuerySectorLearningFiguresArgs = {
  year: Scalars['Int']['input'];
};


export type QuerySelfEvaluationSpreadArgs = {
  cycleId: Scalars['ID']['input'];
};


export type QueryTeamsArgs = {
  includeArchived?: Scalars['Boolean']['input'];
};


export type QueryUnmatchedPeerSignUpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryVerifyCertificateArgs = {
  number: Scalars['String']['input'];
};

export type RecordAuditFindingInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  cycleId: Scalars['ID']['input'];
  /** The revision this edit started from (0 for something not saved yet). When another save came in between, nothing changes and the answer is CONFLICT with the current value. Leave out only to save without comparing. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  improvementPoints: Scalars['String']['input'];
  normId: Scalars['ID']['input'];
  score: NormScore;
  /** What goes well (asked first, on purpose). */
  strengths: Scalars['String']['input'];
};

export type RecordInternalAuditFindingInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The revision this edit started from (0 for something not saved yet). When another save came in between, nothing changes and the answer is CONFLICT with the current value. Leave out only to save without comparing. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  improvementPoints?: InputMaybe<Scalars['String']['input']>;
  internalAuditId: Scalars['ID']['input'];
  normId: Scalars['ID']['input'];
  /** What goes well (asked first, on purpose). */
  strengths: Scalars['String']['input'];
};

export type RecordLearningSessionAttendanceInput = {
  /** The participants who attended; replaces what was recorded before. Those left out get no (or lose their) learning time. */
  attendeeIds: Array<Scalars['ID']['input']>;
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
};

export type RecordPeerAuditorTrainingInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  peerAuditorId: Scalars['ID']['input'];
  /** Who gave the training. */
  provider: Scalars['String']['input'];
  /** The day the training was completed (YYYY-MM-DD), not in the future. */
  trainedOn: Scalars['String']['input'];
};

export type RecordPeerFindingInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The revision this edit started from (0 for something not saved yet). When another save came in between, nothing changes and the answer is CONFLICT with the current value. Leave out only to save without comparing. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** What goes well (asked first, on purpose); not empty. */
  goesWell: Scalars['String']['input'];
  /** The intention behind the way of working. */
  intention: Scalars['String']['input'];
  /** Points to learn from. */
  learningPoints: Scalars['String']['input'];
  /** A norm of the framework version the visited organisation's cycle uses (or the newest published one without a cycle). */
  normId: Scalars['ID']['input'];
  /** The visit the learning report is of. */
  peerVisitId: Scalars['ID']['input'];
};

export type RecordTeamClimateAgreementInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  roundId: Scalars['ID']['input'];
  teamId: Scalars['ID']['input'];
  /** What the team concluded and agreed (at most 4000 characters); empty clears it. */
  text: Scalars['String']['input'];
};

/** A public register entry: a certificate, or a registered peer advisory assessment, as anyone may see it. */
export type RegisterEntry = {
  __typename?: 'RegisterEntry';
  /** What you may do now on the certified cycle (its viewerCan, the allowed ones): the sector body's register management; empty for everyone else. */
  allowedActions: Array<CycleAction>;
  /** Public certificate number, e.g. KSSW-2026-00042; null for a peer advisory assessment, which has no certificate. */
  certificateNumber?: Maybe<Scalars['String']['output']>;
  /** Empty for a peer review without a certifying institution. */
  certifyingInstitutionName?: Maybe<Scalars['String']['output']>;
  /** The certified cycle, for the sector body's register management (suspend, withdraw); null for everyone else and for a peer advisory assessment. */
  cycleId?: Maybe<Scalars['ID']['output']>;
  frameworkName: Scalars['String']['output'];
  frameworkVersion: Scalars['String']['output'];
  kind: RegisterEntryKind;
  organisationName: Scalars['String']['output'];
  place: Scalars['String']['output'];
  scopeUnits: Array<Scalars['String']['output']>;
  status: CertificateStatus;
  validFrom: Scalars['DateTimeISO']['output'];
  validUntil: Scalars['DateTimeISO']['output'];
  variant: CycleVariant;
  /** True when the whole organisation is certified; otherwise scopeUnits names the units. */
  wholeOrganisation: Scalars['Boolean']['output'];
};

export type RegisterEntryKind =
  | 'CERTIFICATE'
  | 'PEER_REVIEW';

export type RegisterLearningTimeInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The day (YYYY-MM-DD); not in the future. */
  date: Scalars['String']['input'];
  goal?: InputMaybe<Scalars['String']['input']>;
  /** Hours, in quarters of an hour, more than 0 and at most 24. */
  hours: Scalars['Float']['input'];
  kind: LearningKind;
  theme?: InputMaybe<Scalars['String']['input']>;
};

export type RegisterPage = {
  __typename?: 'RegisterPage';
  nodes: Array<RegisterEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RegisterPeerReviewInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The visit the learning report is of. */
  peerVisitId: Scalars['ID']['input'];
};

export type ReplanPeerVisitInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The day of the visit (YYYY-MM-DD), not in the past. */
  date: Scalars['String']['input'];
  /** The pair of peer auditors, from the registers of the other member organisations: two, each once. */
  peerAuditorIds: Array<Scalars['ID']['input']>;
  peerVisitId: Scalars['ID']['input'];
};

export type ReplyToDraftReportInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  cycleId: Scalars['ID']['input'];
  reply: Scalars['String']['input'];
};

export type ReplyToLearningReportInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The visit the learning report is of. */
  peerVisitId: Scalars['ID']['input'];
  /** The visited organisation's reply to the report. */
  reply: Scalars['String']['input'];
};

export type ReportKind =
  | 'DRAFT'
  | 'FINAL';

export type RespondentAnswer = {
  __typename?: 'RespondentAnswer';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  goesWell: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  invitationId: Scalars['ID']['output'];
  normId: Scalars['ID']['output'];
  /** Counts the saves, from 1; an edit names the one it started from as expectedRevision. */
  revision: Scalars['Int']['output'];
  score?: Maybe<NormScore>;
  toImprove: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type RespondentInvitation = {
  __typename?: 'RespondentInvitation';
  /** Norms in scope with a score saved. */
  answeredCount: Scalars['Int']['output'];
  /** Norm categories in scope; empty = all norms. */
  categoryCodes: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  cycleId: Scalars['ID']['output'];
  /** YYYY-MM-DD. */
  dueDate: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  invitedByName: Scalars['String']['output'];
  layer: RespondentLayer;
  /** Norms in scope. */
  normCount: Scalars['Int']['output'];
  respondent: UserSummary;
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

export type RespondentInvitationPage = {
  __typename?: 'RespondentInvitationPage';
  nodes: Array<RespondentInvitation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RespondentInviteeInput = {
  /** The layer this person answers as. */
  layer: RespondentLayer;
  /** A member of the cycle's organisation (Organisation.members). */
  userId: Scalars['ID']['input'];
};

/** The layer of the organisation a respondent answers from; ordered from the work floor up. */
export type RespondentLayer =
  | 'BOARD'
  | 'MANAGEMENT'
  | 'PROFESSIONAL'
  | 'SUPPORT_STAFF'
  | 'TEAM_LEAD'
  | 'VOLUNTEER';

/** One invitation as its respondent sees it. */
export type RespondentTask = {
  __typename?: 'RespondentTask';
  /** The respondent's own answers only. */
  answers: Array<RespondentAnswer>;
  cycleId: Scalars['ID']['output'];
  invitation: RespondentInvitation;
  /** The norms in scope, in framework order. */
  norms: Array<Norm>;
  /** Open until the self-evaluation is submitted (locked) or the respondent submitted. */
  open: Scalars['Boolean']['output'];
  organisationName: Scalars['String']['output'];
};

export type RespondentText = {
  __typename?: 'RespondentText';
  answerId: Scalars['ID']['output'];
  layer: RespondentLayer;
  respondentName: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type ReviewImprovementPlanInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** Why the plan goes back: required when returning it, optional when accepting. */
  comments?: InputMaybe<Scalars['String']['input']>;
  cycleId: Scalars['ID']['input'];
  review: ImprovementPlanReview;
};

export type Role =
  | 'AUDITOR'
  | 'CI_MANAGER'
  | 'ORG_INTERNAL_AUDITOR'
  | 'ORG_LEARNING_COORDINATOR'
  | 'ORG_PROFESSIONAL'
  | 'ORG_QUALITY_OFFICER'
  | 'ORG_TEAM_LEAD'
  | 'ORG_VIEWER'
  | 'SECTOR_ADMIN'
  | 'SECTOR_DECIDER';

export type SaveAuditProgrammeInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  cycleId: Scalars['ID']['input'];
  /** The revision this edit started from (0 for something not saved yet). When another save came in between, nothing changes and the answer is CONFLICT with the current value. Leave out only to save without comparing. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** Up to 100 slots. */
  slots: Array<AuditProgrammeSlotInput>;
};

export type SaveClimateScanQuestionsInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The statements in their order, at least one per condition and at most 30; replaces the set for rounds opened from now on. */
  questions: Array<ClimateScanQuestionInput>;
};

export type SaveImprovementActionInput = {
  /** The action to edit; leave out to add one. */
  actionId?: InputMaybe<Scalars['ID']['input']>;
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  cycleId: Scalars['ID']['input'];
  /** YYYY-MM-DD. */
  dueDate: Scalars['String']['input'];
  /** The revision this edit started from (0 for something not saved yet). When another save came in between, nothing changes and the answer is CONFLICT with the current value. Leave out only to save without comparing. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The norm whose finding or improvement point this answers. */
  normId?: InputMaybe<Scalars['ID']['input']>;
  /** Who carries it out (a name or a role). */
  owner: Scalars['String']['input'];
  /** How success will be seen. */
  successIndicator: Scalars['String']['input'];
  what: Scalars['String']['input'];
};

export type SaveLearningContextNoteInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The month (YYYY-MM). */
  month: Scalars['String']['input'];
  teamId: Scalars['ID']['input'];
  /** The note; empty removes it. */
  text: Scalars['String']['input'];
};

export type SaveLearningGoalInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** Competencies of a published framework version the goal is about; replaces the previous list. */
  competencyIds?: Array<Scalars['ID']['input']>;
  description?: Scalars['String']['input'];
  /** The goal to change; none for a new goal. */
  goalId?: InputMaybe<Scalars['ID']['input']>;
  /** The reflections; replaces the previous list. */
  reflections?: Array<LearningGoalReflectionInput>;
  /** Lets the team leads of your teams read the goal. */
  sharedWithTeamLead?: Scalars['Boolean']['input'];
  status?: LearningGoalStatus;
  /** The steps, in order; replaces the previous list. */
  steps?: Array<LearningGoalStepInput>;
  title: Scalars['String']['input'];
};

export type SaveRespondentAnswerInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The revision this edit started from (0 for something not saved yet). When another save came in between, nothing changes and the answer is CONFLICT with the current value. Leave out only to save without comparing. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** What goes well (asked first, on purpose). */
  goesWell?: InputMaybe<Scalars['String']['input']>;
  invitationId: Scalars['ID']['input'];
  normId: Scalars['ID']['input'];
  score?: InputMaybe<NormScore>;
  toImprove?: InputMaybe<Scalars['String']['input']>;
};

export type SaveSelfEvaluationAnswerInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  cycleId: Scalars['ID']['input'];
  /** The revision this edit started from (0 for something not saved yet). When another save came in between, nothing changes and the answer is CONFLICT with the current value. Leave out only to save without comparing. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  explanation?: InputMaybe<Scalars['String']['input']>;
  /** What goes well (asked first, on purpose). */
  goesWell?: InputMaybe<Scalars['String']['input']>;
  normId: Scalars['ID']['input'];
  score?: InputMaybe<NormScore>;
  toImprove?: InputMaybe<Scalars['String']['input']>;
};

export type SaveTeamInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The people in the team (members of your organisation); replaces the previous list. */
  memberIds: Array<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** The team to change; none for a new team. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

export type SchemeDuration = {
  __typename?: 'SchemeDuration';
  amount: Scalars['Int']['output'];
  unit: DurationUnit;
};

export type SchemeDurationInput = {
  amount: Scalars['Int']['input'];
  unit: DurationUnit;
};

export type SchemeRules = {
  __typename?: 'SchemeRules';
  auditDaysTable: Array<AuditDaysBand>;
  awardRule: AwardRule;
  certificateValidity: SchemeDuration;
  draftReportReplyWindow: SchemeDuration;
  improvementPlanDue: SchemeDuration;
  /** How long a peer auditor's training counts; null where it was never set: the placeholder of 24 months applies. */
  peerAuditorTrainingValidity?: Maybe<SchemeDuration>;
  /** How long a peer group has, once its visits are agreed, to make every learning report final; null where it was never set: the placeholder of 12 weeks applies. */
  peerReportingWindow?: Maybe<SchemeDuration>;
  /** How long a registered peer advisory assessment counts in the register; null where it was never set: the placeholder of 24 months applies. */
  peerReviewValidity?: Maybe<SchemeDuration>;
  /** How long a formed peer group has to agree its visits (every visit confirmed); null where it was never set: the placeholder of 8 weeks applies. */
  peerVisitSchedulingWindow?: Maybe<SchemeDuration>;
  /** True while these are LabelCycle placeholders rather than values set by the sector body. */
  placeholder: Scalars['Boolean']['output'];
  /** How long before expiry the recertification reminder goes out. */
  recertificationReminder: SchemeDuration;
  selfEvaluationWindow: SchemeDuration;
};

export type SchemeRulesInput = {
  /** FTE bands in increasing order; the last, and only the last, has maxFte null (no upper bound). */
  auditDaysTable: Array<AuditDaysBandInput>;
  awardRule: AwardRule;
  certificateValidity: SchemeDurationInput;
  draftReportReplyWindow: SchemeDurationInput;
  improvementPlanDue: SchemeDurationInput;
  /** How long a peer auditor's training counts; leave out to keep the placeholder. */
  peerAuditorTrainingValidity?: InputMaybe<SchemeDurationInput>;
  /** How long a peer group has to make its learning reports final once its visits are agreed; at most a year; leave out to keep the placeholder. */
  peerReportingWindow?: InputMaybe<SchemeDurationInput>;
  /** How long a registered peer advisory assessment counts; leave out to keep the placeholder. */
  peerReviewValidity?: InputMaybe<SchemeDurationInput>;
  /** How long a formed peer group has to agree its visits; at most a year; leave out to keep the placeholder. */
  peerVisitSchedulingWindow?: InputMaybe<SchemeDurationInput>;
  /** How long before expiry the recertification reminder goes out; shorter than the validity. */
  recertificationReminder: SchemeDurationInput;
  selfEvaluationWindow: SchemeDurationInput;
};

export type ScoreCounts = {
  __typename?: 'ScoreCounts';
  doesNotMeet: Scalars['Int']['output'];
  meets: Scalars['Int']['output'];
  notApplicable: Scalars['Int']['output'];
  partlyMeets: Scalars['Int']['output'];
};

/** Anonymised learning figures of the sector for a year, from the organisations' learning year reports. */
export type SectorLearningFigures = {
  __typename?: 'SectorLearningFigures';
  /** False when fewer organisations than minOrganisations have figures: then every figure is null or empty. */
  enough: Scalars['Boolean']['output'];
  /** The fewest organisations any figure is given over. */
  minOrganisations: Scalars['Int']['output'];
  organisationsWithFigures?: Maybe<Scalars['Int']['output']>;
  organisationsWithScan?: Maybe<Scalars['Int']['output']>;
  /** Per condition the mean over organisations of their teams’ averages; empty when fewer organisations than the minimum have scan results. */
  scanAverages: Array<SectorScanAverage>;
  /** Share (0–1) of the organisations with team figures whose teams together used at least the room their own norm offered. */
  shareMeetingOwnNorm?: Maybe<Scalars['Float']['output']>;
  themes: Array<SectorLearningTheme>;
  year: Scalars['Int']['output'];
};

export type SectorLearningTheme = {
  __typename?: 'SectorLearningTheme';
  /** Organisations whose year report names the theme among its most-interested ones. */
  organisations: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type SectorOverview = {
  __typename?: 'SectorOverview';
  /** Open cycles per phase, every phase listed. */
  countsPerPhase: Array<PhaseCount>;
  /** Open cycles per assessment variant, every variant listed. */
  countsPerVariant: Array<VariantCount>;
  /** Organisations whose valid certificate ends within 90 days. */
  expiringWithin90Days: Scalars['Int']['output'];
  /** Audit findings per norm across the sector, most "does not meet" plus "partly meets" first. */
  normFindings: Array<NormFindingCount>;
  /** Open cycles past their deadline. */
  overdueCount: Scalars['Int']['output'];
  /** Average time spent per phase, every phase listed. */
  timePerPhase: Array<PhaseDuration>;
};

export type SectorScanAverage = {
  __typename?: 'SectorScanAverage';
  average?: Maybe<Scalars['Float']['output']>;
  condition: LearningCondition;
};

export type SelfEvaluationAnswer = {
  __typename?: 'SelfEvaluationAnswer';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  explanation: Scalars['String']['output'];
  goesWell: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  normId: Scalars['ID']['output'];
  /** Counts the saves, from 1; an edit names the one it started from as expectedRevision. */
  revision: Scalars['Int']['output'];
  score?: Maybe<NormScore>;
  toImprove: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Who saved it last. */
  updatedByName: Scalars['String']['output'];
};

export type SelfEvaluationDelegationInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  cycleId: Scalars['ID']['input'];
  /** A member of the cycle's organisation. */
  userId: Scalars['ID']['input'];
};

export type SelfEvaluationSpread = {
  __typename?: 'SelfEvaluationSpread';
  cycleId: Scalars['ID']['output'];
  invitedCount: Scalars['Int']['output'];
  /** Norms with at least one submitted answer, in framework order. */
  norms: Array<NormSpread>;
  submittedCount: Scalars['Int']['output'];
};

export type SetCertifyingInstitutionAdmissionInput = {
  /** True admits the institution; false revokes it (cycles it already holds keep it). */
  admitted: Scalars['Boolean']['input'];
  certifyingInstitutionId: Scalars['ID']['input'];
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
};

export type SetContractHoursInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** Contract hours per week (0–60). */
  hoursPerWeek: Scalars['Float']['input'];
  personId: Scalars['ID']['input'];
};

export type SetInternalAuditStatusInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  internalAuditId: Scalars['ID']['input'];
  status: InternalAuditOutcome;
};

export type SetLearningBudgetInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** Hours for the year. */
  hours: Scalars['Float']['input'];
  /** The person the budget is for; or name a team instead. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** The team the budget is for; or name a person instead. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};

export type SetLearningSettingsInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The share (0–100 %) of its offered room below which a team is signalled to its lead after a quarter; left out, the share in force stays. */
  farUnderNormPercent?: InputMaybe<Scalars['Int']['input']>;
  /** How many people must have registered time before a team month shows figures; at least 3. */
  minContributors: Scalars['Int']['input'];
  /** Share of contract hours offered for learning, in percent (0–100). */
  normPercent: Scalars['Float']['input'];
  /** Months (12–120) a person's registered learning time is kept, then removed; left out, the months in force stay. */
  retentionMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Months (1–12) in which the learning year opens a climate-scan round, at most 4; left out, the months in force stay. */
  scanMonths?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Days a scheduled round stays open (1–60); left out, the days in force stay. */
  scanOpenDays?: InputMaybe<Scalars['Int']['input']>;
};

export type ShowInterestInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** True shows your interest in the theme; false withdraws it. Either is a no-op when it already holds. */
  interested?: Scalars['Boolean']['input'];
  themeId: Scalars['ID']['input'];
};

export type SignUpForPeerReviewInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** Staff size in full-time equivalents, more than 0. */
  fte: Scalars['Float']['input'];
  /** True when partners were already agreed: the organisation then proposes its own group. */
  partnersKnown: Scalars['Boolean']['input'];
  /** First day of the period in which to be assessed (YYYY-MM-DD). */
  periodFrom: Scalars['String']['input'];
  /** Last day of that period (YYYY-MM-DD), not before periodFrom and not in the past. */
  periodUntil: Scalars['String']['input'];
  /** Wishes for the group or the visits; empty when none. */
  preferences?: InputMaybe<Scalars['String']['input']>;
  /** The region the organisation works in (a province or a labour-market region). */
  region: Scalars['String']['input'];
};

export type SignUpStatus =
  | 'COMPLETED'
  | 'GROUPED'
  | 'OPEN';

/** How far a stage is: value out of max, and what they count. */
export type StageMeasure = {
  __typename?: 'StageMeasure';
  key: StageMeasureKey;
  max: Scalars['Int']['output'];
  value: Scalars['Int']['output'];
};

/** What the numbers of a stage measure count. */
export type StageMeasureKey =
  | 'actionsDone'
  | 'awaitingDecision'
  | 'busy'
  | 'certified'
  | 'done'
  | 'externalSteps'
  | 'internalAudits'
  | 'noInternalAudits'
  | 'norms'
  | 'peerSteps'
  | 'points'
  | 'registered'
  | 'upcoming';

export type StartCycleInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  frameworkVersionId: Scalars['ID']['input'];
  /** Staff in full-time equivalents. */
  fte: Scalars['Float']['input'];
  /** Units in scope when not the whole organisation. */
  scopeUnits?: Array<Scalars['String']['input']>;
  variant: CycleVariant;
  /** True for the whole organisation; false to name units in scopeUnits. */
  wholeOrganisation: Scalars['Boolean']['input'];
};

export type StartLearningYearInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The learning year: last year, this year or next year. */
  year: Scalars['Int']['input'];
};

export type StepStatus =
  | 'CURRENT'
  | 'DONE'
  | 'UPCOMING';

export type SubmitRespondentAnswersInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  invitationId: Scalars['ID']['input'];
};

export type Team = {
  __typename?: 'Team';
  /** When the team was archived; archived teams take no new members and no notes. */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** The people in the team, by name. */
  members: Array<TeamPerson>;
  name: Scalars['String']['output'];
};

/** A person in a team, as the people who manage or lead it see them. */
export type TeamPerson = {
  __typename?: 'TeamPerson';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type TimelineStep = {
  __typename?: 'TimelineStep';
  measure: StageMeasure;
  stage: CycleStage;
  status: StepStatus;
};

export type TrainingStatus =
  | 'EXPIRED'
  | 'UNTRAINED'
  | 'VALID';

export type UnlinkEvidenceInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The link, as listed in cycle.evidenceLinks. */
  linkId: Scalars['ID']['input'];
};

export type UnlinkLearningEvidenceInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  linkId: Scalars['ID']['input'];
};

export type UnmatchedReason =
  | 'PARTNERS_KNOWN'
  | 'TOO_FEW_IN_REGION';

export type UnmatchedSignUp = {
  __typename?: 'UnmatchedSignUp';
  reason: UnmatchedReason;
  signUp: PeerReviewSignUp;
};

export type UnmatchedSignUpPage = {
  __typename?: 'UnmatchedSignUpPage';
  nodes: Array<UnmatchedSignUp>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UpdateImprovementActionInput = {
  actionId: Scalars['ID']['input'];
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The revision this edit started from (0 for something not saved yet). When another save came in between, nothing changes and the answer is CONFLICT with the current value. Leave out only to save without comparing. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** Replaces the progress note; leave out to keep it. */
  progressNote?: InputMaybe<Scalars['String']['input']>;
  status: ActionStatus;
};

export type UpdateLearningTimeInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The day (YYYY-MM-DD); not in the future. */
  date: Scalars['String']['input'];
  entryId: Scalars['ID']['input'];
  goal?: InputMaybe<Scalars['String']['input']>;
  /** Hours, in quarters of an hour, more than 0 and at most 24. */
  hours: Scalars['Float']['input'];
  kind: LearningKind;
  theme?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateSchemeRulesInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The revision this edit started from (0 for something not saved yet). When another save came in between, nothing changes and the answer is CONFLICT with the current value. Leave out only to save without comparing. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  frameworkVersionId: Scalars['ID']['input'];
  rules: SchemeRulesInput;
};

export type UpdateVariantGuideInput = {
  /** Made by the client per action (for example a UUID); repeating it repeats nothing. */
  clientMutationId: Scalars['String']['input'];
  /** The revision this edit started from (0 for something not saved yet). When another save came in between, nothing changes and the answer is CONFLICT with the current value. Leave out only to save without comparing. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  frameworkVersionId: Scalars['ID']['input'];
  guide: VariantGuideInput;
};

export type User = {
  __typename?: 'User';
  certifyingInstitution?: Maybe<CertifyingInstitution>;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Set when the user belongs to an organisation. */
  organisation?: Maybe<Organisation>;
  partyKind: PartyKind;
  role: Role;
};

export type UserSummary = {
  __typename?: 'UserSummary';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: Role;
};

/** How the cycle's variant and scope were chosen: the decision tree's answers and what they recommended. */
export type VariantChoice = {
  __typename?: 'VariantChoice';
  answers: Array<VariantChoiceAnswer>;
  /** True when the chosen variant and scope are the ones recommended. */
  followedRecommendation: Scalars['Boolean']['output'];
  /** True when the tree answered was LabelCycle's placeholder, not the sector body's own. */
  guidePlaceholder: Scalars['Boolean']['output'];
  recommendedVariant: CycleVariant;
  recommendedWholeOrganisation: Scalars['Boolean']['output'];
};

export type VariantChoiceAnswer = {
  __typename?: 'VariantChoiceAnswer';
  /** The option key. */
  option: Scalars['String']['output'];
  optionLabel: Scalars['String']['output'];
  /** The question key. */
  question: Scalars['String']['output'];
  questionText: Scalars['String']['output'];
};

export type VariantCount = {
  __typename?: 'VariantCount';
  count: Scalars['Int']['output'];
  variant: CycleVariant;
};

/** The questions whose answers recommend a variant and a scope while an organisation prepares its cycle. */
export type VariantGuide = {
  __typename?: 'VariantGuide';
  /** True while this is a placeholder of LabelCycle rather than the tree the sector body loaded. */
  placeholder: Scalars['Boolean']['output'];
  questions: Array<VariantGuideQuestion>;
  /** The key of the first question. */
  start: Scalars['String']['output'];
};

/** A decision tree as the sector body sets it; checked as a whole, every problem named at once. */
export type VariantGuideInput = {
  questions: Array<VariantGuideQuestionInput>;
  start: Scalars['String']['input'];
};

export type VariantGuideOption = {
  __typename?: 'VariantGuideOption';
  /** Unique within its question: lower-case letters, digits, - or _. */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** The key of the question this answer leads to; null ends the walk. */
  next?: Maybe<Scalars['String']['output']>;
  /** The variant this answer recommends; a later answer on the walk may change it. */
  variant?: Maybe<CycleVariant>;
  /** The scope this answer recommends (true: the whole organisation). */
  wholeOrganisation?: Maybe<Scalars['Boolean']['output']>;
};

export type VariantGuideOptionInput = {
  /** Unique within its question: lower-case letters, digits, - or _. */
  key: Scalars['String']['input'];
  label: Scalars['String']['input'];
  /** The key of the question this answer leads to; null ends the walk. */
  next?: InputMaybe<Scalars['String']['input']>;
  /** The variant this answer recommends; a later answer on the walk may change it. */
  variant?: InputMaybe<CycleVariant>;
  /** The scope this answer recommends (true: the whole organisation). */
  wholeOrganisation?: InputMaybe<Scalars['Boolean']['input']>;
};

export type VariantGuideQuestion = {
  __typename?: 'VariantGuideQuestion';
  /** Why the question matters, shown beside it. */
  help?: Maybe<Scalars['String']['output']>;
  /** Unique in the tree: lower-case letters, digits, - or _. */
  key: Scalars['String']['output'];
  options: Array<VariantGuideOption>;
  text: Scalars['String']['output'];
};

export type VariantGuideQuestionInput = {
  /** Why the question matters, shown beside it. */
  help?: InputMaybe<Scalars['String']['input']>;
  /** Unique in the tree: lower-case letters, digits, - or _. */
  key: Scalars['String']['input'];
  options: Array<VariantGuideOptionInput>;
  text: Scalars['String']['input'];
};

/** Where answers lead in a decision tree: the next question, or at the end what the tree recommends. */
export type VariantRecommendation = {
  __typename?: 'VariantRecommendation';
  /** The key of the question to answer next; null once the walk has ended. */
  nextQuestion?: Maybe<Scalars['String']['output']>;
  /** Set once the walk has ended. */
  variant?: Maybe<CycleVariant>;
  /** Set once the walk has ended: true recommends the whole organisation. */
  wholeOrganisation?: Maybe<Scalars['Boolean']['output']>;
};

/** Who is to act next in a cycle. */
export type WaitingParty =
  | 'CERTIFYING_INSTITUTION'
  | 'NOBODY'
  | 'ORGANISATION'
  | 'SECTOR_BODY';

export type AuditProgrammeViewFragment = { __typename?: 'AuditProgramme', id: string, cycleId: string, updatedAt: string, savedByName: string, revision: number, confirmedAt?: string | null, confirmedByName?: string | null, slots: Array<{ __typename?: 'AuditProgrammeSlot', day: number, startTime: string, endTime: string, group: InterviewGroup, groupLabel?: string | null, participants?: string | null, headCount?: number | null, normIds: Array<string>, auditorIds: Array<string>, norms: Array<{ __typename?: 'Norm', id: string, code: string, title: string }>, auditors: Array<{ __typename?: 'UserSummary', id: string, name: string }> }>, uncoveredNorms: Array<{ __typename?: 'Norm', id: string, code: string }> };

export type AuditProgrammeQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type AuditProgrammeQuery = { __typename?: 'Query', auditProgramme?: { __typename?: 'AuditProgramme', id: string, cycleId: string, updatedAt: string, savedByName: string, revision: number, confirmedAt?: string | null, confirmedByName?: string | null, slots: Array<{ __typename?: 'AuditProgrammeSlot', day: number, startTime: string, endTime: string, group: InterviewGroup, groupLabel?: string | null, participants?: string | null, headCount?: number | null, normIds: Array<string>, auditorIds: Array<string>, norms: Array<{ __typename?: 'Norm', id: string, code: string, title: string }>, auditors: Array<{ __typename?: 'UserSummary', id: string, name: string }> }>, uncoveredNorms: Array<{ __typename?: 'Norm', id: string, code: string }> } | null };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'User', id: string, name: string, email: string, role: Role, partyKind: PartyKind, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'User', id: string, name: string, email: string, role: Role, partyKind: PartyKind, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type SessionUserFragment = { __typename?: 'User', id: string, name: string, email: string, role: Role, partyKind: PartyKind, organisation?: { __typename?: 'Organisation', id: string, name: string } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, name: string, email: string, role: Role, partyKind: PartyKind, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } | null };

export type EvidenceLinkItemFragment = { __typename?: 'EvidenceLink', id: string, normId?: string | null, improvementActionId?: string | null, locked: boolean, carriedOver: boolean, evidence: { __typename?: 'Evidence', id: string, name: string, type: string, size: number, downloadUrl: string } };

export type CycleEvidenceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CycleEvidenceQuery = { __typename?: 'Query', cycle: { __typename?: 'Cycle', id: string, evidenceLinks: Array<{ __typename?: 'EvidenceLink', id: string, normId?: string | null, improvementActionId?: string | null, locked: boolean, carriedOver: boolean, evidence: { __typename?: 'Evidence', id: string, name: string, type: string, size: number, downloadUrl: string } }> }, evidence: { __typename?: 'EvidencePage', nodes: Array<{ __typename?: 'Evidence', id: string, name: string }> }, evidenceUploadRules: { __typename?: 'EvidenceUploadRules', maxBytes: number } };

export type CarryOverCandidateFragment = { __typename?: 'EvidenceCarryOverCandidate', normCodes: Array<string>, stillValid?: boolean | null, evidence: { __typename?: 'Evidence', id: string, name: string, downloadUrl: string } };

export type EvidenceCarryOverQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EvidenceCarryOverQuery = { __typename?: 'Query', cycle: { __typename?: 'Cycle', id: string, evidenceCarryOver: Array<{ __typename?: 'EvidenceCarryOverCandidate', normCodes: Array<string>, stillValid?: boolean | null, evidence: { __typename?: 'Evidence', id: string, name: string, downloadUrl: string } }> } };

export type ConfirmEvidenceStillValidMutationVariables = Exact<{
  input: ConfirmEvidenceStillValidInput;
}>;


export type ConfirmEvidenceStillValidMutation = { __typename?: 'Mutation', confirmEvidenceStillValid: { __typename?: 'EvidenceCarryOverCandidate', normCodes: Array<string>, stillValid?: boolean | null, evidence: { __typename?: 'Evidence', id: string, name: string, downloadUrl: string } } };

export type EvidenceItemFragment = { __typename?: 'Evidence', id: string, name: string, originalName: string, type: string, size: number, createdAt: string, uploadedByName: string, downloadUrl: string, versions: Array<{ __typename?: 'Evidence', id: string }> };

export type EvidenceLibraryQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type EvidenceLibraryQuery = { __typename?: 'Query', evidence: { __typename?: 'EvidencePage', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'Evidence', id: string, name: string, originalName: string, type: string, size: number, createdAt: string, uploadedByName: string, downloadUrl: string, links: Array<{ __typename?: 'EvidenceLink', id: string, normCode?: string | null, linkedInPhase: CyclePhase, locked: boolean, improvementActionId?: string | null, selfEvaluationAnswerId?: string | null }>, versions: Array<{ __typename?: 'Evidence', id: string }> }> }, evidenceUploadRules: { __typename?: 'EvidenceUploadRules', maxBytes: number, quotaBytes: number, usedBytes: number } };

export type DeleteEvidenceMutationVariables = Exact<{
  input: DeleteEvidenceInput;
}>;


export type DeleteEvidenceMutation = { __typename?: 'Mutation', deleteEvidence: string };

export type LinkEvidenceMutationVariables = Exact<{
  input: LinkEvidenceInput;
}>;


export type LinkEvidenceMutation = { __typename?: 'Mutation', linkEvidence: { __typename?: 'EvidenceLink', id: string, normId?: string | null, improvementActionId?: string | null, locked: boolean, carriedOver: boolean, evidence: { __typename?: 'Evidence', id: string, name: string, type: string, size: number, downloadUrl: string } } };

export type UnlinkEvidenceMutationVariables = Exact<{
  input: UnlinkEvidenceInput;
}>;


export type UnlinkEvidenceMutation = { __typename?: 'Mutation', unlinkEvidence: string };

export type InstitutionCycleHeaderFragment = { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, waitingOn: WaitingParty, dueAt?: string | null, overdue: boolean, phaseChangedAt: string, variant: CycleVariant, fte: number, confirmedAuditDate?: string | null, proposedAuditDates: Array<string>, auditDays?: number | null, auditDaysComputed?: number | null, computedAuditDays?: number | null, auditDaysOverrideReason?: string | null, advice?: AuditAdvice | null, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean }>, organisation: { __typename?: 'Organisation', id: string, name: string, place: string }, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number }, leadAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, coAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, name: string, version: string, illustrative: boolean } };

export type InstitutionCycleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InstitutionCycleQuery = { __typename?: 'Query', cycle: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, waitingOn: WaitingParty, dueAt?: string | null, overdue: boolean, phaseChangedAt: string, variant: CycleVariant, fte: number, confirmedAuditDate?: string | null, proposedAuditDates: Array<string>, auditDays?: number | null, auditDaysComputed?: number | null, computedAuditDays?: number | null, auditDaysOverrideReason?: string | null, advice?: AuditAdvice | null, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean }>, organisation: { __typename?: 'Organisation', id: string, name: string, place: string }, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number }, leadAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, coAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, name: string, version: string, illustrative: boolean } } };

export type InstitutionEngagementQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InstitutionEngagementQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, certifyingInstitution?: { __typename?: 'CertifyingInstitution', id: string, auditorWorkload: Array<{ __typename?: 'AuditorWorkload', openAudits: number, leading: number, upcomingAuditDates: Array<string>, auditor: { __typename?: 'UserSummary', id: string, name: string } }> } | null } | null, cycle: { __typename?: 'Cycle', id: string, computedAuditDays?: number | null } };

export type InstitutionDeclineEngagementMutationVariables = Exact<{
  input: DeclineEngagementInput;
}>;


export type InstitutionDeclineEngagementMutation = { __typename?: 'Mutation', declineEngagement: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null } };

export type InstitutionAcceptEngagementMutationVariables = Exact<{
  input: AcceptEngagementInput;
}>;


export type InstitutionAcceptEngagementMutation = { __typename?: 'Mutation', acceptEngagement: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, waitingOn: WaitingParty, dueAt?: string | null, overdue: boolean, phaseChangedAt: string, variant: CycleVariant, fte: number, confirmedAuditDate?: string | null, proposedAuditDates: Array<string>, auditDays?: number | null, auditDaysComputed?: number | null, computedAuditDays?: number | null, auditDaysOverrideReason?: string | null, advice?: AuditAdvice | null, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean }>, organisation: { __typename?: 'Organisation', id: string, name: string, place: string }, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number }, leadAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, coAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, name: string, version: string, illustrative: boolean } } };

export type InstitutionFindingFragment = { __typename?: 'AuditFinding', id: string, normId: string, score: NormScore, strengths: string, improvementPoints: string, recordedByName: string, updatedAt: string, revision: number };

export type InstitutionFindingsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InstitutionFindingsQuery = { __typename?: 'Query', cycle: { __typename?: 'Cycle', id: string, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, categories: Array<{ __typename?: 'FrameworkCategory', id: string, code: string, title: string, position: number }> }, assessment: Array<{ __typename?: 'NormAssessment', normId: string, normCode: string, categoryCode: string, norm: { __typename?: 'Norm', id: string, code: string, title: string, description: string }, selfEvaluation?: { __typename?: 'SelfEvaluationAnswer', id: string, normId: string, score?: NormScore | null, goesWell: string, toImprove: string, explanation: string } | null, finding?: { __typename?: 'AuditFinding', id: string, normId: string, score: NormScore, strengths: string, improvementPoints: string, recordedByName: string, updatedAt: string, revision: number } | null }>, evidenceLinks: Array<{ __typename?: 'EvidenceLink', id: string, normId?: string | null, selfEvaluationAnswerId?: string | null, evidence: { __typename?: 'Evidence', id: string, name: string, type: string, size: number, downloadUrl: string } }> } };

export type InstitutionInboxCycleFragment = { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, waitingOn: WaitingParty, dueAt?: string | null, overdue: boolean, confirmedAuditDate?: string | null, proposedAuditDates: Array<string>, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean }>, organisation: { __typename?: 'Organisation', id: string, name: string, place: string }, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number }, leadAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, coAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null };

export type InstitutionInboxQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InstitutionInboxQuery = { __typename?: 'Query', cycles: { __typename?: 'CyclePage', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, waitingOn: WaitingParty, dueAt?: string | null, overdue: boolean, confirmedAuditDate?: string | null, proposedAuditDates: Array<string>, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean }>, organisation: { __typename?: 'Organisation', id: string, name: string, place: string }, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number }, leadAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, coAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null }> } };

export type InstitutionRecordAuditFindingMutationVariables = Exact<{
  input: RecordAuditFindingInput;
}>;


export type InstitutionRecordAuditFindingMutation = { __typename?: 'Mutation', recordAuditFinding: { __typename?: 'AuditFinding', id: string, normId: string, score: NormScore, strengths: string, improvementPoints: string, recordedByName: string, updatedAt: string, revision: number } };

export type InstitutionCyclePeerReportsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InstitutionCyclePeerReportsQuery = { __typename?: 'Query', cycle: { __typename?: 'Cycle', id: string, peerLearningReports: Array<{ __typename?: 'LearningReport', peerVisitId: string, status: LearningReportStatus, summary?: string | null, reply?: string | null, finalisedAt?: string | null, findings: Array<{ __typename?: 'PeerFinding', id: string, normCode: string, goesWell: string, intention: string, learningPoints: string }> }> } };

export type InstitutionReviewImprovementPlanMutationVariables = Exact<{
  input: ReviewImprovementPlanInput;
}>;


export type InstitutionReviewImprovementPlanMutation = { __typename?: 'Mutation', reviewImprovementPlan: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, waitingOn: WaitingParty, dueAt?: string | null, overdue: boolean, phaseChangedAt: string, variant: CycleVariant, fte: number, confirmedAuditDate?: string | null, proposedAuditDates: Array<string>, auditDays?: number | null, auditDaysComputed?: number | null, computedAuditDays?: number | null, auditDaysOverrideReason?: string | null, advice?: AuditAdvice | null, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean }>, organisation: { __typename?: 'Organisation', id: string, name: string, place: string }, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number }, leadAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, coAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, name: string, version: string, illustrative: boolean } } };

export type InstitutionPlanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InstitutionPlanQuery = { __typename?: 'Query', cycle: { __typename?: 'Cycle', id: string, improvementPoints: Array<{ __typename?: 'ImprovementPoint', findingId: string, normId: string, normCode: string, normTitle: string, score: NormScore, improvementPoints: string, belowMeets: boolean, covered: boolean, actionCount: number }>, improvementActions: Array<{ __typename?: 'ImprovementAction', id: string, normId?: string | null, normCode?: string | null, what: string, owner: string, dueDate: string, successIndicator: string, status: ActionStatus }>, planReviews: Array<{ __typename?: 'ImprovementPlanReviewRecord', id: string, review: ImprovementPlanReview, comments: string, at: string }>, evidenceLinks: Array<{ __typename?: 'EvidenceLink', id: string, improvementActionId?: string | null, evidence: { __typename?: 'Evidence', id: string, name: string, size: number, downloadUrl: string } }> } };

export type InstitutionSaveAuditProgrammeMutationVariables = Exact<{
  input: SaveAuditProgrammeInput;
}>;


export type InstitutionSaveAuditProgrammeMutation = { __typename?: 'Mutation', saveAuditProgramme: { __typename?: 'AuditProgramme', id: string, cycleId: string, updatedAt: string, savedByName: string, revision: number, confirmedAt?: string | null, confirmedByName?: string | null, slots: Array<{ __typename?: 'AuditProgrammeSlot', day: number, startTime: string, endTime: string, group: InterviewGroup, groupLabel?: string | null, participants?: string | null, headCount?: number | null, normIds: Array<string>, auditorIds: Array<string>, norms: Array<{ __typename?: 'Norm', id: string, code: string, title: string }>, auditors: Array<{ __typename?: 'UserSummary', id: string, name: string }> }>, uncoveredNorms: Array<{ __typename?: 'Norm', id: string, code: string }> } };

export type InstitutionProgrammeNormsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InstitutionProgrammeNormsQuery = { __typename?: 'Query', cycle: { __typename?: 'Cycle', id: string, assessment: Array<{ __typename?: 'NormAssessment', normId: string, normCode: string, norm: { __typename?: 'Norm', id: string, title: string } }> } };

export type InstitutionReportsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InstitutionReportsQuery = { __typename?: 'Query', cycle: { __typename?: 'Cycle', id: string, reports: Array<{ __typename?: 'AuditReport', id: string, kind: ReportKind, summary: string, strengths: string, improvementPoints: string, advice?: AuditAdvice | null, issuedAt: string, reply?: string | null }>, auditFindings: Array<{ __typename?: 'AuditFinding', id: string, normId: string, normCode: string }>, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, categories: Array<{ __typename?: 'FrameworkCategory', id: string, position: number, norms: Array<{ __typename?: 'Norm', id: string, code: string, position: number }> }> } } };

export type InstitutionIssueDraftReportMutationVariables = Exact<{
  input: IssueDraftReportInput;
}>;


export type InstitutionIssueDraftReportMutation = { __typename?: 'Mutation', issueDraftReport: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, waitingOn: WaitingParty, dueAt?: string | null, overdue: boolean, phaseChangedAt: string, variant: CycleVariant, fte: number, confirmedAuditDate?: string | null, proposedAuditDates: Array<string>, auditDays?: number | null, auditDaysComputed?: number | null, computedAuditDays?: number | null, auditDaysOverrideReason?: string | null, advice?: AuditAdvice | null, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean }>, organisation: { __typename?: 'Organisation', id: string, name: string, place: string }, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number }, leadAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, coAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, name: string, version: string, illustrative: boolean } } };

export type InstitutionIssueFinalReportMutationVariables = Exact<{
  input: IssueFinalReportInput;
}>;


export type InstitutionIssueFinalReportMutation = { __typename?: 'Mutation', issueFinalReport: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, waitingOn: WaitingParty, dueAt?: string | null, overdue: boolean, phaseChangedAt: string, variant: CycleVariant, fte: number, confirmedAuditDate?: string | null, proposedAuditDates: Array<string>, auditDays?: number | null, auditDaysComputed?: number | null, computedAuditDays?: number | null, auditDaysOverrideReason?: string | null, advice?: AuditAdvice | null, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean }>, organisation: { __typename?: 'Organisation', id: string, name: string, place: string }, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number }, leadAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, coAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, name: string, version: string, illustrative: boolean } } };

export type InstitutionProposeAuditDatesMutationVariables = Exact<{
  input: ProposeAuditDatesInput;
}>;


export type InstitutionProposeAuditDatesMutation = { __typename?: 'Mutation', proposeAuditDates: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, waitingOn: WaitingParty, dueAt?: string | null, overdue: boolean, phaseChangedAt: string, variant: CycleVariant, fte: number, confirmedAuditDate?: string | null, proposedAuditDates: Array<string>, auditDays?: number | null, auditDaysComputed?: number | null, computedAuditDays?: number | null, auditDaysOverrideReason?: string | null, advice?: AuditAdvice | null, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean }>, organisation: { __typename?: 'Organisation', id: string, name: string, place: string }, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number }, leadAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, coAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, name: string, version: string, illustrative: boolean } } };

export type NotificationsListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
  category?: InputMaybe<NoticeCategory>;
}>;


export type NotificationsListQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'Notification', id: string, kind: string, category: NoticeCategory, topic: string, title: string, body: string, createdAt: string, readAt?: string | null, cycleId?: string | null }> } };

export type NotificationsMarkReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type NotificationsMarkReadMutation = { __typename?: 'Mutation', markNotificationsRead: number };

export type NotificationsUnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsUnreadCountQuery = { __typename?: 'Query', unreadNotificationCount: number };

export type OrganisationCertificateFragment = { __typename?: 'Certificate', id: string, number: string, status: CertificateStatus, validFrom: string, validUntil: string, variant: CycleVariant, wholeOrganisation: boolean, scopeUnits: Array<string> };

export type CycleAuditorsFragment = { __typename?: 'Cycle', leadAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, coAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null };

export type CycleFrameworkVersionNameFragment = { __typename?: 'Cycle', frameworkVersion: { __typename?: 'FrameworkVersion', id: string, name: string, version: string, illustrative: boolean } };

export type CycleAuditReportFragment = { __typename?: 'AuditReport', id: string, kind: ReportKind, summary: string, strengths: string, improvementPoints: string, advice?: AuditAdvice | null, issuedAt: string, reply?: string | null };

export type CycleAuditFindingFragment = { __typename?: 'AuditFinding', id: string, normId: string, normCode: string, score: NormScore, strengths: string, improvementPoints: string };

export type CyclePlanReviewFragment = { __typename?: 'ImprovementPlanReviewRecord', id: string, review: ImprovementPlanReview, comments: string, at: string };

export type CycleOverviewFragment = { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, phaseChangedAt: string, decision?: CertificationDecision | null, decisionReason?: string | null, variant: CycleVariant, wholeOrganisation: boolean, scopeUnits: Array<string>, fte: number, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, illustrative: boolean, name: string, version: string, variantGuide?: { __typename?: 'VariantGuide', placeholder: boolean, start: string, questions: Array<{ __typename?: 'VariantGuideQuestion', key: string, text: string, help?: string | null, options: Array<{ __typename?: 'VariantGuideOption', key: string, label: string, next?: string | null, variant?: CycleVariant | null, wholeOrganisation?: boolean | null }> }> } | null }, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean, code?: string | null, reason?: string | null }>, timeline: Array<{ __typename?: 'TimelineStep', stage: CycleStage, status: StepStatus, measure: { __typename?: 'StageMeasure', key: StageMeasureKey, value: number, max: number } }>, progress: { __typename?: 'Progress', done: number, total: number, percent: number }, internalAudits: Array<{ __typename?: 'InternalAudit', id: string, status: InternalAuditStatus }>, improvementPoints: Array<{ __typename?: 'ImprovementPoint', findingId: string, normId: string, normCode: string, normTitle: string, score: NormScore, improvementPoints: string, belowMeets: boolean, covered: boolean, actionCount: number }>, improvementActions: Array<{ __typename?: 'ImprovementAction', id: string, status: ActionStatus }>, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number } };

export type CycleStatusFragment = { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, phaseChangedAt: string, decision?: CertificationDecision | null, decisionReason?: string | null, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number } };

export type CycleTimelineFragment = { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, timeline: Array<{ __typename?: 'TimelineStep', stage: CycleStage, status: StepStatus, measure: { __typename?: 'StageMeasure', key: StageMeasureKey, value: number, max: number } }>, progress: { __typename?: 'Progress', done: number, total: number, percent: number }, internalAudits: Array<{ __typename?: 'InternalAudit', id: string, status: InternalAuditStatus }>, improvementPoints: Array<{ __typename?: 'ImprovementPoint', findingId: string, normId: string, normCode: string, normTitle: string, score: NormScore, improvementPoints: string, belowMeets: boolean, covered: boolean, actionCount: number }>, improvementActions: Array<{ __typename?: 'ImprovementAction', id: string, status: ActionStatus }> };

export type NormFieldsFragment = { __typename?: 'Norm', id: string, code: string, title: string, description: string, guidance: string, competencies: Array<{ __typename?: 'Competency', id: string, code: string, title: string, linkPresumed: boolean }> };

export type AnswerFieldsFragment = { __typename?: 'SelfEvaluationAnswer', id: string, normId: string, score?: NormScore | null, goesWell: string, toImprove: string, explanation: string, updatedAt: string, updatedByName: string, revision: number };

export type PreparationSummaryFragment = { __typename?: 'Cycle', id: string, variant: CycleVariant, wholeOrganisation: boolean, scopeUnits: Array<string>, fte: number, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, name: string, version: string, variantGuide?: { __typename?: 'VariantGuide', placeholder: boolean, start: string, questions: Array<{ __typename?: 'VariantGuideQuestion', key: string, text: string, help?: string | null, options: Array<{ __typename?: 'VariantGuideOption', key: string, label: string, next?: string | null, variant?: CycleVariant | null, wholeOrganisation?: boolean | null }> }> } | null } };

export type CompletePreparationMutationVariables = Exact<{
  input: CompletePreparationInput;
}>;


export type CompletePreparationMutation = { __typename?: 'Mutation', completePreparation: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, phaseChangedAt: string, decision?: CertificationDecision | null, decisionReason?: string | null, variant: CycleVariant, wholeOrganisation: boolean, scopeUnits: Array<string>, fte: number, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, illustrative: boolean, name: string, version: string, variantGuide?: { __typename?: 'VariantGuide', placeholder: boolean, start: string, questions: Array<{ __typename?: 'VariantGuideQuestion', key: string, text: string, help?: string | null, options: Array<{ __typename?: 'VariantGuideOption', key: string, label: string, next?: string | null, variant?: CycleVariant | null, wholeOrganisation?: boolean | null }> }> } | null }, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean, code?: string | null, reason?: string | null }>, timeline: Array<{ __typename?: 'TimelineStep', stage: CycleStage, status: StepStatus, measure: { __typename?: 'StageMeasure', key: StageMeasureKey, value: number, max: number } }>, progress: { __typename?: 'Progress', done: number, total: number, percent: number }, internalAudits: Array<{ __typename?: 'InternalAudit', id: string, status: InternalAuditStatus }>, improvementPoints: Array<{ __typename?: 'ImprovementPoint', findingId: string, normId: string, normCode: string, normTitle: string, score: NormScore, improvementPoints: string, belowMeets: boolean, covered: boolean, actionCount: number }>, improvementActions: Array<{ __typename?: 'ImprovementAction', id: string, status: ActionStatus }>, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number } } };

export type CycleProgressQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CycleProgressQuery = { __typename?: 'Query', cycle: { __typename?: 'Cycle', id: string, progress: { __typename?: 'Progress', done: number, total: number, percent: number } } };

export type SelfEvaluationDelegatesQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  cycleId: Scalars['ID']['input'];
}>;


export type SelfEvaluationDelegatesQuery = { __typename?: 'Query', organisation: { __typename?: 'Organisation', id: string, members: Array<{ __typename?: 'UserSummary', id: string, name: string, role: Role }> }, cycle: { __typename?: 'Cycle', id: string, selfEvaluationDelegates: Array<{ __typename?: 'UserSummary', id: string, name: string, role: Role }> } };

export type DelegateSelfEvaluationMutationVariables = Exact<{
  input: SelfEvaluationDelegationInput;
}>;


export type DelegateSelfEvaluationMutation = { __typename?: 'Mutation', delegateSelfEvaluation: { __typename?: 'Cycle', id: string, selfEvaluationDelegates: Array<{ __typename?: 'UserSummary', id: string, name: string, role: Role }> } };

export type WithdrawSelfEvaluationDelegationMutationVariables = Exact<{
  input: SelfEvaluationDelegationInput;
}>;


export type WithdrawSelfEvaluationDelegationMutation = { __typename?: 'Mutation', withdrawSelfEvaluationDelegation: { __typename?: 'Cycle', id: string, selfEvaluationDelegates: Array<{ __typename?: 'UserSummary', id: string, name: string, role: Role }> } };

export type SelfEvaluationFragment = { __typename?: 'Cycle', id: string, phase: CyclePhase, selfEvaluationLockedAt?: string | null, progress: { __typename?: 'Progress', done: number, total: number, percent: number }, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, categories: Array<{ __typename?: 'FrameworkCategory', id: string, code: string, title: string, norms: Array<{ __typename?: 'Norm', id: string, code: string, title: string, description: string, guidance: string, competencies: Array<{ __typename?: 'Competency', id: string, code: string, title: string, linkPresumed: boolean }> }> }> }, selfEvaluationAnswers: Array<{ __typename?: 'SelfEvaluationAnswer', id: string, normId: string, score?: NormScore | null, goesWell: string, toImprove: string, explanation: string, updatedAt: string, updatedByName: string, revision: number }>, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean, code?: string | null, reason?: string | null }> };

export type SelfEvaluationLiveQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SelfEvaluationLiveQuery = { __typename?: 'Query', cycle: { __typename?: 'Cycle', id: string, progress: { __typename?: 'Progress', done: number, total: number, percent: number }, selfEvaluationAnswers: Array<{ __typename?: 'SelfEvaluationAnswer', id: string, normId: string, score?: NormScore | null, goesWell: string, toImprove: string, explanation: string, updatedAt: string, updatedByName: string, revision: number }> } };

export type FrameworkVersionChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type FrameworkVersionChoicesQuery = { __typename?: 'Query', frameworkVersions: Array<{ __typename?: 'FrameworkVersion', id: string, name: string, version: string, status: FrameworkStatus, illustrative: boolean }> };

export type StartCycleMutationVariables = Exact<{
  input: StartCycleInput;
}>;


export type StartCycleMutation = { __typename?: 'Mutation', startCycle: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, phaseChangedAt: string, decision?: CertificationDecision | null, decisionReason?: string | null, variant: CycleVariant, wholeOrganisation: boolean, scopeUnits: Array<string>, fte: number, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, illustrative: boolean, name: string, version: string, variantGuide?: { __typename?: 'VariantGuide', placeholder: boolean, start: string, questions: Array<{ __typename?: 'VariantGuideQuestion', key: string, text: string, help?: string | null, options: Array<{ __typename?: 'VariantGuideOption', key: string, label: string, next?: string | null, variant?: CycleVariant | null, wholeOrganisation?: boolean | null }> }> } | null }, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean, code?: string | null, reason?: string | null }>, timeline: Array<{ __typename?: 'TimelineStep', stage: CycleStage, status: StepStatus, measure: { __typename?: 'StageMeasure', key: StageMeasureKey, value: number, max: number } }>, progress: { __typename?: 'Progress', done: number, total: number, percent: number }, internalAudits: Array<{ __typename?: 'InternalAudit', id: string, status: InternalAuditStatus }>, improvementPoints: Array<{ __typename?: 'ImprovementPoint', findingId: string, normId: string, normCode: string, normTitle: string, score: NormScore, improvementPoints: string, belowMeets: boolean, covered: boolean, actionCount: number }>, improvementActions: Array<{ __typename?: 'ImprovementAction', id: string, status: ActionStatus }>, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number } } };

export type SubmitSelfEvaluationMutationVariables = Exact<{
  input: CycleCommandInput;
}>;


export type SubmitSelfEvaluationMutation = { __typename?: 'Mutation', submitSelfEvaluation: { __typename?: 'Cycle', id: string, phase: CyclePhase, phaseChangedAt: string, selfEvaluationLockedAt?: string | null, step?: CycleStep | null, decision?: CertificationDecision | null, decisionReason?: string | null, progress: { __typename?: 'Progress', done: number, total: number, percent: number }, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean, code?: string | null, reason?: string | null }>, timeline: Array<{ __typename?: 'TimelineStep', stage: CycleStage, status: StepStatus, measure: { __typename?: 'StageMeasure', key: StageMeasureKey, value: number, max: number } }>, internalAudits: Array<{ __typename?: 'InternalAudit', id: string, status: InternalAuditStatus }>, improvementPoints: Array<{ __typename?: 'ImprovementPoint', findingId: string, normId: string, normCode: string, normTitle: string, score: NormScore, improvementPoints: string, belowMeets: boolean, covered: boolean, actionCount: number }>, improvementActions: Array<{ __typename?: 'ImprovementAction', id: string, status: ActionStatus }>, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number } } };

export type SaveSelfEvaluationAnswerMutationVariables = Exact<{
  input: SaveSelfEvaluationAnswerInput;
}>;


export type SaveSelfEvaluationAnswerMutation = { __typename?: 'Mutation', saveSelfEvaluationAnswer: { __typename?: 'SelfEvaluationAnswer', id: string, normId: string, score?: NormScore | null, goesWell: string, toImprove: string, explanation: string, updatedAt: string, updatedByName: string, revision: number } };

export type PreparationGuideFragment = { __typename?: 'FrameworkVersion', id: string, variantGuide?: { __typename?: 'VariantGuide', placeholder: boolean, start: string, questions: Array<{ __typename?: 'VariantGuideQuestion', key: string, text: string, help?: string | null, options: Array<{ __typename?: 'VariantGuideOption', key: string, label: string, next?: string | null, variant?: CycleVariant | null, wholeOrganisation?: boolean | null }> }> } | null };

export type VariantRecommendationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  answers: Array<GuideAnswerInput> | GuideAnswerInput;
}>;


export type VariantRecommendationQuery = { __typename?: 'Query', frameworkVersion: { __typename?: 'FrameworkVersion', id: string, variantRecommendation: { __typename?: 'VariantRecommendation', nextQuestion?: string | null, variant?: CycleVariant | null, wholeOrganisation?: boolean | null } } };

export type OrganisationEvidenceCycleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganisationEvidenceCycleQuery = { __typename?: 'Query', organisation: { __typename?: 'Organisation', id: string, currentCycle?: { __typename?: 'Cycle', id: string } | null } };

export type OrganisationConfirmAuditDateMutationVariables = Exact<{
  input: ConfirmAuditDateInput;
}>;


export type OrganisationConfirmAuditDateMutation = { __typename?: 'Mutation', confirmAuditDate: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, dueAt?: string | null, overdue: boolean, auditDays?: number | null, proposedAuditDates: Array<string>, confirmedAuditDate?: string | null, advice?: AuditAdvice | null, phaseChangedAt: string, decision?: CertificationDecision | null, decisionReason?: string | null, certifyingInstitution?: { __typename?: 'CertifyingInstitution', id: string, name: string } | null, reports: Array<{ __typename?: 'AuditReport', id: string, kind: ReportKind, summary: string, strengths: string, improvementPoints: string, advice?: AuditAdvice | null, issuedAt: string, reply?: string | null }>, auditFindings: Array<{ __typename?: 'AuditFinding', id: string, normId: string, normCode: string, score: NormScore, strengths: string, improvementPoints: string }>, timeline: Array<{ __typename?: 'TimelineStep', stage: CycleStage, status: StepStatus, measure: { __typename?: 'StageMeasure', key: StageMeasureKey, value: number, max: number } }>, progress: { __typename?: 'Progress', done: number, total: number, percent: number }, internalAudits: Array<{ __typename?: 'InternalAudit', id: string, status: InternalAuditStatus }>, improvementPoints: Array<{ __typename?: 'ImprovementPoint', findingId: string, normId: string, normCode: string, normTitle: string, score: NormScore, improvementPoints: string, belowMeets: boolean, covered: boolean, actionCount: number }>, improvementActions: Array<{ __typename?: 'ImprovementAction', id: string, status: ActionStatus }>, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean, code?: string | null, reason?: string | null }>, leadAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, coAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number } } };

export type OrganisationConfirmAuditProgrammeMutationVariables = Exact<{
  input: CycleCommandInput;
}>;


export type OrganisationConfirmAuditProgrammeMutation = { __typename?: 'Mutation', confirmAuditProgramme: { __typename?: 'AuditProgramme', id: string, cycleId: string, updatedAt: string, savedByName: string, revision: number, confirmedAt?: string | null, confirmedByName?: string | null, slots: Array<{ __typename?: 'AuditProgrammeSlot', day: number, startTime: string, endTime: string, group: InterviewGroup, groupLabel?: string | null, participants?: string | null, headCount?: number | null, normIds: Array<string>, auditorIds: Array<string>, norms: Array<{ __typename?: 'Norm', id: string, code: string, title: string }>, auditors: Array<{ __typename?: 'UserSummary', id: string, name: string }> }>, uncoveredNorms: Array<{ __typename?: 'Norm', id: string, code: string }> } };

export type OrganisationInstitutionChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationInstitutionChoicesQuery = { __typename?: 'Query', certifyingInstitutions: Array<{ __typename?: 'CertifyingInstitution', id: string, name: string }> };

export type OrganisationEngageInstitutionMutationVariables = Exact<{
  input: EngageCertifyingInstitutionInput;
}>;


export type OrganisationEngageInstitutionMutation = { __typename?: 'Mutation', engageCertifyingInstitution: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, dueAt?: string | null, overdue: boolean, auditDays?: number | null, proposedAuditDates: Array<string>, confirmedAuditDate?: string | null, advice?: AuditAdvice | null, phaseChangedAt: string, decision?: CertificationDecision | null, decisionReason?: string | null, certifyingInstitution?: { __typename?: 'CertifyingInstitution', id: string, name: string } | null, reports: Array<{ __typename?: 'AuditReport', id: string, kind: ReportKind, summary: string, strengths: string, improvementPoints: string, advice?: AuditAdvice | null, issuedAt: string, reply?: string | null }>, auditFindings: Array<{ __typename?: 'AuditFinding', id: string, normId: string, normCode: string, score: NormScore, strengths: string, improvementPoints: string }>, timeline: Array<{ __typename?: 'TimelineStep', stage: CycleStage, status: StepStatus, measure: { __typename?: 'StageMeasure', key: StageMeasureKey, value: number, max: number } }>, progress: { __typename?: 'Progress', done: number, total: number, percent: number }, internalAudits: Array<{ __typename?: 'InternalAudit', id: string, status: InternalAuditStatus }>, improvementPoints: Array<{ __typename?: 'ImprovementPoint', findingId: string, normId: string, normCode: string, normTitle: string, score: NormScore, improvementPoints: string, belowMeets: boolean, covered: boolean, actionCount: number }>, improvementActions: Array<{ __typename?: 'ImprovementAction', id: string, status: ActionStatus }>, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean, code?: string | null, reason?: string | null }>, leadAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, coAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number } } };

export type OrganisationExternalAuditFragment = { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, dueAt?: string | null, overdue: boolean, auditDays?: number | null, proposedAuditDates: Array<string>, confirmedAuditDate?: string | null, advice?: AuditAdvice | null, certifyingInstitution?: { __typename?: 'CertifyingInstitution', id: string, name: string } | null, reports: Array<{ __typename?: 'AuditReport', id: string, kind: ReportKind, summary: string, strengths: string, improvementPoints: string, advice?: AuditAdvice | null, issuedAt: string, reply?: string | null }>, auditFindings: Array<{ __typename?: 'AuditFinding', id: string, normId: string, normCode: string, score: NormScore, strengths: string, improvementPoints: string }>, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean, code?: string | null, reason?: string | null }>, leadAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, coAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null };

export type OrganisationExternalAuditPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganisationExternalAuditPageQuery = { __typename?: 'Query', organisation: { __typename?: 'Organisation', id: string, currentCycle?: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, dueAt?: string | null, overdue: boolean, auditDays?: number | null, proposedAuditDates: Array<string>, confirmedAuditDate?: string | null, advice?: AuditAdvice | null, certifyingInstitution?: { __typename?: 'CertifyingInstitution', id: string, name: string } | null, reports: Array<{ __typename?: 'AuditReport', id: string, kind: ReportKind, summary: string, strengths: string, improvementPoints: string, advice?: AuditAdvice | null, issuedAt: string, reply?: string | null }>, auditFindings: Array<{ __typename?: 'AuditFinding', id: string, normId: string, normCode: string, score: NormScore, strengths: string, improvementPoints: string }>, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean, code?: string | null, reason?: string | null }>, leadAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, coAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null } | null } };

export type OrganisationReplyToDraftMutationVariables = Exact<{
  input: ReplyToDraftReportInput;
}>;


export type OrganisationReplyToDraftMutation = { __typename?: 'Mutation', replyToDraftReport: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, dueAt?: string | null, overdue: boolean, auditDays?: number | null, proposedAuditDates: Array<string>, confirmedAuditDate?: string | null, advice?: AuditAdvice | null, phaseChangedAt: string, decision?: CertificationDecision | null, decisionReason?: string | null, certifyingInstitution?: { __typename?: 'CertifyingInstitution', id: string, name: string } | null, reports: Array<{ __typename?: 'AuditReport', id: string, kind: ReportKind, summary: string, strengths: string, improvementPoints: string, advice?: AuditAdvice | null, issuedAt: string, reply?: string | null }>, auditFindings: Array<{ __typename?: 'AuditFinding', id: string, normId: string, normCode: string, score: NormScore, strengths: string, improvementPoints: string }>, timeline: Array<{ __typename?: 'TimelineStep', stage: CycleStage, status: StepStatus, measure: { __typename?: 'StageMeasure', key: StageMeasureKey, value: number, max: number } }>, progress: { __typename?: 'Progress', done: number, total: number, percent: number }, internalAudits: Array<{ __typename?: 'InternalAudit', id: string, status: InternalAuditStatus }>, improvementPoints: Array<{ __typename?: 'ImprovementPoint', findingId: string, normId: string, normCode: string, normTitle: string, score: NormScore, improvementPoints: string, belowMeets: boolean, covered: boolean, actionCount: number }>, improvementActions: Array<{ __typename?: 'ImprovementAction', id: string, status: ActionStatus }>, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean, code?: string | null, reason?: string | null }>, leadAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, coAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number } } };

export type OrganisationDeleteImprovementActionMutationVariables = Exact<{
  input: DeleteImprovementActionInput;
}>;


export type OrganisationDeleteImprovementActionMutation = { __typename?: 'Mutation', deleteImprovementAction: string };

export type OrganisationUpdateImprovementActionMutationVariables = Exact<{
  input: UpdateImprovementActionInput;
}>;


export type OrganisationUpdateImprovementActionMutation = { __typename?: 'Mutation', updateImprovementAction: { __typename?: 'ImprovementAction', id: string, status: ActionStatus, progressNote: string, updatedAt: string, updatedByName: string, revision: number } };

export type OrganisationSaveImprovementActionMutationVariables = Exact<{
  input: SaveImprovementActionInput;
}>;


export type OrganisationSaveImprovementActionMutation = { __typename?: 'Mutation', saveImprovementAction: { __typename?: 'ImprovementAction', id: string, what: string, owner: string, dueDate: string, successIndicator: string, status: ActionStatus, progressNote: string, normId?: string | null, normCode?: string | null, carriedOver: boolean, updatedAt: string, updatedByName: string, revision: number } };

export type OrganisationImprovementPointFragment = { __typename?: 'ImprovementPoint', findingId: string, normId: string, normCode: string, normTitle: string, score: NormScore, improvementPoints: string, belowMeets: boolean, covered: boolean, actionCount: number };

export type OrganisationImprovementActionFragment = { __typename?: 'ImprovementAction', id: string, what: string, owner: string, dueDate: string, successIndicator: string, status: ActionStatus, progressNote: string, normId?: string | null, normCode?: string | null, carriedOver: boolean, updatedAt: string, updatedByName: string, revision: number };

export type OrganisationImprovementPlanFragment = { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, dueAt?: string | null, overdue: boolean, timeline: Array<{ __typename?: 'TimelineStep', stage: CycleStage, status: StepStatus }>, improvementPoints: Array<{ __typename?: 'ImprovementPoint', findingId: string, normId: string, normCode: string, normTitle: string, score: NormScore, improvementPoints: string, belowMeets: boolean, covered: boolean, actionCount: number }>, improvementActions: Array<{ __typename?: 'ImprovementAction', id: string, what: string, owner: string, dueDate: string, successIndicator: string, status: ActionStatus, progressNote: string, normId?: string | null, normCode?: string | null, carriedOver: boolean, updatedAt: string, updatedByName: string, revision: number }>, planReviews: Array<{ __typename?: 'ImprovementPlanReviewRecord', id: string, review: ImprovementPlanReview, comments: string, at: string }>, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number }, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean, code?: string | null, reason?: string | null }> };

export type OrganisationImprovementPlanPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganisationImprovementPlanPageQuery = { __typename?: 'Query', organisation: { __typename?: 'Organisation', id: string, currentCycle?: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, dueAt?: string | null, overdue: boolean, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, categories: Array<{ __typename?: 'FrameworkCategory', id: string, title: string, norms: Array<{ __typename?: 'Norm', id: string, code: string, title: string }> }> }, timeline: Array<{ __typename?: 'TimelineStep', stage: CycleStage, status: StepStatus }>, improvementPoints: Array<{ __typename?: 'ImprovementPoint', findingId: string, normId: string, normCode: string, normTitle: string, score: NormScore, improvementPoints: string, belowMeets: boolean, covered: boolean, actionCount: number }>, improvementActions: Array<{ __typename?: 'ImprovementAction', id: string, what: string, owner: string, dueDate: string, successIndicator: string, status: ActionStatus, progressNote: string, normId?: string | null, normCode?: string | null, carriedOver: boolean, updatedAt: string, updatedByName: string, revision: number }>, planReviews: Array<{ __typename?: 'ImprovementPlanReviewRecord', id: string, review: ImprovementPlanReview, comments: string, at: string }>, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number }, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean, code?: string | null, reason?: string | null }> } | null } };

export type OrganisationSubmitImprovementPlanMutationVariables = Exact<{
  input: CycleCommandInput;
}>;


export type OrganisationSubmitImprovementPlanMutation = { __typename?: 'Mutation', submitImprovementPlan: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, dueAt?: string | null, overdue: boolean, phaseChangedAt: string, decision?: CertificationDecision | null, decisionReason?: string | null, timeline: Array<{ __typename?: 'TimelineStep', stage: CycleStage, status: StepStatus, measure: { __typename?: 'StageMeasure', key: StageMeasureKey, value: number, max: number } }>, improvementPoints: Array<{ __typename?: 'ImprovementPoint', findingId: string, normId: string, normCode: string, normTitle: string, score: NormScore, improvementPoints: string, belowMeets: boolean, covered: boolean, actionCount: number }>, improvementActions: Array<{ __typename?: 'ImprovementAction', id: string, status: ActionStatus, what: string, owner: string, dueDate: string, successIndicator: string, progressNote: string, normId?: string | null, normCode?: string | null, carriedOver: boolean, updatedAt: string, updatedByName: string, revision: number }>, planReviews: Array<{ __typename?: 'ImprovementPlanReviewRecord', id: string, review: ImprovementPlanReview, comments: string, at: string }>, progress: { __typename?: 'Progress', done: number, total: number, percent: number }, internalAudits: Array<{ __typename?: 'InternalAudit', id: string, status: InternalAuditStatus }>, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number }, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean, code?: string | null, reason?: string | null }> } };

export type OrganisationCompleteInternalAuditMutationVariables = Exact<{
  input: CycleCommandInput;
}>;


export type OrganisationCompleteInternalAuditMutation = { __typename?: 'Mutation', completeInternalAudit: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, phaseChangedAt: string, decision?: CertificationDecision | null, decisionReason?: string | null, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean, code?: string | null, reason?: string | null }>, timeline: Array<{ __typename?: 'TimelineStep', stage: CycleStage, status: StepStatus, measure: { __typename?: 'StageMeasure', key: StageMeasureKey, value: number, max: number } }>, progress: { __typename?: 'Progress', done: number, total: number, percent: number }, internalAudits: Array<{ __typename?: 'InternalAudit', id: string, status: InternalAuditStatus }>, improvementPoints: Array<{ __typename?: 'ImprovementPoint', findingId: string, normId: string, normCode: string, normTitle: string, score: NormScore, improvementPoints: string, belowMeets: boolean, covered: boolean, actionCount: number }>, improvementActions: Array<{ __typename?: 'ImprovementAction', id: string, status: ActionStatus }>, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number } } };

export type OrganisationSetInternalAuditStatusMutationVariables = Exact<{
  input: SetInternalAuditStatusInput;
}>;


export type OrganisationSetInternalAuditStatusMutation = { __typename?: 'Mutation', setInternalAuditStatus: { __typename?: 'InternalAudit', id: string, status: InternalAuditStatus } };

export type OrganisationInternalAuditFragment = { __typename?: 'InternalAudit', id: string, unit: string, plannedDate: string, status: InternalAuditStatus, auditors: Array<{ __typename?: 'UserSummary', id: string, name: string, role: Role }>, findings: Array<{ __typename?: 'InternalAuditFinding', id: string, normId: string, normCode: string, strengths: string, improvementPoints: string, recordedByName: string, revision: number }> };

export type OrganisationInternalAuditsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganisationInternalAuditsQuery = { __typename?: 'Query', organisation: { __typename?: 'Organisation', id: string, members: Array<{ __typename?: 'UserSummary', id: string, name: string, role: Role }>, currentCycle?: { __typename?: 'Cycle', id: string, phase: CyclePhase, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, categories: Array<{ __typename?: 'FrameworkCategory', id: string, title: string, norms: Array<{ __typename?: 'Norm', id: string, code: string, title: string }> }> }, internalAudits: Array<{ __typename?: 'InternalAudit', id: string, unit: string, plannedDate: string, status: InternalAuditStatus, auditors: Array<{ __typename?: 'UserSummary', id: string, name: string, role: Role }>, findings: Array<{ __typename?: 'InternalAuditFinding', id: string, normId: string, normCode: string, strengths: string, improvementPoints: string, recordedByName: string, revision: number }> }>, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean, code?: string | null, reason?: string | null }> } | null } };

export type OrganisationRecordInternalFindingMutationVariables = Exact<{
  input: RecordInternalAuditFindingInput;
}>;


export type OrganisationRecordInternalFindingMutation = { __typename?: 'Mutation', recordInternalAuditFinding: { __typename?: 'InternalAuditFinding', id: string, normId: string, normCode: string, strengths: string, improvementPoints: string, recordedByName: string, revision: number } };

export type OrganisationPlanInternalAuditMutationVariables = Exact<{
  input: PlanInternalAuditInput;
}>;


export type OrganisationPlanInternalAuditMutation = { __typename?: 'Mutation', planInternalAudit: { __typename?: 'InternalAudit', id: string, unit: string, plannedDate: string, status: InternalAuditStatus, auditors: Array<{ __typename?: 'UserSummary', id: string, name: string, role: Role }>, findings: Array<{ __typename?: 'InternalAuditFinding', id: string, normId: string, normCode: string, strengths: string, improvementPoints: string, recordedByName: string, revision: number }> } };

export type ClimateScanQueryVariables = Exact<{ [key: string]: never; }>;


export type ClimateScanQuery = { __typename?: 'Query', climateScan?: { __typename?: 'ClimateScanForYou', round: { __typename?: 'ClimateScanRound', id: string, period: string, illustrative: boolean, questions: Array<{ __typename?: 'ClimateScanQuestion', id: string, condition: LearningCondition, textNl: string, textEn: string }> }, teams: Array<{ __typename?: 'ClimateScanTeamToAnswer', teamId: string, teamName: string, answered: boolean }> } | null };

export type AnswerClimateScanMutationVariables = Exact<{
  input: AnswerClimateScanInput;
}>;


export type AnswerClimateScanMutation = { __typename?: 'Mutation', answerClimateScan: { __typename?: 'ClimateScanForYou', round: { __typename?: 'ClimateScanRound', id: string }, teams: Array<{ __typename?: 'ClimateScanTeamToAnswer', teamId: string, answered: boolean }> } };

export type ClimateScanRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClimateScanRoundsQuery = { __typename?: 'Query', climateScanRounds: { __typename?: 'ClimateScanRoundPage', nodes: Array<{ __typename?: 'ClimateScanRound', id: string, period: string, open: boolean, illustrative: boolean, teams: Array<{ __typename?: 'ClimateScanTeam', id: string, name: string }> }> } };

export type ClimateScanResultsQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type ClimateScanResultsQuery = { __typename?: 'Query', climateScanResults: { __typename?: 'ClimateScanResults', minRespondents: number, round: { __typename?: 'ClimateScanRound', id: string, period: string, open: boolean }, teams: Array<{ __typename?: 'ClimateTeamResult', teamId: string, teamName: string, shown: boolean, respondents?: number | null, conditions: Array<{ __typename?: 'ClimateConditionResult', condition: LearningCondition, average?: number | null }>, agreement?: { __typename?: 'ClimateTeamAgreement', text: string } | null }> } };

export type OpenClimateScanRoundMutationVariables = Exact<{
  input: OpenClimateScanRoundInput;
}>;


export type OpenClimateScanRoundMutation = { __typename?: 'Mutation', openClimateScanRound: { __typename?: 'ClimateScanRound', id: string } };

export type CloseClimateScanRoundMutationVariables = Exact<{
  input: CloseClimateScanRoundInput;
}>;


export type CloseClimateScanRoundMutation = { __typename?: 'Mutation', closeClimateScanRound: { __typename?: 'ClimateScanRound', id: string, open: boolean } };

export type RecordTeamClimateAgreementMutationVariables = Exact<{
  input: RecordTeamClimateAgreementInput;
}>;


export type RecordTeamClimateAgreementMutation = { __typename?: 'Mutation', recordTeamClimateAgreement: { __typename?: 'ClimateTeamAgreement', id: string, teamId: string, text: string } };

export type ClimateQuestionSetFieldsFragment = { __typename?: 'ClimateScanQuestionSet', id: string, version: number, illustrative: boolean, createdAt: string, questions: Array<{ __typename?: 'ClimateScanQuestion', id: string, condition: LearningCondition, textNl: string, textEn: string }> };

export type ClimateScanQuestionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClimateScanQuestionsQuery = { __typename?: 'Query', climateScanQuestions: { __typename?: 'ClimateScanQuestionSet', id: string, version: number, illustrative: boolean, createdAt: string, questions: Array<{ __typename?: 'ClimateScanQuestion', id: string, condition: LearningCondition, textNl: string, textEn: string }> } };

export type SaveClimateScanQuestionsMutationVariables = Exact<{
  input: SaveClimateScanQuestionsInput;
}>;


export type SaveClimateScanQuestionsMutation = { __typename?: 'Mutation', saveClimateScanQuestions: { __typename?: 'ClimateScanQuestionSet', id: string, version: number, illustrative: boolean, createdAt: string, questions: Array<{ __typename?: 'ClimateScanQuestion', id: string, condition: LearningCondition, textNl: string, textEn: string }> } };

export type OrganisationPeopleQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type OrganisationPeopleQuery = { __typename?: 'Query', organisation: { __typename?: 'Organisation', id: string, members: Array<{ __typename?: 'UserSummary', id: string, name: string, role: Role }> } };

export type LearningSettingsScreenQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type LearningSettingsScreenQuery = { __typename?: 'Query', learningSettingsHistory: { __typename?: 'LearningSettingsPage', totalCount: number, nodes: Array<{ __typename?: 'LearningSettings', id: string, createdAt: string, normPercent: number, minContributors: number, scanMonths: Array<number>, scanOpenDays: number, farUnderNormPercent: number, retentionMonths: number }> }, learningBudgets: { __typename?: 'LearningBudgetPage', totalCount: number, nodes: Array<{ __typename?: 'LearningBudget', id: string, createdAt: string, year: number, hours: number, teamId?: string | null, personId?: string | null }> }, contractHours: { __typename?: 'ContractHoursPage', totalCount: number, nodes: Array<{ __typename?: 'ContractHours', id: string, createdAt: string, personId: string, hoursPerWeek: number }> }, teams: Array<{ __typename?: 'Team', id: string, name: string }> };

export type SetLearningSettingsMutationVariables = Exact<{
  input: SetLearningSettingsInput;
}>;


export type SetLearningSettingsMutation = { __typename?: 'Mutation', updateLearningSettings: { __typename?: 'LearningSettings', id: string, normPercent: number, minContributors: number } };

export type LearningYearQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type LearningYearQuery = { __typename?: 'Query', learningYear: { __typename?: 'LearningYear', year: number, status: LearningYearStatus, report?: { __typename?: 'LearningYearReport', id: string, createdAt: string, normPercent: number, minContributors: number, sessions: number, teams: Array<{ __typename?: 'LearningYearReportTeam', teamId: string, teamName: string, shown: boolean, usedHours?: number | null, offeredHours?: number | null, metNorm?: boolean | null }>, themes: Array<{ __typename?: 'LearningYearReportTheme', title: string, interestCount: number }>, scanRounds: Array<{ __typename?: 'LearningYearReportScanRound', roundId: string, period: string, teams: Array<{ __typename?: 'LearningYearReportScanTeam', teamName: string, shown: boolean, averages: Array<{ __typename?: 'LearningYearReportAverage', condition: LearningCondition, average?: number | null }> }> }> } | null } };

export type StartLearningYearMutationVariables = Exact<{
  input: StartLearningYearInput;
}>;


export type StartLearningYearMutation = { __typename?: 'Mutation', startLearningYear: { __typename?: 'LearningYear', year: number, status: LearningYearStatus } };

export type SetLearningBudgetMutationVariables = Exact<{
  input: SetLearningBudgetInput;
}>;


export type SetLearningBudgetMutation = { __typename?: 'Mutation', setLearningBudget: { __typename?: 'LearningBudget', id: string } };

export type SetContractHoursMutationVariables = Exact<{
  input: SetContractHoursInput;
}>;


export type SetContractHoursMutation = { __typename?: 'Mutation', setContractHours: { __typename?: 'ContractHours', id: string } };

export type TeamsScreenQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsScreenQuery = { __typename?: 'Query', teams: Array<{ __typename?: 'Team', id: string, name: string, archivedAt?: string | null, members: Array<{ __typename?: 'TeamPerson', id: string, name: string }> }> };

export type SaveTeamMutationVariables = Exact<{
  input: SaveTeamInput;
}>;


export type SaveTeamMutation = { __typename?: 'Mutation', saveTeam: { __typename?: 'Team', id: string, name: string, members: Array<{ __typename?: 'TeamPerson', id: string, name: string }> } };

export type ArchiveTeamMutationVariables = Exact<{
  input: ArchiveTeamInput;
}>;


export type ArchiveTeamMutation = { __typename?: 'Mutation', archiveTeam: { __typename?: 'Team', id: string, archivedAt?: string | null } };

export type InvitePersonMutationVariables = Exact<{
  input: InvitePersonInput;
}>;


export type InvitePersonMutation = { __typename?: 'Mutation', invitePerson: { __typename?: 'AccountInvitation', id: string, link?: string | null, mailed: boolean, expiresAt: string, person: { __typename?: 'UserSummary', id: string, name: string, role: Role } } };

export type PendingInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingInvitationsQuery = { __typename?: 'Query', pendingInvitations: { __typename?: 'AccountInvitationPage', totalCount: number, nodes: Array<{ __typename?: 'AccountInvitation', id: string, createdAt: string, expiresAt: string, person: { __typename?: 'UserSummary', id: string, name: string, role: Role } }> } };

export type LearningDashboardFieldsFragment = { __typename?: 'LearningDashboard', organisationName: string, year: number, minContributors: number, teamsNotShown: number, teams: Array<{ __typename?: 'LearningOverview', teamId: string, teamName: string, normPercent: number, months: Array<{ __typename?: 'LearningMonth', month: string, shown: boolean, offeredHours?: number | null, usedHours?: number | null, contributors?: number | null }> }>, climateScans: Array<{ __typename?: 'LearningYearReportScanRound', roundId: string, period: string, teams: Array<{ __typename?: 'LearningYearReportScanTeam', teamName: string, shown: boolean, averages: Array<{ __typename?: 'LearningYearReportAverage', condition: LearningCondition, average?: number | null }> }> }>, yearReport?: { __typename?: 'LearningYearReport', id: string, year: number, normPercent: number, sessions: number, teams: Array<{ __typename?: 'LearningYearReportTeam', teamId: string, teamName: string, shown: boolean, usedHours?: number | null, offeredHours?: number | null, metNorm?: boolean | null }>, themes: Array<{ __typename?: 'LearningYearReportTheme', title: string, interestCount: number }> } | null };

export type CycleLearningDashboardQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type CycleLearningDashboardQuery = { __typename?: 'Query', cycleLearningDashboard: { __typename?: 'LearningDashboard', organisationName: string, year: number, minContributors: number, teamsNotShown: number, teams: Array<{ __typename?: 'LearningOverview', teamId: string, teamName: string, normPercent: number, months: Array<{ __typename?: 'LearningMonth', month: string, shown: boolean, offeredHours?: number | null, usedHours?: number | null, contributors?: number | null }> }>, climateScans: Array<{ __typename?: 'LearningYearReportScanRound', roundId: string, period: string, teams: Array<{ __typename?: 'LearningYearReportScanTeam', teamName: string, shown: boolean, averages: Array<{ __typename?: 'LearningYearReportAverage', condition: LearningCondition, average?: number | null }> }> }>, yearReport?: { __typename?: 'LearningYearReport', id: string, year: number, normPercent: number, sessions: number, teams: Array<{ __typename?: 'LearningYearReportTeam', teamId: string, teamName: string, shown: boolean, usedHours?: number | null, offeredHours?: number | null, metNorm?: boolean | null }>, themes: Array<{ __typename?: 'LearningYearReportTheme', title: string, interestCount: number }> } | null } };

export type PeerVisitLearningDashboardQueryVariables = Exact<{
  peerVisitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type PeerVisitLearningDashboardQuery = { __typename?: 'Query', peerVisitLearningDashboard: { __typename?: 'LearningDashboard', organisationName: string, year: number, minContributors: number, teamsNotShown: number, teams: Array<{ __typename?: 'LearningOverview', teamId: string, teamName: string, normPercent: number, months: Array<{ __typename?: 'LearningMonth', month: string, shown: boolean, offeredHours?: number | null, usedHours?: number | null, contributors?: number | null }> }>, climateScans: Array<{ __typename?: 'LearningYearReportScanRound', roundId: string, period: string, teams: Array<{ __typename?: 'LearningYearReportScanTeam', teamName: string, shown: boolean, averages: Array<{ __typename?: 'LearningYearReportAverage', condition: LearningCondition, average?: number | null }> }> }>, yearReport?: { __typename?: 'LearningYearReport', id: string, year: number, normPercent: number, sessions: number, teams: Array<{ __typename?: 'LearningYearReportTeam', teamId: string, teamName: string, shown: boolean, usedHours?: number | null, offeredHours?: number | null, metNorm?: boolean | null }>, themes: Array<{ __typename?: 'LearningYearReportTheme', title: string, interestCount: number }> } | null } };

export type LearningEvidenceQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type LearningEvidenceQuery = { __typename?: 'Query', learningEvidence: Array<{ __typename?: 'LearningEvidenceLink', id: string, normId: string, learningYearReport?: { __typename?: 'LearningYearReport', id: string, year: number } | null, climateScan?: { __typename?: 'LearningYearReportScanRound', roundId: string, period: string } | null }> };

export type LearningEvidenceChoicesQueryVariables = Exact<{
  y0: Scalars['Int']['input'];
  y1: Scalars['Int']['input'];
  y2: Scalars['Int']['input'];
}>;


export type LearningEvidenceChoicesQuery = { __typename?: 'Query', r0?: { __typename?: 'LearningYearReport', id: string, year: number } | null, r1?: { __typename?: 'LearningYearReport', id: string, year: number } | null, r2?: { __typename?: 'LearningYearReport', id: string, year: number } | null, climateScanRounds: { __typename?: 'ClimateScanRoundPage', nodes: Array<{ __typename?: 'ClimateScanRound', id: string, period: string, open: boolean }> } };

export type LinkLearningEvidenceMutationVariables = Exact<{
  input: LinkLearningEvidenceInput;
}>;


export type LinkLearningEvidenceMutation = { __typename?: 'Mutation', linkLearningEvidence: { __typename?: 'LearningEvidenceLink', id: string, normId: string } };

export type UnlinkLearningEvidenceMutationVariables = Exact<{
  input: UnlinkLearningEvidenceInput;
}>;


export type UnlinkLearningEvidenceMutation = { __typename?: 'Mutation', unlinkLearningEvidence: string };

export type MyLearningTimeQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyLearningTimeQuery = { __typename?: 'Query', learningTime: { __typename?: 'LearningEntryPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'LearningEntry', id: string, date: string, hours: number, kind: LearningKind, theme: string }> } };

export type RegisterLearningTimeMutationVariables = Exact<{
  input: RegisterLearningTimeInput;
}>;


export type RegisterLearningTimeMutation = { __typename?: 'Mutation', registerLearningTime: { __typename?: 'LearningEntry', id: string } };

export type DeleteLearningTimeMutationVariables = Exact<{
  input: DeleteLearningTimeInput;
}>;


export type DeleteLearningTimeMutation = { __typename?: 'Mutation', deleteLearningTime: string };

export type LearningTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type LearningTeamsQuery = { __typename?: 'Query', teams: Array<{ __typename?: 'Team', id: string, name: string }> };

export type LearningOverviewQueryVariables = Exact<{
  teamId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type LearningOverviewQuery = { __typename?: 'Query', learningOverview: { __typename?: 'LearningOverview', teamId: string, teamName: string, year: number, normPercent: number, minContributors: number, budgetHours?: number | null, months: Array<{ __typename?: 'LearningMonth', month: string, shown: boolean, offeredHours?: number | null, usedHours?: number | null, contributors?: number | null, note?: string | null }> } };

export type SaveLearningContextNoteMutationVariables = Exact<{
  input: SaveLearningContextNoteInput;
}>;


export type SaveLearningContextNoteMutation = { __typename?: 'Mutation', saveLearningContextNote: { __typename?: 'LearningContextNote', id: string, month: string, text: string } };

export type LearningGoalFieldsFragment = { __typename?: 'LearningGoal', id: string, title: string, description: string, status: LearningGoalStatus, sharedWithTeamLead: boolean, mine: boolean, updatedAt: string, owner: { __typename?: 'TeamPerson', id: string, name: string }, competencies: Array<{ __typename?: 'Competency', id: string, code: string, title: string }>, steps: Array<{ __typename?: 'LearningGoalStep', text: string, done: boolean }>, reflections: Array<{ __typename?: 'LearningGoalReflection', date: string, text: string }> };

export type LearningGoalsQueryVariables = Exact<{ [key: string]: never; }>;


export type LearningGoalsQuery = { __typename?: 'Query', learningGoals: Array<{ __typename?: 'LearningGoal', id: string, title: string, description: string, status: LearningGoalStatus, sharedWithTeamLead: boolean, mine: boolean, updatedAt: string, owner: { __typename?: 'TeamPerson', id: string, name: string }, competencies: Array<{ __typename?: 'Competency', id: string, code: string, title: string }>, steps: Array<{ __typename?: 'LearningGoalStep', text: string, done: boolean }>, reflections: Array<{ __typename?: 'LearningGoalReflection', date: string, text: string }> }> };

export type GoalCompetenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type GoalCompetenciesQuery = { __typename?: 'Query', frameworkVersions: Array<{ __typename?: 'FrameworkVersion', id: string, name: string, competencies: Array<{ __typename?: 'Competency', id: string, code: string, title: string }> }> };

export type SaveLearningGoalMutationVariables = Exact<{
  input: SaveLearningGoalInput;
}>;


export type SaveLearningGoalMutation = { __typename?: 'Mutation', saveLearningGoal: { __typename?: 'LearningGoal', id: string, title: string, description: string, status: LearningGoalStatus, sharedWithTeamLead: boolean, mine: boolean, updatedAt: string, owner: { __typename?: 'TeamPerson', id: string, name: string }, competencies: Array<{ __typename?: 'Competency', id: string, code: string, title: string }>, steps: Array<{ __typename?: 'LearningGoalStep', text: string, done: boolean }>, reflections: Array<{ __typename?: 'LearningGoalReflection', date: string, text: string }> } };

export type DeleteLearningGoalMutationVariables = Exact<{
  input: DeleteLearningGoalInput;
}>;


export type DeleteLearningGoalMutation = { __typename?: 'Mutation', deleteLearningGoal: string };

export type ExportMyLearningDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportMyLearningDataQuery = { __typename?: 'Query', exportMyLearningData: { __typename?: 'MyLearningData', exportedAt: string, json: string, entriesCsv: string, goalsCsv: string } };

export type DeleteMyLearningDataMutationVariables = Exact<{
  input: DeleteMyLearningDataInput;
}>;


export type DeleteMyLearningDataMutation = { __typename?: 'Mutation', deleteMyLearningData: { __typename?: 'LearningDataDeleted', entries: number, goals: number } };

export type LearningThemesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type LearningThemesQuery = { __typename?: 'Query', learningThemes: { __typename?: 'LearningThemePage', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'LearningTheme', id: string, title: string, description: string, interestCount: number, viewerInterested: boolean, mine: boolean, status: LearningThemeStatus, proposedBy?: { __typename?: 'TeamPerson', id: string, name: string } | null }> } };

export type ProposeLearningThemeMutationVariables = Exact<{
  input: ProposeLearningThemeInput;
}>;


export type ProposeLearningThemeMutation = { __typename?: 'Mutation', proposeLearningTheme: { __typename?: 'LearningTheme', id: string } };

export type ShowInterestMutationVariables = Exact<{
  input: ShowInterestInput;
}>;


export type ShowInterestMutation = { __typename?: 'Mutation', showInterest: { __typename?: 'LearningTheme', id: string, interestCount: number, viewerInterested: boolean } };

export type SessionParticipantFieldsFragment = { __typename?: 'LearningSession', participants: Array<{ __typename?: 'LearningSessionParticipantView', attended: boolean, person: { __typename?: 'TeamPerson', id: string, name: string } }> };

export type LearningSessionsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type LearningSessionsQuery = { __typename?: 'Query', learningSessions: { __typename?: 'LearningSessionPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'LearningSession', id: string, title: string, kind: LearningSessionKind, date: string, hours: number, attendanceRecordedAt?: string | null, participantCount: number, viewerAttended?: boolean | null, theme?: { __typename?: 'LearningTheme', id: string, title: string } | null, team?: { __typename?: 'Team', id: string, name: string } | null, participants: Array<{ __typename?: 'LearningSessionParticipantView', attended: boolean, person: { __typename?: 'TeamPerson', id: string, name: string } }> }> } };

export type PlanLearningSessionMutationVariables = Exact<{
  input: PlanLearningSessionInput;
}>;


export type PlanLearningSessionMutation = { __typename?: 'Mutation', planLearningSession: { __typename?: 'LearningSession', id: string } };

export type RecordLearningSessionAttendanceMutationVariables = Exact<{
  input: RecordLearningSessionAttendanceInput;
}>;


export type RecordLearningSessionAttendanceMutation = { __typename?: 'Mutation', recordLearningSessionAttendance: { __typename?: 'LearningSession', id: string, attendanceRecordedAt?: string | null, participants: Array<{ __typename?: 'LearningSessionParticipantView', attended: boolean, person: { __typename?: 'TeamPerson', id: string, name: string } }> } };

export type SessionPlanningTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionPlanningTeamsQuery = { __typename?: 'Query', teams: Array<{ __typename?: 'Team', id: string, name: string }> };

export type PersonalTasksNavQueryVariables = Exact<{ [key: string]: never; }>;


export type PersonalTasksNavQuery = { __typename?: 'Query', myRespondentTasks: Array<{ __typename?: 'RespondentTask', open: boolean, invitation: { __typename?: 'RespondentInvitation', id: string, submittedAt?: string | null } }>, myPeerVisits: Array<{ __typename?: 'PeerVisit', id: string }> };

export type OrganisationOverviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganisationOverviewQuery = { __typename?: 'Query', organisation: { __typename?: 'Organisation', id: string, name: string, place: string, fte: number, certificate?: { __typename?: 'Certificate', id: string, number: string, status: CertificateStatus, validFrom: string, validUntil: string, variant: CycleVariant, wholeOrganisation: boolean, scopeUnits: Array<string> } | null, currentCycle?: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, phaseChangedAt: string, decision?: CertificationDecision | null, decisionReason?: string | null, variant: CycleVariant, wholeOrganisation: boolean, scopeUnits: Array<string>, fte: number, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, illustrative: boolean, name: string, version: string, variantGuide?: { __typename?: 'VariantGuide', placeholder: boolean, start: string, questions: Array<{ __typename?: 'VariantGuideQuestion', key: string, text: string, help?: string | null, options: Array<{ __typename?: 'VariantGuideOption', key: string, label: string, next?: string | null, variant?: CycleVariant | null, wholeOrganisation?: boolean | null }> }> } | null }, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean, code?: string | null, reason?: string | null }>, timeline: Array<{ __typename?: 'TimelineStep', stage: CycleStage, status: StepStatus, measure: { __typename?: 'StageMeasure', key: StageMeasureKey, value: number, max: number } }>, progress: { __typename?: 'Progress', done: number, total: number, percent: number }, internalAudits: Array<{ __typename?: 'InternalAudit', id: string, status: InternalAuditStatus }>, improvementPoints: Array<{ __typename?: 'ImprovementPoint', findingId: string, normId: string, normCode: string, normTitle: string, score: NormScore, improvementPoints: string, belowMeets: boolean, covered: boolean, actionCount: number }>, improvementActions: Array<{ __typename?: 'ImprovementAction', id: string, status: ActionStatus }>, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number } } | null } };

export type OrgPeerAuditorsQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrgPeerAuditorsQuery = { __typename?: 'Query', organisation: { __typename?: 'Organisation', id: string, members: Array<{ __typename?: 'UserSummary', id: string, name: string }> }, peerAuditors: { __typename?: 'PeerAuditorPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'PeerAuditor', id: string, personId: string, name: string, trainedOn?: string | null, trainingProvider: string, trainingValidUntil?: string | null, trainingStatus: TrainingStatus }> } };

export type OrgNominatePeerAuditorMutationVariables = Exact<{
  input: NominatePeerAuditorInput;
}>;


export type OrgNominatePeerAuditorMutation = { __typename?: 'Mutation', nominatePeerAuditor: { __typename?: 'PeerAuditor', id: string } };

export type OrgRecordPeerAuditorTrainingMutationVariables = Exact<{
  input: RecordPeerAuditorTrainingInput;
}>;


export type OrgRecordPeerAuditorTrainingMutation = { __typename?: 'Mutation', recordPeerAuditorTraining: { __typename?: 'PeerAuditor', id: string, trainedOn?: string | null, trainingProvider: string, trainingValidUntil?: string | null, trainingStatus: TrainingStatus } };

export type OrgLearningReportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrgLearningReportQuery = { __typename?: 'Query', learningReport: { __typename?: 'LearningReport', peerVisitId: string, status: LearningReportStatus, summary?: string | null, issuedByName?: string | null, reply?: string | null, repliedByName?: string | null, sharedAt?: string | null, visit: { __typename?: 'PeerVisit', id: string, date: string, visitedOrganisationId: string, visitedOrganisationName: string }, findings: Array<{ __typename?: 'PeerFinding', id: string, normId: string, normCode: string, normTitle: string, goesWell: string, intention: string, learningPoints: string, revision: number }> } };

export type ReplyToLearningReportMutationVariables = Exact<{
  input: ReplyToLearningReportInput;
}>;


export type ReplyToLearningReportMutation = { __typename?: 'Mutation', replyToLearningReport: { __typename?: 'LearningReport', peerVisitId: string, status: LearningReportStatus, summary?: string | null, issuedByName?: string | null, reply?: string | null, repliedByName?: string | null, sharedAt?: string | null, findings: Array<{ __typename?: 'PeerFinding', id: string, normId: string, normCode: string, normTitle: string, goesWell: string, intention: string, learningPoints: string, revision: number }> } };

export type ShareLearningReportMutationVariables = Exact<{
  input: LearningReportCommandInput;
}>;


export type ShareLearningReportMutation = { __typename?: 'Mutation', shareLearningReport: { __typename?: 'LearningReport', peerVisitId: string, status: LearningReportStatus, summary?: string | null, issuedByName?: string | null, reply?: string | null, repliedByName?: string | null, sharedAt?: string | null, findings: Array<{ __typename?: 'PeerFinding', id: string, normId: string, normCode: string, normTitle: string, goesWell: string, intention: string, learningPoints: string, revision: number }> } };

export type LearningReportFieldsFragment = { __typename?: 'LearningReport', peerVisitId: string, status: LearningReportStatus, summary?: string | null, issuedByName?: string | null, reply?: string | null, repliedByName?: string | null, sharedAt?: string | null, findings: Array<{ __typename?: 'PeerFinding', id: string, normId: string, normCode: string, normTitle: string, goesWell: string, intention: string, learningPoints: string, revision: number }> };

export type MyPeerVisitsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPeerVisitsQuery = { __typename?: 'Query', myPeerVisits: Array<{ __typename?: 'PeerVisit', id: string, date: string, status: PeerVisitStatus, visitedOrganisationName: string, learningReportStatus: LearningReportStatus, auditors: Array<{ __typename?: 'PeerAuditor', id: string, personId: string, name: string, organisationName: string }> }> };

export type RecordPeerFindingMutationVariables = Exact<{
  input: RecordPeerFindingInput;
}>;


export type RecordPeerFindingMutation = { __typename?: 'Mutation', recordPeerFinding: { __typename?: 'PeerFinding', id: string, normId: string, goesWell: string, intention: string, learningPoints: string, revision: number } };

export type OrgPeerReviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgPeerReviewQuery = { __typename?: 'Query', peerReviewSignUps: { __typename?: 'PeerReviewSignUpPage', nodes: Array<{ __typename?: 'PeerReviewSignUp', id: string, status: SignUpStatus, periodFrom: string, periodUntil: string, region: string, fte: number, partnersKnown: boolean }> }, peerGroups: { __typename?: 'PeerGroupPage', nodes: Array<{ __typename?: 'PeerGroup', id: string, status: PeerGroupStatus, members: Array<{ __typename?: 'PeerGroupMemberView', organisationId: string, organisationName: string, place: string, fte: number }>, visits: Array<{ __typename?: 'PeerVisit', id: string, date: string, status: PeerVisitStatus, visitedOrganisationId: string, visitedOrganisationName: string, learningReportStatus: LearningReportStatus, learningReportShared: boolean, auditors: Array<{ __typename?: 'PeerAuditor', id: string, name: string, organisationName: string }> }>, peerAuditors: Array<{ __typename?: 'PeerAuditor', id: string, name: string, organisationId: string, organisationName: string, trainingStatus: TrainingStatus }> }> } };

export type OrgSignUpForPeerReviewMutationVariables = Exact<{
  input: SignUpForPeerReviewInput;
}>;


export type OrgSignUpForPeerReviewMutation = { __typename?: 'Mutation', signUpForPeerReview: { __typename?: 'PeerReviewSignUp', id: string, status: SignUpStatus } };

export type PeerVisitFindingsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PeerVisitFindingsQuery = { __typename?: 'Query', myPeerVisits: Array<{ __typename?: 'PeerVisit', id: string, date: string, status: PeerVisitStatus, visitedOrganisationName: string }>, learningReport: { __typename?: 'LearningReport', peerVisitId: string, status: LearningReportStatus, summary?: string | null, issuedByName?: string | null, reply?: string | null, repliedByName?: string | null, sharedAt?: string | null, findings: Array<{ __typename?: 'PeerFinding', id: string, normId: string, normCode: string, normTitle: string, goesWell: string, intention: string, learningPoints: string, revision: number }> } };

export type PeerVisitSelfEvaluationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PeerVisitSelfEvaluationQuery = { __typename?: 'Query', peerVisitSelfEvaluation: { __typename?: 'PeerVisitSelfEvaluation', peerVisitId: string, norms: Array<{ __typename?: 'Norm', id: string, code: string, title: string }>, answers: Array<{ __typename?: 'SelfEvaluationAnswer', id: string, normId: string, goesWell: string, explanation: string, toImprove: string }>, evidenceLinks: Array<{ __typename?: 'EvidenceLink', id: string, normCode?: string | null, evidence: { __typename?: 'Evidence', id: string, name: string, downloadUrl: string } }> } };

export type IssueLearningReportMutationVariables = Exact<{
  input: IssueLearningReportInput;
}>;


export type IssueLearningReportMutation = { __typename?: 'Mutation', issueLearningReport: { __typename?: 'LearningReport', peerVisitId: string, status: LearningReportStatus, summary?: string | null, issuedByName?: string | null, reply?: string | null, repliedByName?: string | null, sharedAt?: string | null, findings: Array<{ __typename?: 'PeerFinding', id: string, normId: string, normCode: string, normTitle: string, goesWell: string, intention: string, learningPoints: string, revision: number }> } };

export type FinaliseLearningReportMutationVariables = Exact<{
  input: LearningReportCommandInput;
}>;


export type FinaliseLearningReportMutation = { __typename?: 'Mutation', finaliseLearningReport: { __typename?: 'LearningReport', peerVisitId: string, status: LearningReportStatus, summary?: string | null, issuedByName?: string | null, reply?: string | null, repliedByName?: string | null, sharedAt?: string | null, findings: Array<{ __typename?: 'PeerFinding', id: string, normId: string, normCode: string, normTitle: string, goesWell: string, intention: string, learningPoints: string, revision: number }> } };

export type OrgPlanPeerVisitMutationVariables = Exact<{
  input: PlanPeerVisitInput;
}>;


export type OrgPlanPeerVisitMutation = { __typename?: 'Mutation', planPeerVisit: { __typename?: 'PeerVisit', id: string, status: PeerVisitStatus } };

export type OrgReplanPeerVisitMutationVariables = Exact<{
  input: ReplanPeerVisitInput;
}>;


export type OrgReplanPeerVisitMutation = { __typename?: 'Mutation', replanPeerVisit: { __typename?: 'PeerVisit', id: string, date: string, status: PeerVisitStatus } };

export type OrgConfirmPeerVisitMutationVariables = Exact<{
  input: ConfirmPeerVisitInput;
}>;


export type OrgConfirmPeerVisitMutation = { __typename?: 'Mutation', confirmPeerVisit: { __typename?: 'PeerVisit', id: string, status: PeerVisitStatus } };

export type OrgProposePeerGroupMutationVariables = Exact<{
  input: ProposePeerGroupInput;
}>;


export type OrgProposePeerGroupMutation = { __typename?: 'Mutation', proposePeerGroup: { __typename?: 'PeerGroup', id: string, status: PeerGroupStatus } };

export type InviteRespondentsMutationVariables = Exact<{
  input: InviteRespondentsInput;
}>;


export type InviteRespondentsMutation = { __typename?: 'Mutation', inviteRespondents: Array<{ __typename?: 'RespondentInvitation', id: string, cycleId: string, layer: RespondentLayer, categoryCodes: Array<string>, dueDate: string, submittedAt?: string | null, answeredCount: number, normCount: number, respondent: { __typename?: 'UserSummary', id: string, name: string } }> };

export type RespondentInvitationFieldsFragment = { __typename?: 'RespondentInvitation', id: string, cycleId: string, layer: RespondentLayer, categoryCodes: Array<string>, dueDate: string, submittedAt?: string | null, answeredCount: number, normCount: number, respondent: { __typename?: 'UserSummary', id: string, name: string } };

export type LayerSpreadFieldsFragment = { __typename?: 'LayerSpread', layers: Array<RespondentLayer>, pooled: boolean, answerCount: number, meets: number, partlyMeets: number, doesNotMeet: number, notApplicable: number };

export type RespondentTextFieldsFragment = { __typename?: 'RespondentText', answerId: string, layer: RespondentLayer, respondentName: string, text: string };

export type NormSpreadFieldsFragment = { __typename?: 'NormSpread', normId: string, layersDiffer: boolean, total: { __typename?: 'LayerSpread', layers: Array<RespondentLayer>, pooled: boolean, answerCount: number, meets: number, partlyMeets: number, doesNotMeet: number, notApplicable: number }, groups: Array<{ __typename?: 'LayerSpread', layers: Array<RespondentLayer>, pooled: boolean, answerCount: number, meets: number, partlyMeets: number, doesNotMeet: number, notApplicable: number }>, goesWell: Array<{ __typename?: 'RespondentText', answerId: string, layer: RespondentLayer, respondentName: string, text: string }>, toImprove: Array<{ __typename?: 'RespondentText', answerId: string, layer: RespondentLayer, respondentName: string, text: string }> };

export type SelfEvaluationSpreadQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type SelfEvaluationSpreadQuery = { __typename?: 'Query', selfEvaluationSpread: { __typename?: 'SelfEvaluationSpread', cycleId: string, invitedCount: number, submittedCount: number, norms: Array<{ __typename?: 'NormSpread', normId: string, layersDiffer: boolean, total: { __typename?: 'LayerSpread', layers: Array<RespondentLayer>, pooled: boolean, answerCount: number, meets: number, partlyMeets: number, doesNotMeet: number, notApplicable: number }, groups: Array<{ __typename?: 'LayerSpread', layers: Array<RespondentLayer>, pooled: boolean, answerCount: number, meets: number, partlyMeets: number, doesNotMeet: number, notApplicable: number }>, goesWell: Array<{ __typename?: 'RespondentText', answerId: string, layer: RespondentLayer, respondentName: string, text: string }>, toImprove: Array<{ __typename?: 'RespondentText', answerId: string, layer: RespondentLayer, respondentName: string, text: string }> }> } };

export type MyRespondentTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRespondentTasksQuery = { __typename?: 'Query', myRespondentTasks: Array<{ __typename?: 'RespondentTask', organisationName: string, cycleId: string, open: boolean, invitation: { __typename?: 'RespondentInvitation', id: string, cycleId: string, layer: RespondentLayer, categoryCodes: Array<string>, dueDate: string, submittedAt?: string | null, answeredCount: number, normCount: number, respondent: { __typename?: 'UserSummary', id: string, name: string } }, norms: Array<{ __typename?: 'Norm', id: string, code: string, title: string, description: string, guidance: string, competencies: Array<{ __typename?: 'Competency', id: string, code: string, title: string, linkPresumed: boolean }> }>, answers: Array<{ __typename?: 'RespondentAnswer', id: string, invitationId: string, normId: string, goesWell: string, toImprove: string, score?: NormScore | null, revision: number, updatedAt: string }> }> };

export type SubmitRespondentAnswersMutationVariables = Exact<{
  input: SubmitRespondentAnswersInput;
}>;


export type SubmitRespondentAnswersMutation = { __typename?: 'Mutation', submitRespondentAnswers: { __typename?: 'RespondentInvitation', id: string, cycleId: string, layer: RespondentLayer, categoryCodes: Array<string>, dueDate: string, submittedAt?: string | null, answeredCount: number, normCount: number, respondent: { __typename?: 'UserSummary', id: string, name: string } } };

export type RespondentsPanelQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  cycleId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RespondentsPanelQuery = { __typename?: 'Query', organisation: { __typename?: 'Organisation', id: string, members: Array<{ __typename?: 'UserSummary', id: string, name: string, role: Role }> }, respondentInvitations: { __typename?: 'RespondentInvitationPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'RespondentInvitation', id: string, cycleId: string, layer: RespondentLayer, categoryCodes: Array<string>, dueDate: string, submittedAt?: string | null, answeredCount: number, normCount: number, respondent: { __typename?: 'UserSummary', id: string, name: string } }> } };

export type RespondentAnswerFieldsFragment = { __typename?: 'RespondentAnswer', id: string, invitationId: string, normId: string, goesWell: string, toImprove: string, score?: NormScore | null, revision: number, updatedAt: string };

export type SaveRespondentAnswerMutationVariables = Exact<{
  input: SaveRespondentAnswerInput;
}>;


export type SaveRespondentAnswerMutation = { __typename?: 'Mutation', saveRespondentAnswer: { __typename?: 'RespondentAnswer', id: string, invitationId: string, normId: string, goesWell: string, toImprove: string, score?: NormScore | null, revision: number, updatedAt: string } };

export type OrganisationSelfEvaluationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganisationSelfEvaluationQuery = { __typename?: 'Query', organisation: { __typename?: 'Organisation', id: string, currentCycle?: { __typename?: 'Cycle', id: string, phase: CyclePhase, selfEvaluationLockedAt?: string | null, progress: { __typename?: 'Progress', done: number, total: number, percent: number }, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, categories: Array<{ __typename?: 'FrameworkCategory', id: string, code: string, title: string, norms: Array<{ __typename?: 'Norm', id: string, code: string, title: string, description: string, guidance: string, competencies: Array<{ __typename?: 'Competency', id: string, code: string, title: string, linkPresumed: boolean }> }> }> }, selfEvaluationAnswers: Array<{ __typename?: 'SelfEvaluationAnswer', id: string, normId: string, score?: NormScore | null, goesWell: string, toImprove: string, explanation: string, updatedAt: string, updatedByName: string, revision: number }>, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean, code?: string | null, reason?: string | null }> } | null } };

export type PublicRegisterQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type PublicRegisterQuery = { __typename?: 'Query', register: { __typename?: 'RegisterPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'RegisterEntry', kind: RegisterEntryKind, certificateNumber?: string | null, organisationName: string, place: string, variant: CycleVariant, wholeOrganisation: boolean, scopeUnits: Array<string>, certifyingInstitutionName?: string | null, frameworkName: string, frameworkVersion: string, validUntil: string, status: CertificateStatus }> } };

export type PublicVerifyCertificateQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type PublicVerifyCertificateQuery = { __typename?: 'Query', verifyCertificate?: { __typename?: 'RegisterEntry', certificateNumber?: string | null, organisationName: string, place: string, variant: CycleVariant, wholeOrganisation: boolean, scopeUnits: Array<string>, certifyingInstitutionName?: string | null, frameworkName: string, frameworkVersion: string, validFrom: string, validUntil: string, status: CertificateStatus } | null };

export type SectorCyclePhaseHistoryQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type SectorCyclePhaseHistoryQuery = { __typename?: 'Query', cycleEvents: Array<{ __typename?: 'CycleEvent', id: string, at: string, fromPhase?: CyclePhase | null, toPhase: CyclePhase, actorName?: string | null }> };

export type ScoreTallyFragment = { __typename?: 'ScoreCounts', meets: number, partlyMeets: number, doesNotMeet: number, notApplicable: number };

export type SectorDecisionCycleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SectorDecisionCycleQuery = { __typename?: 'Query', cycle: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, variant: CycleVariant, wholeOrganisation: boolean, scopeUnits: Array<string>, fte: number, advice?: AuditAdvice | null, decision?: CertificationDecision | null, decisionReason?: string | null, phaseChangedAt: string, dueAt?: string | null, overdue: boolean, organisation: { __typename?: 'Organisation', id: string, name: string, place: string, certificate?: { __typename?: 'Certificate', id: string, number: string, status: CertificateStatus, validUntil: string } | null }, certifyingInstitution?: { __typename?: 'CertifyingInstitution', id: string, name: string } | null, reports: Array<{ __typename?: 'AuditReport', id: string, kind: ReportKind, summary: string, strengths: string, improvementPoints: string, advice?: AuditAdvice | null, issuedAt: string, reply?: string | null }>, auditFindings: Array<{ __typename?: 'AuditFinding', id: string, normId: string, normCode: string, score: NormScore, strengths: string, improvementPoints: string }>, assessment: Array<{ __typename?: 'NormAssessment', normId: string, norm: { __typename?: 'Norm', id: string, title: string } }>, improvementActions: Array<{ __typename?: 'ImprovementAction', id: string, normCode?: string | null, what: string, owner: string, dueDate: string, successIndicator: string, status: ActionStatus, progressNote: string, carriedOver: boolean }>, planReviews: Array<{ __typename?: 'ImprovementPlanReviewRecord', id: string, review: ImprovementPlanReview, comments: string, at: string }>, decisionSummary?: { __typename?: 'DecisionSummary', normsWithoutFinding: number, awardRule: AwardRule, awardRulePlaceholder: boolean, awardAllowed: boolean, findings: { __typename?: 'ScoreCounts', meets: number, partlyMeets: number, doesNotMeet: number, notApplicable: number }, selfEvaluation: { __typename?: 'ScoreCounts', meets: number, partlyMeets: number, doesNotMeet: number, notApplicable: number }, decidingNorms: Array<{ __typename?: 'DecidingNorm', score: NormScore, selfEvaluationScore?: NormScore | null, actionCount: number, blocking: boolean, norm: { __typename?: 'Norm', id: string, code: string, title: string } }> } | null, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number }, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean, code?: string | null, reason?: string | null }>, leadAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, coAuditor?: { __typename?: 'UserSummary', id: string, name: string } | null, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, name: string, version: string, illustrative: boolean } } };

export type SectorDecideCertificationMutationVariables = Exact<{
  input: DecideCertificationInput;
}>;


export type SectorDecideCertificationMutation = { __typename?: 'Mutation', decideCertification: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, decision?: CertificationDecision | null, decisionReason?: string | null, dueAt?: string | null, overdue: boolean, organisation: { __typename?: 'Organisation', id: string, certificate?: { __typename?: 'Certificate', id: string, number: string, status: CertificateStatus, validUntil: string } | null }, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number }, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean, code?: string | null, reason?: string | null }> } };

export type SectorDecisionQueueQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type SectorDecisionQueueQuery = { __typename?: 'Query', organisations: { __typename?: 'OrganisationPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Organisation', id: string, name: string, place: string, currentCycle?: { __typename?: 'Cycle', id: string, step?: CycleStep | null, advice?: AuditAdvice | null, variant: CycleVariant, phaseChangedAt: string, dueAt?: string | null, overdue: boolean, certifyingInstitution?: { __typename?: 'CertifyingInstitution', id: string, name: string } | null } | null }> } };

export type SectorImportFrameworkVersionMutationVariables = Exact<{
  input: ImportFrameworkVersionInput;
}>;


export type SectorImportFrameworkVersionMutation = { __typename?: 'Mutation', importFrameworkVersion: { __typename?: 'FrameworkVersion', id: string, rulesRevision: number, variantGuideRevision: number, name: string, version: string, effectiveDate: string, status: FrameworkStatus, illustrative: boolean, createdAt: string, rules: { __typename?: 'SchemeRules', placeholder: boolean, awardRule: AwardRule, certificateValidity: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, recertificationReminder: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, selfEvaluationWindow: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, draftReportReplyWindow: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, improvementPlanDue: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, peerAuditorTrainingValidity?: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit } | null, peerReviewValidity?: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit } | null, peerVisitSchedulingWindow?: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit } | null, peerReportingWindow?: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit } | null, auditDaysTable: Array<{ __typename?: 'AuditDaysBand', maxFte?: number | null, days: number }> }, variantGuide?: { __typename?: 'VariantGuide', placeholder: boolean, start: string, questions: Array<{ __typename?: 'VariantGuideQuestion', key: string, text: string, help?: string | null, options: Array<{ __typename?: 'VariantGuideOption', key: string, label: string, next?: string | null, variant?: CycleVariant | null, wholeOrganisation?: boolean | null }> }> } | null, categories: Array<{ __typename?: 'FrameworkCategory', id: string, code: string, title: string, norms: Array<{ __typename?: 'Norm', id: string, code: string, title: string }> }> } };

export type SectorPublishFrameworkVersionMutationVariables = Exact<{
  input: FrameworkVersionCommandInput;
}>;


export type SectorPublishFrameworkVersionMutation = { __typename?: 'Mutation', publishFrameworkVersion: { __typename?: 'FrameworkVersion', id: string, status: FrameworkStatus } };

export type SectorRetireFrameworkVersionMutationVariables = Exact<{
  input: FrameworkVersionCommandInput;
}>;


export type SectorRetireFrameworkVersionMutation = { __typename?: 'Mutation', retireFrameworkVersion: { __typename?: 'FrameworkVersion', id: string, status: FrameworkStatus } };

export type SectorFrameworkVersionFragment = { __typename?: 'FrameworkVersion', id: string, rulesRevision: number, variantGuideRevision: number, name: string, version: string, effectiveDate: string, status: FrameworkStatus, illustrative: boolean, createdAt: string, rules: { __typename?: 'SchemeRules', placeholder: boolean, awardRule: AwardRule, certificateValidity: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, recertificationReminder: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, selfEvaluationWindow: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, draftReportReplyWindow: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, improvementPlanDue: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, peerAuditorTrainingValidity?: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit } | null, peerReviewValidity?: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit } | null, peerVisitSchedulingWindow?: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit } | null, peerReportingWindow?: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit } | null, auditDaysTable: Array<{ __typename?: 'AuditDaysBand', maxFte?: number | null, days: number }> }, variantGuide?: { __typename?: 'VariantGuide', placeholder: boolean, start: string, questions: Array<{ __typename?: 'VariantGuideQuestion', key: string, text: string, help?: string | null, options: Array<{ __typename?: 'VariantGuideOption', key: string, label: string, next?: string | null, variant?: CycleVariant | null, wholeOrganisation?: boolean | null }> }> } | null, categories: Array<{ __typename?: 'FrameworkCategory', id: string, code: string, title: string, norms: Array<{ __typename?: 'Norm', id: string, code: string, title: string }> }> };

export type SectorFrameworkVersionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SectorFrameworkVersionsQuery = { __typename?: 'Query', frameworkVersions: Array<{ __typename?: 'FrameworkVersion', id: string, rulesRevision: number, variantGuideRevision: number, name: string, version: string, effectiveDate: string, status: FrameworkStatus, illustrative: boolean, createdAt: string, rules: { __typename?: 'SchemeRules', placeholder: boolean, awardRule: AwardRule, certificateValidity: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, recertificationReminder: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, selfEvaluationWindow: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, draftReportReplyWindow: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, improvementPlanDue: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, peerAuditorTrainingValidity?: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit } | null, peerReviewValidity?: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit } | null, peerVisitSchedulingWindow?: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit } | null, peerReportingWindow?: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit } | null, auditDaysTable: Array<{ __typename?: 'AuditDaysBand', maxFte?: number | null, days: number }> }, variantGuide?: { __typename?: 'VariantGuide', placeholder: boolean, start: string, questions: Array<{ __typename?: 'VariantGuideQuestion', key: string, text: string, help?: string | null, options: Array<{ __typename?: 'VariantGuideOption', key: string, label: string, next?: string | null, variant?: CycleVariant | null, wholeOrganisation?: boolean | null }> }> } | null, categories: Array<{ __typename?: 'FrameworkCategory', id: string, code: string, title: string, norms: Array<{ __typename?: 'Norm', id: string, code: string, title: string }> }> }> };

export type SectorUpdateSchemeRulesMutationVariables = Exact<{
  input: UpdateSchemeRulesInput;
}>;


export type SectorUpdateSchemeRulesMutation = { __typename?: 'Mutation', updateSchemeRules: { __typename?: 'FrameworkVersion', id: string, rulesRevision: number, variantGuideRevision: number, name: string, version: string, effectiveDate: string, status: FrameworkStatus, illustrative: boolean, createdAt: string, rules: { __typename?: 'SchemeRules', placeholder: boolean, awardRule: AwardRule, certificateValidity: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, recertificationReminder: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, selfEvaluationWindow: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, draftReportReplyWindow: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, improvementPlanDue: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, peerAuditorTrainingValidity?: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit } | null, peerReviewValidity?: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit } | null, peerVisitSchedulingWindow?: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit } | null, peerReportingWindow?: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit } | null, auditDaysTable: Array<{ __typename?: 'AuditDaysBand', maxFte?: number | null, days: number }> }, variantGuide?: { __typename?: 'VariantGuide', placeholder: boolean, start: string, questions: Array<{ __typename?: 'VariantGuideQuestion', key: string, text: string, help?: string | null, options: Array<{ __typename?: 'VariantGuideOption', key: string, label: string, next?: string | null, variant?: CycleVariant | null, wholeOrganisation?: boolean | null }> }> } | null, categories: Array<{ __typename?: 'FrameworkCategory', id: string, code: string, title: string, norms: Array<{ __typename?: 'Norm', id: string, code: string, title: string }> }> } };

export type SectorUpdateVariantGuideMutationVariables = Exact<{
  input: UpdateVariantGuideInput;
}>;


export type SectorUpdateVariantGuideMutation = { __typename?: 'Mutation', updateVariantGuide: { __typename?: 'FrameworkVersion', id: string, rulesRevision: number, variantGuideRevision: number, name: string, version: string, effectiveDate: string, status: FrameworkStatus, illustrative: boolean, createdAt: string, rules: { __typename?: 'SchemeRules', placeholder: boolean, awardRule: AwardRule, certificateValidity: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, recertificationReminder: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, selfEvaluationWindow: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, draftReportReplyWindow: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, improvementPlanDue: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit }, peerAuditorTrainingValidity?: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit } | null, peerReviewValidity?: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit } | null, peerVisitSchedulingWindow?: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit } | null, peerReportingWindow?: { __typename?: 'SchemeDuration', amount: number, unit: DurationUnit } | null, auditDaysTable: Array<{ __typename?: 'AuditDaysBand', maxFte?: number | null, days: number }> }, variantGuide?: { __typename?: 'VariantGuide', placeholder: boolean, start: string, questions: Array<{ __typename?: 'VariantGuideQuestion', key: string, text: string, help?: string | null, options: Array<{ __typename?: 'VariantGuideOption', key: string, label: string, next?: string | null, variant?: CycleVariant | null, wholeOrganisation?: boolean | null }> }> } | null, categories: Array<{ __typename?: 'FrameworkCategory', id: string, code: string, title: string, norms: Array<{ __typename?: 'Norm', id: string, code: string, title: string }> }> } };

export type SectorInsightsQueryVariables = Exact<{ [key: string]: never; }>;


export type SectorInsightsQuery = { __typename?: 'Query', sectorOverview: { __typename?: 'SectorOverview', overdueCount: number, expiringWithin90Days: number, countsPerPhase: Array<{ __typename?: 'PhaseCount', phase: CyclePhase, count: number }>, countsPerVariant: Array<{ __typename?: 'VariantCount', variant: CycleVariant, count: number }>, timePerPhase: Array<{ __typename?: 'PhaseDuration', phase: CyclePhase, averageSeconds?: number | null, cycles: number }>, normFindings: Array<{ __typename?: 'NormFindingCount', normCode: string, normTitle: string, frameworkVersion: string, meets: number, partlyMeets: number, doesNotMeet: number, notApplicable: number }> } };

export type SectorLearningFiguresQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type SectorLearningFiguresQuery = { __typename?: 'Query', sectorLearningFigures: { __typename?: 'SectorLearningFigures', year: number, minOrganisations: number, enough: boolean, shareMeetingOwnNorm?: number | null, organisationsWithFigures?: number | null, organisationsWithScan?: number | null, themes: Array<{ __typename?: 'SectorLearningTheme', title: string, organisations: number }>, scanAverages: Array<{ __typename?: 'SectorScanAverage', condition: LearningCondition, average?: number | null }> } };

export type SectorInstitutionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SectorInstitutionsQuery = { __typename?: 'Query', certifyingInstitutions: Array<{ __typename?: 'CertifyingInstitution', id: string, name: string, admitted: boolean, auditors: Array<{ __typename?: 'UserSummary', id: string }> }> };

export type SectorSetAdmissionMutationVariables = Exact<{
  input: SetCertifyingInstitutionAdmissionInput;
}>;


export type SectorSetAdmissionMutation = { __typename?: 'Mutation', setCertifyingInstitutionAdmission: { __typename?: 'CertifyingInstitution', id: string, admitted: boolean } };

export type SectorInstitutionChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type SectorInstitutionChoicesQuery = { __typename?: 'Query', certifyingInstitutions: Array<{ __typename?: 'CertifyingInstitution', id: string, name: string, admitted: boolean }> };

export type SectorOrganisationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
}>;


export type SectorOrganisationsQuery = { __typename?: 'Query', organisations: { __typename?: 'OrganisationPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Organisation', id: string, name: string, place: string, currentCycle?: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, overdue: boolean, certifyingInstitution?: { __typename?: 'CertifyingInstitution', id: string, name: string } | null, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number } } | null, certificate?: { __typename?: 'Certificate', id: string, number: string, status: CertificateStatus, validUntil: string } | null }> } };

export type SectorOrganisationRowFragment = { __typename?: 'Organisation', id: string, name: string, place: string, currentCycle?: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, overdue: boolean, certifyingInstitution?: { __typename?: 'CertifyingInstitution', id: string, name: string } | null, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number } } | null, certificate?: { __typename?: 'Certificate', id: string, number: string, status: CertificateStatus, validUntil: string } | null };

export type SectorPhaseCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type SectorPhaseCountsQuery = { __typename?: 'Query', sectorOverview: { __typename?: 'SectorOverview', countsPerPhase: Array<{ __typename?: 'PhaseCount', phase: CyclePhase, count: number }> } };

export type SectorPeerSignUpFragment = { __typename?: 'PeerReviewSignUp', id: string, status: SignUpStatus, region: string, fte: number, periodFrom: string, periodUntil: string, partnersKnown: boolean, organisation: { __typename?: 'Organisation', id: string, name: string, place: string } };

export type SectorPeerGroupFragment = { __typename?: 'PeerGroup', id: string, status: PeerGroupStatus, proposed: boolean, decidedAt?: string | null, members: Array<{ __typename?: 'PeerGroupMemberView', organisationId: string, organisationName: string, place: string, fte: number, region: string }> };

export type SectorPeerProposalsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SectorPeerProposalsQuery = { __typename?: 'Query', peerGroupProposals: { __typename?: 'PeerGroupProposalPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'PeerGroupProposal', region: string, commonPeriodFrom?: string | null, commonPeriodUntil?: string | null, signUps: Array<{ __typename?: 'PeerReviewSignUp', id: string, status: SignUpStatus, region: string, fte: number, periodFrom: string, periodUntil: string, partnersKnown: boolean, organisation: { __typename?: 'Organisation', id: string, name: string, place: string } }> }> } };

export type SectorPeerUnmatchedQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SectorPeerUnmatchedQuery = { __typename?: 'Query', unmatchedPeerSignUps: { __typename?: 'UnmatchedSignUpPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'UnmatchedSignUp', reason: UnmatchedReason, signUp: { __typename?: 'PeerReviewSignUp', id: string, status: SignUpStatus, region: string, fte: number, periodFrom: string, periodUntil: string, partnersKnown: boolean, organisation: { __typename?: 'Organisation', id: string, name: string, place: string } } }> } };

export type SectorPeerReviewQueryVariables = Exact<{ [key: string]: never; }>;


export type SectorPeerReviewQuery = { __typename?: 'Query', peerGroups: { __typename?: 'PeerGroupPage', totalCount: number, nodes: Array<{ __typename?: 'PeerGroup', id: string, status: PeerGroupStatus, proposed: boolean, decidedAt?: string | null, members: Array<{ __typename?: 'PeerGroupMemberView', organisationId: string, organisationName: string, place: string, fte: number, region: string }> }> } };

export type SectorFormedPeerGroupsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SectorFormedPeerGroupsQuery = { __typename?: 'Query', peerGroups: { __typename?: 'PeerGroupPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'PeerGroup', id: string, status: PeerGroupStatus, proposed: boolean, decidedAt?: string | null, visits: Array<{ __typename?: 'PeerVisit', id: string, date: string, status: PeerVisitStatus, learningReportStatus: LearningReportStatus, visitedOrganisationName: string, registration?: { __typename?: 'PeerReviewRegistration', id: string, validUntil: string } | null, auditors: Array<{ __typename?: 'PeerAuditor', id: string, name: string, organisationName: string }> }>, members: Array<{ __typename?: 'PeerGroupMemberView', organisationId: string, organisationName: string, place: string, fte: number, region: string }> }> } };

export type SectorPeerSignUpsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SectorPeerSignUpsQuery = { __typename?: 'Query', peerReviewSignUps: { __typename?: 'PeerReviewSignUpPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'PeerReviewSignUp', id: string, status: SignUpStatus, region: string, fte: number, periodFrom: string, periodUntil: string, partnersKnown: boolean, organisation: { __typename?: 'Organisation', id: string, name: string, place: string } }> } };

export type SectorRegisterPeerReviewMutationVariables = Exact<{
  input: RegisterPeerReviewInput;
}>;


export type SectorRegisterPeerReviewMutation = { __typename?: 'Mutation', registerPeerReview: { __typename?: 'PeerReviewRegistration', id: string, peerVisitId: string, validUntil: string } };

export type SectorFormPeerGroupMutationVariables = Exact<{
  input: FormPeerGroupInput;
}>;


export type SectorFormPeerGroupMutation = { __typename?: 'Mutation', formPeerGroup: { __typename?: 'PeerGroup', id: string, status: PeerGroupStatus } };

export type SectorConfirmPeerGroupMutationVariables = Exact<{
  input: PeerGroupCommandInput;
}>;


export type SectorConfirmPeerGroupMutation = { __typename?: 'Mutation', confirmPeerGroup: { __typename?: 'PeerGroup', id: string, status: PeerGroupStatus } };

export type SectorDeclinePeerGroupMutationVariables = Exact<{
  input: DeclinePeerGroupInput;
}>;


export type SectorDeclinePeerGroupMutation = { __typename?: 'Mutation', declinePeerGroup: { __typename?: 'PeerGroup', id: string, status: PeerGroupStatus } };

export type SectorSuspendCertificateMutationVariables = Exact<{
  input: CertificateActionInput;
}>;


export type SectorSuspendCertificateMutation = { __typename?: 'Mutation', suspendCertificate: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean, code?: string | null, reason?: string | null }> } };

export type SectorReinstateCertificateMutationVariables = Exact<{
  input: CertificateActionInput;
}>;


export type SectorReinstateCertificateMutation = { __typename?: 'Mutation', reinstateCertificate: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean, code?: string | null, reason?: string | null }> } };

export type SectorWithdrawCertificateMutationVariables = Exact<{
  input: CertificateActionInput;
}>;


export type SectorWithdrawCertificateMutation = { __typename?: 'Mutation', withdrawCertificate: { __typename?: 'Cycle', id: string, phase: CyclePhase, step?: CycleStep | null, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean, code?: string | null, reason?: string | null }> } };

export type SectorRegisterQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type SectorRegisterQuery = { __typename?: 'Query', register: { __typename?: 'RegisterPage', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'RegisterEntry', certificateNumber?: string | null, cycleId?: string | null, allowedActions: Array<CycleAction>, organisationName: string, place: string, variant: CycleVariant, status: CertificateStatus, validFrom: string, validUntil: string, certifyingInstitutionName?: string | null, frameworkName: string, frameworkVersion: string }> } };

export type CalendarFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFeedQuery = { __typename?: 'Query', calendarFeed?: { __typename?: 'CalendarFeedStatus', createdAt: string, locale: string } | null };

export type RenewCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RenewCalendarFeedMutation = { __typename?: 'Mutation', renewCalendarFeed: { __typename?: 'CalendarFeedAddress', url: string, createdAt: string } };

export type StopCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type StopCalendarFeedMutation = { __typename?: 'Mutation', stopCalendarFeed: boolean };

export type VariantGuideFieldsFragment = { __typename?: 'VariantGuide', placeholder: boolean, start: string, questions: Array<{ __typename?: 'VariantGuideQuestion', key: string, text: string, help?: string | null, options: Array<{ __typename?: 'VariantGuideOption', key: string, label: string, next?: string | null, variant?: CycleVariant | null, wholeOrganisation?: boolean | null }> }> };

export type CycleViewerCanFragment = { __typename?: 'Cycle', id: string, viewerCan: Array<{ __typename?: 'ActionPermission', action: CycleAction, allowed: boolean, code?: string | null, reason?: string | null }> };

export type CycleNextStepFragment = { __typename?: 'Cycle', id: string, nextStep: { __typename?: 'NextStep', party: WaitingParty, actor: NextStepActor, task: CycleTask, dueAt?: string | null, dueOn?: string | null, overdue: boolean, openActions: number, overdueActions: number } };

export const AuditProgrammeViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditProgrammeView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditProgramme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"savedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedByName"}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"groupLabel"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}},{"kind":"Field","name":{"kind":"Name","value":"normIds"}},{"kind":"Field","name":{"kind":"Name","value":"auditorIds"}},{"kind":"Field","name":{"kind":"Name","value":"norms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredNorms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AuditProgrammeViewFragment, unknown>;
export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"partyKind"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const EvidenceLinkItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceLinkItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"improvementActionId"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<EvidenceLinkItemFragment, unknown>;
export const CarryOverCandidateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarryOverCandidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceCarryOverCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"normCodes"}},{"kind":"Field","name":{"kind":"Name","value":"stillValid"}}]}}]} as unknown as DocumentNode<CarryOverCandidateFragment, unknown>;
export const EvidenceItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EvidenceItemFragment, unknown>;
export const CycleNextStepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}}]} as unknown as DocumentNode<CycleNextStepFragment, unknown>;
export const CycleAuditorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CycleAuditorsFragment, unknown>;
export const CycleFrameworkVersionNameFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleFrameworkVersionName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}}]} as unknown as DocumentNode<CycleFrameworkVersionNameFragment, unknown>;
export const InstitutionCycleHeaderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionCycleHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAuditDate"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAuditDates"}},{"kind":"Field","name":{"kind":"Name","value":"auditDays"}},{"kind":"Field","name":{"kind":"Name","value":"auditDaysComputed"}},{"kind":"Field","name":{"kind":"Name","value":"computedAuditDays"}},{"kind":"Field","name":{"kind":"Name","value":"auditDaysOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditors"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleFrameworkVersionName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleFrameworkVersionName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}}]} as unknown as DocumentNode<InstitutionCycleHeaderFragment, unknown>;
export const InstitutionFindingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionFinding"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]} as unknown as DocumentNode<InstitutionFindingFragment, unknown>;
export const InstitutionInboxCycleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionInboxCycle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAuditDate"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAuditDates"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditors"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InstitutionInboxCycleFragment, unknown>;
export const OrganisationCertificateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationCertificate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnits"}}]}}]} as unknown as DocumentNode<OrganisationCertificateFragment, unknown>;
export const CycleViewerCanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleViewerCan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CycleViewerCanFragment, unknown>;
export const CycleStatusFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}}]} as unknown as DocumentNode<CycleStatusFragment, unknown>;
export const OrganisationImprovementPointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationImprovementPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"normTitle"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"belowMeets"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}}]}}]} as unknown as DocumentNode<OrganisationImprovementPointFragment, unknown>;
export const CycleTimelineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"internalAudits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationImprovementPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationImprovementPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"normTitle"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"belowMeets"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}}]}}]} as unknown as DocumentNode<CycleTimelineFragment, unknown>;
export const VariantGuideFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariantGuideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VariantGuide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}}]}}]}}]}}]} as unknown as DocumentNode<VariantGuideFieldsFragment, unknown>;
export const PreparationGuideFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreparationGuide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FrameworkVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variantGuide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VariantGuideFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariantGuideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VariantGuide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}}]}}]}}]}}]} as unknown as DocumentNode<PreparationGuideFragment, unknown>;
export const PreparationSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreparationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreparationGuide"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariantGuideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VariantGuide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreparationGuide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FrameworkVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variantGuide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VariantGuideFields"}}]}}]}}]} as unknown as DocumentNode<PreparationSummaryFragment, unknown>;
export const CycleOverviewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleOverview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleViewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleStatus"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleTimeline"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreparationSummary"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationImprovementPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"normTitle"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"belowMeets"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariantGuideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VariantGuide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreparationGuide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FrameworkVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variantGuide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VariantGuideFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleViewerCan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"internalAudits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationImprovementPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreparationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreparationGuide"}}]}}]}}]} as unknown as DocumentNode<CycleOverviewFragment, unknown>;
export const NormFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Norm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"linkPresumed"}}]}}]}}]} as unknown as DocumentNode<NormFieldsFragment, unknown>;
export const AnswerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfEvaluationAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]} as unknown as DocumentNode<AnswerFieldsFragment, unknown>;
export const SelfEvaluationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfEvaluation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationLockedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleViewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"norms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NormFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnswerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleViewerCan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Norm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"linkPresumed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfEvaluationAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]} as unknown as DocumentNode<SelfEvaluationFragment, unknown>;
export const CycleAuditReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}}]} as unknown as DocumentNode<CycleAuditReportFragment, unknown>;
export const CycleAuditFindingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditFinding"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}}]}}]} as unknown as DocumentNode<CycleAuditFindingFragment, unknown>;
export const OrganisationExternalAuditFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationExternalAudit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleViewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"certifyingInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditors"}},{"kind":"Field","name":{"kind":"Name","value":"auditDays"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAuditDates"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAuditDate"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditFinding"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleViewerCan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditFinding"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}}]}}]} as unknown as DocumentNode<OrganisationExternalAuditFragment, unknown>;
export const OrganisationImprovementActionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationImprovementAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"successIndicator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressNote"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]} as unknown as DocumentNode<OrganisationImprovementActionFragment, unknown>;
export const CyclePlanReviewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CyclePlanReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPlanReviewRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"review"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<CyclePlanReviewFragment, unknown>;
export const OrganisationImprovementPlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationImprovementPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleViewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationImprovementPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationImprovementAction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CyclePlanReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleViewerCan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationImprovementPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"normTitle"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"belowMeets"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationImprovementAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"successIndicator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressNote"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CyclePlanReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPlanReviewRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"review"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<OrganisationImprovementPlanFragment, unknown>;
export const OrganisationInternalAuditFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationInternalAudit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalAudit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"auditors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<OrganisationInternalAuditFragment, unknown>;
export const ClimateQuestionSetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClimateQuestionSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClimateScanQuestionSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}}]}}]} as unknown as DocumentNode<ClimateQuestionSetFieldsFragment, unknown>;
export const LearningDashboardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LearningDashboardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningDashboard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"minContributors"}},{"kind":"Field","name":{"kind":"Name","value":"teamsNotShown"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"normPercent"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"shown"}},{"kind":"Field","name":{"kind":"Name","value":"offeredHours"}},{"kind":"Field","name":{"kind":"Name","value":"usedHours"}},{"kind":"Field","name":{"kind":"Name","value":"contributors"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"climateScans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"shown"}},{"kind":"Field","name":{"kind":"Name","value":"averages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"normPercent"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"shown"}},{"kind":"Field","name":{"kind":"Name","value":"usedHours"}},{"kind":"Field","name":{"kind":"Name","value":"offeredHours"}},{"kind":"Field","name":{"kind":"Name","value":"metNorm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"interestCount"}}]}}]}}]}}]} as unknown as DocumentNode<LearningDashboardFieldsFragment, unknown>;
export const LearningGoalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LearningGoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithTeamLead"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<LearningGoalFieldsFragment, unknown>;
export const SessionParticipantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SessionParticipantFieldsFragment, unknown>;
export const LearningReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LearningReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerVisitId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedByName"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"normTitle"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"intention"}},{"kind":"Field","name":{"kind":"Name","value":"learningPoints"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<LearningReportFieldsFragment, unknown>;
export const RespondentInvitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RespondentInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RespondentInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"respondent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"categoryCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"normCount"}}]}}]} as unknown as DocumentNode<RespondentInvitationFieldsFragment, unknown>;
export const LayerSpreadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LayerSpreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LayerSpread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"layers"}},{"kind":"Field","name":{"kind":"Name","value":"pooled"}},{"kind":"Field","name":{"kind":"Name","value":"answerCount"}},{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"partlyMeets"}},{"kind":"Field","name":{"kind":"Name","value":"doesNotMeet"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}}]}}]} as unknown as DocumentNode<LayerSpreadFieldsFragment, unknown>;
export const RespondentTextFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RespondentTextFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RespondentText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]} as unknown as DocumentNode<RespondentTextFieldsFragment, unknown>;
export const NormSpreadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NormSpreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NormSpread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"layersDiffer"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LayerSpreadFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LayerSpreadFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RespondentTextFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RespondentTextFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LayerSpreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LayerSpread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"layers"}},{"kind":"Field","name":{"kind":"Name","value":"pooled"}},{"kind":"Field","name":{"kind":"Name","value":"answerCount"}},{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"partlyMeets"}},{"kind":"Field","name":{"kind":"Name","value":"doesNotMeet"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RespondentTextFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RespondentText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]} as unknown as DocumentNode<NormSpreadFieldsFragment, unknown>;
export const RespondentAnswerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RespondentAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RespondentAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RespondentAnswerFieldsFragment, unknown>;
export const ScoreTallyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreTally"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"partlyMeets"}},{"kind":"Field","name":{"kind":"Name","value":"doesNotMeet"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}}]}}]} as unknown as DocumentNode<ScoreTallyFragment, unknown>;
export const SectorFrameworkVersionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectorFrameworkVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FrameworkVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rulesRevision"}},{"kind":"Field","name":{"kind":"Name","value":"variantGuideRevision"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"awardRule"}},{"kind":"Field","name":{"kind":"Name","value":"certificateValidity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recertificationReminder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftReportReplyWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementPlanDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerAuditorTrainingValidity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerReviewValidity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerVisitSchedulingWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerReportingWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditDaysTable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxFte"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"variantGuide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VariantGuideFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"norms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariantGuideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VariantGuide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}}]}}]}}]}}]} as unknown as DocumentNode<SectorFrameworkVersionFragment, unknown>;
export const SectorOrganisationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectorOrganisationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"currentCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"certifyingInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}}]} as unknown as DocumentNode<SectorOrganisationRowFragment, unknown>;
export const SectorPeerSignUpFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectorPeerSignUp"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerReviewSignUp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodUntil"}},{"kind":"Field","name":{"kind":"Name","value":"partnersKnown"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}}]}}]} as unknown as DocumentNode<SectorPeerSignUpFragment, unknown>;
export const SectorPeerGroupFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectorPeerGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<SectorPeerGroupFragment, unknown>;
export const AuditProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditProgrammeView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditProgrammeView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditProgramme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"savedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedByName"}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"groupLabel"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}},{"kind":"Field","name":{"kind":"Name","value":"normIds"}},{"kind":"Field","name":{"kind":"Name","value":"auditorIds"}},{"kind":"Field","name":{"kind":"Name","value":"norms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredNorms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AuditProgrammeQuery, AuditProgrammeQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"partyKind"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"partyKind"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"partyKind"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CycleEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceLinkItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUploadRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBytes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceLinkItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"improvementActionId"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<CycleEvidenceQuery, CycleEvidenceQueryVariables>;
export const EvidenceCarryOverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceCarryOver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCarryOver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarryOverCandidate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarryOverCandidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceCarryOverCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"normCodes"}},{"kind":"Field","name":{"kind":"Name","value":"stillValid"}}]}}]} as unknown as DocumentNode<EvidenceCarryOverQuery, EvidenceCarryOverQueryVariables>;
export const ConfirmEvidenceStillValidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmEvidenceStillValid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmEvidenceStillValidInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmEvidenceStillValid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarryOverCandidate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarryOverCandidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceCarryOverCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"normCodes"}},{"kind":"Field","name":{"kind":"Name","value":"stillValid"}}]}}]} as unknown as DocumentNode<ConfirmEvidenceStillValidMutation, ConfirmEvidenceStillValidMutationVariables>;
export const EvidenceLibraryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceLibrary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceItem"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"linkedInPhase"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"improvementActionId"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationAnswerId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUploadRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBytes"}},{"kind":"Field","name":{"kind":"Name","value":"quotaBytes"}},{"kind":"Field","name":{"kind":"Name","value":"usedBytes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EvidenceLibraryQuery, EvidenceLibraryQueryVariables>;
export const DeleteEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteEvidenceMutation, DeleteEvidenceMutationVariables>;
export const LinkEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceLinkItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceLinkItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"improvementActionId"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<LinkEvidenceMutation, LinkEvidenceMutationVariables>;
export const UnlinkEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnlinkEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<UnlinkEvidenceMutation, UnlinkEvidenceMutationVariables>;
export const InstitutionCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionCycleHeader"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleFrameworkVersionName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionCycleHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAuditDate"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAuditDates"}},{"kind":"Field","name":{"kind":"Name","value":"auditDays"}},{"kind":"Field","name":{"kind":"Name","value":"auditDaysComputed"}},{"kind":"Field","name":{"kind":"Name","value":"computedAuditDays"}},{"kind":"Field","name":{"kind":"Name","value":"auditDaysOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditors"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleFrameworkVersionName"}}]}}]} as unknown as DocumentNode<InstitutionCycleQuery, InstitutionCycleQueryVariables>;
export const InstitutionEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certifyingInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"auditorWorkload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openAudits"}},{"kind":"Field","name":{"kind":"Name","value":"leading"}},{"kind":"Field","name":{"kind":"Name","value":"upcomingAuditDates"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"computedAuditDays"}}]}}]}}]} as unknown as DocumentNode<InstitutionEngagementQuery, InstitutionEngagementQueryVariables>;
export const InstitutionDeclineEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstitutionDeclineEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}}]}}]}}]} as unknown as DocumentNode<InstitutionDeclineEngagementMutation, InstitutionDeclineEngagementMutationVariables>;
export const InstitutionAcceptEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstitutionAcceptEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionCycleHeader"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleFrameworkVersionName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionCycleHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAuditDate"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAuditDates"}},{"kind":"Field","name":{"kind":"Name","value":"auditDays"}},{"kind":"Field","name":{"kind":"Name","value":"auditDaysComputed"}},{"kind":"Field","name":{"kind":"Name","value":"computedAuditDays"}},{"kind":"Field","name":{"kind":"Name","value":"auditDaysOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditors"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleFrameworkVersionName"}}]}}]} as unknown as DocumentNode<InstitutionAcceptEngagementMutation, InstitutionAcceptEngagementMutationVariables>;
export const InstitutionFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"categoryCode"}},{"kind":"Field","name":{"kind":"Name","value":"norm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionFinding"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationAnswerId"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionFinding"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]} as unknown as DocumentNode<InstitutionFindingsQuery, InstitutionFindingsQueryVariables>;
export const InstitutionInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionInboxCycle"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionInboxCycle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAuditDate"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAuditDates"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditors"}}]}}]} as unknown as DocumentNode<InstitutionInboxQuery, InstitutionInboxQueryVariables>;
export const InstitutionRecordAuditFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstitutionRecordAuditFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAuditFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAuditFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionFinding"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionFinding"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]} as unknown as DocumentNode<InstitutionRecordAuditFindingMutation, InstitutionRecordAuditFindingMutationVariables>;
export const InstitutionCyclePeerReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionCyclePeerReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"peerLearningReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerVisitId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"intention"}},{"kind":"Field","name":{"kind":"Name","value":"learningPoints"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionCyclePeerReportsQuery, InstitutionCyclePeerReportsQueryVariables>;
export const InstitutionReviewImprovementPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstitutionReviewImprovementPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewImprovementPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewImprovementPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionCycleHeader"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleFrameworkVersionName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionCycleHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAuditDate"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAuditDates"}},{"kind":"Field","name":{"kind":"Name","value":"auditDays"}},{"kind":"Field","name":{"kind":"Name","value":"auditDaysComputed"}},{"kind":"Field","name":{"kind":"Name","value":"computedAuditDays"}},{"kind":"Field","name":{"kind":"Name","value":"auditDaysOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditors"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleFrameworkVersionName"}}]}}]} as unknown as DocumentNode<InstitutionReviewImprovementPlanMutation, InstitutionReviewImprovementPlanMutationVariables>;
export const InstitutionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"normTitle"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"belowMeets"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"successIndicator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CyclePlanReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"improvementActionId"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CyclePlanReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPlanReviewRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"review"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<InstitutionPlanQuery, InstitutionPlanQueryVariables>;
export const InstitutionSaveAuditProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstitutionSaveAuditProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveAuditProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveAuditProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditProgrammeView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditProgrammeView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditProgramme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"savedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedByName"}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"groupLabel"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}},{"kind":"Field","name":{"kind":"Name","value":"normIds"}},{"kind":"Field","name":{"kind":"Name","value":"auditorIds"}},{"kind":"Field","name":{"kind":"Name","value":"norms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredNorms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<InstitutionSaveAuditProgrammeMutation, InstitutionSaveAuditProgrammeMutationVariables>;
export const InstitutionProgrammeNormsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionProgrammeNorms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"norm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionProgrammeNormsQuery, InstitutionProgrammeNormsQueryVariables>;
export const InstitutionReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"norms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}}]} as unknown as DocumentNode<InstitutionReportsQuery, InstitutionReportsQueryVariables>;
export const InstitutionIssueDraftReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstitutionIssueDraftReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueDraftReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueDraftReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionCycleHeader"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleFrameworkVersionName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionCycleHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAuditDate"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAuditDates"}},{"kind":"Field","name":{"kind":"Name","value":"auditDays"}},{"kind":"Field","name":{"kind":"Name","value":"auditDaysComputed"}},{"kind":"Field","name":{"kind":"Name","value":"computedAuditDays"}},{"kind":"Field","name":{"kind":"Name","value":"auditDaysOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditors"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleFrameworkVersionName"}}]}}]} as unknown as DocumentNode<InstitutionIssueDraftReportMutation, InstitutionIssueDraftReportMutationVariables>;
export const InstitutionIssueFinalReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstitutionIssueFinalReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueFinalReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueFinalReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionCycleHeader"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleFrameworkVersionName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionCycleHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAuditDate"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAuditDates"}},{"kind":"Field","name":{"kind":"Name","value":"auditDays"}},{"kind":"Field","name":{"kind":"Name","value":"auditDaysComputed"}},{"kind":"Field","name":{"kind":"Name","value":"computedAuditDays"}},{"kind":"Field","name":{"kind":"Name","value":"auditDaysOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditors"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleFrameworkVersionName"}}]}}]} as unknown as DocumentNode<InstitutionIssueFinalReportMutation, InstitutionIssueFinalReportMutationVariables>;
export const InstitutionProposeAuditDatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstitutionProposeAuditDates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeAuditDatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeAuditDates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionCycleHeader"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleFrameworkVersionName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionCycleHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAuditDate"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAuditDates"}},{"kind":"Field","name":{"kind":"Name","value":"auditDays"}},{"kind":"Field","name":{"kind":"Name","value":"auditDaysComputed"}},{"kind":"Field","name":{"kind":"Name","value":"computedAuditDays"}},{"kind":"Field","name":{"kind":"Name","value":"auditDaysOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditors"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleFrameworkVersionName"}}]}}]} as unknown as DocumentNode<InstitutionProposeAuditDatesMutation, InstitutionProposeAuditDatesMutationVariables>;
export const NotificationsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeCategory"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsListQuery, NotificationsListQueryVariables>;
export const NotificationsMarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationsMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<NotificationsMarkReadMutation, NotificationsMarkReadMutationVariables>;
export const NotificationsUnreadCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationsUnreadCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<NotificationsUnreadCountQuery, NotificationsUnreadCountQueryVariables>;
export const CompletePreparationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompletePreparation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompletePreparationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completePreparation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleOverview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleViewerCan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationImprovementPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"normTitle"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"belowMeets"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"internalAudits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationImprovementPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariantGuideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VariantGuide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreparationGuide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FrameworkVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variantGuide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VariantGuideFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreparationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreparationGuide"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleOverview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleViewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleStatus"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleTimeline"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreparationSummary"}}]}}]} as unknown as DocumentNode<CompletePreparationMutation, CompletePreparationMutationVariables>;
export const CycleProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<CycleProgressQuery, CycleProgressQueryVariables>;
export const SelfEvaluationDelegatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfEvaluationDelegates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationDelegates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<SelfEvaluationDelegatesQuery, SelfEvaluationDelegatesQueryVariables>;
export const DelegateSelfEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DelegateSelfEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SelfEvaluationDelegationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegateSelfEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationDelegates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<DelegateSelfEvaluationMutation, DelegateSelfEvaluationMutationVariables>;
export const WithdrawSelfEvaluationDelegationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawSelfEvaluationDelegation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SelfEvaluationDelegationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawSelfEvaluationDelegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationDelegates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawSelfEvaluationDelegationMutation, WithdrawSelfEvaluationDelegationMutationVariables>;
export const SelfEvaluationLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfEvaluationLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnswerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfEvaluationAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]} as unknown as DocumentNode<SelfEvaluationLiveQuery, SelfEvaluationLiveQueryVariables>;
export const FrameworkVersionChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrameworkVersionChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworkVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}}]} as unknown as DocumentNode<FrameworkVersionChoicesQuery, FrameworkVersionChoicesQueryVariables>;
export const StartCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleOverview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleViewerCan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationImprovementPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"normTitle"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"belowMeets"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"internalAudits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationImprovementPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariantGuideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VariantGuide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreparationGuide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FrameworkVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variantGuide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VariantGuideFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreparationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreparationGuide"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleOverview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleViewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleStatus"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleTimeline"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreparationSummary"}}]}}]} as unknown as DocumentNode<StartCycleMutation, StartCycleMutationVariables>;
export const SubmitSelfEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSelfEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CycleCommandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSelfEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationLockedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleViewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleStatus"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleTimeline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationImprovementPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"normTitle"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"belowMeets"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleViewerCan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"internalAudits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationImprovementPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitSelfEvaluationMutation, SubmitSelfEvaluationMutationVariables>;
export const SaveSelfEvaluationAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSelfEvaluationAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSelfEvaluationAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSelfEvaluationAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnswerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfEvaluationAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]} as unknown as DocumentNode<SaveSelfEvaluationAnswerMutation, SaveSelfEvaluationAnswerMutationVariables>;
export const VariantRecommendationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VariantRecommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GuideAnswerInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variantRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}}]}}]}}]}}]} as unknown as DocumentNode<VariantRecommendationQuery, VariantRecommendationQueryVariables>;
export const OrganisationEvidenceCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationEvidenceCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationEvidenceCycleQuery, OrganisationEvidenceCycleQueryVariables>;
export const OrganisationConfirmAuditDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationConfirmAuditDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmAuditDateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAuditDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationExternalAudit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleStatus"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleTimeline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleViewerCan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditFinding"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationImprovementPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"normTitle"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"belowMeets"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationExternalAudit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleViewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"certifyingInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditors"}},{"kind":"Field","name":{"kind":"Name","value":"auditDays"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAuditDates"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAuditDate"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditFinding"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"internalAudits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationImprovementPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrganisationConfirmAuditDateMutation, OrganisationConfirmAuditDateMutationVariables>;
export const OrganisationConfirmAuditProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationConfirmAuditProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CycleCommandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAuditProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditProgrammeView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditProgrammeView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditProgramme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"savedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedByName"}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"groupLabel"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}},{"kind":"Field","name":{"kind":"Name","value":"normIds"}},{"kind":"Field","name":{"kind":"Name","value":"auditorIds"}},{"kind":"Field","name":{"kind":"Name","value":"norms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredNorms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<OrganisationConfirmAuditProgrammeMutation, OrganisationConfirmAuditProgrammeMutationVariables>;
export const OrganisationInstitutionChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationInstitutionChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certifyingInstitutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"admittedOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganisationInstitutionChoicesQuery, OrganisationInstitutionChoicesQueryVariables>;
export const OrganisationEngageInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationEngageInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EngageCertifyingInstitutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engageCertifyingInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationExternalAudit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleStatus"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleTimeline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleViewerCan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditFinding"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationImprovementPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"normTitle"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"belowMeets"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationExternalAudit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleViewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"certifyingInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditors"}},{"kind":"Field","name":{"kind":"Name","value":"auditDays"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAuditDates"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAuditDate"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditFinding"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"internalAudits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationImprovementPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrganisationEngageInstitutionMutation, OrganisationEngageInstitutionMutationVariables>;
export const OrganisationExternalAuditPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationExternalAuditPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationExternalAudit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleViewerCan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditFinding"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationExternalAudit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleViewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"certifyingInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditors"}},{"kind":"Field","name":{"kind":"Name","value":"auditDays"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAuditDates"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAuditDate"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditFinding"}}]}}]}}]} as unknown as DocumentNode<OrganisationExternalAuditPageQuery, OrganisationExternalAuditPageQueryVariables>;
export const OrganisationReplyToDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationReplyToDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToDraftReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToDraftReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationExternalAudit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleStatus"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleTimeline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleViewerCan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditFinding"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationImprovementPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"normTitle"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"belowMeets"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationExternalAudit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleViewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"certifyingInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditors"}},{"kind":"Field","name":{"kind":"Name","value":"auditDays"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAuditDates"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAuditDate"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditFinding"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"internalAudits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationImprovementPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrganisationReplyToDraftMutation, OrganisationReplyToDraftMutationVariables>;
export const OrganisationDeleteImprovementActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationDeleteImprovementAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteImprovementActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteImprovementAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<OrganisationDeleteImprovementActionMutation, OrganisationDeleteImprovementActionMutationVariables>;
export const OrganisationUpdateImprovementActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationUpdateImprovementAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateImprovementActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateImprovementAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<OrganisationUpdateImprovementActionMutation, OrganisationUpdateImprovementActionMutationVariables>;
export const OrganisationSaveImprovementActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationSaveImprovementAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveImprovementActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveImprovementAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationImprovementAction"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationImprovementAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"successIndicator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressNote"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]} as unknown as DocumentNode<OrganisationSaveImprovementActionMutation, OrganisationSaveImprovementActionMutationVariables>;
export const OrganisationImprovementPlanPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationImprovementPlanPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationImprovementPlan"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"norms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleViewerCan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationImprovementPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"normTitle"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"belowMeets"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationImprovementAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"successIndicator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressNote"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CyclePlanReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPlanReviewRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"review"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationImprovementPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleViewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationImprovementPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationImprovementAction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CyclePlanReview"}}]}}]}}]} as unknown as DocumentNode<OrganisationImprovementPlanPageQuery, OrganisationImprovementPlanPageQueryVariables>;
export const OrganisationSubmitImprovementPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationSubmitImprovementPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CycleCommandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitImprovementPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationImprovementPlan"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleStatus"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleTimeline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleViewerCan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationImprovementPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"normTitle"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"belowMeets"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationImprovementAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"successIndicator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressNote"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CyclePlanReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPlanReviewRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"review"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationImprovementPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleViewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationImprovementPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationImprovementAction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CyclePlanReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"internalAudits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationImprovementPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrganisationSubmitImprovementPlanMutation, OrganisationSubmitImprovementPlanMutationVariables>;
export const OrganisationCompleteInternalAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationCompleteInternalAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CycleCommandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeInternalAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleViewerCan"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleStatus"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleTimeline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationImprovementPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"normTitle"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"belowMeets"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleViewerCan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"internalAudits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationImprovementPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrganisationCompleteInternalAuditMutation, OrganisationCompleteInternalAuditMutationVariables>;
export const OrganisationSetInternalAuditStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationSetInternalAuditStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetInternalAuditStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setInternalAuditStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrganisationSetInternalAuditStatusMutation, OrganisationSetInternalAuditStatusMutationVariables>;
export const OrganisationInternalAuditsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationInternalAudits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleViewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"norms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"internalAudits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationInternalAudit"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleViewerCan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationInternalAudit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalAudit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"auditors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<OrganisationInternalAuditsQuery, OrganisationInternalAuditsQueryVariables>;
export const OrganisationRecordInternalFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationRecordInternalFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInternalAuditFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInternalAuditFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<OrganisationRecordInternalFindingMutation, OrganisationRecordInternalFindingMutationVariables>;
export const OrganisationPlanInternalAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationPlanInternalAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanInternalAuditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planInternalAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationInternalAudit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationInternalAudit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternalAudit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"auditors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<OrganisationPlanInternalAuditMutation, OrganisationPlanInternalAuditMutationVariables>;
export const ClimateScanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClimateScan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"climateScan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}}]}}]}}]}}]} as unknown as DocumentNode<ClimateScanQuery, ClimateScanQueryVariables>;
export const AnswerClimateScanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerClimateScan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerClimateScanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerClimateScan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerClimateScanMutation, AnswerClimateScanMutationVariables>;
export const ClimateScanRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClimateScanRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"climateScanRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClimateScanRoundsQuery, ClimateScanRoundsQueryVariables>;
export const ClimateScanResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClimateScanResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"climateScanResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minRespondents"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"shown"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClimateScanResultsQuery, ClimateScanResultsQueryVariables>;
export const OpenClimateScanRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenClimateScanRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenClimateScanRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openClimateScanRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpenClimateScanRoundMutation, OpenClimateScanRoundMutationVariables>;
export const CloseClimateScanRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseClimateScanRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseClimateScanRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeClimateScanRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]} as unknown as DocumentNode<CloseClimateScanRoundMutation, CloseClimateScanRoundMutationVariables>;
export const RecordTeamClimateAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTeamClimateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTeamClimateAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTeamClimateAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<RecordTeamClimateAgreementMutation, RecordTeamClimateAgreementMutationVariables>;
export const ClimateScanQuestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClimateScanQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"climateScanQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClimateQuestionSetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClimateQuestionSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClimateScanQuestionSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}}]}}]} as unknown as DocumentNode<ClimateScanQuestionsQuery, ClimateScanQuestionsQueryVariables>;
export const SaveClimateScanQuestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveClimateScanQuestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveClimateScanQuestionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveClimateScanQuestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClimateQuestionSetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClimateQuestionSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClimateScanQuestionSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}}]}}]} as unknown as DocumentNode<SaveClimateScanQuestionsMutation, SaveClimateScanQuestionsMutationVariables>;
export const OrganisationPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationPeopleQuery, OrganisationPeopleQueryVariables>;
export const LearningSettingsScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LearningSettingsScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningSettingsHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"normPercent"}},{"kind":"Field","name":{"kind":"Name","value":"minContributors"}},{"kind":"Field","name":{"kind":"Name","value":"scanMonths"}},{"kind":"Field","name":{"kind":"Name","value":"scanOpenDays"}},{"kind":"Field","name":{"kind":"Name","value":"farUnderNormPercent"}},{"kind":"Field","name":{"kind":"Name","value":"retentionMonths"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"learningBudgets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LearningSettingsScreenQuery, LearningSettingsScreenQueryVariables>;
export const SetLearningSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetLearningSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetLearningSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLearningSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normPercent"}},{"kind":"Field","name":{"kind":"Name","value":"minContributors"}}]}}]}}]} as unknown as DocumentNode<SetLearningSettingsMutation, SetLearningSettingsMutationVariables>;
export const LearningYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LearningYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"normPercent"}},{"kind":"Field","name":{"kind":"Name","value":"minContributors"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"shown"}},{"kind":"Field","name":{"kind":"Name","value":"usedHours"}},{"kind":"Field","name":{"kind":"Name","value":"offeredHours"}},{"kind":"Field","name":{"kind":"Name","value":"metNorm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"interestCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scanRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"shown"}},{"kind":"Field","name":{"kind":"Name","value":"averages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LearningYearQuery, LearningYearQueryVariables>;
export const StartLearningYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartLearningYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartLearningYearInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startLearningYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartLearningYearMutation, StartLearningYearMutationVariables>;
export const SetLearningBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetLearningBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetLearningBudgetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLearningBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetLearningBudgetMutation, SetLearningBudgetMutationVariables>;
export const SetContractHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetContractHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetContractHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setContractHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetContractHoursMutation, SetContractHoursMutationVariables>;
export const TeamsScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamsScreen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TeamsScreenQuery, TeamsScreenQueryVariables>;
export const SaveTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SaveTeamMutation, SaveTeamMutationVariables>;
export const ArchiveTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveTeamMutation, ArchiveTeamMutationVariables>;
export const InvitePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"mailed"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<InvitePersonMutation, InvitePersonMutationVariables>;
export const PendingInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PendingInvitationsQuery, PendingInvitationsQueryVariables>;
export const CycleLearningDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleLearningDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleLearningDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LearningDashboardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LearningDashboardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningDashboard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"minContributors"}},{"kind":"Field","name":{"kind":"Name","value":"teamsNotShown"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"normPercent"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"shown"}},{"kind":"Field","name":{"kind":"Name","value":"offeredHours"}},{"kind":"Field","name":{"kind":"Name","value":"usedHours"}},{"kind":"Field","name":{"kind":"Name","value":"contributors"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"climateScans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"shown"}},{"kind":"Field","name":{"kind":"Name","value":"averages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"normPercent"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"shown"}},{"kind":"Field","name":{"kind":"Name","value":"usedHours"}},{"kind":"Field","name":{"kind":"Name","value":"offeredHours"}},{"kind":"Field","name":{"kind":"Name","value":"metNorm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"interestCount"}}]}}]}}]}}]} as unknown as DocumentNode<CycleLearningDashboardQuery, CycleLearningDashboardQueryVariables>;
export const PeerVisitLearningDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeerVisitLearningDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"peerVisitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerVisitLearningDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"peerVisitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"peerVisitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LearningDashboardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LearningDashboardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningDashboard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"minContributors"}},{"kind":"Field","name":{"kind":"Name","value":"teamsNotShown"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"normPercent"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"shown"}},{"kind":"Field","name":{"kind":"Name","value":"offeredHours"}},{"kind":"Field","name":{"kind":"Name","value":"usedHours"}},{"kind":"Field","name":{"kind":"Name","value":"contributors"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"climateScans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"shown"}},{"kind":"Field","name":{"kind":"Name","value":"averages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"normPercent"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"shown"}},{"kind":"Field","name":{"kind":"Name","value":"usedHours"}},{"kind":"Field","name":{"kind":"Name","value":"offeredHours"}},{"kind":"Field","name":{"kind":"Name","value":"metNorm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"interestCount"}}]}}]}}]}}]} as unknown as DocumentNode<PeerVisitLearningDashboardQuery, PeerVisitLearningDashboardQueryVariables>;
export const LearningEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LearningEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"learningYearReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"climateScan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}}]}}]} as unknown as DocumentNode<LearningEvidenceQuery, LearningEvidenceQueryVariables>;
export const LearningEvidenceChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LearningEvidenceChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y0"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"r0"},"name":{"kind":"Name","value":"learningYearReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y0"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"r1"},"name":{"kind":"Name","value":"learningYearReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"r2"},"name":{"kind":"Name","value":"learningYearReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"climateScanRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]}}]} as unknown as DocumentNode<LearningEvidenceChoicesQuery, LearningEvidenceChoicesQueryVariables>;
export const LinkLearningEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkLearningEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkLearningEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkLearningEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}}]}}]}}]} as unknown as DocumentNode<LinkLearningEvidenceMutation, LinkLearningEvidenceMutationVariables>;
export const UnlinkLearningEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkLearningEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnlinkLearningEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkLearningEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<UnlinkLearningEvidenceMutation, UnlinkLearningEvidenceMutationVariables>;
export const MyLearningTimeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLearningTime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}}]}}]}}]}}]} as unknown as DocumentNode<MyLearningTimeQuery, MyLearningTimeQueryVariables>;
export const RegisterLearningTimeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterLearningTime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterLearningTimeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerLearningTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterLearningTimeMutation, RegisterLearningTimeMutationVariables>;
export const DeleteLearningTimeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLearningTime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteLearningTimeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLearningTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteLearningTimeMutation, DeleteLearningTimeMutationVariables>;
export const LearningTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LearningTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LearningTeamsQuery, LearningTeamsQueryVariables>;
export const LearningOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LearningOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"normPercent"}},{"kind":"Field","name":{"kind":"Name","value":"minContributors"}},{"kind":"Field","name":{"kind":"Name","value":"budgetHours"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"shown"}},{"kind":"Field","name":{"kind":"Name","value":"offeredHours"}},{"kind":"Field","name":{"kind":"Name","value":"usedHours"}},{"kind":"Field","name":{"kind":"Name","value":"contributors"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<LearningOverviewQuery, LearningOverviewQueryVariables>;
export const SaveLearningContextNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveLearningContextNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveLearningContextNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveLearningContextNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<SaveLearningContextNoteMutation, SaveLearningContextNoteMutationVariables>;
export const LearningGoalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LearningGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LearningGoalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LearningGoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithTeamLead"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<LearningGoalsQuery, LearningGoalsQueryVariables>;
export const GoalCompetenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoalCompetencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworkVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<GoalCompetenciesQuery, GoalCompetenciesQueryVariables>;
export const SaveLearningGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveLearningGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveLearningGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveLearningGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LearningGoalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LearningGoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithTeamLead"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<SaveLearningGoalMutation, SaveLearningGoalMutationVariables>;
export const DeleteLearningGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLearningGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteLearningGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLearningGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteLearningGoalMutation, DeleteLearningGoalMutationVariables>;
export const ExportMyLearningDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportMyLearningData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportMyLearningData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"json"}},{"kind":"Field","name":{"kind":"Name","value":"entriesCsv"}},{"kind":"Field","name":{"kind":"Name","value":"goalsCsv"}}]}}]}}]} as unknown as DocumentNode<ExportMyLearningDataQuery, ExportMyLearningDataQueryVariables>;
export const DeleteMyLearningDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMyLearningData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMyLearningDataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMyLearningData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}}]}}]}}]} as unknown as DocumentNode<DeleteMyLearningDataMutation, DeleteMyLearningDataMutationVariables>;
export const LearningThemesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LearningThemes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningThemes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"interestCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerInterested"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LearningThemesQuery, LearningThemesQueryVariables>;
export const ProposeLearningThemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeLearningTheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeLearningThemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeLearningTheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProposeLearningThemeMutation, ProposeLearningThemeMutationVariables>;
export const ShowInterestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShowInterest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShowInterestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"showInterest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"interestCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerInterested"}}]}}]}}]} as unknown as DocumentNode<ShowInterestMutation, ShowInterestMutationVariables>;
export const LearningSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LearningSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerAttended"}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionParticipantFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LearningSessionsQuery, LearningSessionsQueryVariables>;
export const PlanLearningSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanLearningSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanLearningSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planLearningSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlanLearningSessionMutation, PlanLearningSessionMutationVariables>;
export const RecordLearningSessionAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLearningSessionAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLearningSessionAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLearningSessionAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRecordedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionParticipantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RecordLearningSessionAttendanceMutation, RecordLearningSessionAttendanceMutationVariables>;
export const SessionPlanningTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionPlanningTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SessionPlanningTeamsQuery, SessionPlanningTeamsQueryVariables>;
export const PersonalTasksNavDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonalTasksNav"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRespondentTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPeerVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PersonalTasksNavQuery, PersonalTasksNavQueryVariables>;
export const OrganisationOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationCertificate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleOverview"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleViewerCan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationImprovementPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"normTitle"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"belowMeets"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"internalAudits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationImprovementPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariantGuideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VariantGuide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreparationGuide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FrameworkVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variantGuide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VariantGuideFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreparationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreparationGuide"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationCertificate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnits"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleOverview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleViewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleStatus"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleTimeline"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreparationSummary"}}]}}]} as unknown as DocumentNode<OrganisationOverviewQuery, OrganisationOverviewQueryVariables>;
export const OrgPeerAuditorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgPeerAuditors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerAuditors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOn"}},{"kind":"Field","name":{"kind":"Name","value":"trainingProvider"}},{"kind":"Field","name":{"kind":"Name","value":"trainingValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPeerAuditorsQuery, OrgPeerAuditorsQueryVariables>;
export const OrgNominatePeerAuditorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgNominatePeerAuditor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NominatePeerAuditorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominatePeerAuditor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrgNominatePeerAuditorMutation, OrgNominatePeerAuditorMutationVariables>;
export const OrgRecordPeerAuditorTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgRecordPeerAuditorTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPeerAuditorTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPeerAuditorTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOn"}},{"kind":"Field","name":{"kind":"Name","value":"trainingProvider"}},{"kind":"Field","name":{"kind":"Name","value":"trainingValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"}}]}}]}}]} as unknown as DocumentNode<OrgRecordPeerAuditorTrainingMutation, OrgRecordPeerAuditorTrainingMutationVariables>;
export const OrgLearningReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgLearningReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"peerVisitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LearningReportFields"}},{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOrganisationName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LearningReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerVisitId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedByName"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"normTitle"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"intention"}},{"kind":"Field","name":{"kind":"Name","value":"learningPoints"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<OrgLearningReportQuery, OrgLearningReportQueryVariables>;
export const ReplyToLearningReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToLearningReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToLearningReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToLearningReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LearningReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LearningReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerVisitId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedByName"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"normTitle"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"intention"}},{"kind":"Field","name":{"kind":"Name","value":"learningPoints"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<ReplyToLearningReportMutation, ReplyToLearningReportMutationVariables>;
export const ShareLearningReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareLearningReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LearningReportCommandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareLearningReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LearningReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LearningReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerVisitId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedByName"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"normTitle"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"intention"}},{"kind":"Field","name":{"kind":"Name","value":"learningPoints"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<ShareLearningReportMutation, ShareLearningReportMutationVariables>;
export const MyPeerVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPeerVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPeerVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"learningReportStatus"}},{"kind":"Field","name":{"kind":"Name","value":"auditors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}}]}}]}}]}}]} as unknown as DocumentNode<MyPeerVisitsQuery, MyPeerVisitsQueryVariables>;
export const RecordPeerFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPeerFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPeerFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPeerFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"intention"}},{"kind":"Field","name":{"kind":"Name","value":"learningPoints"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<RecordPeerFindingMutation, RecordPeerFindingMutationVariables>;
export const OrgPeerReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgPeerReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerReviewSignUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodUntil"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"partnersKnown"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"learningReportStatus"}},{"kind":"Field","name":{"kind":"Name","value":"learningReportShared"}},{"kind":"Field","name":{"kind":"Name","value":"auditors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerAuditors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgPeerReviewQuery, OrgPeerReviewQueryVariables>;
export const OrgSignUpForPeerReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgSignUpForPeerReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpForPeerReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUpForPeerReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrgSignUpForPeerReviewMutation, OrgSignUpForPeerReviewMutationVariables>;
export const PeerVisitFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeerVisitFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPeerVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOrganisationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"learningReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"peerVisitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LearningReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LearningReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerVisitId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedByName"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"normTitle"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"intention"}},{"kind":"Field","name":{"kind":"Name","value":"learningPoints"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<PeerVisitFindingsQuery, PeerVisitFindingsQueryVariables>;
export const PeerVisitSelfEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeerVisitSelfEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerVisitSelfEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"peerVisitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerVisitId"}},{"kind":"Field","name":{"kind":"Name","value":"norms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeerVisitSelfEvaluationQuery, PeerVisitSelfEvaluationQueryVariables>;
export const IssueLearningReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueLearningReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueLearningReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueLearningReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LearningReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LearningReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerVisitId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedByName"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"normTitle"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"intention"}},{"kind":"Field","name":{"kind":"Name","value":"learningPoints"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<IssueLearningReportMutation, IssueLearningReportMutationVariables>;
export const FinaliseLearningReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinaliseLearningReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LearningReportCommandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finaliseLearningReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LearningReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LearningReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LearningReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerVisitId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedByName"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"normTitle"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"intention"}},{"kind":"Field","name":{"kind":"Name","value":"learningPoints"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<FinaliseLearningReportMutation, FinaliseLearningReportMutationVariables>;
export const OrgPlanPeerVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPlanPeerVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanPeerVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planPeerVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrgPlanPeerVisitMutation, OrgPlanPeerVisitMutationVariables>;
export const OrgReplanPeerVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgReplanPeerVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplanPeerVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replanPeerVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrgReplanPeerVisitMutation, OrgReplanPeerVisitMutationVariables>;
export const OrgConfirmPeerVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgConfirmPeerVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmPeerVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPeerVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrgConfirmPeerVisitMutation, OrgConfirmPeerVisitMutationVariables>;
export const OrgProposePeerGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgProposePeerGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposePeerGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposePeerGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrgProposePeerGroupMutation, OrgProposePeerGroupMutationVariables>;
export const InviteRespondentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteRespondents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteRespondentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteRespondents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RespondentInvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RespondentInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RespondentInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"respondent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"categoryCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"normCount"}}]}}]} as unknown as DocumentNode<InviteRespondentsMutation, InviteRespondentsMutationVariables>;
export const SelfEvaluationSpreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfEvaluationSpread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationSpread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"norms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NormSpreadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LayerSpreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LayerSpread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"layers"}},{"kind":"Field","name":{"kind":"Name","value":"pooled"}},{"kind":"Field","name":{"kind":"Name","value":"answerCount"}},{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"partlyMeets"}},{"kind":"Field","name":{"kind":"Name","value":"doesNotMeet"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RespondentTextFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RespondentText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NormSpreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NormSpread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"layersDiffer"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LayerSpreadFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LayerSpreadFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RespondentTextFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RespondentTextFields"}}]}}]}}]} as unknown as DocumentNode<SelfEvaluationSpreadQuery, SelfEvaluationSpreadQueryVariables>;
export const MyRespondentTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRespondentTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRespondentTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RespondentInvitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"norms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NormFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RespondentAnswerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RespondentInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RespondentInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"respondent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"categoryCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"normCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Norm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"linkPresumed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RespondentAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RespondentAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MyRespondentTasksQuery, MyRespondentTasksQueryVariables>;
export const SubmitRespondentAnswersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitRespondentAnswers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitRespondentAnswersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitRespondentAnswers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RespondentInvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RespondentInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RespondentInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"respondent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"categoryCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"normCount"}}]}}]} as unknown as DocumentNode<SubmitRespondentAnswersMutation, SubmitRespondentAnswersMutationVariables>;
export const RespondentsPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RespondentsPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"respondentInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RespondentInvitationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RespondentInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RespondentInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"respondent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"categoryCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"normCount"}}]}}]} as unknown as DocumentNode<RespondentsPanelQuery, RespondentsPanelQueryVariables>;
export const SaveRespondentAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveRespondentAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveRespondentAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveRespondentAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RespondentAnswerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RespondentAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RespondentAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SaveRespondentAnswerMutation, SaveRespondentAnswerMutationVariables>;
export const OrganisationSelfEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationSelfEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfEvaluation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleViewerCan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Norm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"linkPresumed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfEvaluationAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfEvaluation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationLockedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleViewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"norms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NormFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnswerFields"}}]}}]}}]} as unknown as DocumentNode<OrganisationSelfEvaluationQuery, OrganisationSelfEvaluationQueryVariables>;
export const PublicRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"certifyingInstitutionName"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkName"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PublicRegisterQuery, PublicRegisterQueryVariables>;
export const PublicVerifyCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicVerifyCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"certifyingInstitutionName"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkName"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PublicVerifyCertificateQuery, PublicVerifyCertificateQueryVariables>;
export const SectorCyclePhaseHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectorCyclePhaseHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromPhase"}},{"kind":"Field","name":{"kind":"Name","value":"toPhase"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]} as unknown as DocumentNode<SectorCyclePhaseHistoryQuery, SectorCyclePhaseHistoryQueryVariables>;
export const SectorDecisionCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectorDecisionCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleViewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifyingInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditors"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleFrameworkVersionName"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleAuditFinding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"norm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"successIndicator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressNote"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CyclePlanReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreTally"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreTally"}}]}},{"kind":"Field","name":{"kind":"Name","value":"normsWithoutFinding"}},{"kind":"Field","name":{"kind":"Name","value":"awardRule"}},{"kind":"Field","name":{"kind":"Name","value":"awardRulePlaceholder"}},{"kind":"Field","name":{"kind":"Name","value":"awardAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"decidingNorms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"norm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationScore"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}},{"kind":"Field","name":{"kind":"Name","value":"blocking"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleViewerCan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleFrameworkVersionName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleAuditFinding"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPoints"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CyclePlanReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPlanReviewRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"review"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreTally"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"partlyMeets"}},{"kind":"Field","name":{"kind":"Name","value":"doesNotMeet"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}}]}}]} as unknown as DocumentNode<SectorDecisionCycleQuery, SectorDecisionCycleQueryVariables>;
export const SectorDecideCertificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SectorDecideCertification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideCertificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideCertification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleViewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleViewerCan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<SectorDecideCertificationMutation, SectorDecideCertificationMutationVariables>;
export const SectorDecisionQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectorDecisionQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"phase"},"value":{"kind":"EnumValue","value":"DECISION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"currentCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"certifyingInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SectorDecisionQueueQuery, SectorDecisionQueueQueryVariables>;
export const SectorImportFrameworkVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SectorImportFrameworkVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFrameworkVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importFrameworkVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectorFrameworkVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariantGuideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VariantGuide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectorFrameworkVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FrameworkVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rulesRevision"}},{"kind":"Field","name":{"kind":"Name","value":"variantGuideRevision"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"awardRule"}},{"kind":"Field","name":{"kind":"Name","value":"certificateValidity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recertificationReminder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftReportReplyWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementPlanDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerAuditorTrainingValidity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerReviewValidity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerVisitSchedulingWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerReportingWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditDaysTable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxFte"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"variantGuide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VariantGuideFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"norms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<SectorImportFrameworkVersionMutation, SectorImportFrameworkVersionMutationVariables>;
export const SectorPublishFrameworkVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SectorPublishFrameworkVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FrameworkVersionCommandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishFrameworkVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SectorPublishFrameworkVersionMutation, SectorPublishFrameworkVersionMutationVariables>;
export const SectorRetireFrameworkVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SectorRetireFrameworkVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FrameworkVersionCommandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireFrameworkVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SectorRetireFrameworkVersionMutation, SectorRetireFrameworkVersionMutationVariables>;
export const SectorFrameworkVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectorFrameworkVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworkVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectorFrameworkVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariantGuideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VariantGuide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectorFrameworkVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FrameworkVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rulesRevision"}},{"kind":"Field","name":{"kind":"Name","value":"variantGuideRevision"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"awardRule"}},{"kind":"Field","name":{"kind":"Name","value":"certificateValidity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recertificationReminder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftReportReplyWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementPlanDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerAuditorTrainingValidity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerReviewValidity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerVisitSchedulingWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerReportingWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditDaysTable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxFte"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"variantGuide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VariantGuideFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"norms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<SectorFrameworkVersionsQuery, SectorFrameworkVersionsQueryVariables>;
export const SectorUpdateSchemeRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SectorUpdateSchemeRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSchemeRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSchemeRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectorFrameworkVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariantGuideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VariantGuide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectorFrameworkVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FrameworkVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rulesRevision"}},{"kind":"Field","name":{"kind":"Name","value":"variantGuideRevision"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"awardRule"}},{"kind":"Field","name":{"kind":"Name","value":"certificateValidity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recertificationReminder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftReportReplyWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementPlanDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerAuditorTrainingValidity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerReviewValidity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerVisitSchedulingWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerReportingWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditDaysTable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxFte"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"variantGuide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VariantGuideFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"norms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<SectorUpdateSchemeRulesMutation, SectorUpdateSchemeRulesMutationVariables>;
export const SectorUpdateVariantGuideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SectorUpdateVariantGuide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVariantGuideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVariantGuide"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectorFrameworkVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariantGuideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VariantGuide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectorFrameworkVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FrameworkVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rulesRevision"}},{"kind":"Field","name":{"kind":"Name","value":"variantGuideRevision"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"awardRule"}},{"kind":"Field","name":{"kind":"Name","value":"certificateValidity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recertificationReminder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftReportReplyWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementPlanDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerAuditorTrainingValidity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerReviewValidity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerVisitSchedulingWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerReportingWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditDaysTable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxFte"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"variantGuide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VariantGuideFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"norms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<SectorUpdateVariantGuideMutation, SectorUpdateVariantGuideMutationVariables>;
export const SectorInsightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectorInsights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectorOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"expiringWithin90Days"}},{"kind":"Field","name":{"kind":"Name","value":"countsPerPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countsPerVariant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timePerPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"averageSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"cycles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"normFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"normCode"}},{"kind":"Field","name":{"kind":"Name","value":"normTitle"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"}},{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"partlyMeets"}},{"kind":"Field","name":{"kind":"Name","value":"doesNotMeet"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}}]}}]}}]}}]} as unknown as DocumentNode<SectorInsightsQuery, SectorInsightsQueryVariables>;
export const SectorLearningFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectorLearningFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectorLearningFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"minOrganisations"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"shareMeetingOwnNorm"}},{"kind":"Field","name":{"kind":"Name","value":"organisationsWithFigures"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scanAverages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationsWithScan"}}]}}]}}]} as unknown as DocumentNode<SectorLearningFiguresQuery, SectorLearningFiguresQueryVariables>;
export const SectorInstitutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectorInstitutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certifyingInstitutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"admitted"}},{"kind":"Field","name":{"kind":"Name","value":"auditors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SectorInstitutionsQuery, SectorInstitutionsQueryVariables>;
export const SectorSetAdmissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SectorSetAdmission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCertifyingInstitutionAdmissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCertifyingInstitutionAdmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"admitted"}}]}}]}}]} as unknown as DocumentNode<SectorSetAdmissionMutation, SectorSetAdmissionMutationVariables>;
export const SectorInstitutionChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectorInstitutionChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certifyingInstitutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"admitted"}}]}}]}}]} as unknown as DocumentNode<SectorInstitutionChoicesQuery, SectorInstitutionChoicesQueryVariables>;
export const SectorOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectorOrganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectorOrganisationRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleNextStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectorOrganisationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"currentCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleNextStep"}},{"kind":"Field","name":{"kind":"Name","value":"certifyingInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<SectorOrganisationsQuery, SectorOrganisationsQueryVariables>;
export const SectorPhaseCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectorPhaseCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectorOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countsPerPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<SectorPhaseCountsQuery, SectorPhaseCountsQueryVariables>;
export const SectorPeerProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectorPeerProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerGroupProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"commonPeriodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"commonPeriodUntil"}},{"kind":"Field","name":{"kind":"Name","value":"signUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectorPeerSignUp"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectorPeerSignUp"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerReviewSignUp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodUntil"}},{"kind":"Field","name":{"kind":"Name","value":"partnersKnown"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}}]}}]} as unknown as DocumentNode<SectorPeerProposalsQuery, SectorPeerProposalsQueryVariables>;
export const SectorPeerUnmatchedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectorPeerUnmatched"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmatchedPeerSignUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"signUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectorPeerSignUp"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectorPeerSignUp"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerReviewSignUp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodUntil"}},{"kind":"Field","name":{"kind":"Name","value":"partnersKnown"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}}]}}]} as unknown as DocumentNode<SectorPeerUnmatchedQuery, SectorPeerUnmatchedQueryVariables>;
export const SectorPeerReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectorPeerReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PROPOSED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectorPeerGroup"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectorPeerGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<SectorPeerReviewQuery, SectorPeerReviewQueryVariables>;
export const SectorFormedPeerGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectorFormedPeerGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"FORMED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectorPeerGroup"}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"learningReportStatus"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitedOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"auditors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectorPeerGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<SectorFormedPeerGroupsQuery, SectorFormedPeerGroupsQueryVariables>;
export const SectorPeerSignUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectorPeerSignUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerReviewSignUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectorPeerSignUp"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectorPeerSignUp"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerReviewSignUp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodUntil"}},{"kind":"Field","name":{"kind":"Name","value":"partnersKnown"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}}]}}]} as unknown as DocumentNode<SectorPeerSignUpsQuery, SectorPeerSignUpsQueryVariables>;
export const SectorRegisterPeerReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SectorRegisterPeerReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPeerReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPeerReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"peerVisitId"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<SectorRegisterPeerReviewMutation, SectorRegisterPeerReviewMutationVariables>;
export const SectorFormPeerGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SectorFormPeerGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FormPeerGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formPeerGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SectorFormPeerGroupMutation, SectorFormPeerGroupMutationVariables>;
export const SectorConfirmPeerGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SectorConfirmPeerGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroupCommandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPeerGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SectorConfirmPeerGroupMutation, SectorConfirmPeerGroupMutationVariables>;
export const SectorDeclinePeerGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SectorDeclinePeerGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclinePeerGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declinePeerGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SectorDeclinePeerGroupMutation, SectorDeclinePeerGroupMutationVariables>;
export const SectorSuspendCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SectorSuspendCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleViewerCan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleViewerCan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<SectorSuspendCertificateMutation, SectorSuspendCertificateMutationVariables>;
export const SectorReinstateCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SectorReinstateCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstateCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleViewerCan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleViewerCan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<SectorReinstateCertificateMutation, SectorReinstateCertificateMutationVariables>;
export const SectorWithdrawCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SectorWithdrawCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleViewerCan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleViewerCan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<SectorWithdrawCertificateMutation, SectorWithdrawCertificateMutationVariables>;
export const SectorRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectorRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"certifyingInstitutionName"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkName"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"}}]}}]}}]}}]} as unknown as DocumentNode<SectorRegisterQuery, SectorRegisterQueryVariables>;
export const CalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<CalendarFeedQuery, CalendarFeedQueryVariables>;
export const RenewCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<RenewCalendarFeedMutation, RenewCalendarFeedMutationVariables>;
export const StopCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopCalendarFeed"}}]}}]} as unknown as DocumentNode<StopCalendarFeedMutation, StopCalendarFeedMutationVariables>;