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

export type AuditDaysBand = {
  __typename?: 'AuditDaysBand';
  days: Scalars['Float']['output'];
  /** Upper bound (inclusive) of the FTE band; null means no upper bound. */
  maxFte?: Maybe<Scalars['Float']['output']>;
};

export type AwardRule =
  | 'NO_DOES_NOT_MEET'
  | 'NO_OPEN_DOES_NOT_MEET_WITHOUT_ACCEPTED_ACTION';

export type CertifyingInstitution = {
  __typename?: 'CertifyingInstitution';
  /** Admitted by the sector body to certify under the scheme. */
  admitted: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Competency = {
  __typename?: 'Competency';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type Cycle = {
  __typename?: 'Cycle';
  frameworkVersion: FrameworkVersion;
  fte: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  organisation: Organisation;
  phase: CyclePhase;
  phaseChangedAt: Scalars['DateTimeISO']['output'];
  /** Self-evaluation progress: norms scored out of norms in scope. */
  progress: Progress;
  scopeUnits: Array<Scalars['String']['output']>;
  selfEvaluationAnswers: Array<SelfEvaluationAnswer>;
  selfEvaluationLockedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  timeline: Array<TimelineStep>;
  variant: CycleVariant;
  /** True when the whole organisation is in scope; otherwise scopeUnits names the units. */
  wholeOrganisation: Scalars['Boolean']['output'];
};

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
  fromPhase?: Maybe<CyclePhase>;
  id: Scalars['ID']['output'];
  seq: Scalars['Int']['output'];
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
  | 'PREPARATION'
  | 'SELF_EVALUATION'
  | 'SELF_EVALUATION_SUBMITTED';

/** The stages of a cycle, as shown on its timeline. */
export type CycleStage =
  | 'CERTIFIED'
  | 'DECISION'
  | 'EXTERNAL_AUDIT'
  | 'IMPROVEMENT_PLAN'
  | 'INTERNAL_AUDIT'
  | 'PREPARATION'
  | 'SELF_EVALUATION';

export type CycleVariant =
  | 'COMBINED'
  | 'EXTERNAL_AUDIT'
  | 'PEER_REVIEW';

export type DurationUnit =
  | 'DAYS'
  | 'MONTHS'
  | 'SECONDS'
  | 'WEEKS';

export type FrameworkCategory = {
  __typename?: 'FrameworkCategory';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  norms: Array<Norm>;
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type FrameworkStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'RETIRED';

export type FrameworkVersion = {
  __typename?: 'FrameworkVersion';
  categories: Array<FrameworkCategory>;
  competencies: Array<Competency>;
  effectiveDate: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** True for demonstration content that is not the official norm text. */
  illustrative: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  rules: SchemeRules;
  status: FrameworkStatus;
  version: Scalars['String']['output'];
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Ends preparation and opens the self-evaluation. */
  completePreparation: Cycle;
  /** Signs in and sets an httpOnly session cookie. */
  login: User;
  logout: Scalars['Boolean']['output'];
  /** Autosaves a draft answer on one norm; only given fields change. */
  saveSelfEvaluationAnswer: SelfEvaluationAnswer;
  /** Starts the cycle of your organisation; if one is open, returns that one. */
  startCycle: Cycle;
  /** Submits the self-evaluation; needs every norm scored, then locks the answers. */
  submitSelfEvaluation: Cycle;
};


export type MutationCompletePreparationArgs = {
  input: CycleCommandInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationSaveSelfEvaluationAnswerArgs = {
  input: SaveSelfEvaluationAnswerInput;
};


export type MutationStartCycleArgs = {
  input: StartCycleInput;
};


export type MutationSubmitSelfEvaluationArgs = {
  input: CycleCommandInput;
};

export type Norm = {
  __typename?: 'Norm';
  code: Scalars['String']['output'];
  competencies: Array<Competency>;
  description: Scalars['String']['output'];
  exampleEvidence: Scalars['String']['output'];
  guidance: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

/** MEETS = voldoet, PARTLY_MEETS = voldoet deels, DOES_NOT_MEET = voldoet niet. */
export type NormScore =
  | 'DOES_NOT_MEET'
  | 'MEETS'
  | 'NOT_APPLICABLE'
  | 'PARTLY_MEETS';

export type Organisation = {
  __typename?: 'Organisation';
  /** The cycle that is still open, if any. */
  currentCycle?: Maybe<Cycle>;
  /** Staff size in full-time equivalents; drives the audit-days table. */
  fte: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  place: Scalars['String']['output'];
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

export type Progress = {
  __typename?: 'Progress';
  done: Scalars['Int']['output'];
  /** Whole percent, rounded down. */
  percent: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  cycle: Cycle;
  /** The cycle's audit trail, oldest first. */
  cycleEvents: Array<CycleEvent>;
  /** The cycles you may see, newest first. */
  cycles: CyclePage;
  /** Published versions; the sector body also sees drafts and retired ones. */
  frameworkVersions: Array<FrameworkVersion>;
  /** The signed-in user, or null. */
  me?: Maybe<User>;
  /** One organisation, if you may see it. */
  organisation: Organisation;
};


export type QueryCycleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCycleEventsArgs = {
  cycleId: Scalars['ID']['input'];
};


export type QueryCyclesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};

export type Role =
  | 'AUDITOR'
  | 'CI_MANAGER'
  | 'ORG_INTERNAL_AUDITOR'
  | 'ORG_QUALITY_OFFICER'
  | 'ORG_VIEWER'
  | 'SECTOR_ADMIN'
  | 'SECTOR_DECIDER';

export type SaveSelfEvaluationAnswerInput = {
  cycleId: Scalars['ID']['input'];
  explanation?: InputMaybe<Scalars['String']['input']>;
  /** What goes well (asked first, on purpose). */
  goesWell?: InputMaybe<Scalars['String']['input']>;
  normId: Scalars['ID']['input'];
  score?: InputMaybe<NormScore>;
  toImprove?: InputMaybe<Scalars['String']['input']>;
};

export type SchemeDuration = {
  __typename?: 'SchemeDuration';
  amount: Scalars['Int']['output'];
  unit: DurationUnit;
};

export type SchemeRules = {
  __typename?: 'SchemeRules';
  auditDaysTable: Array<AuditDaysBand>;
  awardRule: AwardRule;
  certificateValidity: SchemeDuration;
  draftReportReplyWindow: SchemeDuration;
  improvementPlanDue: SchemeDuration;
  /** True while these are LabelCycle placeholders rather than values set by the sector body. */
  placeholder: Scalars['Boolean']['output'];
  /** How long before expiry the recertification reminder goes out. */
  recertificationReminder: SchemeDuration;
  selfEvaluationWindow: SchemeDuration;
};

export type SelfEvaluationAnswer = {
  __typename?: 'SelfEvaluationAnswer';
  explanation: Scalars['String']['output'];
  goesWell: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  normId: Scalars['ID']['output'];
  score?: Maybe<NormScore>;
  toImprove: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Who saved it last. */
  updatedByName: Scalars['String']['output'];
};

export type StartCycleInput = {
  frameworkVersionId: Scalars['ID']['input'];
  /** Staff in full-time equivalents. */
  fte: Scalars['Float']['input'];
  /** Units in scope when not the whole organisation. */
  scopeUnits?: Array<Scalars['String']['input']>;
  variant: CycleVariant;
  /** True for the whole organisation; false to name units in scopeUnits. */
  wholeOrganisation: Scalars['Boolean']['input'];
};

export type StepStatus =
  | 'CURRENT'
  | 'DONE'
  | 'UPCOMING';

export type TimelineStep = {
  __typename?: 'TimelineStep';
  stage: CycleStage;
  status: StepStatus;
};

export type User = {
  __typename?: 'User';
  certifyingInstitution?: Maybe<CertifyingInstitution>;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Set when the user belongs to an organisation. */
  organisation?: Maybe<Organisation>;
  partyKind: PartyKind;
  role: Role;
};

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'User', id: string, name: string, email: string, role: Role, partyKind: PartyKind, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type SessionUserFragment = { __typename?: 'User', id: string, name: string, email: string, role: Role, partyKind: PartyKind, organisation?: { __typename?: 'Organisation', id: string, name: string } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, name: string, email: string, role: Role, partyKind: PartyKind, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } | null };

export type CycleOverviewFragment = { __typename?: 'Cycle', id: string, phase: CyclePhase, phaseChangedAt: string, variant: CycleVariant, wholeOrganisation: boolean, scopeUnits: Array<string>, fte: number, selfEvaluationLockedAt?: string | null, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, illustrative: boolean, name: string, version: string, categories: Array<{ __typename?: 'FrameworkCategory', id: string, code: string, title: string, norms: Array<{ __typename?: 'Norm', id: string, code: string, title: string, description: string, guidance: string, competencies: Array<{ __typename?: 'Competency', id: string, code: string, title: string }> }> }> }, timeline: Array<{ __typename?: 'TimelineStep', stage: CycleStage, status: StepStatus }>, progress: { __typename?: 'Progress', done: number, total: number, percent: number }, selfEvaluationAnswers: Array<{ __typename?: 'SelfEvaluationAnswer', id: string, normId: string, score?: NormScore | null, goesWell: string, toImprove: string, explanation: string, updatedAt: string, updatedByName: string }> };

export type CycleTimelineFragment = { __typename?: 'Cycle', id: string, timeline: Array<{ __typename?: 'TimelineStep', stage: CycleStage, status: StepStatus }> };

export type CycleListQueryVariables = Exact<{ [key: string]: never; }>;


export type CycleListQuery = { __typename?: 'Query', cycles: { __typename?: 'CyclePage', totalCount: number, nodes: Array<{ __typename?: 'Cycle', id: string, phase: CyclePhase, organisation: { __typename?: 'Organisation', id: string, name: string, place: string }, progress: { __typename?: 'Progress', percent: number } }> } };

export type NormFieldsFragment = { __typename?: 'Norm', id: string, code: string, title: string, description: string, guidance: string, competencies: Array<{ __typename?: 'Competency', id: string, code: string, title: string }> };

export type AnswerFieldsFragment = { __typename?: 'SelfEvaluationAnswer', id: string, normId: string, score?: NormScore | null, goesWell: string, toImprove: string, explanation: string, updatedAt: string, updatedByName: string };

export type OrganisationProgressQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganisationProgressQuery = { __typename?: 'Query', organisation: { __typename?: 'Organisation', id: string, name: string, place: string, fte: number, currentCycle?: { __typename?: 'Cycle', id: string, phase: CyclePhase, phaseChangedAt: string, variant: CycleVariant, wholeOrganisation: boolean, scopeUnits: Array<string>, fte: number, selfEvaluationLockedAt?: string | null, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, illustrative: boolean, name: string, version: string, categories: Array<{ __typename?: 'FrameworkCategory', id: string, code: string, title: string, norms: Array<{ __typename?: 'Norm', id: string, code: string, title: string, description: string, guidance: string, competencies: Array<{ __typename?: 'Competency', id: string, code: string, title: string }> }> }> }, timeline: Array<{ __typename?: 'TimelineStep', stage: CycleStage, status: StepStatus }>, progress: { __typename?: 'Progress', done: number, total: number, percent: number }, selfEvaluationAnswers: Array<{ __typename?: 'SelfEvaluationAnswer', id: string, normId: string, score?: NormScore | null, goesWell: string, toImprove: string, explanation: string, updatedAt: string, updatedByName: string }> } | null } };

export type PreparationSummaryFragment = { __typename?: 'Cycle', id: string, variant: CycleVariant, wholeOrganisation: boolean, scopeUnits: Array<string>, fte: number, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, name: string, version: string } };

export type CompletePreparationMutationVariables = Exact<{
  input: CycleCommandInput;
}>;


export type CompletePreparationMutation = { __typename?: 'Mutation', completePreparation: { __typename?: 'Cycle', id: string, phase: CyclePhase, phaseChangedAt: string, variant: CycleVariant, wholeOrganisation: boolean, scopeUnits: Array<string>, fte: number, selfEvaluationLockedAt?: string | null, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, illustrative: boolean, name: string, version: string, categories: Array<{ __typename?: 'FrameworkCategory', id: string, code: string, title: string, norms: Array<{ __typename?: 'Norm', id: string, code: string, title: string, description: string, guidance: string, competencies: Array<{ __typename?: 'Competency', id: string, code: string, title: string }> }> }> }, timeline: Array<{ __typename?: 'TimelineStep', stage: CycleStage, status: StepStatus }>, progress: { __typename?: 'Progress', done: number, total: number, percent: number }, selfEvaluationAnswers: Array<{ __typename?: 'SelfEvaluationAnswer', id: string, normId: string, score?: NormScore | null, goesWell: string, toImprove: string, explanation: string, updatedAt: string, updatedByName: string }> } };

