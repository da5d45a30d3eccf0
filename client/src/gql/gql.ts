/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionUser\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    role\n    partyKind\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment CycleOverview on Cycle {\n    id\n    phase\n    phaseChangedAt\n    frameworkVersion {\n      id\n      illustrative\n    }\n    ...CycleTimeline\n    ...PreparationSummary\n    ...SelfEvaluation\n  }\n": typeof types.CycleOverviewFragmentDoc,
    "\n  fragment CycleTimeline on Cycle {\n    id\n    timeline {\n      stage\n      status\n    }\n  }\n": typeof types.CycleTimelineFragmentDoc,
    "\n  query CycleList {\n    cycles(first: 50) {\n      totalCount\n      nodes {\n        id\n        phase\n        organisation {\n          id\n          name\n          place\n        }\n        progress {\n          percent\n        }\n      }\n    }\n  }\n": typeof types.CycleListDocument,
    "\n  fragment NormFields on Norm {\n    id\n    code\n    title\n    description\n    guidance\n    competencies {\n      id\n      code\n      title\n    }\n  }\n": typeof types.NormFieldsFragmentDoc,
    "\n  fragment AnswerFields on SelfEvaluationAnswer {\n    id\n    normId\n    score\n    goesWell\n    toImprove\n    explanation\n    updatedAt\n    updatedByName\n  }\n": typeof types.AnswerFieldsFragmentDoc,
    "\n  query OrganisationProgress($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      place\n      fte\n      currentCycle {\n        ...CycleOverview\n      }\n    }\n  }\n": typeof types.OrganisationProgressDocument,
    "\n  fragment PreparationSummary on Cycle {\n    id\n    variant\n    wholeOrganisation\n    scopeUnits\n    fte\n    frameworkVersion {\n      id\n      name\n      version\n    }\n  }\n": typeof types.PreparationSummaryFragmentDoc,
    "\n  mutation CompletePreparation($input: CycleCommandInput!) {\n    completePreparation(input: $input) {\n      ...CycleOverview\n    }\n  }\n": typeof types.CompletePreparationDocument,
    "\n  query CycleProgress($id: ID!) {\n    cycle(id: $id) {\n      id\n      progress {\n        done\n        total\n        percent\n      }\n    }\n  }\n": typeof types.CycleProgressDocument,
    "\n  fragment SelfEvaluation on Cycle {\n    id\n    phase\n    selfEvaluationLockedAt\n    progress {\n      done\n      total\n      percent\n    }\n    frameworkVersion {\n      id\n      categories {\n        id\n        code\n        title\n        norms {\n          ...NormFields\n        }\n      }\n    }\n    selfEvaluationAnswers {\n      ...AnswerFields\n    }\n  }\n": typeof types.SelfEvaluationFragmentDoc,
    "\n  query FrameworkVersionChoices {\n    frameworkVersions {\n      id\n      name\n      version\n      status\n      illustrative\n    }\n  }\n": typeof types.FrameworkVersionChoicesDocument,
    "\n  mutation StartCycle($input: StartCycleInput!) {\n    startCycle(input: $input) {\n      ...CycleOverview\n    }\n  }\n": typeof types.StartCycleDocument,
    "\n  mutation SubmitSelfEvaluation($input: CycleCommandInput!) {\n    submitSelfEvaluation(input: $input) {\n      id\n      phase\n      phaseChangedAt\n      selfEvaluationLockedAt\n      progress {\n        done\n        total\n        percent\n      }\n      ...CycleTimeline\n    }\n  }\n": typeof types.SubmitSelfEvaluationDocument,
    "\n  mutation SaveSelfEvaluationAnswer($input: SaveSelfEvaluationAnswerInput!) {\n    saveSelfEvaluationAnswer(input: $input) {\n      ...AnswerFields\n    }\n  }\n": typeof types.SaveSelfEvaluationAnswerDocument,
    "\n  fragment EvidenceLinkItem on EvidenceLink {\n    id\n    normId\n    locked\n    carriedOver\n    evidence {\n      id\n      name\n      type\n      size\n      downloadUrl\n    }\n  }\n": typeof types.EvidenceLinkItemFragmentDoc,
    "\n  query CycleEvidence($id: ID!) {\n    cycle(id: $id) {\n      id\n      evidenceLinks {\n        ...EvidenceLinkItem\n      }\n    }\n    evidence(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    evidenceUploadRules {\n      maxBytes\n    }\n  }\n": typeof types.CycleEvidenceDocument,
    "\n  fragment EvidenceItem on Evidence {\n    id\n    name\n    type\n    size\n    createdAt\n    uploadedByName\n    downloadUrl\n    versions {\n      id\n    }\n  }\n": typeof types.EvidenceItemFragmentDoc,
    "\n  query EvidenceLibrary($first: Int!, $after: String, $search: String) {\n    evidence(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...EvidenceItem\n      }\n    }\n    evidenceUploadRules {\n      maxBytes\n    }\n  }\n": typeof types.EvidenceLibraryDocument,
    "\n  mutation LinkEvidence($input: LinkEvidenceInput!) {\n    linkEvidence(input: $input) {\n      ...EvidenceLinkItem\n    }\n  }\n": typeof types.LinkEvidenceDocument,
    "\n  mutation UnlinkEvidence($input: UnlinkEvidenceInput!) {\n    unlinkEvidence(input: $input)\n  }\n": typeof types.UnlinkEvidenceDocument,
};
const documents: Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionUser\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    role\n    partyKind\n    organisation {\n      id\n      name\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  fragment CycleOverview on Cycle {\n    id\n    phase\n    phaseChangedAt\n    frameworkVersion {\n      id\n      illustrative\n    }\n    ...CycleTimeline\n    ...PreparationSummary\n    ...SelfEvaluation\n  }\n": types.CycleOverviewFragmentDoc,
    "\n  fragment CycleTimeline on Cycle {\n    id\n    timeline {\n      stage\n      status\n    }\n  }\n": types.CycleTimelineFragmentDoc,
    "\n  query CycleList {\n    cycles(first: 50) {\n      totalCount\n      nodes {\n        id\n        phase\n        organisation {\n          id\n          name\n          place\n        }\n        progress {\n          percent\n        }\n      }\n    }\n  }\n": types.CycleListDocument,
    "\n  fragment NormFields on Norm {\n    id\n    code\n    title\n    description\n    guidance\n    competencies {\n      id\n      code\n      title\n    }\n  }\n": types.NormFieldsFragmentDoc,
    "\n  fragment AnswerFields on SelfEvaluationAnswer {\n    id\n    normId\n    score\n    goesWell\n    toImprove\n    explanation\n    updatedAt\n    updatedByName\n  }\n": types.AnswerFieldsFragmentDoc,
    "\n  query OrganisationProgress($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      place\n      fte\n      currentCycle {\n        ...CycleOverview\n      }\n    }\n  }\n": types.OrganisationProgressDocument,
    "\n  fragment PreparationSummary on Cycle {\n    id\n    variant\n    wholeOrganisation\n    scopeUnits\n    fte\n    frameworkVersion {\n      id\n      name\n      version\n    }\n  }\n": types.PreparationSummaryFragmentDoc,
    "\n  mutation CompletePreparation($input: CycleCommandInput!) {\n    completePreparation(input: $input) {\n      ...CycleOverview\n    }\n  }\n": types.CompletePreparationDocument,
    "\n  query CycleProgress($id: ID!) {\n    cycle(id: $id) {\n      id\n      progress {\n        done\n        total\n        percent\n      }\n    }\n  }\n": types.CycleProgressDocument,
    "\n  fragment SelfEvaluation on Cycle {\n    id\n    phase\n    selfEvaluationLockedAt\n    progress {\n      done\n      total\n      percent\n    }\n    frameworkVersion {\n      id\n      categories {\n        id\n        code\n        title\n        norms {\n          ...NormFields\n        }\n      }\n    }\n    selfEvaluationAnswers {\n      ...AnswerFields\n    }\n  }\n": types.SelfEvaluationFragmentDoc,
    "\n  query FrameworkVersionChoices {\n    frameworkVersions {\n      id\n      name\n      version\n      status\n      illustrative\n    }\n  }\n": types.FrameworkVersionChoicesDocument,
    "\n  mutation StartCycle($input: StartCycleInput!) {\n    startCycle(input: $input) {\n      ...CycleOverview\n    }\n  }\n": types.StartCycleDocument,
    "\n  mutation SubmitSelfEvaluation($input: CycleCommandInput!) {\n    submitSelfEvaluation(input: $input) {\n      id\n      phase\n      phaseChangedAt\n      selfEvaluationLockedAt\n      progress {\n        done\n        total\n        percent\n      }\n      ...CycleTimeline\n    }\n  }\n": types.SubmitSelfEvaluationDocument,
    "\n  mutation SaveSelfEvaluationAnswer($input: SaveSelfEvaluationAnswerInput!) {\n    saveSelfEvaluationAnswer(input: $input) {\n      ...AnswerFields\n    }\n  }\n": types.SaveSelfEvaluationAnswerDocument,
    "\n  fragment EvidenceLinkItem on EvidenceLink {\n    id\n    normId\n    locked\n    carriedOver\n    evidence {\n      id\n      name\n      type\n      size\n      downloadUrl\n    }\n  }\n": types.EvidenceLinkItemFragmentDoc,
    "\n  query CycleEvidence($id: ID!) {\n    cycle(id: $id) {\n      id\n      evidenceLinks {\n        ...EvidenceLinkItem\n      }\n    }\n    evidence(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    evidenceUploadRules {\n      maxBytes\n    }\n  }\n": types.CycleEvidenceDocument,
    "\n  fragment EvidenceItem on Evidence {\n    id\n    name\n    type\n    size\n    createdAt\n    uploadedByName\n    downloadUrl\n    versions {\n      id\n    }\n  }\n": types.EvidenceItemFragmentDoc,
    "\n  query EvidenceLibrary($first: Int!, $after: String, $search: String) {\n    evidence(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...EvidenceItem\n      }\n    }\n    evidenceUploadRules {\n      maxBytes\n    }\n  }\n": types.EvidenceLibraryDocument,
    "\n  mutation LinkEvidence($input: LinkEvidenceInput!) {\n    linkEvidence(input: $input) {\n      ...EvidenceLinkItem\n    }\n  }\n": types.LinkEvidenceDocument,
    "\n  mutation UnlinkEvidence($input: UnlinkEvidenceInput!) {\n    unlinkEvidence(input: $input)\n  }\n": types.UnlinkEvidenceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    role\n    partyKind\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    name\n    email\n    role\n    partyKind\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CycleOverview on Cycle {\n    id\n    phase\n    phaseChangedAt\n    frameworkVersion {\n      id\n      illustrative\n    }\n    ...CycleTimeline\n    ...PreparationSummary\n    ...SelfEvaluation\n  }\n"): (typeof documents)["\n  fragment CycleOverview on Cycle {\n    id\n    phase\n    phaseChangedAt\n    frameworkVersion {\n      id\n      illustrative\n    }\n    ...CycleTimeline\n    ...PreparationSummary\n    ...SelfEvaluation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CycleTimeline on Cycle {\n    id\n    timeline {\n      stage\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment CycleTimeline on Cycle {\n    id\n    timeline {\n      stage\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleList {\n    cycles(first: 50) {\n      totalCount\n      nodes {\n        id\n        phase\n        organisation {\n          id\n          name\n          place\n        }\n        progress {\n          percent\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CycleList {\n    cycles(first: 50) {\n      totalCount\n      nodes {\n        id\n        phase\n        organisation {\n          id\n          name\n          place\n        }\n        progress {\n          percent\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NormFields on Norm {\n    id\n    code\n    title\n    description\n    guidance\n    competencies {\n      id\n      code\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment NormFields on Norm {\n    id\n    code\n    title\n    description\n    guidance\n    competencies {\n      id\n      code\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnswerFields on SelfEvaluationAnswer {\n    id\n    normId\n    score\n    goesWell\n    toImprove\n    explanation\n    updatedAt\n    updatedByName\n  }\n"): (typeof documents)["\n  fragment AnswerFields on SelfEvaluationAnswer {\n    id\n    normId\n    score\n    goesWell\n    toImprove\n    explanation\n    updatedAt\n    updatedByName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationProgress($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      place\n      fte\n      currentCycle {\n        ...CycleOverview\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationProgress($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      place\n      fte\n      currentCycle {\n        ...CycleOverview\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PreparationSummary on Cycle {\n    id\n    variant\n    wholeOrganisation\n    scopeUnits\n    fte\n    frameworkVersion {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment PreparationSummary on Cycle {\n    id\n    variant\n    wholeOrganisation\n    scopeUnits\n    fte\n    frameworkVersion {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompletePreparation($input: CycleCommandInput!) {\n    completePreparation(input: $input) {\n      ...CycleOverview\n    }\n  }\n"): (typeof documents)["\n  mutation CompletePreparation($input: CycleCommandInput!) {\n    completePreparation(input: $input) {\n      ...CycleOverview\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleProgress($id: ID!) {\n    cycle(id: $id) {\n      id\n      progress {\n        done\n        total\n        percent\n      }\n    }\n  }\n"): (typeof documents)["\n  query CycleProgress($id: ID!) {\n    cycle(id: $id) {\n      id\n      progress {\n        done\n        total\n        percent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SelfEvaluation on Cycle {\n    id\n    phase\n    selfEvaluationLockedAt\n    progress {\n      done\n      total\n      percent\n    }\n    frameworkVersion {\n      id\n      categories {\n        id\n        code\n        title\n        norms {\n          ...NormFields\n        }\n      }\n    }\n    selfEvaluationAnswers {\n      ...AnswerFields\n    }\n  }\n"): (typeof documents)["\n  fragment SelfEvaluation on Cycle {\n    id\n    phase\n    selfEvaluationLockedAt\n    progress {\n      done\n      total\n      percent\n    }\n    frameworkVersion {\n      id\n      categories {\n        id\n        code\n        title\n        norms {\n          ...NormFields\n        }\n      }\n    }\n    selfEvaluationAnswers {\n      ...AnswerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrameworkVersionChoices {\n    frameworkVersions {\n      id\n      name\n      version\n      status\n      illustrative\n    }\n  }\n"): (typeof documents)["\n  query FrameworkVersionChoices {\n    frameworkVersions {\n      id\n      name\n      version\n      status\n      illustrative\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCycle($input: StartCycleInput!) {\n    startCycle(input: $input) {\n      ...CycleOverview\n    }\n  }\n"): (typeof documents)["\n  mutation StartCycle($input: StartCycleInput!) {\n    startCycle(input: $input) {\n      ...CycleOverview\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSelfEvaluation($input: CycleCommandInput!) {\n    submitSelfEvaluation(input: $input) {\n      id\n      phase\n      phaseChangedAt\n      selfEvaluationLockedAt\n      progress {\n        done\n        total\n        percent\n      }\n      ...CycleTimeline\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitSelfEvaluation($input: CycleCommandInput!) {\n    submitSelfEvaluation(input: $input) {\n      id\n      phase\n      phaseChangedAt\n      selfEvaluationLockedAt\n      progress {\n        done\n        total\n        percent\n      }\n      ...CycleTimeline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSelfEvaluationAnswer($input: SaveSelfEvaluationAnswerInput!) {\n    saveSelfEvaluationAnswer(input: $input) {\n      ...AnswerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSelfEvaluationAnswer($input: SaveSelfEvaluationAnswerInput!) {\n    saveSelfEvaluationAnswer(input: $input) {\n      ...AnswerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceLinkItem on EvidenceLink {\n    id\n    normId\n    locked\n    carriedOver\n    evidence {\n      id\n      name\n      type\n      size\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  fragment EvidenceLinkItem on EvidenceLink {\n    id\n    normId\n    locked\n    carriedOver\n    evidence {\n      id\n      name\n      type\n      size\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleEvidence($id: ID!) {\n    cycle(id: $id) {\n      id\n      evidenceLinks {\n        ...EvidenceLinkItem\n      }\n    }\n    evidence(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    evidenceUploadRules {\n      maxBytes\n    }\n  }\n"): (typeof documents)["\n  query CycleEvidence($id: ID!) {\n    cycle(id: $id) {\n      id\n      evidenceLinks {\n        ...EvidenceLinkItem\n      }\n    }\n    evidence(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    evidenceUploadRules {\n      maxBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceItem on Evidence {\n    id\n    name\n    type\n    size\n    createdAt\n    uploadedByName\n    downloadUrl\n    versions {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment EvidenceItem on Evidence {\n    id\n    name\n    type\n    size\n    createdAt\n    uploadedByName\n    downloadUrl\n    versions {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceLibrary($first: Int!, $after: String, $search: String) {\n    evidence(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...EvidenceItem\n      }\n    }\n    evidenceUploadRules {\n      maxBytes\n    }\n  }\n"): (typeof documents)["\n  query EvidenceLibrary($first: Int!, $after: String, $search: String) {\n    evidence(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...EvidenceItem\n      }\n    }\n    evidenceUploadRules {\n      maxBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkEvidence($input: LinkEvidenceInput!) {\n    linkEvidence(input: $input) {\n      ...EvidenceLinkItem\n    }\n  }\n"): (typeof documents)["\n  mutation LinkEvidence($input: LinkEvidenceInput!) {\n    linkEvidence(input: $input) {\n      ...EvidenceLinkItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkEvidence($input: UnlinkEvidenceInput!) {\n    unlinkEvidence(input: $input)\n  }\n"): (typeof documents)["\n  mutation UnlinkEvidence($input: UnlinkEvidenceInput!) {\n    unlinkEvidence(input: $input)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;