export type CycleProgressQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CycleProgressQuery = { __typename?: 'Query', cycle: { __typename?: 'Cycle', id: string, progress: { __typename?: 'Progress', done: number, total: number, percent: number } } };

export type SelfEvaluationFragment = { __typename?: 'Cycle', id: string, phase: CyclePhase, selfEvaluationLockedAt?: string | null, progress: { __typename?: 'Progress', done: number, total: number, percent: number }, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, categories: Array<{ __typename?: 'FrameworkCategory', id: string, code: string, title: string, norms: Array<{ __typename?: 'Norm', id: string, code: string, title: string, description: string, guidance: string, competencies: Array<{ __typename?: 'Competency', id: string, code: string, title: string }> }> }> }, selfEvaluationAnswers: Array<{ __typename?: 'SelfEvaluationAnswer', id: string, normId: string, score?: NormScore | null, goesWell: string, toImprove: string, explanation: string, updatedAt: string, updatedByName: string }> };

export type FrameworkVersionChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type FrameworkVersionChoicesQuery = { __typename?: 'Query', frameworkVersions: Array<{ __typename?: 'FrameworkVersion', id: string, name: string, version: string, status: FrameworkStatus, illustrative: boolean }> };

export type StartCycleMutationVariables = Exact<{
  input: StartCycleInput;
}>;


export type StartCycleMutation = { __typename?: 'Mutation', startCycle: { __typename?: 'Cycle', id: string, phase: CyclePhase, phaseChangedAt: string, variant: CycleVariant, wholeOrganisation: boolean, scopeUnits: Array<string>, fte: number, selfEvaluationLockedAt?: string | null, frameworkVersion: { __typename?: 'FrameworkVersion', id: string, illustrative: boolean, name: string, version: string, categories: Array<{ __typename?: 'FrameworkCategory', id: string, code: string, title: string, norms: Array<{ __typename?: 'Norm', id: string, code: string, title: string, description: string, guidance: string, competencies: Array<{ __typename?: 'Competency', id: string, code: string, title: string }> }> }> }, timeline: Array<{ __typename?: 'TimelineStep', stage: CycleStage, status: StepStatus }>, progress: { __typename?: 'Progress', done: number, total: number, percent: number }, selfEvaluationAnswers: Array<{ __typename?: 'SelfEvaluationAnswer', id: string, normId: string, score?: NormScore | null, goesWell: string, toImprove: string, explanation: string, updatedAt: string, updatedByName: string }> } };

export type SubmitSelfEvaluationMutationVariables = Exact<{
  input: CycleCommandInput;
}>;


export type SubmitSelfEvaluationMutation = { __typename?: 'Mutation', submitSelfEvaluation: { __typename?: 'Cycle', id: string, phase: CyclePhase, phaseChangedAt: string, selfEvaluationLockedAt?: string | null, progress: { __typename?: 'Progress', done: number, total: number, percent: number }, timeline: Array<{ __typename?: 'TimelineStep', stage: CycleStage, status: StepStatus }> } };

export type SaveSelfEvaluationAnswerMutationVariables = Exact<{
  input: SaveSelfEvaluationAnswerInput;
}>;


export type SaveSelfEvaluationAnswerMutation = { __typename?: 'Mutation', saveSelfEvaluationAnswer: { __typename?: 'SelfEvaluationAnswer', id: string, normId: string, score?: NormScore | null, goesWell: string, toImprove: string, explanation: string, updatedAt: string, updatedByName: string } };

export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"partyKind"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const CycleTimelineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CycleTimelineFragment, unknown>;
export const PreparationSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreparationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PreparationSummaryFragment, unknown>;
export const NormFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Norm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<NormFieldsFragment, unknown>;
export const AnswerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfEvaluationAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}}]}}]} as unknown as DocumentNode<AnswerFieldsFragment, unknown>;
export const SelfEvaluationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfEvaluation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationLockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"norms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NormFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnswerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Norm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfEvaluationAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}}]}}]} as unknown as DocumentNode<SelfEvaluationFragment, unknown>;
export const CycleOverviewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleOverview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleTimeline"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreparationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfEvaluation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Norm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfEvaluationAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreparationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfEvaluation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationLockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"norms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NormFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnswerFields"}}]}}]}}]} as unknown as DocumentNode<CycleOverviewFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"partyKind"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"partyKind"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CycleListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CycleListQuery, CycleListQueryVariables>;
export const OrganisationProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"currentCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleOverview"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreparationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Norm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfEvaluationAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfEvaluation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationLockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"norms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NormFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnswerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleOverview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleTimeline"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreparationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfEvaluation"}}]}}]} as unknown as DocumentNode<OrganisationProgressQuery, OrganisationProgressQueryVariables>;
export const CompletePreparationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompletePreparation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CycleCommandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completePreparation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleOverview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreparationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Norm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfEvaluationAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfEvaluation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationLockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"norms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NormFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnswerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleOverview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleTimeline"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreparationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfEvaluation"}}]}}]} as unknown as DocumentNode<CompletePreparationMutation, CompletePreparationMutationVariables>;
export const CycleProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<CycleProgressQuery, CycleProgressQueryVariables>;
export const FrameworkVersionChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrameworkVersionChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworkVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}}]} as unknown as DocumentNode<FrameworkVersionChoicesQuery, FrameworkVersionChoicesQueryVariables>;
export const StartCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleOverview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreparationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"wholeOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Norm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfEvaluationAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfEvaluation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationLockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"norms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NormFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnswerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleOverview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleTimeline"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreparationSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfEvaluation"}}]}}]} as unknown as DocumentNode<StartCycleMutation, StartCycleMutationVariables>;
export const SubmitSelfEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSelfEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CycleCommandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSelfEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationLockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleTimeline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitSelfEvaluationMutation, SubmitSelfEvaluationMutationVariables>;
export const SaveSelfEvaluationAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSelfEvaluationAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSelfEvaluationAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSelfEvaluationAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnswerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfEvaluationAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"normId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"goesWell"}},{"kind":"Field","name":{"kind":"Name","value":"toImprove"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}}]}}]} as unknown as DocumentNode<SaveSelfEvaluationAnswerMutation, SaveSelfEvaluationAnswerMutationVariables>;