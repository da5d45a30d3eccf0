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
    "\n  fragment AuditProgrammeView on AuditProgramme {\n    id\n    cycleId\n    updatedAt\n    savedByName\n    revision\n    confirmedAt\n    confirmedByName\n    slots {\n      day\n      startTime\n      endTime\n      group\n      groupLabel\n      participants\n      headCount\n      normIds\n      auditorIds\n      norms {\n        id\n        code\n        title\n      }\n      auditors {\n        id\n        name\n      }\n    }\n    uncoveredNorms {\n      id\n      code\n    }\n  }\n": typeof types.AuditProgrammeViewFragmentDoc,
    "\n  query AuditProgramme($cycleId: ID!) {\n    auditProgramme(cycleId: $cycleId) {\n      ...AuditProgrammeView\n    }\n  }\n": typeof types.AuditProgrammeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionUser\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    role\n    partyKind\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment EvidenceLinkItem on EvidenceLink {\n    id\n    normId\n    improvementActionId\n    locked\n    carriedOver\n    evidence {\n      id\n      name\n      type\n      size\n      downloadUrl\n    }\n  }\n": typeof types.EvidenceLinkItemFragmentDoc,
    "\n  query CycleEvidence($id: ID!) {\n    cycle(id: $id) {\n      id\n      evidenceLinks {\n        ...EvidenceLinkItem\n      }\n    }\n    evidence(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    evidenceUploadRules {\n      maxBytes\n    }\n  }\n": typeof types.CycleEvidenceDocument,
    "\n  fragment CarryOverCandidate on EvidenceCarryOverCandidate {\n    evidence {\n      id\n      name\n      downloadUrl\n    }\n    normCodes\n    stillValid\n  }\n": typeof types.CarryOverCandidateFragmentDoc,
    "\n  query EvidenceCarryOver($id: ID!) {\n    cycle(id: $id) {\n      id\n      evidenceCarryOver {\n        ...CarryOverCandidate\n      }\n    }\n  }\n": typeof types.EvidenceCarryOverDocument,
    "\n  mutation ConfirmEvidenceStillValid($input: ConfirmEvidenceStillValidInput!) {\n    confirmEvidenceStillValid(input: $input) {\n      ...CarryOverCandidate\n    }\n  }\n": typeof types.ConfirmEvidenceStillValidDocument,
    "\n  fragment EvidenceItem on Evidence {\n    id\n    name\n    originalName\n    type\n    size\n    createdAt\n    uploadedByName\n    downloadUrl\n    versions {\n      id\n    }\n  }\n": typeof types.EvidenceItemFragmentDoc,
    "\n  query EvidenceLibrary($first: Int!, $after: String, $search: String) {\n    evidence(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...EvidenceItem\n        links {\n          id\n          normCode\n          linkedInPhase\n          locked\n          improvementActionId\n          selfEvaluationAnswerId\n        }\n      }\n    }\n    evidenceUploadRules {\n      maxBytes\n      quotaBytes\n      usedBytes\n    }\n  }\n": typeof types.EvidenceLibraryDocument,
    "\n  mutation DeleteEvidence($input: DeleteEvidenceInput!) {\n    deleteEvidence(input: $input)\n  }\n": typeof types.DeleteEvidenceDocument,
    "\n  mutation LinkEvidence($input: LinkEvidenceInput!) {\n    linkEvidence(input: $input) {\n      ...EvidenceLinkItem\n    }\n  }\n": typeof types.LinkEvidenceDocument,
    "\n  mutation UnlinkEvidence($input: UnlinkEvidenceInput!) {\n    unlinkEvidence(input: $input)\n  }\n": typeof types.UnlinkEvidenceDocument,
    "\n  fragment InstitutionCycleHeader on Cycle {\n    id\n    phase\n    step\n    waitingOn\n    ...CycleNextStep\n    viewerCan {\n      action\n      allowed\n    }\n    dueAt\n    overdue\n    phaseChangedAt\n    variant\n    fte\n    confirmedAuditDate\n    proposedAuditDates\n    auditDays\n    auditDaysComputed\n    computedAuditDays\n    auditDaysOverrideReason\n    advice\n    organisation {\n      id\n      name\n      place\n    }\n    ...CycleAuditors\n    ...CycleFrameworkVersionName\n  }\n": typeof types.InstitutionCycleHeaderFragmentDoc,
    "\n  query InstitutionCycle($id: ID!) {\n    cycle(id: $id) {\n      ...InstitutionCycleHeader\n    }\n  }\n": typeof types.InstitutionCycleDocument,
    "\n  query InstitutionEngagement($id: ID!) {\n    me {\n      id\n      certifyingInstitution {\n        id\n        auditors {\n          id\n          name\n        }\n      }\n    }\n    cycle(id: $id) {\n      id\n      computedAuditDays\n    }\n  }\n": typeof types.InstitutionEngagementDocument,
    "\n  mutation InstitutionDeclineEngagement($input: DeclineEngagementInput!) {\n    declineEngagement(input: $input) {\n      id\n      phase\n      step\n    }\n  }\n": typeof types.InstitutionDeclineEngagementDocument,
    "\n  mutation InstitutionAcceptEngagement($input: AcceptEngagementInput!) {\n    acceptEngagement(input: $input) {\n      ...InstitutionCycleHeader\n    }\n  }\n": typeof types.InstitutionAcceptEngagementDocument,
    "\n  fragment InstitutionFinding on AuditFinding {\n    id\n    normId\n    score\n    strengths\n    improvementPoints\n    recordedByName\n    updatedAt\n    revision\n  }\n": typeof types.InstitutionFindingFragmentDoc,
    "\n  query InstitutionFindings($id: ID!) {\n    cycle(id: $id) {\n      id\n      frameworkVersion {\n        id\n        categories {\n          id\n          code\n          title\n          position\n        }\n      }\n      assessment {\n        normId\n        normCode\n        categoryCode\n        norm {\n          id\n          code\n          title\n          description\n        }\n        selfEvaluation {\n          id\n          normId\n          score\n          goesWell\n          toImprove\n          explanation\n        }\n        finding {\n          ...InstitutionFinding\n        }\n      }\n      evidenceLinks {\n        id\n        normId\n        selfEvaluationAnswerId\n        evidence {\n          id\n          name\n          type\n          size\n          downloadUrl\n        }\n      }\n    }\n  }\n": typeof types.InstitutionFindingsDocument,
    "\n  fragment InstitutionInboxCycle on Cycle {\n    id\n    phase\n    step\n    waitingOn\n    ...CycleNextStep\n    viewerCan {\n      action\n      allowed\n    }\n    dueAt\n    overdue\n    confirmedAuditDate\n    proposedAuditDates\n    organisation {\n      id\n      name\n      place\n    }\n    ...CycleAuditors\n  }\n": typeof types.InstitutionInboxCycleFragmentDoc,
    "\n  query InstitutionInbox($first: Int!, $after: String) {\n    cycles(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...InstitutionInboxCycle\n      }\n    }\n  }\n": typeof types.InstitutionInboxDocument,
    "\n  mutation InstitutionRecordAuditFinding($input: RecordAuditFindingInput!) {\n    recordAuditFinding(input: $input) {\n      ...InstitutionFinding\n    }\n  }\n": typeof types.InstitutionRecordAuditFindingDocument,
    "\n  mutation InstitutionReviewImprovementPlan($input: ReviewImprovementPlanInput!) {\n    reviewImprovementPlan(input: $input) {\n      ...InstitutionCycleHeader\n    }\n  }\n": typeof types.InstitutionReviewImprovementPlanDocument,
    "\n  query InstitutionPlan($id: ID!) {\n    cycle(id: $id) {\n      id\n      improvementPoints {\n        findingId\n        normId\n        normCode\n        normTitle\n        score\n        improvementPoints\n        belowMeets\n        covered\n        actionCount\n      }\n      improvementActions {\n        id\n        normId\n        normCode\n        what\n        owner\n        dueDate\n        successIndicator\n        status\n      }\n      planReviews {\n        ...CyclePlanReview\n      }\n      evidenceLinks {\n        id\n        improvementActionId\n        evidence {\n          id\n          name\n          size\n          downloadUrl\n        }\n      }\n    }\n  }\n": typeof types.InstitutionPlanDocument,
    "\n  mutation InstitutionSaveAuditProgramme($input: SaveAuditProgrammeInput!) {\n    saveAuditProgramme(input: $input) {\n      ...AuditProgrammeView\n    }\n  }\n": typeof types.InstitutionSaveAuditProgrammeDocument,
    "\n  query InstitutionProgrammeNorms($id: ID!) {\n    cycle(id: $id) {\n      id\n      assessment {\n        normId\n        normCode\n        norm {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.InstitutionProgrammeNormsDocument,
    "\n  query InstitutionReports($id: ID!) {\n    cycle(id: $id) {\n      id\n      reports {\n        ...CycleAuditReport\n      }\n      auditFindings {\n        id\n        normId\n        normCode\n      }\n      frameworkVersion {\n        id\n        categories {\n          id\n          position\n          norms {\n            id\n            code\n            position\n          }\n        }\n      }\n    }\n  }\n": typeof types.InstitutionReportsDocument,
    "\n  mutation InstitutionIssueDraftReport($input: IssueDraftReportInput!) {\n    issueDraftReport(input: $input) {\n      ...InstitutionCycleHeader\n    }\n  }\n": typeof types.InstitutionIssueDraftReportDocument,
    "\n  mutation InstitutionIssueFinalReport($input: IssueFinalReportInput!) {\n    issueFinalReport(input: $input) {\n      ...InstitutionCycleHeader\n    }\n  }\n": typeof types.InstitutionIssueFinalReportDocument,
    "\n  mutation InstitutionProposeAuditDates($input: ProposeAuditDatesInput!) {\n    proposeAuditDates(input: $input) {\n      ...InstitutionCycleHeader\n    }\n  }\n": typeof types.InstitutionProposeAuditDatesDocument,
    "\n  query NotificationsList($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        title\n        body\n        createdAt\n        readAt\n        cycleId\n      }\n    }\n  }\n": typeof types.NotificationsListDocument,
    "\n  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": typeof types.NotificationsMarkReadDocument,
    "\n  query NotificationsUnreadCount {\n    unreadNotificationCount\n  }\n": typeof types.NotificationsUnreadCountDocument,
    "\n  fragment OrganisationCertificate on Certificate {\n    id\n    number\n    status\n    validFrom\n    validUntil\n    variant\n    wholeOrganisation\n    scopeUnits\n  }\n": typeof types.OrganisationCertificateFragmentDoc,
    "\n  fragment CycleAuditors on Cycle {\n    leadAuditor {\n      id\n      name\n    }\n    coAuditor {\n      id\n      name\n    }\n  }\n": typeof types.CycleAuditorsFragmentDoc,
    "\n  fragment CycleFrameworkVersionName on Cycle {\n    frameworkVersion {\n      id\n      name\n      version\n      illustrative\n    }\n  }\n": typeof types.CycleFrameworkVersionNameFragmentDoc,
    "\n  fragment CycleAuditReport on AuditReport {\n    id\n    kind\n    summary\n    strengths\n    improvementPoints\n    advice\n    issuedAt\n    reply\n  }\n": typeof types.CycleAuditReportFragmentDoc,
    "\n  fragment CycleAuditFinding on AuditFinding {\n    id\n    normId\n    normCode\n    score\n    strengths\n    improvementPoints\n  }\n": typeof types.CycleAuditFindingFragmentDoc,
    "\n  fragment CyclePlanReview on ImprovementPlanReviewRecord {\n    id\n    review\n    comments\n    at\n  }\n": typeof types.CyclePlanReviewFragmentDoc,
    "\n  fragment CycleOverview on Cycle {\n    id\n    phase\n    ...CycleViewerCan\n    frameworkVersion {\n      id\n      illustrative\n    }\n    ...CycleStatus\n    ...CycleTimeline\n    ...PreparationSummary\n  }\n": typeof types.CycleOverviewFragmentDoc,
    "\n  fragment CycleStatus on Cycle {\n    id\n    phase\n    step\n    phaseChangedAt\n    ...CycleNextStep\n    decision\n    decisionReason\n  }\n": typeof types.CycleStatusFragmentDoc,
    "\n  fragment CycleTimeline on Cycle {\n    id\n    phase\n    step\n    timeline {\n      stage\n      status\n      measure {\n        key\n        value\n        max\n      }\n    }\n    # Not read here: the commands that answer with this fragment refresh these lists for the other screens.\n    progress {\n      done\n      total\n      percent\n    }\n    internalAudits {\n      id\n      status\n    }\n    improvementPoints {\n      ...OrganisationImprovementPoint\n    }\n    improvementActions {\n      id\n      status\n    }\n  }\n": typeof types.CycleTimelineFragmentDoc,
    "\n  fragment NormFields on Norm {\n    id\n    code\n    title\n    description\n    guidance\n    competencies {\n      id\n      code\n      title\n      linkPresumed\n    }\n  }\n": typeof types.NormFieldsFragmentDoc,
    "\n  fragment AnswerFields on SelfEvaluationAnswer {\n    id\n    normId\n    score\n    goesWell\n    toImprove\n    explanation\n    updatedAt\n    updatedByName\n    revision\n  }\n": typeof types.AnswerFieldsFragmentDoc,
    "\n  fragment PreparationSummary on Cycle {\n    id\n    variant\n    wholeOrganisation\n    scopeUnits\n    fte\n    frameworkVersion {\n      id\n      name\n      version\n      ...PreparationGuide\n    }\n  }\n": typeof types.PreparationSummaryFragmentDoc,
    "\n  mutation CompletePreparation($input: CompletePreparationInput!) {\n    completePreparation(input: $input) {\n      ...CycleOverview\n    }\n  }\n": typeof types.CompletePreparationDocument,
    "\n  query CycleProgress($id: ID!) {\n    cycle(id: $id) {\n      id\n      progress {\n        done\n        total\n        percent\n      }\n    }\n  }\n": typeof types.CycleProgressDocument,
    "\n  query SelfEvaluationDelegates($organisationId: ID!, $cycleId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        name\n        role\n      }\n    }\n    cycle(id: $cycleId) {\n      id\n      selfEvaluationDelegates {\n        id\n        name\n        role\n      }\n    }\n  }\n": typeof types.SelfEvaluationDelegatesDocument,
    "\n  mutation DelegateSelfEvaluation($input: SelfEvaluationDelegationInput!) {\n    delegateSelfEvaluation(input: $input) {\n      id\n      selfEvaluationDelegates {\n        id\n        name\n        role\n      }\n    }\n  }\n": typeof types.DelegateSelfEvaluationDocument,
    "\n  mutation WithdrawSelfEvaluationDelegation($input: SelfEvaluationDelegationInput!) {\n    withdrawSelfEvaluationDelegation(input: $input) {\n      id\n      selfEvaluationDelegates {\n        id\n        name\n        role\n      }\n    }\n  }\n": typeof types.WithdrawSelfEvaluationDelegationDocument,
    "\n  fragment SelfEvaluation on Cycle {\n    id\n    phase\n    selfEvaluationLockedAt\n    ...CycleViewerCan\n    progress {\n      done\n      total\n      percent\n    }\n    frameworkVersion {\n      id\n      categories {\n        id\n        code\n        title\n        norms {\n          ...NormFields\n        }\n      }\n    }\n    selfEvaluationAnswers {\n      ...AnswerFields\n    }\n  }\n": typeof types.SelfEvaluationFragmentDoc,
    "\n  query SelfEvaluationLive($id: ID!) {\n    cycle(id: $id) {\n      id\n      progress {\n        done\n        total\n        percent\n      }\n      selfEvaluationAnswers {\n        ...AnswerFields\n      }\n    }\n  }\n": typeof types.SelfEvaluationLiveDocument,
    "\n  query FrameworkVersionChoices {\n    frameworkVersions {\n      id\n      name\n      version\n      status\n      illustrative\n    }\n  }\n": typeof types.FrameworkVersionChoicesDocument,
    "\n  mutation StartCycle($input: StartCycleInput!) {\n    startCycle(input: $input) {\n      ...CycleOverview\n    }\n  }\n": typeof types.StartCycleDocument,
    "\n  mutation SubmitSelfEvaluation($input: CycleCommandInput!) {\n    submitSelfEvaluation(input: $input) {\n      id\n      phase\n      phaseChangedAt\n      selfEvaluationLockedAt\n      ...CycleViewerCan\n      progress {\n        done\n        total\n        percent\n      }\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n": typeof types.SubmitSelfEvaluationDocument,
    "\n  mutation SaveSelfEvaluationAnswer($input: SaveSelfEvaluationAnswerInput!) {\n    saveSelfEvaluationAnswer(input: $input) {\n      ...AnswerFields\n    }\n  }\n": typeof types.SaveSelfEvaluationAnswerDocument,
    "\n  fragment PreparationGuide on FrameworkVersion {\n    id\n    variantGuide {\n      ...VariantGuideFields\n    }\n  }\n": typeof types.PreparationGuideFragmentDoc,
    "\n  query VariantRecommendation($id: ID!, $answers: [GuideAnswerInput!]!) {\n    frameworkVersion(id: $id) {\n      id\n      variantRecommendation(answers: $answers) {\n        nextQuestion\n        variant\n        wholeOrganisation\n      }\n    }\n  }\n": typeof types.VariantRecommendationDocument,
    "\n  query OrganisationEvidenceCycle($id: ID!) {\n    organisation(id: $id) {\n      id\n      currentCycle {\n        id\n      }\n    }\n  }\n": typeof types.OrganisationEvidenceCycleDocument,
    "\n  mutation OrganisationConfirmAuditDate($input: ConfirmAuditDateInput!) {\n    confirmAuditDate(input: $input) {\n      ...OrganisationExternalAudit\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n": typeof types.OrganisationConfirmAuditDateDocument,
    "\n  mutation OrganisationConfirmAuditProgramme($input: CycleCommandInput!) {\n    confirmAuditProgramme(input: $input) {\n      ...AuditProgrammeView\n    }\n  }\n": typeof types.OrganisationConfirmAuditProgrammeDocument,
    "\n  query OrganisationInstitutionChoices {\n    certifyingInstitutions(admittedOnly: true) {\n      id\n      name\n    }\n  }\n": typeof types.OrganisationInstitutionChoicesDocument,
    "\n  mutation OrganisationEngageInstitution($input: EngageCertifyingInstitutionInput!) {\n    engageCertifyingInstitution(input: $input) {\n      ...OrganisationExternalAudit\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n": typeof types.OrganisationEngageInstitutionDocument,
    "\n  fragment OrganisationExternalAudit on Cycle {\n    id\n    phase\n    step\n    dueAt\n    overdue\n    ...CycleViewerCan\n    certifyingInstitution {\n      id\n      name\n    }\n    ...CycleAuditors\n    auditDays\n    proposedAuditDates\n    confirmedAuditDate\n    advice\n    reports {\n      ...CycleAuditReport\n    }\n    auditFindings {\n      ...CycleAuditFinding\n    }\n  }\n": typeof types.OrganisationExternalAuditFragmentDoc,
    "\n  query OrganisationExternalAuditPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      currentCycle {\n        ...OrganisationExternalAudit\n      }\n    }\n  }\n": typeof types.OrganisationExternalAuditPageDocument,
    "\n  mutation OrganisationReplyToDraft($input: ReplyToDraftReportInput!) {\n    replyToDraftReport(input: $input) {\n      ...OrganisationExternalAudit\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n": typeof types.OrganisationReplyToDraftDocument,
    "\n  mutation OrganisationDeleteImprovementAction($input: DeleteImprovementActionInput!) {\n    deleteImprovementAction(input: $input)\n  }\n": typeof types.OrganisationDeleteImprovementActionDocument,
    "\n  mutation OrganisationUpdateImprovementAction($input: UpdateImprovementActionInput!) {\n    updateImprovementAction(input: $input) {\n      id\n      status\n      progressNote\n      updatedAt\n      updatedByName\n      revision\n    }\n  }\n": typeof types.OrganisationUpdateImprovementActionDocument,
    "\n  mutation OrganisationSaveImprovementAction($input: SaveImprovementActionInput!) {\n    saveImprovementAction(input: $input) {\n      ...OrganisationImprovementAction\n    }\n  }\n": typeof types.OrganisationSaveImprovementActionDocument,
    "\n  fragment OrganisationImprovementPoint on ImprovementPoint {\n    findingId\n    normId\n    normCode\n    normTitle\n    score\n    improvementPoints\n    belowMeets\n    covered\n    actionCount\n  }\n": typeof types.OrganisationImprovementPointFragmentDoc,
    "\n  fragment OrganisationImprovementAction on ImprovementAction {\n    id\n    what\n    owner\n    dueDate\n    successIndicator\n    status\n    progressNote\n    normId\n    normCode\n    carriedOver\n    updatedAt\n    updatedByName\n    revision\n  }\n": typeof types.OrganisationImprovementActionFragmentDoc,
    "\n  fragment OrganisationImprovementPlan on Cycle {\n    id\n    phase\n    step\n    dueAt\n    overdue\n    ...CycleNextStep\n    timeline {\n      stage\n      status\n    }\n    ...CycleViewerCan\n    improvementPoints {\n      ...OrganisationImprovementPoint\n    }\n    improvementActions {\n      ...OrganisationImprovementAction\n    }\n    planReviews {\n      ...CyclePlanReview\n    }\n  }\n": typeof types.OrganisationImprovementPlanFragmentDoc,
    "\n  query OrganisationImprovementPlanPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      currentCycle {\n        ...OrganisationImprovementPlan\n        frameworkVersion {\n          id\n          categories {\n            id\n            title\n            norms {\n              id\n              code\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganisationImprovementPlanPageDocument,
    "\n  mutation OrganisationSubmitImprovementPlan($input: CycleCommandInput!) {\n    submitImprovementPlan(input: $input) {\n      ...OrganisationImprovementPlan\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n": typeof types.OrganisationSubmitImprovementPlanDocument,
    "\n  mutation OrganisationCompleteInternalAudit($input: CycleCommandInput!) {\n    completeInternalAudit(input: $input) {\n      id\n      ...CycleViewerCan\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n": typeof types.OrganisationCompleteInternalAuditDocument,
    "\n  mutation OrganisationSetInternalAuditStatus($input: SetInternalAuditStatusInput!) {\n    setInternalAuditStatus(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.OrganisationSetInternalAuditStatusDocument,
    "\n  fragment OrganisationInternalAudit on InternalAudit {\n    id\n    unit\n    plannedDate\n    status\n    auditors {\n      id\n      name\n      role\n    }\n    findings {\n      id\n      normId\n      normCode\n      strengths\n      improvementPoints\n      recordedByName\n      revision\n    }\n  }\n": typeof types.OrganisationInternalAuditFragmentDoc,
    "\n  query OrganisationInternalAudits($id: ID!) {\n    organisation(id: $id) {\n      id\n      members {\n        id\n        name\n        role\n      }\n      currentCycle {\n        id\n        phase\n        ...CycleViewerCan\n        frameworkVersion {\n          id\n          categories {\n            id\n            title\n            norms {\n              id\n              code\n              title\n            }\n          }\n        }\n        internalAudits {\n          ...OrganisationInternalAudit\n        }\n      }\n    }\n  }\n": typeof types.OrganisationInternalAuditsDocument,
    "\n  mutation OrganisationRecordInternalFinding($input: RecordInternalAuditFindingInput!) {\n    recordInternalAuditFinding(input: $input) {\n      id\n      normId\n      normCode\n      strengths\n      improvementPoints\n      recordedByName\n      revision\n    }\n  }\n": typeof types.OrganisationRecordInternalFindingDocument,
    "\n  mutation OrganisationPlanInternalAudit($input: PlanInternalAuditInput!) {\n    planInternalAudit(input: $input) {\n      ...OrganisationInternalAudit\n    }\n  }\n": typeof types.OrganisationPlanInternalAuditDocument,
    "\n  query ClimateScan {\n    climateScan {\n      round {\n        id\n        period\n        illustrative\n        questions {\n          id\n          condition\n          textNl\n          textEn\n        }\n      }\n      teams {\n        teamId\n        teamName\n        answered\n      }\n    }\n  }\n": typeof types.ClimateScanDocument,
    "\n  mutation AnswerClimateScan($input: AnswerClimateScanInput!) {\n    answerClimateScan(input: $input) {\n      round {\n        id\n      }\n      teams {\n        teamId\n        answered\n      }\n    }\n  }\n": typeof types.AnswerClimateScanDocument,
    "\n  query ClimateScanRounds {\n    climateScanRounds(first: 20) {\n      nodes {\n        id\n        period\n        open\n        illustrative\n        teams {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ClimateScanRoundsDocument,
    "\n  query ClimateScanResults($roundId: ID!) {\n    climateScanResults(roundId: $roundId) {\n      minRespondents\n      round {\n        id\n        period\n        open\n      }\n      teams {\n        teamId\n        teamName\n        shown\n        respondents\n        conditions {\n          condition\n          average\n        }\n        agreement {\n          text\n        }\n      }\n    }\n  }\n": typeof types.ClimateScanResultsDocument,
    "\n  mutation OpenClimateScanRound($input: OpenClimateScanRoundInput!) {\n    openClimateScanRound(input: $input) {\n      id\n    }\n  }\n": typeof types.OpenClimateScanRoundDocument,
    "\n  mutation CloseClimateScanRound($input: CloseClimateScanRoundInput!) {\n    closeClimateScanRound(input: $input) {\n      id\n      open\n    }\n  }\n": typeof types.CloseClimateScanRoundDocument,
    "\n  mutation RecordTeamClimateAgreement($input: RecordTeamClimateAgreementInput!) {\n    recordTeamClimateAgreement(input: $input) {\n      id\n      teamId\n      text\n    }\n  }\n": typeof types.RecordTeamClimateAgreementDocument,
    "\n  query OrganisationPeople($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        name\n        role\n      }\n    }\n  }\n": typeof types.OrganisationPeopleDocument,
    "\n  query LearningSettingsScreen($year: Int!) {\n    learningSettingsHistory(first: 10) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        normPercent\n        minContributors\n      }\n    }\n    learningBudgets(year: $year, first: 50) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        year\n        hours\n        teamId\n        personId\n      }\n    }\n    contractHours(first: 50) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        personId\n        hoursPerWeek\n      }\n    }\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.LearningSettingsScreenDocument,
    "\n  mutation SetLearningSettings($input: SetLearningSettingsInput!) {\n    setLearningSettings(input: $input) {\n      id\n      normPercent\n      minContributors\n    }\n  }\n": typeof types.SetLearningSettingsDocument,
    "\n  mutation SetLearningBudget($input: SetLearningBudgetInput!) {\n    setLearningBudget(input: $input) {\n      id\n    }\n  }\n": typeof types.SetLearningBudgetDocument,
    "\n  mutation SetContractHours($input: SetContractHoursInput!) {\n    setContractHours(input: $input) {\n      id\n    }\n  }\n": typeof types.SetContractHoursDocument,
    "\n  query TeamsScreen {\n    teams(includeArchived: true) {\n      id\n      name\n      archivedAt\n      members {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TeamsScreenDocument,
    "\n  mutation SaveTeam($input: SaveTeamInput!) {\n    saveTeam(input: $input) {\n      id\n      name\n      members {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SaveTeamDocument,
    "\n  mutation ArchiveTeam($input: ArchiveTeamInput!) {\n    archiveTeam(input: $input) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveTeamDocument,
    "\n  query MyLearningTime($first: Int!, $after: String) {\n    myLearningTime(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        date\n        hours\n        kind\n        theme\n      }\n    }\n  }\n": typeof types.MyLearningTimeDocument,
    "\n  mutation RegisterLearningTime($input: RegisterLearningTimeInput!) {\n    registerLearningTime(input: $input) {\n      id\n    }\n  }\n": typeof types.RegisterLearningTimeDocument,
    "\n  mutation DeleteLearningTime($input: DeleteLearningTimeInput!) {\n    deleteLearningTime(input: $input)\n  }\n": typeof types.DeleteLearningTimeDocument,
    "\n  query LearningTeams {\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.LearningTeamsDocument,
    "\n  query LearningOverview($teamId: ID!, $year: Int!) {\n    learningOverview(teamId: $teamId, year: $year) {\n      teamId\n      teamName\n      year\n      normPercent\n      minContributors\n      budgetHours\n      months {\n        month\n        shown\n        offeredHours\n        usedHours\n        contributors\n        note\n      }\n    }\n  }\n": typeof types.LearningOverviewDocument,
    "\n  mutation SaveLearningContextNote($input: SaveLearningContextNoteInput!) {\n    saveLearningContextNote(input: $input) {\n      id\n      month\n      text\n    }\n  }\n": typeof types.SaveLearningContextNoteDocument,
    "\n  fragment LearningGoalFields on LearningGoal {\n    id\n    title\n    description\n    status\n    sharedWithTeamLead\n    mine\n    updatedAt\n    owner {\n      id\n      name\n    }\n    competencies {\n      id\n      code\n      title\n    }\n    steps {\n      text\n      done\n    }\n    reflections {\n      date\n      text\n    }\n  }\n": typeof types.LearningGoalFieldsFragmentDoc,
    "\n  query LearningGoals {\n    learningGoals {\n      ...LearningGoalFields\n    }\n  }\n": typeof types.LearningGoalsDocument,
    "\n  query GoalCompetencies {\n    frameworkVersions {\n      id\n      name\n      competencies {\n        id\n        code\n        title\n      }\n    }\n  }\n": typeof types.GoalCompetenciesDocument,
    "\n  mutation SaveLearningGoal($input: SaveLearningGoalInput!) {\n    saveLearningGoal(input: $input) {\n      ...LearningGoalFields\n    }\n  }\n": typeof types.SaveLearningGoalDocument,
    "\n  mutation DeleteLearningGoal($input: DeleteLearningGoalInput!) {\n    deleteLearningGoal(input: $input)\n  }\n": typeof types.DeleteLearningGoalDocument,
    "\n  query ExportMyLearningData {\n    exportMyLearningData {\n      exportedAt\n      json\n      entriesCsv\n      goalsCsv\n    }\n  }\n": typeof types.ExportMyLearningDataDocument,
    "\n  mutation DeleteMyLearningData($input: DeleteMyLearningDataInput!) {\n    deleteMyLearningData(input: $input) {\n      entries\n      goals\n    }\n  }\n": typeof types.DeleteMyLearningDataDocument,
    "\n  query LearningThemes($first: Int!, $after: String) {\n    learningThemes(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        description\n        interestCount\n        viewerInterested\n        mine\n        status\n        proposedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LearningThemesDocument,
    "\n  mutation ProposeLearningTheme($input: ProposeLearningThemeInput!) {\n    proposeLearningTheme(input: $input) {\n      id\n    }\n  }\n": typeof types.ProposeLearningThemeDocument,
    "\n  mutation ShowInterest($input: ShowInterestInput!) {\n    showInterest(input: $input) {\n      id\n      interestCount\n      viewerInterested\n    }\n  }\n": typeof types.ShowInterestDocument,
    "\n  fragment SessionParticipantFields on LearningSession {\n    participants {\n      attended\n      person {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SessionParticipantFieldsFragmentDoc,
    "\n  query LearningSessions($first: Int!, $after: String) {\n    learningSessions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        kind\n        date\n        hours\n        attendanceRecordedAt\n        participantCount\n        viewerAttended\n        theme {\n          id\n          title\n        }\n        team {\n          id\n          name\n        }\n        ...SessionParticipantFields\n      }\n    }\n  }\n": typeof types.LearningSessionsDocument,
    "\n  mutation PlanLearningSession($input: PlanLearningSessionInput!) {\n    planLearningSession(input: $input) {\n      id\n    }\n  }\n": typeof types.PlanLearningSessionDocument,
    "\n  mutation RecordLearningSessionAttendance($input: RecordLearningSessionAttendanceInput!) {\n    recordLearningSessionAttendance(input: $input) {\n      id\n      attendanceRecordedAt\n      ...SessionParticipantFields\n    }\n  }\n": typeof types.RecordLearningSessionAttendanceDocument,
    "\n  query SessionPlanningTeams {\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.SessionPlanningTeamsDocument,
    "\n  query PersonalTasksNav {\n    myRespondentTasks {\n      invitation {\n        id\n        submittedAt\n      }\n      open\n    }\n    myPeerVisits {\n      id\n    }\n  }\n": typeof types.PersonalTasksNavDocument,
    "\n  query OrganisationOverview($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      place\n      fte\n      certificate {\n        ...OrganisationCertificate\n      }\n      currentCycle {\n        ...CycleOverview\n      }\n    }\n  }\n": typeof types.OrganisationOverviewDocument,
    "\n  query OrgPeerAuditors($organisationId: ID!, $first: Int!, $after: String) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        name\n      }\n    }\n    peerAuditors(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        personId\n        name\n        trainedOn\n        trainingProvider\n        trainingValidUntil\n        trainingStatus\n      }\n    }\n  }\n": typeof types.OrgPeerAuditorsDocument,
    "\n  mutation OrgNominatePeerAuditor($input: NominatePeerAuditorInput!) {\n    nominatePeerAuditor(input: $input) {\n      id\n    }\n  }\n": typeof types.OrgNominatePeerAuditorDocument,
    "\n  mutation OrgRecordPeerAuditorTraining($input: RecordPeerAuditorTrainingInput!) {\n    recordPeerAuditorTraining(input: $input) {\n      id\n      trainedOn\n      trainingProvider\n      trainingValidUntil\n      trainingStatus\n    }\n  }\n": typeof types.OrgRecordPeerAuditorTrainingDocument,
    "\n  query OrgLearningReport($id: ID!) {\n    learningReport(peerVisitId: $id) {\n      ...LearningReportFields\n      visit {\n        id\n        date\n        visitedOrganisationId\n        visitedOrganisationName\n      }\n    }\n  }\n": typeof types.OrgLearningReportDocument,
    "\n  mutation ReplyToLearningReport($input: ReplyToLearningReportInput!) {\n    replyToLearningReport(input: $input) {\n      ...LearningReportFields\n    }\n  }\n": typeof types.ReplyToLearningReportDocument,
    "\n  mutation ShareLearningReport($input: LearningReportCommandInput!) {\n    shareLearningReport(input: $input) {\n      ...LearningReportFields\n    }\n  }\n": typeof types.ShareLearningReportDocument,
    "\n  fragment LearningReportFields on LearningReport {\n    peerVisitId\n    status\n    summary\n    issuedByName\n    reply\n    repliedByName\n    sharedAt\n    findings {\n      id\n      normId\n      normCode\n      normTitle\n      goesWell\n      intention\n      learningPoints\n      revision\n    }\n  }\n": typeof types.LearningReportFieldsFragmentDoc,
    "\n  query MyPeerVisits {\n    myPeerVisits {\n      id\n      date\n      status\n      visitedOrganisationName\n      learningReportStatus\n      auditors {\n        id\n        personId\n        name\n        organisationName\n      }\n    }\n  }\n": typeof types.MyPeerVisitsDocument,
    "\n  mutation RecordPeerFinding($input: RecordPeerFindingInput!) {\n    recordPeerFinding(input: $input) {\n      id\n      normId\n      goesWell\n      intention\n      learningPoints\n      revision\n    }\n  }\n": typeof types.RecordPeerFindingDocument,
    "\n  query OrgPeerReview {\n    peerReviewSignUps(first: 5) {\n      nodes {\n        id\n        status\n        periodFrom\n        periodUntil\n        region\n        fte\n        partnersKnown\n      }\n    }\n    peerGroups(first: 5) {\n      nodes {\n        id\n        status\n        members {\n          organisationId\n          organisationName\n          place\n          fte\n        }\n        visits {\n          id\n          date\n          status\n          visitedOrganisationId\n          visitedOrganisationName\n          learningReportStatus\n          learningReportShared\n          auditors {\n            id\n            name\n            organisationName\n          }\n        }\n        peerAuditors {\n          id\n          name\n          organisationId\n          organisationName\n          trainingStatus\n        }\n      }\n    }\n  }\n": typeof types.OrgPeerReviewDocument,
    "\n  mutation OrgSignUpForPeerReview($input: SignUpForPeerReviewInput!) {\n    signUpForPeerReview(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.OrgSignUpForPeerReviewDocument,
    "\n  query PeerVisitFindings($id: ID!) {\n    myPeerVisits {\n      id\n      date\n      status\n      visitedOrganisationName\n    }\n    learningReport(peerVisitId: $id) {\n      ...LearningReportFields\n    }\n  }\n": typeof types.PeerVisitFindingsDocument,
    "\n  query PeerVisitSelfEvaluation($id: ID!) {\n    peerVisitSelfEvaluation(peerVisitId: $id) {\n      peerVisitId\n      norms {\n        id\n        code\n        title\n      }\n      answers {\n        id\n        normId\n        goesWell\n        explanation\n        toImprove\n      }\n      evidenceLinks {\n        id\n        normCode\n        evidence {\n          id\n          name\n          downloadUrl\n        }\n      }\n    }\n  }\n": typeof types.PeerVisitSelfEvaluationDocument,
    "\n  mutation IssueLearningReport($input: IssueLearningReportInput!) {\n    issueLearningReport(input: $input) {\n      ...LearningReportFields\n    }\n  }\n": typeof types.IssueLearningReportDocument,
    "\n  mutation FinaliseLearningReport($input: LearningReportCommandInput!) {\n    finaliseLearningReport(input: $input) {\n      ...LearningReportFields\n    }\n  }\n": typeof types.FinaliseLearningReportDocument,
    "\n  mutation OrgPlanPeerVisit($input: PlanPeerVisitInput!) {\n    planPeerVisit(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.OrgPlanPeerVisitDocument,
    "\n  mutation OrgReplanPeerVisit($input: ReplanPeerVisitInput!) {\n    replanPeerVisit(input: $input) {\n      id\n      date\n      status\n    }\n  }\n": typeof types.OrgReplanPeerVisitDocument,
    "\n  mutation OrgConfirmPeerVisit($input: ConfirmPeerVisitInput!) {\n    confirmPeerVisit(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.OrgConfirmPeerVisitDocument,
    "\n  mutation OrgProposePeerGroup($input: ProposePeerGroupInput!) {\n    proposePeerGroup(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.OrgProposePeerGroupDocument,
    "\n  mutation InviteRespondents($input: InviteRespondentsInput!) {\n    inviteRespondents(input: $input) {\n      ...RespondentInvitationFields\n    }\n  }\n": typeof types.InviteRespondentsDocument,
    "\n  fragment RespondentInvitationFields on RespondentInvitation {\n    id\n    cycleId\n    respondent {\n      id\n      name\n    }\n    layer\n    categoryCodes\n    dueDate\n    submittedAt\n    answeredCount\n    normCount\n  }\n": typeof types.RespondentInvitationFieldsFragmentDoc,
    "\n  fragment LayerSpreadFields on LayerSpread {\n    layers\n    pooled\n    answerCount\n    meets\n    partlyMeets\n    doesNotMeet\n    notApplicable\n  }\n": typeof types.LayerSpreadFieldsFragmentDoc,
    "\n  fragment RespondentTextFields on RespondentText {\n    answerId\n    layer\n    respondentName\n    text\n  }\n": typeof types.RespondentTextFieldsFragmentDoc,
    "\n  fragment NormSpreadFields on NormSpread {\n    normId\n    layersDiffer\n    total {\n      ...LayerSpreadFields\n    }\n    groups {\n      ...LayerSpreadFields\n    }\n    goesWell {\n      ...RespondentTextFields\n    }\n    toImprove {\n      ...RespondentTextFields\n    }\n  }\n": typeof types.NormSpreadFieldsFragmentDoc,
    "\n  query SelfEvaluationSpread($cycleId: ID!) {\n    selfEvaluationSpread(cycleId: $cycleId) {\n      cycleId\n      invitedCount\n      submittedCount\n      norms {\n        ...NormSpreadFields\n      }\n    }\n  }\n": typeof types.SelfEvaluationSpreadDocument,
    "\n  query MyRespondentTasks {\n    myRespondentTasks {\n      invitation {\n        ...RespondentInvitationFields\n      }\n      organisationName\n      cycleId\n      open\n      norms {\n        ...NormFields\n      }\n      answers {\n        ...RespondentAnswerFields\n      }\n    }\n  }\n": typeof types.MyRespondentTasksDocument,
    "\n  mutation SubmitRespondentAnswers($input: SubmitRespondentAnswersInput!) {\n    submitRespondentAnswers(input: $input) {\n      ...RespondentInvitationFields\n    }\n  }\n": typeof types.SubmitRespondentAnswersDocument,
    "\n  query RespondentsPanel($organisationId: ID!, $cycleId: ID!, $first: Int!, $after: String) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        name\n        role\n      }\n    }\n    respondentInvitations(cycleId: $cycleId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...RespondentInvitationFields\n      }\n    }\n  }\n": typeof types.RespondentsPanelDocument,
    "\n  fragment RespondentAnswerFields on RespondentAnswer {\n    id\n    invitationId\n    normId\n    goesWell\n    toImprove\n    score\n    revision\n    updatedAt\n  }\n": typeof types.RespondentAnswerFieldsFragmentDoc,
    "\n  mutation SaveRespondentAnswer($input: SaveRespondentAnswerInput!) {\n    saveRespondentAnswer(input: $input) {\n      ...RespondentAnswerFields\n    }\n  }\n": typeof types.SaveRespondentAnswerDocument,
    "\n  query OrganisationSelfEvaluation($id: ID!) {\n    organisation(id: $id) {\n      id\n      currentCycle {\n        id\n        ...SelfEvaluation\n      }\n    }\n  }\n": typeof types.OrganisationSelfEvaluationDocument,
    "\n  query PublicRegister($first: Int!, $after: String, $search: String) {\n    register(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        kind\n        certificateNumber\n        organisationName\n        place\n        variant\n        wholeOrganisation\n        scopeUnits\n        certifyingInstitutionName\n        frameworkName\n        frameworkVersion\n        validUntil\n        status\n      }\n    }\n  }\n": typeof types.PublicRegisterDocument,
    "\n  query PublicVerifyCertificate($number: String!) {\n    verifyCertificate(number: $number) {\n      certificateNumber\n      organisationName\n      place\n      variant\n      wholeOrganisation\n      scopeUnits\n      certifyingInstitutionName\n      frameworkName\n      frameworkVersion\n      validFrom\n      validUntil\n      status\n    }\n  }\n": typeof types.PublicVerifyCertificateDocument,
    "\n  query SectorCyclePhaseHistory($cycleId: ID!) {\n    cycleEvents(cycleId: $cycleId) {\n      id\n      at\n      fromPhase\n      toPhase\n      actorName\n    }\n  }\n": typeof types.SectorCyclePhaseHistoryDocument,
    "\n  fragment ScoreTally on ScoreCounts {\n    meets\n    partlyMeets\n    doesNotMeet\n    notApplicable\n  }\n": typeof types.ScoreTallyFragmentDoc,
    "\n  query SectorDecisionCycle($id: ID!) {\n    cycle(id: $id) {\n      id\n      phase\n      step\n      variant\n      wholeOrganisation\n      scopeUnits\n      fte\n      advice\n      decision\n      decisionReason\n      phaseChangedAt\n      dueAt\n      overdue\n      ...CycleNextStep\n      ...CycleViewerCan\n      organisation {\n        id\n        name\n        place\n        certificate {\n          id\n          number\n          status\n          validUntil\n        }\n      }\n      certifyingInstitution {\n        id\n        name\n      }\n      ...CycleAuditors\n      ...CycleFrameworkVersionName\n      reports {\n        ...CycleAuditReport\n      }\n      auditFindings {\n        ...CycleAuditFinding\n      }\n      assessment {\n        normId\n        norm {\n          id\n          title\n        }\n      }\n      improvementActions {\n        id\n        normCode\n        what\n        owner\n        dueDate\n        successIndicator\n        status\n        progressNote\n        carriedOver\n      }\n      planReviews {\n        ...CyclePlanReview\n      }\n      decisionSummary {\n        findings {\n          ...ScoreTally\n        }\n        selfEvaluation {\n          ...ScoreTally\n        }\n        normsWithoutFinding\n        awardRule\n        awardRulePlaceholder\n        awardAllowed\n        decidingNorms {\n          norm {\n            id\n            code\n            title\n          }\n          score\n          selfEvaluationScore\n          actionCount\n          blocking\n        }\n      }\n    }\n  }\n": typeof types.SectorDecisionCycleDocument,
    "\n  mutation SectorDecideCertification($input: DecideCertificationInput!) {\n    decideCertification(input: $input) {\n      id\n      phase\n      step\n      decision\n      decisionReason\n      ...CycleNextStep\n      ...CycleViewerCan\n      dueAt\n      overdue\n      organisation {\n        id\n        certificate {\n          id\n          number\n          status\n          validUntil\n        }\n      }\n    }\n  }\n": typeof types.SectorDecideCertificationDocument,
    "\n  query SectorDecisionQueue($first: Int!, $after: String, $search: String) {\n    organisations(first: $first, after: $after, filter: { phase: DECISION, search: $search }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        place\n        currentCycle {\n          id\n          step\n          advice\n          variant\n          phaseChangedAt\n          dueAt\n          overdue\n          certifyingInstitution {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SectorDecisionQueueDocument,
    "\n  mutation SectorImportFrameworkVersion($input: ImportFrameworkVersionInput!) {\n    importFrameworkVersion(input: $input) {\n      ...SectorFrameworkVersion\n    }\n  }\n": typeof types.SectorImportFrameworkVersionDocument,
    "\n  mutation SectorPublishFrameworkVersion($input: FrameworkVersionCommandInput!) {\n    publishFrameworkVersion(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SectorPublishFrameworkVersionDocument,
    "\n  mutation SectorRetireFrameworkVersion($input: FrameworkVersionCommandInput!) {\n    retireFrameworkVersion(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SectorRetireFrameworkVersionDocument,
    "\n  fragment SectorFrameworkVersion on FrameworkVersion {\n    id\n    rulesRevision\n    variantGuideRevision\n    name\n    version\n    effectiveDate\n    status\n    illustrative\n    createdAt\n    rules {\n      placeholder\n      awardRule\n      certificateValidity {\n        amount\n        unit\n      }\n      recertificationReminder {\n        amount\n        unit\n      }\n      selfEvaluationWindow {\n        amount\n        unit\n      }\n      draftReportReplyWindow {\n        amount\n        unit\n      }\n      improvementPlanDue {\n        amount\n        unit\n      }\n      auditDaysTable {\n        maxFte\n        days\n      }\n    }\n    variantGuide {\n      ...VariantGuideFields\n    }\n    categories {\n      id\n      code\n      title\n      norms {\n        id\n        code\n        title\n      }\n    }\n  }\n": typeof types.SectorFrameworkVersionFragmentDoc,
    "\n  query SectorFrameworkVersions {\n    frameworkVersions {\n      ...SectorFrameworkVersion\n    }\n  }\n": typeof types.SectorFrameworkVersionsDocument,
    "\n  mutation SectorUpdateSchemeRules($input: UpdateSchemeRulesInput!) {\n    updateSchemeRules(input: $input) {\n      ...SectorFrameworkVersion\n    }\n  }\n": typeof types.SectorUpdateSchemeRulesDocument,
    "\n  mutation SectorUpdateVariantGuide($input: UpdateVariantGuideInput!) {\n    updateVariantGuide(input: $input) {\n      ...SectorFrameworkVersion\n    }\n  }\n": typeof types.SectorUpdateVariantGuideDocument,
    "\n  query SectorInsights {\n    sectorOverview {\n      overdueCount\n      expiringWithin90Days\n      countsPerPhase {\n        phase\n        count\n      }\n      countsPerVariant {\n        variant\n        count\n      }\n      timePerPhase {\n        phase\n        averageSeconds\n        cycles\n      }\n      normFindings {\n        normCode\n        normTitle\n        frameworkVersion\n        meets\n        partlyMeets\n        doesNotMeet\n        notApplicable\n      }\n    }\n  }\n": typeof types.SectorInsightsDocument,
    "\n  query SectorInstitutions {\n    certifyingInstitutions {\n      id\n      name\n      admitted\n      auditors {\n        id\n      }\n    }\n  }\n": typeof types.SectorInstitutionsDocument,
    "\n  mutation SectorSetAdmission($input: SetCertifyingInstitutionAdmissionInput!) {\n    setCertifyingInstitutionAdmission(input: $input) {\n      id\n      admitted\n    }\n  }\n": typeof types.SectorSetAdmissionDocument,
    "\n  query SectorInstitutionChoices {\n    certifyingInstitutions {\n      id\n      name\n      admitted\n    }\n  }\n": typeof types.SectorInstitutionChoicesDocument,
    "\n  query SectorOrganisations($first: Int!, $after: String, $filter: OrganisationFilter) {\n    organisations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SectorOrganisationRow\n      }\n    }\n  }\n": typeof types.SectorOrganisationsDocument,
    "\n  fragment SectorOrganisationRow on Organisation {\n    id\n    name\n    place\n    currentCycle {\n      id\n      phase\n      step\n      overdue\n      ...CycleNextStep\n      certifyingInstitution {\n        id\n        name\n      }\n    }\n    certificate {\n      id\n      number\n      status\n      validUntil\n    }\n  }\n": typeof types.SectorOrganisationRowFragmentDoc,
    "\n  query SectorPhaseCounts {\n    sectorOverview {\n      countsPerPhase {\n        phase\n        count\n      }\n    }\n  }\n": typeof types.SectorPhaseCountsDocument,
    "\n  fragment SectorPeerSignUp on PeerReviewSignUp {\n    id\n    status\n    region\n    fte\n    periodFrom\n    periodUntil\n    partnersKnown\n    organisation {\n      id\n      name\n      place\n    }\n  }\n": typeof types.SectorPeerSignUpFragmentDoc,
    "\n  fragment SectorPeerGroup on PeerGroup {\n    id\n    status\n    proposed\n    decidedAt\n    members {\n      organisationId\n      organisationName\n      place\n      fte\n      region\n    }\n  }\n": typeof types.SectorPeerGroupFragmentDoc,
    "\n  query SectorPeerReview {\n    peerGroupProposals {\n      proposals {\n        region\n        commonPeriodFrom\n        commonPeriodUntil\n        signUps {\n          ...SectorPeerSignUp\n        }\n      }\n      unmatched {\n        reason\n        signUp {\n          ...SectorPeerSignUp\n        }\n      }\n    }\n    peerGroups(first: 50, status: PROPOSED) {\n      totalCount\n      nodes {\n        ...SectorPeerGroup\n      }\n    }\n  }\n": typeof types.SectorPeerReviewDocument,
    "\n  query SectorFormedPeerGroups($first: Int!, $after: String) {\n    peerGroups(first: $first, after: $after, status: FORMED) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SectorPeerGroup\n        visits {\n          id\n          date\n          status\n          learningReportStatus\n          registration {\n            id\n            validUntil\n          }\n          visitedOrganisationName\n          auditors {\n            id\n            name\n            organisationName\n          }\n        }\n      }\n    }\n  }\n": typeof types.SectorFormedPeerGroupsDocument,
    "\n  query SectorPeerSignUps($first: Int!, $after: String) {\n    peerReviewSignUps(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SectorPeerSignUp\n      }\n    }\n  }\n": typeof types.SectorPeerSignUpsDocument,
    "\n  mutation SectorRegisterPeerReview($input: RegisterPeerReviewInput!) {\n    registerPeerReview(input: $input) {\n      id\n      peerVisitId\n      validUntil\n    }\n  }\n": typeof types.SectorRegisterPeerReviewDocument,
    "\n  mutation SectorFormPeerGroup($input: FormPeerGroupInput!) {\n    formPeerGroup(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SectorFormPeerGroupDocument,
    "\n  mutation SectorConfirmPeerGroup($input: PeerGroupCommandInput!) {\n    confirmPeerGroup(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SectorConfirmPeerGroupDocument,
    "\n  mutation SectorDeclinePeerGroup($input: DeclinePeerGroupInput!) {\n    declinePeerGroup(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SectorDeclinePeerGroupDocument,
    "\n  mutation SectorSuspendCertificate($input: CertificateActionInput!) {\n    suspendCertificate(input: $input) {\n      id\n      phase\n      step\n      ...CycleViewerCan\n    }\n  }\n": typeof types.SectorSuspendCertificateDocument,
    "\n  mutation SectorReinstateCertificate($input: CertificateActionInput!) {\n    reinstateCertificate(input: $input) {\n      id\n      phase\n      step\n      ...CycleViewerCan\n    }\n  }\n": typeof types.SectorReinstateCertificateDocument,
    "\n  mutation SectorWithdrawCertificate($input: CertificateActionInput!) {\n    withdrawCertificate(input: $input) {\n      id\n      phase\n      step\n      ...CycleViewerCan\n    }\n  }\n": typeof types.SectorWithdrawCertificateDocument,
    "\n  query SectorRegister($first: Int!, $after: String, $search: String) {\n    register(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        certificateNumber\n        cycleId\n        allowedActions\n        organisationName\n        place\n        variant\n        status\n        validFrom\n        validUntil\n        certifyingInstitutionName\n        frameworkName\n        frameworkVersion\n      }\n    }\n  }\n": typeof types.SectorRegisterDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      createdAt\n      locale\n    }\n  }\n": typeof types.CalendarFeedDocument,
    "\n  mutation RenewCalendarFeed {\n    renewCalendarFeed {\n      url\n      createdAt\n    }\n  }\n": typeof types.RenewCalendarFeedDocument,
    "\n  mutation StopCalendarFeed {\n    stopCalendarFeed\n  }\n": typeof types.StopCalendarFeedDocument,
    "\n  fragment VariantGuideFields on VariantGuide {\n    placeholder\n    start\n    questions {\n      key\n      text\n      help\n      options {\n        key\n        label\n        next\n        variant\n        wholeOrganisation\n      }\n    }\n  }\n": typeof types.VariantGuideFieldsFragmentDoc,
    "\n  fragment CycleViewerCan on Cycle {\n    id\n    viewerCan {\n      action\n      allowed\n      code\n      reason\n    }\n  }\n": typeof types.CycleViewerCanFragmentDoc,
    "\n  fragment CycleNextStep on Cycle {\n    id\n    nextStep {\n      party\n      actor\n      task\n      dueAt\n      dueOn\n      overdue\n      openActions\n      overdueActions\n    }\n  }\n": typeof types.CycleNextStepFragmentDoc,
};
const documents: Documents = {
    "\n  fragment AuditProgrammeView on AuditProgramme {\n    id\n    cycleId\n    updatedAt\n    savedByName\n    revision\n    confirmedAt\n    confirmedByName\n    slots {\n      day\n      startTime\n      endTime\n      group\n      groupLabel\n      participants\n      headCount\n      normIds\n      auditorIds\n      norms {\n        id\n        code\n        title\n      }\n      auditors {\n        id\n        name\n      }\n    }\n    uncoveredNorms {\n      id\n      code\n    }\n  }\n": types.AuditProgrammeViewFragmentDoc,
    "\n  query AuditProgramme($cycleId: ID!) {\n    auditProgramme(cycleId: $cycleId) {\n      ...AuditProgrammeView\n    }\n  }\n": types.AuditProgrammeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionUser\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    role\n    partyKind\n    organisation {\n      id\n      name\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  fragment EvidenceLinkItem on EvidenceLink {\n    id\n    normId\n    improvementActionId\n    locked\n    carriedOver\n    evidence {\n      id\n      name\n      type\n      size\n      downloadUrl\n    }\n  }\n": types.EvidenceLinkItemFragmentDoc,
    "\n  query CycleEvidence($id: ID!) {\n    cycle(id: $id) {\n      id\n      evidenceLinks {\n        ...EvidenceLinkItem\n      }\n    }\n    evidence(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    evidenceUploadRules {\n      maxBytes\n    }\n  }\n": types.CycleEvidenceDocument,
    "\n  fragment CarryOverCandidate on EvidenceCarryOverCandidate {\n    evidence {\n      id\n      name\n      downloadUrl\n    }\n    normCodes\n    stillValid\n  }\n": types.CarryOverCandidateFragmentDoc,
    "\n  query EvidenceCarryOver($id: ID!) {\n    cycle(id: $id) {\n      id\n      evidenceCarryOver {\n        ...CarryOverCandidate\n      }\n    }\n  }\n": types.EvidenceCarryOverDocument,
    "\n  mutation ConfirmEvidenceStillValid($input: ConfirmEvidenceStillValidInput!) {\n    confirmEvidenceStillValid(input: $input) {\n      ...CarryOverCandidate\n    }\n  }\n": types.ConfirmEvidenceStillValidDocument,
    "\n  fragment EvidenceItem on Evidence {\n    id\n    name\n    originalName\n    type\n    size\n    createdAt\n    uploadedByName\n    downloadUrl\n    versions {\n      id\n    }\n  }\n": types.EvidenceItemFragmentDoc,
    "\n  query EvidenceLibrary($first: Int!, $after: String, $search: String) {\n    evidence(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...EvidenceItem\n        links {\n          id\n          normCode\n          linkedInPhase\n          locked\n          improvementActionId\n          selfEvaluationAnswerId\n        }\n      }\n    }\n    evidenceUploadRules {\n      maxBytes\n      quotaBytes\n      usedBytes\n    }\n  }\n": types.EvidenceLibraryDocument,
    "\n  mutation DeleteEvidence($input: DeleteEvidenceInput!) {\n    deleteEvidence(input: $input)\n  }\n": types.DeleteEvidenceDocument,
    "\n  mutation LinkEvidence($input: LinkEvidenceInput!) {\n    linkEvidence(input: $input) {\n      ...EvidenceLinkItem\n    }\n  }\n": types.LinkEvidenceDocument,
    "\n  mutation UnlinkEvidence($input: UnlinkEvidenceInput!) {\n    unlinkEvidence(input: $input)\n  }\n": types.UnlinkEvidenceDocument,
    "\n  fragment InstitutionCycleHeader on Cycle {\n    id\n    phase\n    step\n    waitingOn\n    ...CycleNextStep\n    viewerCan {\n      action\n      allowed\n    }\n    dueAt\n    overdue\n    phaseChangedAt\n    variant\n    fte\n    confirmedAuditDate\n    proposedAuditDates\n    auditDays\n    auditDaysComputed\n    computedAuditDays\n    auditDaysOverrideReason\n    advice\n    organisation {\n      id\n      name\n      place\n    }\n    ...CycleAuditors\n    ...CycleFrameworkVersionName\n  }\n": types.InstitutionCycleHeaderFragmentDoc,
    "\n  query InstitutionCycle($id: ID!) {\n    cycle(id: $id) {\n      ...InstitutionCycleHeader\n    }\n  }\n": types.InstitutionCycleDocument,
    "\n  query InstitutionEngagement($id: ID!) {\n    me {\n      id\n      certifyingInstitution {\n        id\n        auditors {\n          id\n          name\n        }\n      }\n    }\n    cycle(id: $id) {\n      id\n      computedAuditDays\n    }\n  }\n": types.InstitutionEngagementDocument,
    "\n  mutation InstitutionDeclineEngagement($input: DeclineEngagementInput!) {\n    declineEngagement(input: $input) {\n      id\n      phase\n      step\n    }\n  }\n": types.InstitutionDeclineEngagementDocument,
    "\n  mutation InstitutionAcceptEngagement($input: AcceptEngagementInput!) {\n    acceptEngagement(input: $input) {\n      ...InstitutionCycleHeader\n    }\n  }\n": types.InstitutionAcceptEngagementDocument,
    "\n  fragment InstitutionFinding on AuditFinding {\n    id\n    normId\n    score\n    strengths\n    improvementPoints\n    recordedByName\n    updatedAt\n    revision\n  }\n": types.InstitutionFindingFragmentDoc,
    "\n  query InstitutionFindings($id: ID!) {\n    cycle(id: $id) {\n      id\n      frameworkVersion {\n        id\n        categories {\n          id\n          code\n          title\n          position\n        }\n      }\n      assessment {\n        normId\n        normCode\n        categoryCode\n        norm {\n          id\n          code\n          title\n          description\n        }\n        selfEvaluation {\n          id\n          normId\n          score\n          goesWell\n          toImprove\n          explanation\n        }\n        finding {\n          ...InstitutionFinding\n        }\n      }\n      evidenceLinks {\n        id\n        normId\n        selfEvaluationAnswerId\n        evidence {\n          id\n          name\n          type\n          size\n          downloadUrl\n        }\n      }\n    }\n  }\n": types.InstitutionFindingsDocument,
    "\n  fragment InstitutionInboxCycle on Cycle {\n    id\n    phase\n    step\n    waitingOn\n    ...CycleNextStep\n    viewerCan {\n      action\n      allowed\n    }\n    dueAt\n    overdue\n    confirmedAuditDate\n    proposedAuditDates\n    organisation {\n      id\n      name\n      place\n    }\n    ...CycleAuditors\n  }\n": types.InstitutionInboxCycleFragmentDoc,
    "\n  query InstitutionInbox($first: Int!, $after: String) {\n    cycles(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...InstitutionInboxCycle\n      }\n    }\n  }\n": types.InstitutionInboxDocument,
    "\n  mutation InstitutionRecordAuditFinding($input: RecordAuditFindingInput!) {\n    recordAuditFinding(input: $input) {\n      ...InstitutionFinding\n    }\n  }\n": types.InstitutionRecordAuditFindingDocument,
    "\n  mutation InstitutionReviewImprovementPlan($input: ReviewImprovementPlanInput!) {\n    reviewImprovementPlan(input: $input) {\n      ...InstitutionCycleHeader\n    }\n  }\n": types.InstitutionReviewImprovementPlanDocument,
    "\n  query InstitutionPlan($id: ID!) {\n    cycle(id: $id) {\n      id\n      improvementPoints {\n        findingId\n        normId\n        normCode\n        normTitle\n        score\n        improvementPoints\n        belowMeets\n        covered\n        actionCount\n      }\n      improvementActions {\n        id\n        normId\n        normCode\n        what\n        owner\n        dueDate\n        successIndicator\n        status\n      }\n      planReviews {\n        ...CyclePlanReview\n      }\n      evidenceLinks {\n        id\n        improvementActionId\n        evidence {\n          id\n          name\n          size\n          downloadUrl\n        }\n      }\n    }\n  }\n": types.InstitutionPlanDocument,
    "\n  mutation InstitutionSaveAuditProgramme($input: SaveAuditProgrammeInput!) {\n    saveAuditProgramme(input: $input) {\n      ...AuditProgrammeView\n    }\n  }\n": types.InstitutionSaveAuditProgrammeDocument,
    "\n  query InstitutionProgrammeNorms($id: ID!) {\n    cycle(id: $id) {\n      id\n      assessment {\n        normId\n        normCode\n        norm {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.InstitutionProgrammeNormsDocument,
    "\n  query InstitutionReports($id: ID!) {\n    cycle(id: $id) {\n      id\n      reports {\n        ...CycleAuditReport\n      }\n      auditFindings {\n        id\n        normId\n        normCode\n      }\n      frameworkVersion {\n        id\n        categories {\n          id\n          position\n          norms {\n            id\n            code\n            position\n          }\n        }\n      }\n    }\n  }\n": types.InstitutionReportsDocument,
    "\n  mutation InstitutionIssueDraftReport($input: IssueDraftReportInput!) {\n    issueDraftReport(input: $input) {\n      ...InstitutionCycleHeader\n    }\n  }\n": types.InstitutionIssueDraftReportDocument,
    "\n  mutation InstitutionIssueFinalReport($input: IssueFinalReportInput!) {\n    issueFinalReport(input: $input) {\n      ...InstitutionCycleHeader\n    }\n  }\n": types.InstitutionIssueFinalReportDocument,
    "\n  mutation InstitutionProposeAuditDates($input: ProposeAuditDatesInput!) {\n    proposeAuditDates(input: $input) {\n      ...InstitutionCycleHeader\n    }\n  }\n": types.InstitutionProposeAuditDatesDocument,
    "\n  query NotificationsList($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        title\n        body\n        createdAt\n        readAt\n        cycleId\n      }\n    }\n  }\n": types.NotificationsListDocument,
    "\n  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": types.NotificationsMarkReadDocument,
    "\n  query NotificationsUnreadCount {\n    unreadNotificationCount\n  }\n": types.NotificationsUnreadCountDocument,
    "\n  fragment OrganisationCertificate on Certificate {\n    id\n    number\n    status\n    validFrom\n    validUntil\n    variant\n    wholeOrganisation\n    scopeUnits\n  }\n": types.OrganisationCertificateFragmentDoc,
    "\n  fragment CycleAuditors on Cycle {\n    leadAuditor {\n      id\n      name\n    }\n    coAuditor {\n      id\n      name\n    }\n  }\n": types.CycleAuditorsFragmentDoc,
    "\n  fragment CycleFrameworkVersionName on Cycle {\n    frameworkVersion {\n      id\n      name\n      version\n      illustrative\n    }\n  }\n": types.CycleFrameworkVersionNameFragmentDoc,
    "\n  fragment CycleAuditReport on AuditReport {\n    id\n    kind\n    summary\n    strengths\n    improvementPoints\n    advice\n    issuedAt\n    reply\n  }\n": types.CycleAuditReportFragmentDoc,
    "\n  fragment CycleAuditFinding on AuditFinding {\n    id\n    normId\n    normCode\n    score\n    strengths\n    improvementPoints\n  }\n": types.CycleAuditFindingFragmentDoc,
    "\n  fragment CyclePlanReview on ImprovementPlanReviewRecord {\n    id\n    review\n    comments\n    at\n  }\n": types.CyclePlanReviewFragmentDoc,
    "\n  fragment CycleOverview on Cycle {\n    id\n    phase\n    ...CycleViewerCan\n    frameworkVersion {\n      id\n      illustrative\n    }\n    ...CycleStatus\n    ...CycleTimeline\n    ...PreparationSummary\n  }\n": types.CycleOverviewFragmentDoc,
    "\n  fragment CycleStatus on Cycle {\n    id\n    phase\n    step\n    phaseChangedAt\n    ...CycleNextStep\n    decision\n    decisionReason\n  }\n": types.CycleStatusFragmentDoc,
    "\n  fragment CycleTimeline on Cycle {\n    id\n    phase\n    step\n    timeline {\n      stage\n      status\n      measure {\n        key\n        value\n        max\n      }\n    }\n    # Not read here: the commands that answer with this fragment refresh these lists for the other screens.\n    progress {\n      done\n      total\n      percent\n    }\n    internalAudits {\n      id\n      status\n    }\n    improvementPoints {\n      ...OrganisationImprovementPoint\n    }\n    improvementActions {\n      id\n      status\n    }\n  }\n": types.CycleTimelineFragmentDoc,
    "\n  fragment NormFields on Norm {\n    id\n    code\n    title\n    description\n    guidance\n    competencies {\n      id\n      code\n      title\n      linkPresumed\n    }\n  }\n": types.NormFieldsFragmentDoc,
    "\n  fragment AnswerFields on SelfEvaluationAnswer {\n    id\n    normId\n    score\n    goesWell\n    toImprove\n    explanation\n    updatedAt\n    updatedByName\n    revision\n  }\n": types.AnswerFieldsFragmentDoc,
    "\n  fragment PreparationSummary on Cycle {\n    id\n    variant\n    wholeOrganisation\n    scopeUnits\n    fte\n    frameworkVersion {\n      id\n      name\n      version\n      ...PreparationGuide\n    }\n  }\n": types.PreparationSummaryFragmentDoc,
    "\n  mutation CompletePreparation($input: CompletePreparationInput!) {\n    completePreparation(input: $input) {\n      ...CycleOverview\n    }\n  }\n": types.CompletePreparationDocument,
    "\n  query CycleProgress($id: ID!) {\n    cycle(id: $id) {\n      id\n      progress {\n        done\n        total\n        percent\n      }\n    }\n  }\n": types.CycleProgressDocument,
    "\n  query SelfEvaluationDelegates($organisationId: ID!, $cycleId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        name\n        role\n      }\n    }\n    cycle(id: $cycleId) {\n      id\n      selfEvaluationDelegates {\n        id\n        name\n        role\n      }\n    }\n  }\n": types.SelfEvaluationDelegatesDocument,
    "\n  mutation DelegateSelfEvaluation($input: SelfEvaluationDelegationInput!) {\n    delegateSelfEvaluation(input: $input) {\n      id\n      selfEvaluationDelegates {\n        id\n        name\n        role\n      }\n    }\n  }\n": types.DelegateSelfEvaluationDocument,
    "\n  mutation WithdrawSelfEvaluationDelegation($input: SelfEvaluationDelegationInput!) {\n    withdrawSelfEvaluationDelegation(input: $input) {\n      id\n      selfEvaluationDelegates {\n        id\n        name\n        role\n      }\n    }\n  }\n": types.WithdrawSelfEvaluationDelegationDocument,
    "\n  fragment SelfEvaluation on Cycle {\n    id\n    phase\n    selfEvaluationLockedAt\n    ...CycleViewerCan\n    progress {\n      done\n      total\n      percent\n    }\n    frameworkVersion {\n      id\n      categories {\n        id\n        code\n        title\n        norms {\n          ...NormFields\n        }\n      }\n    }\n    selfEvaluationAnswers {\n      ...AnswerFields\n    }\n  }\n": types.SelfEvaluationFragmentDoc,
    "\n  query SelfEvaluationLive($id: ID!) {\n    cycle(id: $id) {\n      id\n      progress {\n        done\n        total\n        percent\n      }\n      selfEvaluationAnswers {\n        ...AnswerFields\n      }\n    }\n  }\n": types.SelfEvaluationLiveDocument,
    "\n  query FrameworkVersionChoices {\n    frameworkVersions {\n      id\n      name\n      version\n      status\n      illustrative\n    }\n  }\n": types.FrameworkVersionChoicesDocument,
    "\n  mutation StartCycle($input: StartCycleInput!) {\n    startCycle(input: $input) {\n      ...CycleOverview\n    }\n  }\n": types.StartCycleDocument,
    "\n  mutation SubmitSelfEvaluation($input: CycleCommandInput!) {\n    submitSelfEvaluation(input: $input) {\n      id\n      phase\n      phaseChangedAt\n      selfEvaluationLockedAt\n      ...CycleViewerCan\n      progress {\n        done\n        total\n        percent\n      }\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n": types.SubmitSelfEvaluationDocument,
    "\n  mutation SaveSelfEvaluationAnswer($input: SaveSelfEvaluationAnswerInput!) {\n    saveSelfEvaluationAnswer(input: $input) {\n      ...AnswerFields\n    }\n  }\n": types.SaveSelfEvaluationAnswerDocument,
    "\n  fragment PreparationGuide on FrameworkVersion {\n    id\n    variantGuide {\n      ...VariantGuideFields\n    }\n  }\n": types.PreparationGuideFragmentDoc,
    "\n  query VariantRecommendation($id: ID!, $answers: [GuideAnswerInput!]!) {\n    frameworkVersion(id: $id) {\n      id\n      variantRecommendation(answers: $answers) {\n        nextQuestion\n        variant\n        wholeOrganisation\n      }\n    }\n  }\n": types.VariantRecommendationDocument,
    "\n  query OrganisationEvidenceCycle($id: ID!) {\n    organisation(id: $id) {\n      id\n      currentCycle {\n        id\n      }\n    }\n  }\n": types.OrganisationEvidenceCycleDocument,
    "\n  mutation OrganisationConfirmAuditDate($input: ConfirmAuditDateInput!) {\n    confirmAuditDate(input: $input) {\n      ...OrganisationExternalAudit\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n": types.OrganisationConfirmAuditDateDocument,
    "\n  mutation OrganisationConfirmAuditProgramme($input: CycleCommandInput!) {\n    confirmAuditProgramme(input: $input) {\n      ...AuditProgrammeView\n    }\n  }\n": types.OrganisationConfirmAuditProgrammeDocument,
    "\n  query OrganisationInstitutionChoices {\n    certifyingInstitutions(admittedOnly: true) {\n      id\n      name\n    }\n  }\n": types.OrganisationInstitutionChoicesDocument,
    "\n  mutation OrganisationEngageInstitution($input: EngageCertifyingInstitutionInput!) {\n    engageCertifyingInstitution(input: $input) {\n      ...OrganisationExternalAudit\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n": types.OrganisationEngageInstitutionDocument,
    "\n  fragment OrganisationExternalAudit on Cycle {\n    id\n    phase\n    step\n    dueAt\n    overdue\n    ...CycleViewerCan\n    certifyingInstitution {\n      id\n      name\n    }\n    ...CycleAuditors\n    auditDays\n    proposedAuditDates\n    confirmedAuditDate\n    advice\n    reports {\n      ...CycleAuditReport\n    }\n    auditFindings {\n      ...CycleAuditFinding\n    }\n  }\n": types.OrganisationExternalAuditFragmentDoc,
    "\n  query OrganisationExternalAuditPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      currentCycle {\n        ...OrganisationExternalAudit\n      }\n    }\n  }\n": types.OrganisationExternalAuditPageDocument,
    "\n  mutation OrganisationReplyToDraft($input: ReplyToDraftReportInput!) {\n    replyToDraftReport(input: $input) {\n      ...OrganisationExternalAudit\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n": types.OrganisationReplyToDraftDocument,
    "\n  mutation OrganisationDeleteImprovementAction($input: DeleteImprovementActionInput!) {\n    deleteImprovementAction(input: $input)\n  }\n": types.OrganisationDeleteImprovementActionDocument,
    "\n  mutation OrganisationUpdateImprovementAction($input: UpdateImprovementActionInput!) {\n    updateImprovementAction(input: $input) {\n      id\n      status\n      progressNote\n      updatedAt\n      updatedByName\n      revision\n    }\n  }\n": types.OrganisationUpdateImprovementActionDocument,
    "\n  mutation OrganisationSaveImprovementAction($input: SaveImprovementActionInput!) {\n    saveImprovementAction(input: $input) {\n      ...OrganisationImprovementAction\n    }\n  }\n": types.OrganisationSaveImprovementActionDocument,
    "\n  fragment OrganisationImprovementPoint on ImprovementPoint {\n    findingId\n    normId\n    normCode\n    normTitle\n    score\n    improvementPoints\n    belowMeets\n    covered\n    actionCount\n  }\n": types.OrganisationImprovementPointFragmentDoc,
    "\n  fragment OrganisationImprovementAction on ImprovementAction {\n    id\n    what\n    owner\n    dueDate\n    successIndicator\n    status\n    progressNote\n    normId\n    normCode\n    carriedOver\n    updatedAt\n    updatedByName\n    revision\n  }\n": types.OrganisationImprovementActionFragmentDoc,
    "\n  fragment OrganisationImprovementPlan on Cycle {\n    id\n    phase\n    step\n    dueAt\n    overdue\n    ...CycleNextStep\n    timeline {\n      stage\n      status\n    }\n    ...CycleViewerCan\n    improvementPoints {\n      ...OrganisationImprovementPoint\n    }\n    improvementActions {\n      ...OrganisationImprovementAction\n    }\n    planReviews {\n      ...CyclePlanReview\n    }\n  }\n": types.OrganisationImprovementPlanFragmentDoc,
    "\n  query OrganisationImprovementPlanPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      currentCycle {\n        ...OrganisationImprovementPlan\n        frameworkVersion {\n          id\n          categories {\n            id\n            title\n            norms {\n              id\n              code\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OrganisationImprovementPlanPageDocument,
    "\n  mutation OrganisationSubmitImprovementPlan($input: CycleCommandInput!) {\n    submitImprovementPlan(input: $input) {\n      ...OrganisationImprovementPlan\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n": types.OrganisationSubmitImprovementPlanDocument,
    "\n  mutation OrganisationCompleteInternalAudit($input: CycleCommandInput!) {\n    completeInternalAudit(input: $input) {\n      id\n      ...CycleViewerCan\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n": types.OrganisationCompleteInternalAuditDocument,
    "\n  mutation OrganisationSetInternalAuditStatus($input: SetInternalAuditStatusInput!) {\n    setInternalAuditStatus(input: $input) {\n      id\n      status\n    }\n  }\n": types.OrganisationSetInternalAuditStatusDocument,
    "\n  fragment OrganisationInternalAudit on InternalAudit {\n    id\n    unit\n    plannedDate\n    status\n    auditors {\n      id\n      name\n      role\n    }\n    findings {\n      id\n      normId\n      normCode\n      strengths\n      improvementPoints\n      recordedByName\n      revision\n    }\n  }\n": types.OrganisationInternalAuditFragmentDoc,
    "\n  query OrganisationInternalAudits($id: ID!) {\n    organisation(id: $id) {\n      id\n      members {\n        id\n        name\n        role\n      }\n      currentCycle {\n        id\n        phase\n        ...CycleViewerCan\n        frameworkVersion {\n          id\n          categories {\n            id\n            title\n            norms {\n              id\n              code\n              title\n            }\n          }\n        }\n        internalAudits {\n          ...OrganisationInternalAudit\n        }\n      }\n    }\n  }\n": types.OrganisationInternalAuditsDocument,
    "\n  mutation OrganisationRecordInternalFinding($input: RecordInternalAuditFindingInput!) {\n    recordInternalAuditFinding(input: $input) {\n      id\n      normId\n      normCode\n      strengths\n      improvementPoints\n      recordedByName\n      revision\n    }\n  }\n": types.OrganisationRecordInternalFindingDocument,
    "\n  mutation OrganisationPlanInternalAudit($input: PlanInternalAuditInput!) {\n    planInternalAudit(input: $input) {\n      ...OrganisationInternalAudit\n    }\n  }\n": types.OrganisationPlanInternalAuditDocument,
    "\n  query ClimateScan {\n    climateScan {\n      round {\n        id\n        period\n        illustrative\n        questions {\n          id\n          condition\n          textNl\n          textEn\n        }\n      }\n      teams {\n        teamId\n        teamName\n        answered\n      }\n    }\n  }\n": types.ClimateScanDocument,
    "\n  mutation AnswerClimateScan($input: AnswerClimateScanInput!) {\n    answerClimateScan(input: $input) {\n      round {\n        id\n      }\n      teams {\n        teamId\n        answered\n      }\n    }\n  }\n": types.AnswerClimateScanDocument,
    "\n  query ClimateScanRounds {\n    climateScanRounds(first: 20) {\n      nodes {\n        id\n        period\n        open\n        illustrative\n        teams {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ClimateScanRoundsDocument,
    "\n  query ClimateScanResults($roundId: ID!) {\n    climateScanResults(roundId: $roundId) {\n      minRespondents\n      round {\n        id\n        period\n        open\n      }\n      teams {\n        teamId\n        teamName\n        shown\n        respondents\n        conditions {\n          condition\n          average\n        }\n        agreement {\n          text\n        }\n      }\n    }\n  }\n": types.ClimateScanResultsDocument,
    "\n  mutation OpenClimateScanRound($input: OpenClimateScanRoundInput!) {\n    openClimateScanRound(input: $input) {\n      id\n    }\n  }\n": types.OpenClimateScanRoundDocument,
    "\n  mutation CloseClimateScanRound($input: CloseClimateScanRoundInput!) {\n    closeClimateScanRound(input: $input) {\n      id\n      open\n    }\n  }\n": types.CloseClimateScanRoundDocument,
    "\n  mutation RecordTeamClimateAgreement($input: RecordTeamClimateAgreementInput!) {\n    recordTeamClimateAgreement(input: $input) {\n      id\n      teamId\n      text\n    }\n  }\n": types.RecordTeamClimateAgreementDocument,
    "\n  query OrganisationPeople($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        name\n        role\n      }\n    }\n  }\n": types.OrganisationPeopleDocument,
    "\n  query LearningSettingsScreen($year: Int!) {\n    learningSettingsHistory(first: 10) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        normPercent\n        minContributors\n      }\n    }\n    learningBudgets(year: $year, first: 50) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        year\n        hours\n        teamId\n        personId\n      }\n    }\n    contractHours(first: 50) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        personId\n        hoursPerWeek\n      }\n    }\n    teams {\n      id\n      name\n    }\n  }\n": types.LearningSettingsScreenDocument,
    "\n  mutation SetLearningSettings($input: SetLearningSettingsInput!) {\n    setLearningSettings(input: $input) {\n      id\n      normPercent\n      minContributors\n    }\n  }\n": types.SetLearningSettingsDocument,
    "\n  mutation SetLearningBudget($input: SetLearningBudgetInput!) {\n    setLearningBudget(input: $input) {\n      id\n    }\n  }\n": types.SetLearningBudgetDocument,
    "\n  mutation SetContractHours($input: SetContractHoursInput!) {\n    setContractHours(input: $input) {\n      id\n    }\n  }\n": types.SetContractHoursDocument,
    "\n  query TeamsScreen {\n    teams(includeArchived: true) {\n      id\n      name\n      archivedAt\n      members {\n        id\n        name\n      }\n    }\n  }\n": types.TeamsScreenDocument,
    "\n  mutation SaveTeam($input: SaveTeamInput!) {\n    saveTeam(input: $input) {\n      id\n      name\n      members {\n        id\n        name\n      }\n    }\n  }\n": types.SaveTeamDocument,
    "\n  mutation ArchiveTeam($input: ArchiveTeamInput!) {\n    archiveTeam(input: $input) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveTeamDocument,
    "\n  query MyLearningTime($first: Int!, $after: String) {\n    myLearningTime(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        date\n        hours\n        kind\n        theme\n      }\n    }\n  }\n": types.MyLearningTimeDocument,
    "\n  mutation RegisterLearningTime($input: RegisterLearningTimeInput!) {\n    registerLearningTime(input: $input) {\n      id\n    }\n  }\n": types.RegisterLearningTimeDocument,
    "\n  mutation DeleteLearningTime($input: DeleteLearningTimeInput!) {\n    deleteLearningTime(input: $input)\n  }\n": types.DeleteLearningTimeDocument,
    "\n  query LearningTeams {\n    teams {\n      id\n      name\n    }\n  }\n": types.LearningTeamsDocument,
    "\n  query LearningOverview($teamId: ID!, $year: Int!) {\n    learningOverview(teamId: $teamId, year: $year) {\n      teamId\n      teamName\n      year\n      normPercent\n      minContributors\n      budgetHours\n      months {\n        month\n        shown\n        offeredHours\n        usedHours\n        contributors\n        note\n      }\n    }\n  }\n": types.LearningOverviewDocument,
    "\n  mutation SaveLearningContextNote($input: SaveLearningContextNoteInput!) {\n    saveLearningContextNote(input: $input) {\n      id\n      month\n      text\n    }\n  }\n": types.SaveLearningContextNoteDocument,
    "\n  fragment LearningGoalFields on LearningGoal {\n    id\n    title\n    description\n    status\n    sharedWithTeamLead\n    mine\n    updatedAt\n    owner {\n      id\n      name\n    }\n    competencies {\n      id\n      code\n      title\n    }\n    steps {\n      text\n      done\n    }\n    reflections {\n      date\n      text\n    }\n  }\n": types.LearningGoalFieldsFragmentDoc,
    "\n  query LearningGoals {\n    learningGoals {\n      ...LearningGoalFields\n    }\n  }\n": types.LearningGoalsDocument,
    "\n  query GoalCompetencies {\n    frameworkVersions {\n      id\n      name\n      competencies {\n        id\n        code\n        title\n      }\n    }\n  }\n": types.GoalCompetenciesDocument,
    "\n  mutation SaveLearningGoal($input: SaveLearningGoalInput!) {\n    saveLearningGoal(input: $input) {\n      ...LearningGoalFields\n    }\n  }\n": types.SaveLearningGoalDocument,
    "\n  mutation DeleteLearningGoal($input: DeleteLearningGoalInput!) {\n    deleteLearningGoal(input: $input)\n  }\n": types.DeleteLearningGoalDocument,
    "\n  query ExportMyLearningData {\n    exportMyLearningData {\n      exportedAt\n      json\n      entriesCsv\n      goalsCsv\n    }\n  }\n": types.ExportMyLearningDataDocument,
    "\n  mutation DeleteMyLearningData($input: DeleteMyLearningDataInput!) {\n    deleteMyLearningData(input: $input) {\n      entries\n      goals\n    }\n  }\n": types.DeleteMyLearningDataDocument,
    "\n  query LearningThemes($first: Int!, $after: String) {\n    learningThemes(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        description\n        interestCount\n        viewerInterested\n        mine\n        status\n        proposedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LearningThemesDocument,
    "\n  mutation ProposeLearningTheme($input: ProposeLearningThemeInput!) {\n    proposeLearningTheme(input: $input) {\n      id\n    }\n  }\n": types.ProposeLearningThemeDocument,
    "\n  mutation ShowInterest($input: ShowInterestInput!) {\n    showInterest(input: $input) {\n      id\n      interestCount\n      viewerInterested\n    }\n  }\n": types.ShowInterestDocument,
    "\n  fragment SessionParticipantFields on LearningSession {\n    participants {\n      attended\n      person {\n        id\n        name\n      }\n    }\n  }\n": types.SessionParticipantFieldsFragmentDoc,
    "\n  query LearningSessions($first: Int!, $after: String) {\n    learningSessions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        kind\n        date\n        hours\n        attendanceRecordedAt\n        participantCount\n        viewerAttended\n        theme {\n          id\n          title\n        }\n        team {\n          id\n          name\n        }\n        ...SessionParticipantFields\n      }\n    }\n  }\n": types.LearningSessionsDocument,
    "\n  mutation PlanLearningSession($input: PlanLearningSessionInput!) {\n    planLearningSession(input: $input) {\n      id\n    }\n  }\n": types.PlanLearningSessionDocument,
    "\n  mutation RecordLearningSessionAttendance($input: RecordLearningSessionAttendanceInput!) {\n    recordLearningSessionAttendance(input: $input) {\n      id\n      attendanceRecordedAt\n      ...SessionParticipantFields\n    }\n  }\n": types.RecordLearningSessionAttendanceDocument,
    "\n  query SessionPlanningTeams {\n    teams {\n      id\n      name\n    }\n  }\n": types.SessionPlanningTeamsDocument,
    "\n  query PersonalTasksNav {\n    myRespondentTasks {\n      invitation {\n        id\n        submittedAt\n      }\n      open\n    }\n    myPeerVisits {\n      id\n    }\n  }\n": types.PersonalTasksNavDocument,
    "\n  query OrganisationOverview($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      place\n      fte\n      certificate {\n        ...OrganisationCertificate\n      }\n      currentCycle {\n        ...CycleOverview\n      }\n    }\n  }\n": types.OrganisationOverviewDocument,
    "\n  query OrgPeerAuditors($organisationId: ID!, $first: Int!, $after: String) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        name\n      }\n    }\n    peerAuditors(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        personId\n        name\n        trainedOn\n        trainingProvider\n        trainingValidUntil\n        trainingStatus\n      }\n    }\n  }\n": types.OrgPeerAuditorsDocument,
    "\n  mutation OrgNominatePeerAuditor($input: NominatePeerAuditorInput!) {\n    nominatePeerAuditor(input: $input) {\n      id\n    }\n  }\n": types.OrgNominatePeerAuditorDocument,
    "\n  mutation OrgRecordPeerAuditorTraining($input: RecordPeerAuditorTrainingInput!) {\n    recordPeerAuditorTraining(input: $input) {\n      id\n      trainedOn\n      trainingProvider\n      trainingValidUntil\n      trainingStatus\n    }\n  }\n": types.OrgRecordPeerAuditorTrainingDocument,
    "\n  query OrgLearningReport($id: ID!) {\n    learningReport(peerVisitId: $id) {\n      ...LearningReportFields\n      visit {\n        id\n        date\n        visitedOrganisationId\n        visitedOrganisationName\n      }\n    }\n  }\n": types.OrgLearningReportDocument,
    "\n  mutation ReplyToLearningReport($input: ReplyToLearningReportInput!) {\n    replyToLearningReport(input: $input) {\n      ...LearningReportFields\n    }\n  }\n": types.ReplyToLearningReportDocument,
    "\n  mutation ShareLearningReport($input: LearningReportCommandInput!) {\n    shareLearningReport(input: $input) {\n      ...LearningReportFields\n    }\n  }\n": types.ShareLearningReportDocument,
    "\n  fragment LearningReportFields on LearningReport {\n    peerVisitId\n    status\n    summary\n    issuedByName\n    reply\n    repliedByName\n    sharedAt\n    findings {\n      id\n      normId\n      normCode\n      normTitle\n      goesWell\n      intention\n      learningPoints\n      revision\n    }\n  }\n": types.LearningReportFieldsFragmentDoc,
    "\n  query MyPeerVisits {\n    myPeerVisits {\n      id\n      date\n      status\n      visitedOrganisationName\n      learningReportStatus\n      auditors {\n        id\n        personId\n        name\n        organisationName\n      }\n    }\n  }\n": types.MyPeerVisitsDocument,
    "\n  mutation RecordPeerFinding($input: RecordPeerFindingInput!) {\n    recordPeerFinding(input: $input) {\n      id\n      normId\n      goesWell\n      intention\n      learningPoints\n      revision\n    }\n  }\n": types.RecordPeerFindingDocument,
    "\n  query OrgPeerReview {\n    peerReviewSignUps(first: 5) {\n      nodes {\n        id\n        status\n        periodFrom\n        periodUntil\n        region\n        fte\n        partnersKnown\n      }\n    }\n    peerGroups(first: 5) {\n      nodes {\n        id\n        status\n        members {\n          organisationId\n          organisationName\n          place\n          fte\n        }\n        visits {\n          id\n          date\n          status\n          visitedOrganisationId\n          visitedOrganisationName\n          learningReportStatus\n          learningReportShared\n          auditors {\n            id\n            name\n            organisationName\n          }\n        }\n        peerAuditors {\n          id\n          name\n          organisationId\n          organisationName\n          trainingStatus\n        }\n      }\n    }\n  }\n": types.OrgPeerReviewDocument,
    "\n  mutation OrgSignUpForPeerReview($input: SignUpForPeerReviewInput!) {\n    signUpForPeerReview(input: $input) {\n      id\n      status\n    }\n  }\n": types.OrgSignUpForPeerReviewDocument,
    "\n  query PeerVisitFindings($id: ID!) {\n    myPeerVisits {\n      id\n      date\n      status\n      visitedOrganisationName\n    }\n    learningReport(peerVisitId: $id) {\n      ...LearningReportFields\n    }\n  }\n": types.PeerVisitFindingsDocument,
    "\n  query PeerVisitSelfEvaluation($id: ID!) {\n    peerVisitSelfEvaluation(peerVisitId: $id) {\n      peerVisitId\n      norms {\n        id\n        code\n        title\n      }\n      answers {\n        id\n        normId\n        goesWell\n        explanation\n        toImprove\n      }\n      evidenceLinks {\n        id\n        normCode\n        evidence {\n          id\n          name\n          downloadUrl\n        }\n      }\n    }\n  }\n": types.PeerVisitSelfEvaluationDocument,
    "\n  mutation IssueLearningReport($input: IssueLearningReportInput!) {\n    issueLearningReport(input: $input) {\n      ...LearningReportFields\n    }\n  }\n": types.IssueLearningReportDocument,
    "\n  mutation FinaliseLearningReport($input: LearningReportCommandInput!) {\n    finaliseLearningReport(input: $input) {\n      ...LearningReportFields\n    }\n  }\n": types.FinaliseLearningReportDocument,
    "\n  mutation OrgPlanPeerVisit($input: PlanPeerVisitInput!) {\n    planPeerVisit(input: $input) {\n      id\n      status\n    }\n  }\n": types.OrgPlanPeerVisitDocument,
    "\n  mutation OrgReplanPeerVisit($input: ReplanPeerVisitInput!) {\n    replanPeerVisit(input: $input) {\n      id\n      date\n      status\n    }\n  }\n": types.OrgReplanPeerVisitDocument,
    "\n  mutation OrgConfirmPeerVisit($input: ConfirmPeerVisitInput!) {\n    confirmPeerVisit(input: $input) {\n      id\n      status\n    }\n  }\n": types.OrgConfirmPeerVisitDocument,
    "\n  mutation OrgProposePeerGroup($input: ProposePeerGroupInput!) {\n    proposePeerGroup(input: $input) {\n      id\n      status\n    }\n  }\n": types.OrgProposePeerGroupDocument,
    "\n  mutation InviteRespondents($input: InviteRespondentsInput!) {\n    inviteRespondents(input: $input) {\n      ...RespondentInvitationFields\n    }\n  }\n": types.InviteRespondentsDocument,
    "\n  fragment RespondentInvitationFields on RespondentInvitation {\n    id\n    cycleId\n    respondent {\n      id\n      name\n    }\n    layer\n    categoryCodes\n    dueDate\n    submittedAt\n    answeredCount\n    normCount\n  }\n": types.RespondentInvitationFieldsFragmentDoc,
    "\n  fragment LayerSpreadFields on LayerSpread {\n    layers\n    pooled\n    answerCount\n    meets\n    partlyMeets\n    doesNotMeet\n    notApplicable\n  }\n": types.LayerSpreadFieldsFragmentDoc,
    "\n  fragment RespondentTextFields on RespondentText {\n    answerId\n    layer\n    respondentName\n    text\n  }\n": types.RespondentTextFieldsFragmentDoc,
    "\n  fragment NormSpreadFields on NormSpread {\n    normId\n    layersDiffer\n    total {\n      ...LayerSpreadFields\n    }\n    groups {\n      ...LayerSpreadFields\n    }\n    goesWell {\n      ...RespondentTextFields\n    }\n    toImprove {\n      ...RespondentTextFields\n    }\n  }\n": types.NormSpreadFieldsFragmentDoc,
    "\n  query SelfEvaluationSpread($cycleId: ID!) {\n    selfEvaluationSpread(cycleId: $cycleId) {\n      cycleId\n      invitedCount\n      submittedCount\n      norms {\n        ...NormSpreadFields\n      }\n    }\n  }\n": types.SelfEvaluationSpreadDocument,
    "\n  query MyRespondentTasks {\n    myRespondentTasks {\n      invitation {\n        ...RespondentInvitationFields\n      }\n      organisationName\n      cycleId\n      open\n      norms {\n        ...NormFields\n      }\n      answers {\n        ...RespondentAnswerFields\n      }\n    }\n  }\n": types.MyRespondentTasksDocument,
    "\n  mutation SubmitRespondentAnswers($input: SubmitRespondentAnswersInput!) {\n    submitRespondentAnswers(input: $input) {\n      ...RespondentInvitationFields\n    }\n  }\n": types.SubmitRespondentAnswersDocument,
    "\n  query RespondentsPanel($organisationId: ID!, $cycleId: ID!, $first: Int!, $after: String) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        name\n        role\n      }\n    }\n    respondentInvitations(cycleId: $cycleId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...RespondentInvitationFields\n      }\n    }\n  }\n": types.RespondentsPanelDocument,
    "\n  fragment RespondentAnswerFields on RespondentAnswer {\n    id\n    invitationId\n    normId\n    goesWell\n    toImprove\n    score\n    revision\n    updatedAt\n  }\n": types.RespondentAnswerFieldsFragmentDoc,
    "\n  mutation SaveRespondentAnswer($input: SaveRespondentAnswerInput!) {\n    saveRespondentAnswer(input: $input) {\n      ...RespondentAnswerFields\n    }\n  }\n": types.SaveRespondentAnswerDocument,
    "\n  query OrganisationSelfEvaluation($id: ID!) {\n    organisation(id: $id) {\n      id\n      currentCycle {\n        id\n        ...SelfEvaluation\n      }\n    }\n  }\n": types.OrganisationSelfEvaluationDocument,
    "\n  query PublicRegister($first: Int!, $after: String, $search: String) {\n    register(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        kind\n        certificateNumber\n        organisationName\n        place\n        variant\n        wholeOrganisation\n        scopeUnits\n        certifyingInstitutionName\n        frameworkName\n        frameworkVersion\n        validUntil\n        status\n      }\n    }\n  }\n": types.PublicRegisterDocument,
    "\n  query PublicVerifyCertificate($number: String!) {\n    verifyCertificate(number: $number) {\n      certificateNumber\n      organisationName\n      place\n      variant\n      wholeOrganisation\n      scopeUnits\n      certifyingInstitutionName\n      frameworkName\n      frameworkVersion\n      validFrom\n      validUntil\n      status\n    }\n  }\n": types.PublicVerifyCertificateDocument,
    "\n  query SectorCyclePhaseHistory($cycleId: ID!) {\n    cycleEvents(cycleId: $cycleId) {\n      id\n      at\n      fromPhase\n      toPhase\n      actorName\n    }\n  }\n": types.SectorCyclePhaseHistoryDocument,
    "\n  fragment ScoreTally on ScoreCounts {\n    meets\n    partlyMeets\n    doesNotMeet\n    notApplicable\n  }\n": types.ScoreTallyFragmentDoc,
    "\n  query SectorDecisionCycle($id: ID!) {\n    cycle(id: $id) {\n      id\n      phase\n      step\n      variant\n      wholeOrganisation\n      scopeUnits\n      fte\n      advice\n      decision\n      decisionReason\n      phaseChangedAt\n      dueAt\n      overdue\n      ...CycleNextStep\n      ...CycleViewerCan\n      organisation {\n        id\n        name\n        place\n        certificate {\n          id\n          number\n          status\n          validUntil\n        }\n      }\n      certifyingInstitution {\n        id\n        name\n      }\n      ...CycleAuditors\n      ...CycleFrameworkVersionName\n      reports {\n        ...CycleAuditReport\n      }\n      auditFindings {\n        ...CycleAuditFinding\n      }\n      assessment {\n        normId\n        norm {\n          id\n          title\n        }\n      }\n      improvementActions {\n        id\n        normCode\n        what\n        owner\n        dueDate\n        successIndicator\n        status\n        progressNote\n        carriedOver\n      }\n      planReviews {\n        ...CyclePlanReview\n      }\n      decisionSummary {\n        findings {\n          ...ScoreTally\n        }\n        selfEvaluation {\n          ...ScoreTally\n        }\n        normsWithoutFinding\n        awardRule\n        awardRulePlaceholder\n        awardAllowed\n        decidingNorms {\n          norm {\n            id\n            code\n            title\n          }\n          score\n          selfEvaluationScore\n          actionCount\n          blocking\n        }\n      }\n    }\n  }\n": types.SectorDecisionCycleDocument,
    "\n  mutation SectorDecideCertification($input: DecideCertificationInput!) {\n    decideCertification(input: $input) {\n      id\n      phase\n      step\n      decision\n      decisionReason\n      ...CycleNextStep\n      ...CycleViewerCan\n      dueAt\n      overdue\n      organisation {\n        id\n        certificate {\n          id\n          number\n          status\n          validUntil\n        }\n      }\n    }\n  }\n": types.SectorDecideCertificationDocument,
    "\n  query SectorDecisionQueue($first: Int!, $after: String, $search: String) {\n    organisations(first: $first, after: $after, filter: { phase: DECISION, search: $search }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        place\n        currentCycle {\n          id\n          step\n          advice\n          variant\n          phaseChangedAt\n          dueAt\n          overdue\n          certifyingInstitution {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SectorDecisionQueueDocument,
    "\n  mutation SectorImportFrameworkVersion($input: ImportFrameworkVersionInput!) {\n    importFrameworkVersion(input: $input) {\n      ...SectorFrameworkVersion\n    }\n  }\n": types.SectorImportFrameworkVersionDocument,
    "\n  mutation SectorPublishFrameworkVersion($input: FrameworkVersionCommandInput!) {\n    publishFrameworkVersion(input: $input) {\n      id\n      status\n    }\n  }\n": types.SectorPublishFrameworkVersionDocument,
    "\n  mutation SectorRetireFrameworkVersion($input: FrameworkVersionCommandInput!) {\n    retireFrameworkVersion(input: $input) {\n      id\n      status\n    }\n  }\n": types.SectorRetireFrameworkVersionDocument,
    "\n  fragment SectorFrameworkVersion on FrameworkVersion {\n    id\n    rulesRevision\n    variantGuideRevision\n    name\n    version\n    effectiveDate\n    status\n    illustrative\n    createdAt\n    rules {\n      placeholder\n      awardRule\n      certificateValidity {\n        amount\n        unit\n      }\n      recertificationReminder {\n        amount\n        unit\n      }\n      selfEvaluationWindow {\n        amount\n        unit\n      }\n      draftReportReplyWindow {\n        amount\n        unit\n      }\n      improvementPlanDue {\n        amount\n        unit\n      }\n      auditDaysTable {\n        maxFte\n        days\n      }\n    }\n    variantGuide {\n      ...VariantGuideFields\n    }\n    categories {\n      id\n      code\n      title\n      norms {\n        id\n        code\n        title\n      }\n    }\n  }\n": types.SectorFrameworkVersionFragmentDoc,
    "\n  query SectorFrameworkVersions {\n    frameworkVersions {\n      ...SectorFrameworkVersion\n    }\n  }\n": types.SectorFrameworkVersionsDocument,
    "\n  mutation SectorUpdateSchemeRules($input: UpdateSchemeRulesInput!) {\n    updateSchemeRules(input: $input) {\n      ...SectorFrameworkVersion\n    }\n  }\n": types.SectorUpdateSchemeRulesDocument,
    "\n  mutation SectorUpdateVariantGuide($input: UpdateVariantGuideInput!) {\n    updateVariantGuide(input: $input) {\n      ...SectorFrameworkVersion\n    }\n  }\n": types.SectorUpdateVariantGuideDocument,
    "\n  query SectorInsights {\n    sectorOverview {\n      overdueCount\n      expiringWithin90Days\n      countsPerPhase {\n        phase\n        count\n      }\n      countsPerVariant {\n        variant\n        count\n      }\n      timePerPhase {\n        phase\n        averageSeconds\n        cycles\n      }\n      normFindings {\n        normCode\n        normTitle\n        frameworkVersion\n        meets\n        partlyMeets\n        doesNotMeet\n        notApplicable\n      }\n    }\n  }\n": types.SectorInsightsDocument,
    "\n  query SectorInstitutions {\n    certifyingInstitutions {\n      id\n      name\n      admitted\n      auditors {\n        id\n      }\n    }\n  }\n": types.SectorInstitutionsDocument,
    "\n  mutation SectorSetAdmission($input: SetCertifyingInstitutionAdmissionInput!) {\n    setCertifyingInstitutionAdmission(input: $input) {\n      id\n      admitted\n    }\n  }\n": types.SectorSetAdmissionDocument,
    "\n  query SectorInstitutionChoices {\n    certifyingInstitutions {\n      id\n      name\n      admitted\n    }\n  }\n": types.SectorInstitutionChoicesDocument,
    "\n  query SectorOrganisations($first: Int!, $after: String, $filter: OrganisationFilter) {\n    organisations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SectorOrganisationRow\n      }\n    }\n  }\n": types.SectorOrganisationsDocument,
    "\n  fragment SectorOrganisationRow on Organisation {\n    id\n    name\n    place\n    currentCycle {\n      id\n      phase\n      step\n      overdue\n      ...CycleNextStep\n      certifyingInstitution {\n        id\n        name\n      }\n    }\n    certificate {\n      id\n      number\n      status\n      validUntil\n    }\n  }\n": types.SectorOrganisationRowFragmentDoc,
    "\n  query SectorPhaseCounts {\n    sectorOverview {\n      countsPerPhase {\n        phase\n        count\n      }\n    }\n  }\n": types.SectorPhaseCountsDocument,
    "\n  fragment SectorPeerSignUp on PeerReviewSignUp {\n    id\n    status\n    region\n    fte\n    periodFrom\n    periodUntil\n    partnersKnown\n    organisation {\n      id\n      name\n      place\n    }\n  }\n": types.SectorPeerSignUpFragmentDoc,
    "\n  fragment SectorPeerGroup on PeerGroup {\n    id\n    status\n    proposed\n    decidedAt\n    members {\n      organisationId\n      organisationName\n      place\n      fte\n      region\n    }\n  }\n": types.SectorPeerGroupFragmentDoc,
    "\n  query SectorPeerReview {\n    peerGroupProposals {\n      proposals {\n        region\n        commonPeriodFrom\n        commonPeriodUntil\n        signUps {\n          ...SectorPeerSignUp\n        }\n      }\n      unmatched {\n        reason\n        signUp {\n          ...SectorPeerSignUp\n        }\n      }\n    }\n    peerGroups(first: 50, status: PROPOSED) {\n      totalCount\n      nodes {\n        ...SectorPeerGroup\n      }\n    }\n  }\n": types.SectorPeerReviewDocument,
    "\n  query SectorFormedPeerGroups($first: Int!, $after: String) {\n    peerGroups(first: $first, after: $after, status: FORMED) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SectorPeerGroup\n        visits {\n          id\n          date\n          status\n          learningReportStatus\n          registration {\n            id\n            validUntil\n          }\n          visitedOrganisationName\n          auditors {\n            id\n            name\n            organisationName\n          }\n        }\n      }\n    }\n  }\n": types.SectorFormedPeerGroupsDocument,
    "\n  query SectorPeerSignUps($first: Int!, $after: String) {\n    peerReviewSignUps(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SectorPeerSignUp\n      }\n    }\n  }\n": types.SectorPeerSignUpsDocument,
    "\n  mutation SectorRegisterPeerReview($input: RegisterPeerReviewInput!) {\n    registerPeerReview(input: $input) {\n      id\n      peerVisitId\n      validUntil\n    }\n  }\n": types.SectorRegisterPeerReviewDocument,
    "\n  mutation SectorFormPeerGroup($input: FormPeerGroupInput!) {\n    formPeerGroup(input: $input) {\n      id\n      status\n    }\n  }\n": types.SectorFormPeerGroupDocument,
    "\n  mutation SectorConfirmPeerGroup($input: PeerGroupCommandInput!) {\n    confirmPeerGroup(input: $input) {\n      id\n      status\n    }\n  }\n": types.SectorConfirmPeerGroupDocument,
    "\n  mutation SectorDeclinePeerGroup($input: DeclinePeerGroupInput!) {\n    declinePeerGroup(input: $input) {\n      id\n      status\n    }\n  }\n": types.SectorDeclinePeerGroupDocument,
    "\n  mutation SectorSuspendCertificate($input: CertificateActionInput!) {\n    suspendCertificate(input: $input) {\n      id\n      phase\n      step\n      ...CycleViewerCan\n    }\n  }\n": types.SectorSuspendCertificateDocument,
    "\n  mutation SectorReinstateCertificate($input: CertificateActionInput!) {\n    reinstateCertificate(input: $input) {\n      id\n      phase\n      step\n      ...CycleViewerCan\n    }\n  }\n": types.SectorReinstateCertificateDocument,
    "\n  mutation SectorWithdrawCertificate($input: CertificateActionInput!) {\n    withdrawCertificate(input: $input) {\n      id\n      phase\n      step\n      ...CycleViewerCan\n    }\n  }\n": types.SectorWithdrawCertificateDocument,
    "\n  query SectorRegister($first: Int!, $after: String, $search: String) {\n    register(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        certificateNumber\n        cycleId\n        allowedActions\n        organisationName\n        place\n        variant\n        status\n        validFrom\n        validUntil\n        certifyingInstitutionName\n        frameworkName\n        frameworkVersion\n      }\n    }\n  }\n": types.SectorRegisterDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      createdAt\n      locale\n    }\n  }\n": types.CalendarFeedDocument,
    "\n  mutation RenewCalendarFeed {\n    renewCalendarFeed {\n      url\n      createdAt\n    }\n  }\n": types.RenewCalendarFeedDocument,
    "\n  mutation StopCalendarFeed {\n    stopCalendarFeed\n  }\n": types.StopCalendarFeedDocument,
    "\n  fragment VariantGuideFields on VariantGuide {\n    placeholder\n    start\n    questions {\n      key\n      text\n      help\n      options {\n        key\n        label\n        next\n        variant\n        wholeOrganisation\n      }\n    }\n  }\n": types.VariantGuideFieldsFragmentDoc,
    "\n  fragment CycleViewerCan on Cycle {\n    id\n    viewerCan {\n      action\n      allowed\n      code\n      reason\n    }\n  }\n": types.CycleViewerCanFragmentDoc,
    "\n  fragment CycleNextStep on Cycle {\n    id\n    nextStep {\n      party\n      actor\n      task\n      dueAt\n      dueOn\n      overdue\n      openActions\n      overdueActions\n    }\n  }\n": types.CycleNextStepFragmentDoc,
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
export function graphql(source: "\n  fragment AuditProgrammeView on AuditProgramme {\n    id\n    cycleId\n    updatedAt\n    savedByName\n    revision\n    confirmedAt\n    confirmedByName\n    slots {\n      day\n      startTime\n      endTime\n      group\n      groupLabel\n      participants\n      headCount\n      normIds\n      auditorIds\n      norms {\n        id\n        code\n        title\n      }\n      auditors {\n        id\n        name\n      }\n    }\n    uncoveredNorms {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  fragment AuditProgrammeView on AuditProgramme {\n    id\n    cycleId\n    updatedAt\n    savedByName\n    revision\n    confirmedAt\n    confirmedByName\n    slots {\n      day\n      startTime\n      endTime\n      group\n      groupLabel\n      participants\n      headCount\n      normIds\n      auditorIds\n      norms {\n        id\n        code\n        title\n      }\n      auditors {\n        id\n        name\n      }\n    }\n    uncoveredNorms {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditProgramme($cycleId: ID!) {\n    auditProgramme(cycleId: $cycleId) {\n      ...AuditProgrammeView\n    }\n  }\n"): (typeof documents)["\n  query AuditProgramme($cycleId: ID!) {\n    auditProgramme(cycleId: $cycleId) {\n      ...AuditProgrammeView\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment EvidenceLinkItem on EvidenceLink {\n    id\n    normId\n    improvementActionId\n    locked\n    carriedOver\n    evidence {\n      id\n      name\n      type\n      size\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  fragment EvidenceLinkItem on EvidenceLink {\n    id\n    normId\n    improvementActionId\n    locked\n    carriedOver\n    evidence {\n      id\n      name\n      type\n      size\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleEvidence($id: ID!) {\n    cycle(id: $id) {\n      id\n      evidenceLinks {\n        ...EvidenceLinkItem\n      }\n    }\n    evidence(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    evidenceUploadRules {\n      maxBytes\n    }\n  }\n"): (typeof documents)["\n  query CycleEvidence($id: ID!) {\n    cycle(id: $id) {\n      id\n      evidenceLinks {\n        ...EvidenceLinkItem\n      }\n    }\n    evidence(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    evidenceUploadRules {\n      maxBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CarryOverCandidate on EvidenceCarryOverCandidate {\n    evidence {\n      id\n      name\n      downloadUrl\n    }\n    normCodes\n    stillValid\n  }\n"): (typeof documents)["\n  fragment CarryOverCandidate on EvidenceCarryOverCandidate {\n    evidence {\n      id\n      name\n      downloadUrl\n    }\n    normCodes\n    stillValid\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceCarryOver($id: ID!) {\n    cycle(id: $id) {\n      id\n      evidenceCarryOver {\n        ...CarryOverCandidate\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvidenceCarryOver($id: ID!) {\n    cycle(id: $id) {\n      id\n      evidenceCarryOver {\n        ...CarryOverCandidate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEvidenceStillValid($input: ConfirmEvidenceStillValidInput!) {\n    confirmEvidenceStillValid(input: $input) {\n      ...CarryOverCandidate\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmEvidenceStillValid($input: ConfirmEvidenceStillValidInput!) {\n    confirmEvidenceStillValid(input: $input) {\n      ...CarryOverCandidate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceItem on Evidence {\n    id\n    name\n    originalName\n    type\n    size\n    createdAt\n    uploadedByName\n    downloadUrl\n    versions {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment EvidenceItem on Evidence {\n    id\n    name\n    originalName\n    type\n    size\n    createdAt\n    uploadedByName\n    downloadUrl\n    versions {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceLibrary($first: Int!, $after: String, $search: String) {\n    evidence(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...EvidenceItem\n        links {\n          id\n          normCode\n          linkedInPhase\n          locked\n          improvementActionId\n          selfEvaluationAnswerId\n        }\n      }\n    }\n    evidenceUploadRules {\n      maxBytes\n      quotaBytes\n      usedBytes\n    }\n  }\n"): (typeof documents)["\n  query EvidenceLibrary($first: Int!, $after: String, $search: String) {\n    evidence(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...EvidenceItem\n        links {\n          id\n          normCode\n          linkedInPhase\n          locked\n          improvementActionId\n          selfEvaluationAnswerId\n        }\n      }\n    }\n    evidenceUploadRules {\n      maxBytes\n      quotaBytes\n      usedBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEvidence($input: DeleteEvidenceInput!) {\n    deleteEvidence(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteEvidence($input: DeleteEvidenceInput!) {\n    deleteEvidence(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkEvidence($input: LinkEvidenceInput!) {\n    linkEvidence(input: $input) {\n      ...EvidenceLinkItem\n    }\n  }\n"): (typeof documents)["\n  mutation LinkEvidence($input: LinkEvidenceInput!) {\n    linkEvidence(input: $input) {\n      ...EvidenceLinkItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkEvidence($input: UnlinkEvidenceInput!) {\n    unlinkEvidence(input: $input)\n  }\n"): (typeof documents)["\n  mutation UnlinkEvidence($input: UnlinkEvidenceInput!) {\n    unlinkEvidence(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InstitutionCycleHeader on Cycle {\n    id\n    phase\n    step\n    waitingOn\n    ...CycleNextStep\n    viewerCan {\n      action\n      allowed\n    }\n    dueAt\n    overdue\n    phaseChangedAt\n    variant\n    fte\n    confirmedAuditDate\n    proposedAuditDates\n    auditDays\n    auditDaysComputed\n    computedAuditDays\n    auditDaysOverrideReason\n    advice\n    organisation {\n      id\n      name\n      place\n    }\n    ...CycleAuditors\n    ...CycleFrameworkVersionName\n  }\n"): (typeof documents)["\n  fragment InstitutionCycleHeader on Cycle {\n    id\n    phase\n    step\n    waitingOn\n    ...CycleNextStep\n    viewerCan {\n      action\n      allowed\n    }\n    dueAt\n    overdue\n    phaseChangedAt\n    variant\n    fte\n    confirmedAuditDate\n    proposedAuditDates\n    auditDays\n    auditDaysComputed\n    computedAuditDays\n    auditDaysOverrideReason\n    advice\n    organisation {\n      id\n      name\n      place\n    }\n    ...CycleAuditors\n    ...CycleFrameworkVersionName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstitutionCycle($id: ID!) {\n    cycle(id: $id) {\n      ...InstitutionCycleHeader\n    }\n  }\n"): (typeof documents)["\n  query InstitutionCycle($id: ID!) {\n    cycle(id: $id) {\n      ...InstitutionCycleHeader\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstitutionEngagement($id: ID!) {\n    me {\n      id\n      certifyingInstitution {\n        id\n        auditors {\n          id\n          name\n        }\n      }\n    }\n    cycle(id: $id) {\n      id\n      computedAuditDays\n    }\n  }\n"): (typeof documents)["\n  query InstitutionEngagement($id: ID!) {\n    me {\n      id\n      certifyingInstitution {\n        id\n        auditors {\n          id\n          name\n        }\n      }\n    }\n    cycle(id: $id) {\n      id\n      computedAuditDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InstitutionDeclineEngagement($input: DeclineEngagementInput!) {\n    declineEngagement(input: $input) {\n      id\n      phase\n      step\n    }\n  }\n"): (typeof documents)["\n  mutation InstitutionDeclineEngagement($input: DeclineEngagementInput!) {\n    declineEngagement(input: $input) {\n      id\n      phase\n      step\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InstitutionAcceptEngagement($input: AcceptEngagementInput!) {\n    acceptEngagement(input: $input) {\n      ...InstitutionCycleHeader\n    }\n  }\n"): (typeof documents)["\n  mutation InstitutionAcceptEngagement($input: AcceptEngagementInput!) {\n    acceptEngagement(input: $input) {\n      ...InstitutionCycleHeader\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InstitutionFinding on AuditFinding {\n    id\n    normId\n    score\n    strengths\n    improvementPoints\n    recordedByName\n    updatedAt\n    revision\n  }\n"): (typeof documents)["\n  fragment InstitutionFinding on AuditFinding {\n    id\n    normId\n    score\n    strengths\n    improvementPoints\n    recordedByName\n    updatedAt\n    revision\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstitutionFindings($id: ID!) {\n    cycle(id: $id) {\n      id\n      frameworkVersion {\n        id\n        categories {\n          id\n          code\n          title\n          position\n        }\n      }\n      assessment {\n        normId\n        normCode\n        categoryCode\n        norm {\n          id\n          code\n          title\n          description\n        }\n        selfEvaluation {\n          id\n          normId\n          score\n          goesWell\n          toImprove\n          explanation\n        }\n        finding {\n          ...InstitutionFinding\n        }\n      }\n      evidenceLinks {\n        id\n        normId\n        selfEvaluationAnswerId\n        evidence {\n          id\n          name\n          type\n          size\n          downloadUrl\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstitutionFindings($id: ID!) {\n    cycle(id: $id) {\n      id\n      frameworkVersion {\n        id\n        categories {\n          id\n          code\n          title\n          position\n        }\n      }\n      assessment {\n        normId\n        normCode\n        categoryCode\n        norm {\n          id\n          code\n          title\n          description\n        }\n        selfEvaluation {\n          id\n          normId\n          score\n          goesWell\n          toImprove\n          explanation\n        }\n        finding {\n          ...InstitutionFinding\n        }\n      }\n      evidenceLinks {\n        id\n        normId\n        selfEvaluationAnswerId\n        evidence {\n          id\n          name\n          type\n          size\n          downloadUrl\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InstitutionInboxCycle on Cycle {\n    id\n    phase\n    step\n    waitingOn\n    ...CycleNextStep\n    viewerCan {\n      action\n      allowed\n    }\n    dueAt\n    overdue\n    confirmedAuditDate\n    proposedAuditDates\n    organisation {\n      id\n      name\n      place\n    }\n    ...CycleAuditors\n  }\n"): (typeof documents)["\n  fragment InstitutionInboxCycle on Cycle {\n    id\n    phase\n    step\n    waitingOn\n    ...CycleNextStep\n    viewerCan {\n      action\n      allowed\n    }\n    dueAt\n    overdue\n    confirmedAuditDate\n    proposedAuditDates\n    organisation {\n      id\n      name\n      place\n    }\n    ...CycleAuditors\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstitutionInbox($first: Int!, $after: String) {\n    cycles(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...InstitutionInboxCycle\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstitutionInbox($first: Int!, $after: String) {\n    cycles(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...InstitutionInboxCycle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InstitutionRecordAuditFinding($input: RecordAuditFindingInput!) {\n    recordAuditFinding(input: $input) {\n      ...InstitutionFinding\n    }\n  }\n"): (typeof documents)["\n  mutation InstitutionRecordAuditFinding($input: RecordAuditFindingInput!) {\n    recordAuditFinding(input: $input) {\n      ...InstitutionFinding\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InstitutionReviewImprovementPlan($input: ReviewImprovementPlanInput!) {\n    reviewImprovementPlan(input: $input) {\n      ...InstitutionCycleHeader\n    }\n  }\n"): (typeof documents)["\n  mutation InstitutionReviewImprovementPlan($input: ReviewImprovementPlanInput!) {\n    reviewImprovementPlan(input: $input) {\n      ...InstitutionCycleHeader\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstitutionPlan($id: ID!) {\n    cycle(id: $id) {\n      id\n      improvementPoints {\n        findingId\n        normId\n        normCode\n        normTitle\n        score\n        improvementPoints\n        belowMeets\n        covered\n        actionCount\n      }\n      improvementActions {\n        id\n        normId\n        normCode\n        what\n        owner\n        dueDate\n        successIndicator\n        status\n      }\n      planReviews {\n        ...CyclePlanReview\n      }\n      evidenceLinks {\n        id\n        improvementActionId\n        evidence {\n          id\n          name\n          size\n          downloadUrl\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstitutionPlan($id: ID!) {\n    cycle(id: $id) {\n      id\n      improvementPoints {\n        findingId\n        normId\n        normCode\n        normTitle\n        score\n        improvementPoints\n        belowMeets\n        covered\n        actionCount\n      }\n      improvementActions {\n        id\n        normId\n        normCode\n        what\n        owner\n        dueDate\n        successIndicator\n        status\n      }\n      planReviews {\n        ...CyclePlanReview\n      }\n      evidenceLinks {\n        id\n        improvementActionId\n        evidence {\n          id\n          name\n          size\n          downloadUrl\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InstitutionSaveAuditProgramme($input: SaveAuditProgrammeInput!) {\n    saveAuditProgramme(input: $input) {\n      ...AuditProgrammeView\n    }\n  }\n"): (typeof documents)["\n  mutation InstitutionSaveAuditProgramme($input: SaveAuditProgrammeInput!) {\n    saveAuditProgramme(input: $input) {\n      ...AuditProgrammeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstitutionProgrammeNorms($id: ID!) {\n    cycle(id: $id) {\n      id\n      assessment {\n        normId\n        normCode\n        norm {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstitutionProgrammeNorms($id: ID!) {\n    cycle(id: $id) {\n      id\n      assessment {\n        normId\n        normCode\n        norm {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstitutionReports($id: ID!) {\n    cycle(id: $id) {\n      id\n      reports {\n        ...CycleAuditReport\n      }\n      auditFindings {\n        id\n        normId\n        normCode\n      }\n      frameworkVersion {\n        id\n        categories {\n          id\n          position\n          norms {\n            id\n            code\n            position\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstitutionReports($id: ID!) {\n    cycle(id: $id) {\n      id\n      reports {\n        ...CycleAuditReport\n      }\n      auditFindings {\n        id\n        normId\n        normCode\n      }\n      frameworkVersion {\n        id\n        categories {\n          id\n          position\n          norms {\n            id\n            code\n            position\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InstitutionIssueDraftReport($input: IssueDraftReportInput!) {\n    issueDraftReport(input: $input) {\n      ...InstitutionCycleHeader\n    }\n  }\n"): (typeof documents)["\n  mutation InstitutionIssueDraftReport($input: IssueDraftReportInput!) {\n    issueDraftReport(input: $input) {\n      ...InstitutionCycleHeader\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InstitutionIssueFinalReport($input: IssueFinalReportInput!) {\n    issueFinalReport(input: $input) {\n      ...InstitutionCycleHeader\n    }\n  }\n"): (typeof documents)["\n  mutation InstitutionIssueFinalReport($input: IssueFinalReportInput!) {\n    issueFinalReport(input: $input) {\n      ...InstitutionCycleHeader\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InstitutionProposeAuditDates($input: ProposeAuditDatesInput!) {\n    proposeAuditDates(input: $input) {\n      ...InstitutionCycleHeader\n    }\n  }\n"): (typeof documents)["\n  mutation InstitutionProposeAuditDates($input: ProposeAuditDatesInput!) {\n    proposeAuditDates(input: $input) {\n      ...InstitutionCycleHeader\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsList($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        title\n        body\n        createdAt\n        readAt\n        cycleId\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationsList($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        title\n        body\n        createdAt\n        readAt\n        cycleId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"): (typeof documents)["\n  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsUnreadCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query NotificationsUnreadCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationCertificate on Certificate {\n    id\n    number\n    status\n    validFrom\n    validUntil\n    variant\n    wholeOrganisation\n    scopeUnits\n  }\n"): (typeof documents)["\n  fragment OrganisationCertificate on Certificate {\n    id\n    number\n    status\n    validFrom\n    validUntil\n    variant\n    wholeOrganisation\n    scopeUnits\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CycleAuditors on Cycle {\n    leadAuditor {\n      id\n      name\n    }\n    coAuditor {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CycleAuditors on Cycle {\n    leadAuditor {\n      id\n      name\n    }\n    coAuditor {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CycleFrameworkVersionName on Cycle {\n    frameworkVersion {\n      id\n      name\n      version\n      illustrative\n    }\n  }\n"): (typeof documents)["\n  fragment CycleFrameworkVersionName on Cycle {\n    frameworkVersion {\n      id\n      name\n      version\n      illustrative\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CycleAuditReport on AuditReport {\n    id\n    kind\n    summary\n    strengths\n    improvementPoints\n    advice\n    issuedAt\n    reply\n  }\n"): (typeof documents)["\n  fragment CycleAuditReport on AuditReport {\n    id\n    kind\n    summary\n    strengths\n    improvementPoints\n    advice\n    issuedAt\n    reply\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CycleAuditFinding on AuditFinding {\n    id\n    normId\n    normCode\n    score\n    strengths\n    improvementPoints\n  }\n"): (typeof documents)["\n  fragment CycleAuditFinding on AuditFinding {\n    id\n    normId\n    normCode\n    score\n    strengths\n    improvementPoints\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CyclePlanReview on ImprovementPlanReviewRecord {\n    id\n    review\n    comments\n    at\n  }\n"): (typeof documents)["\n  fragment CyclePlanReview on ImprovementPlanReviewRecord {\n    id\n    review\n    comments\n    at\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CycleOverview on Cycle {\n    id\n    phase\n    ...CycleViewerCan\n    frameworkVersion {\n      id\n      illustrative\n    }\n    ...CycleStatus\n    ...CycleTimeline\n    ...PreparationSummary\n  }\n"): (typeof documents)["\n  fragment CycleOverview on Cycle {\n    id\n    phase\n    ...CycleViewerCan\n    frameworkVersion {\n      id\n      illustrative\n    }\n    ...CycleStatus\n    ...CycleTimeline\n    ...PreparationSummary\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CycleStatus on Cycle {\n    id\n    phase\n    step\n    phaseChangedAt\n    ...CycleNextStep\n    decision\n    decisionReason\n  }\n"): (typeof documents)["\n  fragment CycleStatus on Cycle {\n    id\n    phase\n    step\n    phaseChangedAt\n    ...CycleNextStep\n    decision\n    decisionReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CycleTimeline on Cycle {\n    id\n    phase\n    step\n    timeline {\n      stage\n      status\n      measure {\n        key\n        value\n        max\n      }\n    }\n    # Not read here: the commands that answer with this fragment refresh these lists for the other screens.\n    progress {\n      done\n      total\n      percent\n    }\n    internalAudits {\n      id\n      status\n    }\n    improvementPoints {\n      ...OrganisationImprovementPoint\n    }\n    improvementActions {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment CycleTimeline on Cycle {\n    id\n    phase\n    step\n    timeline {\n      stage\n      status\n      measure {\n        key\n        value\n        max\n      }\n    }\n    # Not read here: the commands that answer with this fragment refresh these lists for the other screens.\n    progress {\n      done\n      total\n      percent\n    }\n    internalAudits {\n      id\n      status\n    }\n    improvementPoints {\n      ...OrganisationImprovementPoint\n    }\n    improvementActions {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NormFields on Norm {\n    id\n    code\n    title\n    description\n    guidance\n    competencies {\n      id\n      code\n      title\n      linkPresumed\n    }\n  }\n"): (typeof documents)["\n  fragment NormFields on Norm {\n    id\n    code\n    title\n    description\n    guidance\n    competencies {\n      id\n      code\n      title\n      linkPresumed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnswerFields on SelfEvaluationAnswer {\n    id\n    normId\n    score\n    goesWell\n    toImprove\n    explanation\n    updatedAt\n    updatedByName\n    revision\n  }\n"): (typeof documents)["\n  fragment AnswerFields on SelfEvaluationAnswer {\n    id\n    normId\n    score\n    goesWell\n    toImprove\n    explanation\n    updatedAt\n    updatedByName\n    revision\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PreparationSummary on Cycle {\n    id\n    variant\n    wholeOrganisation\n    scopeUnits\n    fte\n    frameworkVersion {\n      id\n      name\n      version\n      ...PreparationGuide\n    }\n  }\n"): (typeof documents)["\n  fragment PreparationSummary on Cycle {\n    id\n    variant\n    wholeOrganisation\n    scopeUnits\n    fte\n    frameworkVersion {\n      id\n      name\n      version\n      ...PreparationGuide\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompletePreparation($input: CompletePreparationInput!) {\n    completePreparation(input: $input) {\n      ...CycleOverview\n    }\n  }\n"): (typeof documents)["\n  mutation CompletePreparation($input: CompletePreparationInput!) {\n    completePreparation(input: $input) {\n      ...CycleOverview\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleProgress($id: ID!) {\n    cycle(id: $id) {\n      id\n      progress {\n        done\n        total\n        percent\n      }\n    }\n  }\n"): (typeof documents)["\n  query CycleProgress($id: ID!) {\n    cycle(id: $id) {\n      id\n      progress {\n        done\n        total\n        percent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelfEvaluationDelegates($organisationId: ID!, $cycleId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        name\n        role\n      }\n    }\n    cycle(id: $cycleId) {\n      id\n      selfEvaluationDelegates {\n        id\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query SelfEvaluationDelegates($organisationId: ID!, $cycleId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        name\n        role\n      }\n    }\n    cycle(id: $cycleId) {\n      id\n      selfEvaluationDelegates {\n        id\n        name\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DelegateSelfEvaluation($input: SelfEvaluationDelegationInput!) {\n    delegateSelfEvaluation(input: $input) {\n      id\n      selfEvaluationDelegates {\n        id\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DelegateSelfEvaluation($input: SelfEvaluationDelegationInput!) {\n    delegateSelfEvaluation(input: $input) {\n      id\n      selfEvaluationDelegates {\n        id\n        name\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSelfEvaluationDelegation($input: SelfEvaluationDelegationInput!) {\n    withdrawSelfEvaluationDelegation(input: $input) {\n      id\n      selfEvaluationDelegates {\n        id\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawSelfEvaluationDelegation($input: SelfEvaluationDelegationInput!) {\n    withdrawSelfEvaluationDelegation(input: $input) {\n      id\n      selfEvaluationDelegates {\n        id\n        name\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SelfEvaluation on Cycle {\n    id\n    phase\n    selfEvaluationLockedAt\n    ...CycleViewerCan\n    progress {\n      done\n      total\n      percent\n    }\n    frameworkVersion {\n      id\n      categories {\n        id\n        code\n        title\n        norms {\n          ...NormFields\n        }\n      }\n    }\n    selfEvaluationAnswers {\n      ...AnswerFields\n    }\n  }\n"): (typeof documents)["\n  fragment SelfEvaluation on Cycle {\n    id\n    phase\n    selfEvaluationLockedAt\n    ...CycleViewerCan\n    progress {\n      done\n      total\n      percent\n    }\n    frameworkVersion {\n      id\n      categories {\n        id\n        code\n        title\n        norms {\n          ...NormFields\n        }\n      }\n    }\n    selfEvaluationAnswers {\n      ...AnswerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelfEvaluationLive($id: ID!) {\n    cycle(id: $id) {\n      id\n      progress {\n        done\n        total\n        percent\n      }\n      selfEvaluationAnswers {\n        ...AnswerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SelfEvaluationLive($id: ID!) {\n    cycle(id: $id) {\n      id\n      progress {\n        done\n        total\n        percent\n      }\n      selfEvaluationAnswers {\n        ...AnswerFields\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation SubmitSelfEvaluation($input: CycleCommandInput!) {\n    submitSelfEvaluation(input: $input) {\n      id\n      phase\n      phaseChangedAt\n      selfEvaluationLockedAt\n      ...CycleViewerCan\n      progress {\n        done\n        total\n        percent\n      }\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitSelfEvaluation($input: CycleCommandInput!) {\n    submitSelfEvaluation(input: $input) {\n      id\n      phase\n      phaseChangedAt\n      selfEvaluationLockedAt\n      ...CycleViewerCan\n      progress {\n        done\n        total\n        percent\n      }\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSelfEvaluationAnswer($input: SaveSelfEvaluationAnswerInput!) {\n    saveSelfEvaluationAnswer(input: $input) {\n      ...AnswerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSelfEvaluationAnswer($input: SaveSelfEvaluationAnswerInput!) {\n    saveSelfEvaluationAnswer(input: $input) {\n      ...AnswerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PreparationGuide on FrameworkVersion {\n    id\n    variantGuide {\n      ...VariantGuideFields\n    }\n  }\n"): (typeof documents)["\n  fragment PreparationGuide on FrameworkVersion {\n    id\n    variantGuide {\n      ...VariantGuideFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VariantRecommendation($id: ID!, $answers: [GuideAnswerInput!]!) {\n    frameworkVersion(id: $id) {\n      id\n      variantRecommendation(answers: $answers) {\n        nextQuestion\n        variant\n        wholeOrganisation\n      }\n    }\n  }\n"): (typeof documents)["\n  query VariantRecommendation($id: ID!, $answers: [GuideAnswerInput!]!) {\n    frameworkVersion(id: $id) {\n      id\n      variantRecommendation(answers: $answers) {\n        nextQuestion\n        variant\n        wholeOrganisation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationEvidenceCycle($id: ID!) {\n    organisation(id: $id) {\n      id\n      currentCycle {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationEvidenceCycle($id: ID!) {\n    organisation(id: $id) {\n      id\n      currentCycle {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationConfirmAuditDate($input: ConfirmAuditDateInput!) {\n    confirmAuditDate(input: $input) {\n      ...OrganisationExternalAudit\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n"): (typeof documents)["\n  mutation OrganisationConfirmAuditDate($input: ConfirmAuditDateInput!) {\n    confirmAuditDate(input: $input) {\n      ...OrganisationExternalAudit\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationConfirmAuditProgramme($input: CycleCommandInput!) {\n    confirmAuditProgramme(input: $input) {\n      ...AuditProgrammeView\n    }\n  }\n"): (typeof documents)["\n  mutation OrganisationConfirmAuditProgramme($input: CycleCommandInput!) {\n    confirmAuditProgramme(input: $input) {\n      ...AuditProgrammeView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationInstitutionChoices {\n    certifyingInstitutions(admittedOnly: true) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query OrganisationInstitutionChoices {\n    certifyingInstitutions(admittedOnly: true) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationEngageInstitution($input: EngageCertifyingInstitutionInput!) {\n    engageCertifyingInstitution(input: $input) {\n      ...OrganisationExternalAudit\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n"): (typeof documents)["\n  mutation OrganisationEngageInstitution($input: EngageCertifyingInstitutionInput!) {\n    engageCertifyingInstitution(input: $input) {\n      ...OrganisationExternalAudit\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationExternalAudit on Cycle {\n    id\n    phase\n    step\n    dueAt\n    overdue\n    ...CycleViewerCan\n    certifyingInstitution {\n      id\n      name\n    }\n    ...CycleAuditors\n    auditDays\n    proposedAuditDates\n    confirmedAuditDate\n    advice\n    reports {\n      ...CycleAuditReport\n    }\n    auditFindings {\n      ...CycleAuditFinding\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationExternalAudit on Cycle {\n    id\n    phase\n    step\n    dueAt\n    overdue\n    ...CycleViewerCan\n    certifyingInstitution {\n      id\n      name\n    }\n    ...CycleAuditors\n    auditDays\n    proposedAuditDates\n    confirmedAuditDate\n    advice\n    reports {\n      ...CycleAuditReport\n    }\n    auditFindings {\n      ...CycleAuditFinding\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationExternalAuditPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      currentCycle {\n        ...OrganisationExternalAudit\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationExternalAuditPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      currentCycle {\n        ...OrganisationExternalAudit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationReplyToDraft($input: ReplyToDraftReportInput!) {\n    replyToDraftReport(input: $input) {\n      ...OrganisationExternalAudit\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n"): (typeof documents)["\n  mutation OrganisationReplyToDraft($input: ReplyToDraftReportInput!) {\n    replyToDraftReport(input: $input) {\n      ...OrganisationExternalAudit\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationDeleteImprovementAction($input: DeleteImprovementActionInput!) {\n    deleteImprovementAction(input: $input)\n  }\n"): (typeof documents)["\n  mutation OrganisationDeleteImprovementAction($input: DeleteImprovementActionInput!) {\n    deleteImprovementAction(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationUpdateImprovementAction($input: UpdateImprovementActionInput!) {\n    updateImprovementAction(input: $input) {\n      id\n      status\n      progressNote\n      updatedAt\n      updatedByName\n      revision\n    }\n  }\n"): (typeof documents)["\n  mutation OrganisationUpdateImprovementAction($input: UpdateImprovementActionInput!) {\n    updateImprovementAction(input: $input) {\n      id\n      status\n      progressNote\n      updatedAt\n      updatedByName\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationSaveImprovementAction($input: SaveImprovementActionInput!) {\n    saveImprovementAction(input: $input) {\n      ...OrganisationImprovementAction\n    }\n  }\n"): (typeof documents)["\n  mutation OrganisationSaveImprovementAction($input: SaveImprovementActionInput!) {\n    saveImprovementAction(input: $input) {\n      ...OrganisationImprovementAction\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationImprovementPoint on ImprovementPoint {\n    findingId\n    normId\n    normCode\n    normTitle\n    score\n    improvementPoints\n    belowMeets\n    covered\n    actionCount\n  }\n"): (typeof documents)["\n  fragment OrganisationImprovementPoint on ImprovementPoint {\n    findingId\n    normId\n    normCode\n    normTitle\n    score\n    improvementPoints\n    belowMeets\n    covered\n    actionCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationImprovementAction on ImprovementAction {\n    id\n    what\n    owner\n    dueDate\n    successIndicator\n    status\n    progressNote\n    normId\n    normCode\n    carriedOver\n    updatedAt\n    updatedByName\n    revision\n  }\n"): (typeof documents)["\n  fragment OrganisationImprovementAction on ImprovementAction {\n    id\n    what\n    owner\n    dueDate\n    successIndicator\n    status\n    progressNote\n    normId\n    normCode\n    carriedOver\n    updatedAt\n    updatedByName\n    revision\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationImprovementPlan on Cycle {\n    id\n    phase\n    step\n    dueAt\n    overdue\n    ...CycleNextStep\n    timeline {\n      stage\n      status\n    }\n    ...CycleViewerCan\n    improvementPoints {\n      ...OrganisationImprovementPoint\n    }\n    improvementActions {\n      ...OrganisationImprovementAction\n    }\n    planReviews {\n      ...CyclePlanReview\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationImprovementPlan on Cycle {\n    id\n    phase\n    step\n    dueAt\n    overdue\n    ...CycleNextStep\n    timeline {\n      stage\n      status\n    }\n    ...CycleViewerCan\n    improvementPoints {\n      ...OrganisationImprovementPoint\n    }\n    improvementActions {\n      ...OrganisationImprovementAction\n    }\n    planReviews {\n      ...CyclePlanReview\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationImprovementPlanPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      currentCycle {\n        ...OrganisationImprovementPlan\n        frameworkVersion {\n          id\n          categories {\n            id\n            title\n            norms {\n              id\n              code\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationImprovementPlanPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      currentCycle {\n        ...OrganisationImprovementPlan\n        frameworkVersion {\n          id\n          categories {\n            id\n            title\n            norms {\n              id\n              code\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationSubmitImprovementPlan($input: CycleCommandInput!) {\n    submitImprovementPlan(input: $input) {\n      ...OrganisationImprovementPlan\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n"): (typeof documents)["\n  mutation OrganisationSubmitImprovementPlan($input: CycleCommandInput!) {\n    submitImprovementPlan(input: $input) {\n      ...OrganisationImprovementPlan\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationCompleteInternalAudit($input: CycleCommandInput!) {\n    completeInternalAudit(input: $input) {\n      id\n      ...CycleViewerCan\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n"): (typeof documents)["\n  mutation OrganisationCompleteInternalAudit($input: CycleCommandInput!) {\n    completeInternalAudit(input: $input) {\n      id\n      ...CycleViewerCan\n      ...CycleStatus\n      ...CycleTimeline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationSetInternalAuditStatus($input: SetInternalAuditStatusInput!) {\n    setInternalAuditStatus(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OrganisationSetInternalAuditStatus($input: SetInternalAuditStatusInput!) {\n    setInternalAuditStatus(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationInternalAudit on InternalAudit {\n    id\n    unit\n    plannedDate\n    status\n    auditors {\n      id\n      name\n      role\n    }\n    findings {\n      id\n      normId\n      normCode\n      strengths\n      improvementPoints\n      recordedByName\n      revision\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationInternalAudit on InternalAudit {\n    id\n    unit\n    plannedDate\n    status\n    auditors {\n      id\n      name\n      role\n    }\n    findings {\n      id\n      normId\n      normCode\n      strengths\n      improvementPoints\n      recordedByName\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationInternalAudits($id: ID!) {\n    organisation(id: $id) {\n      id\n      members {\n        id\n        name\n        role\n      }\n      currentCycle {\n        id\n        phase\n        ...CycleViewerCan\n        frameworkVersion {\n          id\n          categories {\n            id\n            title\n            norms {\n              id\n              code\n              title\n            }\n          }\n        }\n        internalAudits {\n          ...OrganisationInternalAudit\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationInternalAudits($id: ID!) {\n    organisation(id: $id) {\n      id\n      members {\n        id\n        name\n        role\n      }\n      currentCycle {\n        id\n        phase\n        ...CycleViewerCan\n        frameworkVersion {\n          id\n          categories {\n            id\n            title\n            norms {\n              id\n              code\n              title\n            }\n          }\n        }\n        internalAudits {\n          ...OrganisationInternalAudit\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationRecordInternalFinding($input: RecordInternalAuditFindingInput!) {\n    recordInternalAuditFinding(input: $input) {\n      id\n      normId\n      normCode\n      strengths\n      improvementPoints\n      recordedByName\n      revision\n    }\n  }\n"): (typeof documents)["\n  mutation OrganisationRecordInternalFinding($input: RecordInternalAuditFindingInput!) {\n    recordInternalAuditFinding(input: $input) {\n      id\n      normId\n      normCode\n      strengths\n      improvementPoints\n      recordedByName\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationPlanInternalAudit($input: PlanInternalAuditInput!) {\n    planInternalAudit(input: $input) {\n      ...OrganisationInternalAudit\n    }\n  }\n"): (typeof documents)["\n  mutation OrganisationPlanInternalAudit($input: PlanInternalAuditInput!) {\n    planInternalAudit(input: $input) {\n      ...OrganisationInternalAudit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClimateScan {\n    climateScan {\n      round {\n        id\n        period\n        illustrative\n        questions {\n          id\n          condition\n          textNl\n          textEn\n        }\n      }\n      teams {\n        teamId\n        teamName\n        answered\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClimateScan {\n    climateScan {\n      round {\n        id\n        period\n        illustrative\n        questions {\n          id\n          condition\n          textNl\n          textEn\n        }\n      }\n      teams {\n        teamId\n        teamName\n        answered\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerClimateScan($input: AnswerClimateScanInput!) {\n    answerClimateScan(input: $input) {\n      round {\n        id\n      }\n      teams {\n        teamId\n        answered\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerClimateScan($input: AnswerClimateScanInput!) {\n    answerClimateScan(input: $input) {\n      round {\n        id\n      }\n      teams {\n        teamId\n        answered\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClimateScanRounds {\n    climateScanRounds(first: 20) {\n      nodes {\n        id\n        period\n        open\n        illustrative\n        teams {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClimateScanRounds {\n    climateScanRounds(first: 20) {\n      nodes {\n        id\n        period\n        open\n        illustrative\n        teams {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClimateScanResults($roundId: ID!) {\n    climateScanResults(roundId: $roundId) {\n      minRespondents\n      round {\n        id\n        period\n        open\n      }\n      teams {\n        teamId\n        teamName\n        shown\n        respondents\n        conditions {\n          condition\n          average\n        }\n        agreement {\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClimateScanResults($roundId: ID!) {\n    climateScanResults(roundId: $roundId) {\n      minRespondents\n      round {\n        id\n        period\n        open\n      }\n      teams {\n        teamId\n        teamName\n        shown\n        respondents\n        conditions {\n          condition\n          average\n        }\n        agreement {\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenClimateScanRound($input: OpenClimateScanRoundInput!) {\n    openClimateScanRound(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenClimateScanRound($input: OpenClimateScanRoundInput!) {\n    openClimateScanRound(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseClimateScanRound($input: CloseClimateScanRoundInput!) {\n    closeClimateScanRound(input: $input) {\n      id\n      open\n    }\n  }\n"): (typeof documents)["\n  mutation CloseClimateScanRound($input: CloseClimateScanRoundInput!) {\n    closeClimateScanRound(input: $input) {\n      id\n      open\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTeamClimateAgreement($input: RecordTeamClimateAgreementInput!) {\n    recordTeamClimateAgreement(input: $input) {\n      id\n      teamId\n      text\n    }\n  }\n"): (typeof documents)["\n  mutation RecordTeamClimateAgreement($input: RecordTeamClimateAgreementInput!) {\n    recordTeamClimateAgreement(input: $input) {\n      id\n      teamId\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationPeople($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationPeople($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        name\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningSettingsScreen($year: Int!) {\n    learningSettingsHistory(first: 10) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        normPercent\n        minContributors\n      }\n    }\n    learningBudgets(year: $year, first: 50) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        year\n        hours\n        teamId\n        personId\n      }\n    }\n    contractHours(first: 50) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        personId\n        hoursPerWeek\n      }\n    }\n    teams {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query LearningSettingsScreen($year: Int!) {\n    learningSettingsHistory(first: 10) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        normPercent\n        minContributors\n      }\n    }\n    learningBudgets(year: $year, first: 50) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        year\n        hours\n        teamId\n        personId\n      }\n    }\n    contractHours(first: 50) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        personId\n        hoursPerWeek\n      }\n    }\n    teams {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLearningSettings($input: SetLearningSettingsInput!) {\n    setLearningSettings(input: $input) {\n      id\n      normPercent\n      minContributors\n    }\n  }\n"): (typeof documents)["\n  mutation SetLearningSettings($input: SetLearningSettingsInput!) {\n    setLearningSettings(input: $input) {\n      id\n      normPercent\n      minContributors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLearningBudget($input: SetLearningBudgetInput!) {\n    setLearningBudget(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetLearningBudget($input: SetLearningBudgetInput!) {\n    setLearningBudget(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetContractHours($input: SetContractHoursInput!) {\n    setContractHours(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetContractHours($input: SetContractHoursInput!) {\n    setContractHours(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsScreen {\n    teams(includeArchived: true) {\n      id\n      name\n      archivedAt\n      members {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamsScreen {\n    teams(includeArchived: true) {\n      id\n      name\n      archivedAt\n      members {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveTeam($input: SaveTeamInput!) {\n    saveTeam(input: $input) {\n      id\n      name\n      members {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveTeam($input: SaveTeamInput!) {\n    saveTeam(input: $input) {\n      id\n      name\n      members {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveTeam($input: ArchiveTeamInput!) {\n    archiveTeam(input: $input) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveTeam($input: ArchiveTeamInput!) {\n    archiveTeam(input: $input) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLearningTime($first: Int!, $after: String) {\n    myLearningTime(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        date\n        hours\n        kind\n        theme\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyLearningTime($first: Int!, $after: String) {\n    myLearningTime(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        date\n        hours\n        kind\n        theme\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterLearningTime($input: RegisterLearningTimeInput!) {\n    registerLearningTime(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterLearningTime($input: RegisterLearningTimeInput!) {\n    registerLearningTime(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLearningTime($input: DeleteLearningTimeInput!) {\n    deleteLearningTime(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteLearningTime($input: DeleteLearningTimeInput!) {\n    deleteLearningTime(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningTeams {\n    teams {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query LearningTeams {\n    teams {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningOverview($teamId: ID!, $year: Int!) {\n    learningOverview(teamId: $teamId, year: $year) {\n      teamId\n      teamName\n      year\n      normPercent\n      minContributors\n      budgetHours\n      months {\n        month\n        shown\n        offeredHours\n        usedHours\n        contributors\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query LearningOverview($teamId: ID!, $year: Int!) {\n    learningOverview(teamId: $teamId, year: $year) {\n      teamId\n      teamName\n      year\n      normPercent\n      minContributors\n      budgetHours\n      months {\n        month\n        shown\n        offeredHours\n        usedHours\n        contributors\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLearningContextNote($input: SaveLearningContextNoteInput!) {\n    saveLearningContextNote(input: $input) {\n      id\n      month\n      text\n    }\n  }\n"): (typeof documents)["\n  mutation SaveLearningContextNote($input: SaveLearningContextNoteInput!) {\n    saveLearningContextNote(input: $input) {\n      id\n      month\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearningGoalFields on LearningGoal {\n    id\n    title\n    description\n    status\n    sharedWithTeamLead\n    mine\n    updatedAt\n    owner {\n      id\n      name\n    }\n    competencies {\n      id\n      code\n      title\n    }\n    steps {\n      text\n      done\n    }\n    reflections {\n      date\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment LearningGoalFields on LearningGoal {\n    id\n    title\n    description\n    status\n    sharedWithTeamLead\n    mine\n    updatedAt\n    owner {\n      id\n      name\n    }\n    competencies {\n      id\n      code\n      title\n    }\n    steps {\n      text\n      done\n    }\n    reflections {\n      date\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningGoals {\n    learningGoals {\n      ...LearningGoalFields\n    }\n  }\n"): (typeof documents)["\n  query LearningGoals {\n    learningGoals {\n      ...LearningGoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalCompetencies {\n    frameworkVersions {\n      id\n      name\n      competencies {\n        id\n        code\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query GoalCompetencies {\n    frameworkVersions {\n      id\n      name\n      competencies {\n        id\n        code\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLearningGoal($input: SaveLearningGoalInput!) {\n    saveLearningGoal(input: $input) {\n      ...LearningGoalFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveLearningGoal($input: SaveLearningGoalInput!) {\n    saveLearningGoal(input: $input) {\n      ...LearningGoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLearningGoal($input: DeleteLearningGoalInput!) {\n    deleteLearningGoal(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteLearningGoal($input: DeleteLearningGoalInput!) {\n    deleteLearningGoal(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportMyLearningData {\n    exportMyLearningData {\n      exportedAt\n      json\n      entriesCsv\n      goalsCsv\n    }\n  }\n"): (typeof documents)["\n  query ExportMyLearningData {\n    exportMyLearningData {\n      exportedAt\n      json\n      entriesCsv\n      goalsCsv\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyLearningData($input: DeleteMyLearningDataInput!) {\n    deleteMyLearningData(input: $input) {\n      entries\n      goals\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMyLearningData($input: DeleteMyLearningDataInput!) {\n    deleteMyLearningData(input: $input) {\n      entries\n      goals\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningThemes($first: Int!, $after: String) {\n    learningThemes(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        description\n        interestCount\n        viewerInterested\n        mine\n        status\n        proposedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LearningThemes($first: Int!, $after: String) {\n    learningThemes(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        description\n        interestCount\n        viewerInterested\n        mine\n        status\n        proposedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeLearningTheme($input: ProposeLearningThemeInput!) {\n    proposeLearningTheme(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeLearningTheme($input: ProposeLearningThemeInput!) {\n    proposeLearningTheme(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShowInterest($input: ShowInterestInput!) {\n    showInterest(input: $input) {\n      id\n      interestCount\n      viewerInterested\n    }\n  }\n"): (typeof documents)["\n  mutation ShowInterest($input: ShowInterestInput!) {\n    showInterest(input: $input) {\n      id\n      interestCount\n      viewerInterested\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionParticipantFields on LearningSession {\n    participants {\n      attended\n      person {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionParticipantFields on LearningSession {\n    participants {\n      attended\n      person {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningSessions($first: Int!, $after: String) {\n    learningSessions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        kind\n        date\n        hours\n        attendanceRecordedAt\n        participantCount\n        viewerAttended\n        theme {\n          id\n          title\n        }\n        team {\n          id\n          name\n        }\n        ...SessionParticipantFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query LearningSessions($first: Int!, $after: String) {\n    learningSessions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        kind\n        date\n        hours\n        attendanceRecordedAt\n        participantCount\n        viewerAttended\n        theme {\n          id\n          title\n        }\n        team {\n          id\n          name\n        }\n        ...SessionParticipantFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanLearningSession($input: PlanLearningSessionInput!) {\n    planLearningSession(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PlanLearningSession($input: PlanLearningSessionInput!) {\n    planLearningSession(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordLearningSessionAttendance($input: RecordLearningSessionAttendanceInput!) {\n    recordLearningSessionAttendance(input: $input) {\n      id\n      attendanceRecordedAt\n      ...SessionParticipantFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordLearningSessionAttendance($input: RecordLearningSessionAttendanceInput!) {\n    recordLearningSessionAttendance(input: $input) {\n      id\n      attendanceRecordedAt\n      ...SessionParticipantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionPlanningTeams {\n    teams {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query SessionPlanningTeams {\n    teams {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalTasksNav {\n    myRespondentTasks {\n      invitation {\n        id\n        submittedAt\n      }\n      open\n    }\n    myPeerVisits {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PersonalTasksNav {\n    myRespondentTasks {\n      invitation {\n        id\n        submittedAt\n      }\n      open\n    }\n    myPeerVisits {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOverview($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      place\n      fte\n      certificate {\n        ...OrganisationCertificate\n      }\n      currentCycle {\n        ...CycleOverview\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationOverview($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      place\n      fte\n      certificate {\n        ...OrganisationCertificate\n      }\n      currentCycle {\n        ...CycleOverview\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgPeerAuditors($organisationId: ID!, $first: Int!, $after: String) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        name\n      }\n    }\n    peerAuditors(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        personId\n        name\n        trainedOn\n        trainingProvider\n        trainingValidUntil\n        trainingStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgPeerAuditors($organisationId: ID!, $first: Int!, $after: String) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        name\n      }\n    }\n    peerAuditors(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        personId\n        name\n        trainedOn\n        trainingProvider\n        trainingValidUntil\n        trainingStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgNominatePeerAuditor($input: NominatePeerAuditorInput!) {\n    nominatePeerAuditor(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OrgNominatePeerAuditor($input: NominatePeerAuditorInput!) {\n    nominatePeerAuditor(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgRecordPeerAuditorTraining($input: RecordPeerAuditorTrainingInput!) {\n    recordPeerAuditorTraining(input: $input) {\n      id\n      trainedOn\n      trainingProvider\n      trainingValidUntil\n      trainingStatus\n    }\n  }\n"): (typeof documents)["\n  mutation OrgRecordPeerAuditorTraining($input: RecordPeerAuditorTrainingInput!) {\n    recordPeerAuditorTraining(input: $input) {\n      id\n      trainedOn\n      trainingProvider\n      trainingValidUntil\n      trainingStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgLearningReport($id: ID!) {\n    learningReport(peerVisitId: $id) {\n      ...LearningReportFields\n      visit {\n        id\n        date\n        visitedOrganisationId\n        visitedOrganisationName\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgLearningReport($id: ID!) {\n    learningReport(peerVisitId: $id) {\n      ...LearningReportFields\n      visit {\n        id\n        date\n        visitedOrganisationId\n        visitedOrganisationName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToLearningReport($input: ReplyToLearningReportInput!) {\n    replyToLearningReport(input: $input) {\n      ...LearningReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToLearningReport($input: ReplyToLearningReportInput!) {\n    replyToLearningReport(input: $input) {\n      ...LearningReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareLearningReport($input: LearningReportCommandInput!) {\n    shareLearningReport(input: $input) {\n      ...LearningReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ShareLearningReport($input: LearningReportCommandInput!) {\n    shareLearningReport(input: $input) {\n      ...LearningReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearningReportFields on LearningReport {\n    peerVisitId\n    status\n    summary\n    issuedByName\n    reply\n    repliedByName\n    sharedAt\n    findings {\n      id\n      normId\n      normCode\n      normTitle\n      goesWell\n      intention\n      learningPoints\n      revision\n    }\n  }\n"): (typeof documents)["\n  fragment LearningReportFields on LearningReport {\n    peerVisitId\n    status\n    summary\n    issuedByName\n    reply\n    repliedByName\n    sharedAt\n    findings {\n      id\n      normId\n      normCode\n      normTitle\n      goesWell\n      intention\n      learningPoints\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPeerVisits {\n    myPeerVisits {\n      id\n      date\n      status\n      visitedOrganisationName\n      learningReportStatus\n      auditors {\n        id\n        personId\n        name\n        organisationName\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPeerVisits {\n    myPeerVisits {\n      id\n      date\n      status\n      visitedOrganisationName\n      learningReportStatus\n      auditors {\n        id\n        personId\n        name\n        organisationName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPeerFinding($input: RecordPeerFindingInput!) {\n    recordPeerFinding(input: $input) {\n      id\n      normId\n      goesWell\n      intention\n      learningPoints\n      revision\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPeerFinding($input: RecordPeerFindingInput!) {\n    recordPeerFinding(input: $input) {\n      id\n      normId\n      goesWell\n      intention\n      learningPoints\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgPeerReview {\n    peerReviewSignUps(first: 5) {\n      nodes {\n        id\n        status\n        periodFrom\n        periodUntil\n        region\n        fte\n        partnersKnown\n      }\n    }\n    peerGroups(first: 5) {\n      nodes {\n        id\n        status\n        members {\n          organisationId\n          organisationName\n          place\n          fte\n        }\n        visits {\n          id\n          date\n          status\n          visitedOrganisationId\n          visitedOrganisationName\n          learningReportStatus\n          learningReportShared\n          auditors {\n            id\n            name\n            organisationName\n          }\n        }\n        peerAuditors {\n          id\n          name\n          organisationId\n          organisationName\n          trainingStatus\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgPeerReview {\n    peerReviewSignUps(first: 5) {\n      nodes {\n        id\n        status\n        periodFrom\n        periodUntil\n        region\n        fte\n        partnersKnown\n      }\n    }\n    peerGroups(first: 5) {\n      nodes {\n        id\n        status\n        members {\n          organisationId\n          organisationName\n          place\n          fte\n        }\n        visits {\n          id\n          date\n          status\n          visitedOrganisationId\n          visitedOrganisationName\n          learningReportStatus\n          learningReportShared\n          auditors {\n            id\n            name\n            organisationName\n          }\n        }\n        peerAuditors {\n          id\n          name\n          organisationId\n          organisationName\n          trainingStatus\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgSignUpForPeerReview($input: SignUpForPeerReviewInput!) {\n    signUpForPeerReview(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OrgSignUpForPeerReview($input: SignUpForPeerReviewInput!) {\n    signUpForPeerReview(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeerVisitFindings($id: ID!) {\n    myPeerVisits {\n      id\n      date\n      status\n      visitedOrganisationName\n    }\n    learningReport(peerVisitId: $id) {\n      ...LearningReportFields\n    }\n  }\n"): (typeof documents)["\n  query PeerVisitFindings($id: ID!) {\n    myPeerVisits {\n      id\n      date\n      status\n      visitedOrganisationName\n    }\n    learningReport(peerVisitId: $id) {\n      ...LearningReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeerVisitSelfEvaluation($id: ID!) {\n    peerVisitSelfEvaluation(peerVisitId: $id) {\n      peerVisitId\n      norms {\n        id\n        code\n        title\n      }\n      answers {\n        id\n        normId\n        goesWell\n        explanation\n        toImprove\n      }\n      evidenceLinks {\n        id\n        normCode\n        evidence {\n          id\n          name\n          downloadUrl\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeerVisitSelfEvaluation($id: ID!) {\n    peerVisitSelfEvaluation(peerVisitId: $id) {\n      peerVisitId\n      norms {\n        id\n        code\n        title\n      }\n      answers {\n        id\n        normId\n        goesWell\n        explanation\n        toImprove\n      }\n      evidenceLinks {\n        id\n        normCode\n        evidence {\n          id\n          name\n          downloadUrl\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueLearningReport($input: IssueLearningReportInput!) {\n    issueLearningReport(input: $input) {\n      ...LearningReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation IssueLearningReport($input: IssueLearningReportInput!) {\n    issueLearningReport(input: $input) {\n      ...LearningReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinaliseLearningReport($input: LearningReportCommandInput!) {\n    finaliseLearningReport(input: $input) {\n      ...LearningReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation FinaliseLearningReport($input: LearningReportCommandInput!) {\n    finaliseLearningReport(input: $input) {\n      ...LearningReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgPlanPeerVisit($input: PlanPeerVisitInput!) {\n    planPeerVisit(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OrgPlanPeerVisit($input: PlanPeerVisitInput!) {\n    planPeerVisit(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgReplanPeerVisit($input: ReplanPeerVisitInput!) {\n    replanPeerVisit(input: $input) {\n      id\n      date\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OrgReplanPeerVisit($input: ReplanPeerVisitInput!) {\n    replanPeerVisit(input: $input) {\n      id\n      date\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgConfirmPeerVisit($input: ConfirmPeerVisitInput!) {\n    confirmPeerVisit(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OrgConfirmPeerVisit($input: ConfirmPeerVisitInput!) {\n    confirmPeerVisit(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgProposePeerGroup($input: ProposePeerGroupInput!) {\n    proposePeerGroup(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OrgProposePeerGroup($input: ProposePeerGroupInput!) {\n    proposePeerGroup(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteRespondents($input: InviteRespondentsInput!) {\n    inviteRespondents(input: $input) {\n      ...RespondentInvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteRespondents($input: InviteRespondentsInput!) {\n    inviteRespondents(input: $input) {\n      ...RespondentInvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RespondentInvitationFields on RespondentInvitation {\n    id\n    cycleId\n    respondent {\n      id\n      name\n    }\n    layer\n    categoryCodes\n    dueDate\n    submittedAt\n    answeredCount\n    normCount\n  }\n"): (typeof documents)["\n  fragment RespondentInvitationFields on RespondentInvitation {\n    id\n    cycleId\n    respondent {\n      id\n      name\n    }\n    layer\n    categoryCodes\n    dueDate\n    submittedAt\n    answeredCount\n    normCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LayerSpreadFields on LayerSpread {\n    layers\n    pooled\n    answerCount\n    meets\n    partlyMeets\n    doesNotMeet\n    notApplicable\n  }\n"): (typeof documents)["\n  fragment LayerSpreadFields on LayerSpread {\n    layers\n    pooled\n    answerCount\n    meets\n    partlyMeets\n    doesNotMeet\n    notApplicable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RespondentTextFields on RespondentText {\n    answerId\n    layer\n    respondentName\n    text\n  }\n"): (typeof documents)["\n  fragment RespondentTextFields on RespondentText {\n    answerId\n    layer\n    respondentName\n    text\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NormSpreadFields on NormSpread {\n    normId\n    layersDiffer\n    total {\n      ...LayerSpreadFields\n    }\n    groups {\n      ...LayerSpreadFields\n    }\n    goesWell {\n      ...RespondentTextFields\n    }\n    toImprove {\n      ...RespondentTextFields\n    }\n  }\n"): (typeof documents)["\n  fragment NormSpreadFields on NormSpread {\n    normId\n    layersDiffer\n    total {\n      ...LayerSpreadFields\n    }\n    groups {\n      ...LayerSpreadFields\n    }\n    goesWell {\n      ...RespondentTextFields\n    }\n    toImprove {\n      ...RespondentTextFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelfEvaluationSpread($cycleId: ID!) {\n    selfEvaluationSpread(cycleId: $cycleId) {\n      cycleId\n      invitedCount\n      submittedCount\n      norms {\n        ...NormSpreadFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SelfEvaluationSpread($cycleId: ID!) {\n    selfEvaluationSpread(cycleId: $cycleId) {\n      cycleId\n      invitedCount\n      submittedCount\n      norms {\n        ...NormSpreadFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRespondentTasks {\n    myRespondentTasks {\n      invitation {\n        ...RespondentInvitationFields\n      }\n      organisationName\n      cycleId\n      open\n      norms {\n        ...NormFields\n      }\n      answers {\n        ...RespondentAnswerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyRespondentTasks {\n    myRespondentTasks {\n      invitation {\n        ...RespondentInvitationFields\n      }\n      organisationName\n      cycleId\n      open\n      norms {\n        ...NormFields\n      }\n      answers {\n        ...RespondentAnswerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRespondentAnswers($input: SubmitRespondentAnswersInput!) {\n    submitRespondentAnswers(input: $input) {\n      ...RespondentInvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitRespondentAnswers($input: SubmitRespondentAnswersInput!) {\n    submitRespondentAnswers(input: $input) {\n      ...RespondentInvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RespondentsPanel($organisationId: ID!, $cycleId: ID!, $first: Int!, $after: String) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        name\n        role\n      }\n    }\n    respondentInvitations(cycleId: $cycleId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...RespondentInvitationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RespondentsPanel($organisationId: ID!, $cycleId: ID!, $first: Int!, $after: String) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        name\n        role\n      }\n    }\n    respondentInvitations(cycleId: $cycleId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...RespondentInvitationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RespondentAnswerFields on RespondentAnswer {\n    id\n    invitationId\n    normId\n    goesWell\n    toImprove\n    score\n    revision\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment RespondentAnswerFields on RespondentAnswer {\n    id\n    invitationId\n    normId\n    goesWell\n    toImprove\n    score\n    revision\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveRespondentAnswer($input: SaveRespondentAnswerInput!) {\n    saveRespondentAnswer(input: $input) {\n      ...RespondentAnswerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveRespondentAnswer($input: SaveRespondentAnswerInput!) {\n    saveRespondentAnswer(input: $input) {\n      ...RespondentAnswerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationSelfEvaluation($id: ID!) {\n    organisation(id: $id) {\n      id\n      currentCycle {\n        id\n        ...SelfEvaluation\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationSelfEvaluation($id: ID!) {\n    organisation(id: $id) {\n      id\n      currentCycle {\n        id\n        ...SelfEvaluation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicRegister($first: Int!, $after: String, $search: String) {\n    register(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        kind\n        certificateNumber\n        organisationName\n        place\n        variant\n        wholeOrganisation\n        scopeUnits\n        certifyingInstitutionName\n        frameworkName\n        frameworkVersion\n        validUntil\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicRegister($first: Int!, $after: String, $search: String) {\n    register(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        kind\n        certificateNumber\n        organisationName\n        place\n        variant\n        wholeOrganisation\n        scopeUnits\n        certifyingInstitutionName\n        frameworkName\n        frameworkVersion\n        validUntil\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicVerifyCertificate($number: String!) {\n    verifyCertificate(number: $number) {\n      certificateNumber\n      organisationName\n      place\n      variant\n      wholeOrganisation\n      scopeUnits\n      certifyingInstitutionName\n      frameworkName\n      frameworkVersion\n      validFrom\n      validUntil\n      status\n    }\n  }\n"): (typeof documents)["\n  query PublicVerifyCertificate($number: String!) {\n    verifyCertificate(number: $number) {\n      certificateNumber\n      organisationName\n      place\n      variant\n      wholeOrganisation\n      scopeUnits\n      certifyingInstitutionName\n      frameworkName\n      frameworkVersion\n      validFrom\n      validUntil\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectorCyclePhaseHistory($cycleId: ID!) {\n    cycleEvents(cycleId: $cycleId) {\n      id\n      at\n      fromPhase\n      toPhase\n      actorName\n    }\n  }\n"): (typeof documents)["\n  query SectorCyclePhaseHistory($cycleId: ID!) {\n    cycleEvents(cycleId: $cycleId) {\n      id\n      at\n      fromPhase\n      toPhase\n      actorName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScoreTally on ScoreCounts {\n    meets\n    partlyMeets\n    doesNotMeet\n    notApplicable\n  }\n"): (typeof documents)["\n  fragment ScoreTally on ScoreCounts {\n    meets\n    partlyMeets\n    doesNotMeet\n    notApplicable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectorDecisionCycle($id: ID!) {\n    cycle(id: $id) {\n      id\n      phase\n      step\n      variant\n      wholeOrganisation\n      scopeUnits\n      fte\n      advice\n      decision\n      decisionReason\n      phaseChangedAt\n      dueAt\n      overdue\n      ...CycleNextStep\n      ...CycleViewerCan\n      organisation {\n        id\n        name\n        place\n        certificate {\n          id\n          number\n          status\n          validUntil\n        }\n      }\n      certifyingInstitution {\n        id\n        name\n      }\n      ...CycleAuditors\n      ...CycleFrameworkVersionName\n      reports {\n        ...CycleAuditReport\n      }\n      auditFindings {\n        ...CycleAuditFinding\n      }\n      assessment {\n        normId\n        norm {\n          id\n          title\n        }\n      }\n      improvementActions {\n        id\n        normCode\n        what\n        owner\n        dueDate\n        successIndicator\n        status\n        progressNote\n        carriedOver\n      }\n      planReviews {\n        ...CyclePlanReview\n      }\n      decisionSummary {\n        findings {\n          ...ScoreTally\n        }\n        selfEvaluation {\n          ...ScoreTally\n        }\n        normsWithoutFinding\n        awardRule\n        awardRulePlaceholder\n        awardAllowed\n        decidingNorms {\n          norm {\n            id\n            code\n            title\n          }\n          score\n          selfEvaluationScore\n          actionCount\n          blocking\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectorDecisionCycle($id: ID!) {\n    cycle(id: $id) {\n      id\n      phase\n      step\n      variant\n      wholeOrganisation\n      scopeUnits\n      fte\n      advice\n      decision\n      decisionReason\n      phaseChangedAt\n      dueAt\n      overdue\n      ...CycleNextStep\n      ...CycleViewerCan\n      organisation {\n        id\n        name\n        place\n        certificate {\n          id\n          number\n          status\n          validUntil\n        }\n      }\n      certifyingInstitution {\n        id\n        name\n      }\n      ...CycleAuditors\n      ...CycleFrameworkVersionName\n      reports {\n        ...CycleAuditReport\n      }\n      auditFindings {\n        ...CycleAuditFinding\n      }\n      assessment {\n        normId\n        norm {\n          id\n          title\n        }\n      }\n      improvementActions {\n        id\n        normCode\n        what\n        owner\n        dueDate\n        successIndicator\n        status\n        progressNote\n        carriedOver\n      }\n      planReviews {\n        ...CyclePlanReview\n      }\n      decisionSummary {\n        findings {\n          ...ScoreTally\n        }\n        selfEvaluation {\n          ...ScoreTally\n        }\n        normsWithoutFinding\n        awardRule\n        awardRulePlaceholder\n        awardAllowed\n        decidingNorms {\n          norm {\n            id\n            code\n            title\n          }\n          score\n          selfEvaluationScore\n          actionCount\n          blocking\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SectorDecideCertification($input: DecideCertificationInput!) {\n    decideCertification(input: $input) {\n      id\n      phase\n      step\n      decision\n      decisionReason\n      ...CycleNextStep\n      ...CycleViewerCan\n      dueAt\n      overdue\n      organisation {\n        id\n        certificate {\n          id\n          number\n          status\n          validUntil\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SectorDecideCertification($input: DecideCertificationInput!) {\n    decideCertification(input: $input) {\n      id\n      phase\n      step\n      decision\n      decisionReason\n      ...CycleNextStep\n      ...CycleViewerCan\n      dueAt\n      overdue\n      organisation {\n        id\n        certificate {\n          id\n          number\n          status\n          validUntil\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectorDecisionQueue($first: Int!, $after: String, $search: String) {\n    organisations(first: $first, after: $after, filter: { phase: DECISION, search: $search }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        place\n        currentCycle {\n          id\n          step\n          advice\n          variant\n          phaseChangedAt\n          dueAt\n          overdue\n          certifyingInstitution {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectorDecisionQueue($first: Int!, $after: String, $search: String) {\n    organisations(first: $first, after: $after, filter: { phase: DECISION, search: $search }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        place\n        currentCycle {\n          id\n          step\n          advice\n          variant\n          phaseChangedAt\n          dueAt\n          overdue\n          certifyingInstitution {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SectorImportFrameworkVersion($input: ImportFrameworkVersionInput!) {\n    importFrameworkVersion(input: $input) {\n      ...SectorFrameworkVersion\n    }\n  }\n"): (typeof documents)["\n  mutation SectorImportFrameworkVersion($input: ImportFrameworkVersionInput!) {\n    importFrameworkVersion(input: $input) {\n      ...SectorFrameworkVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SectorPublishFrameworkVersion($input: FrameworkVersionCommandInput!) {\n    publishFrameworkVersion(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SectorPublishFrameworkVersion($input: FrameworkVersionCommandInput!) {\n    publishFrameworkVersion(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SectorRetireFrameworkVersion($input: FrameworkVersionCommandInput!) {\n    retireFrameworkVersion(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SectorRetireFrameworkVersion($input: FrameworkVersionCommandInput!) {\n    retireFrameworkVersion(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SectorFrameworkVersion on FrameworkVersion {\n    id\n    rulesRevision\n    variantGuideRevision\n    name\n    version\n    effectiveDate\n    status\n    illustrative\n    createdAt\n    rules {\n      placeholder\n      awardRule\n      certificateValidity {\n        amount\n        unit\n      }\n      recertificationReminder {\n        amount\n        unit\n      }\n      selfEvaluationWindow {\n        amount\n        unit\n      }\n      draftReportReplyWindow {\n        amount\n        unit\n      }\n      improvementPlanDue {\n        amount\n        unit\n      }\n      auditDaysTable {\n        maxFte\n        days\n      }\n    }\n    variantGuide {\n      ...VariantGuideFields\n    }\n    categories {\n      id\n      code\n      title\n      norms {\n        id\n        code\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SectorFrameworkVersion on FrameworkVersion {\n    id\n    rulesRevision\n    variantGuideRevision\n    name\n    version\n    effectiveDate\n    status\n    illustrative\n    createdAt\n    rules {\n      placeholder\n      awardRule\n      certificateValidity {\n        amount\n        unit\n      }\n      recertificationReminder {\n        amount\n        unit\n      }\n      selfEvaluationWindow {\n        amount\n        unit\n      }\n      draftReportReplyWindow {\n        amount\n        unit\n      }\n      improvementPlanDue {\n        amount\n        unit\n      }\n      auditDaysTable {\n        maxFte\n        days\n      }\n    }\n    variantGuide {\n      ...VariantGuideFields\n    }\n    categories {\n      id\n      code\n      title\n      norms {\n        id\n        code\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectorFrameworkVersions {\n    frameworkVersions {\n      ...SectorFrameworkVersion\n    }\n  }\n"): (typeof documents)["\n  query SectorFrameworkVersions {\n    frameworkVersions {\n      ...SectorFrameworkVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SectorUpdateSchemeRules($input: UpdateSchemeRulesInput!) {\n    updateSchemeRules(input: $input) {\n      ...SectorFrameworkVersion\n    }\n  }\n"): (typeof documents)["\n  mutation SectorUpdateSchemeRules($input: UpdateSchemeRulesInput!) {\n    updateSchemeRules(input: $input) {\n      ...SectorFrameworkVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SectorUpdateVariantGuide($input: UpdateVariantGuideInput!) {\n    updateVariantGuide(input: $input) {\n      ...SectorFrameworkVersion\n    }\n  }\n"): (typeof documents)["\n  mutation SectorUpdateVariantGuide($input: UpdateVariantGuideInput!) {\n    updateVariantGuide(input: $input) {\n      ...SectorFrameworkVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectorInsights {\n    sectorOverview {\n      overdueCount\n      expiringWithin90Days\n      countsPerPhase {\n        phase\n        count\n      }\n      countsPerVariant {\n        variant\n        count\n      }\n      timePerPhase {\n        phase\n        averageSeconds\n        cycles\n      }\n      normFindings {\n        normCode\n        normTitle\n        frameworkVersion\n        meets\n        partlyMeets\n        doesNotMeet\n        notApplicable\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectorInsights {\n    sectorOverview {\n      overdueCount\n      expiringWithin90Days\n      countsPerPhase {\n        phase\n        count\n      }\n      countsPerVariant {\n        variant\n        count\n      }\n      timePerPhase {\n        phase\n        averageSeconds\n        cycles\n      }\n      normFindings {\n        normCode\n        normTitle\n        frameworkVersion\n        meets\n        partlyMeets\n        doesNotMeet\n        notApplicable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectorInstitutions {\n    certifyingInstitutions {\n      id\n      name\n      admitted\n      auditors {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectorInstitutions {\n    certifyingInstitutions {\n      id\n      name\n      admitted\n      auditors {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SectorSetAdmission($input: SetCertifyingInstitutionAdmissionInput!) {\n    setCertifyingInstitutionAdmission(input: $input) {\n      id\n      admitted\n    }\n  }\n"): (typeof documents)["\n  mutation SectorSetAdmission($input: SetCertifyingInstitutionAdmissionInput!) {\n    setCertifyingInstitutionAdmission(input: $input) {\n      id\n      admitted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectorInstitutionChoices {\n    certifyingInstitutions {\n      id\n      name\n      admitted\n    }\n  }\n"): (typeof documents)["\n  query SectorInstitutionChoices {\n    certifyingInstitutions {\n      id\n      name\n      admitted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectorOrganisations($first: Int!, $after: String, $filter: OrganisationFilter) {\n    organisations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SectorOrganisationRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectorOrganisations($first: Int!, $after: String, $filter: OrganisationFilter) {\n    organisations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SectorOrganisationRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SectorOrganisationRow on Organisation {\n    id\n    name\n    place\n    currentCycle {\n      id\n      phase\n      step\n      overdue\n      ...CycleNextStep\n      certifyingInstitution {\n        id\n        name\n      }\n    }\n    certificate {\n      id\n      number\n      status\n      validUntil\n    }\n  }\n"): (typeof documents)["\n  fragment SectorOrganisationRow on Organisation {\n    id\n    name\n    place\n    currentCycle {\n      id\n      phase\n      step\n      overdue\n      ...CycleNextStep\n      certifyingInstitution {\n        id\n        name\n      }\n    }\n    certificate {\n      id\n      number\n      status\n      validUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectorPhaseCounts {\n    sectorOverview {\n      countsPerPhase {\n        phase\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectorPhaseCounts {\n    sectorOverview {\n      countsPerPhase {\n        phase\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SectorPeerSignUp on PeerReviewSignUp {\n    id\n    status\n    region\n    fte\n    periodFrom\n    periodUntil\n    partnersKnown\n    organisation {\n      id\n      name\n      place\n    }\n  }\n"): (typeof documents)["\n  fragment SectorPeerSignUp on PeerReviewSignUp {\n    id\n    status\n    region\n    fte\n    periodFrom\n    periodUntil\n    partnersKnown\n    organisation {\n      id\n      name\n      place\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SectorPeerGroup on PeerGroup {\n    id\n    status\n    proposed\n    decidedAt\n    members {\n      organisationId\n      organisationName\n      place\n      fte\n      region\n    }\n  }\n"): (typeof documents)["\n  fragment SectorPeerGroup on PeerGroup {\n    id\n    status\n    proposed\n    decidedAt\n    members {\n      organisationId\n      organisationName\n      place\n      fte\n      region\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectorPeerReview {\n    peerGroupProposals {\n      proposals {\n        region\n        commonPeriodFrom\n        commonPeriodUntil\n        signUps {\n          ...SectorPeerSignUp\n        }\n      }\n      unmatched {\n        reason\n        signUp {\n          ...SectorPeerSignUp\n        }\n      }\n    }\n    peerGroups(first: 50, status: PROPOSED) {\n      totalCount\n      nodes {\n        ...SectorPeerGroup\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectorPeerReview {\n    peerGroupProposals {\n      proposals {\n        region\n        commonPeriodFrom\n        commonPeriodUntil\n        signUps {\n          ...SectorPeerSignUp\n        }\n      }\n      unmatched {\n        reason\n        signUp {\n          ...SectorPeerSignUp\n        }\n      }\n    }\n    peerGroups(first: 50, status: PROPOSED) {\n      totalCount\n      nodes {\n        ...SectorPeerGroup\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectorFormedPeerGroups($first: Int!, $after: String) {\n    peerGroups(first: $first, after: $after, status: FORMED) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SectorPeerGroup\n        visits {\n          id\n          date\n          status\n          learningReportStatus\n          registration {\n            id\n            validUntil\n          }\n          visitedOrganisationName\n          auditors {\n            id\n            name\n            organisationName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectorFormedPeerGroups($first: Int!, $after: String) {\n    peerGroups(first: $first, after: $after, status: FORMED) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SectorPeerGroup\n        visits {\n          id\n          date\n          status\n          learningReportStatus\n          registration {\n            id\n            validUntil\n          }\n          visitedOrganisationName\n          auditors {\n            id\n            name\n            organisationName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectorPeerSignUps($first: Int!, $after: String) {\n    peerReviewSignUps(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SectorPeerSignUp\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectorPeerSignUps($first: Int!, $after: String) {\n    peerReviewSignUps(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SectorPeerSignUp\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SectorRegisterPeerReview($input: RegisterPeerReviewInput!) {\n    registerPeerReview(input: $input) {\n      id\n      peerVisitId\n      validUntil\n    }\n  }\n"): (typeof documents)["\n  mutation SectorRegisterPeerReview($input: RegisterPeerReviewInput!) {\n    registerPeerReview(input: $input) {\n      id\n      peerVisitId\n      validUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SectorFormPeerGroup($input: FormPeerGroupInput!) {\n    formPeerGroup(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SectorFormPeerGroup($input: FormPeerGroupInput!) {\n    formPeerGroup(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SectorConfirmPeerGroup($input: PeerGroupCommandInput!) {\n    confirmPeerGroup(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SectorConfirmPeerGroup($input: PeerGroupCommandInput!) {\n    confirmPeerGroup(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SectorDeclinePeerGroup($input: DeclinePeerGroupInput!) {\n    declinePeerGroup(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SectorDeclinePeerGroup($input: DeclinePeerGroupInput!) {\n    declinePeerGroup(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SectorSuspendCertificate($input: CertificateActionInput!) {\n    suspendCertificate(input: $input) {\n      id\n      phase\n      step\n      ...CycleViewerCan\n    }\n  }\n"): (typeof documents)["\n  mutation SectorSuspendCertificate($input: CertificateActionInput!) {\n    suspendCertificate(input: $input) {\n      id\n      phase\n      step\n      ...CycleViewerCan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SectorReinstateCertificate($input: CertificateActionInput!) {\n    reinstateCertificate(input: $input) {\n      id\n      phase\n      step\n      ...CycleViewerCan\n    }\n  }\n"): (typeof documents)["\n  mutation SectorReinstateCertificate($input: CertificateActionInput!) {\n    reinstateCertificate(input: $input) {\n      id\n      phase\n      step\n      ...CycleViewerCan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SectorWithdrawCertificate($input: CertificateActionInput!) {\n    withdrawCertificate(input: $input) {\n      id\n      phase\n      step\n      ...CycleViewerCan\n    }\n  }\n"): (typeof documents)["\n  mutation SectorWithdrawCertificate($input: CertificateActionInput!) {\n    withdrawCertificate(input: $input) {\n      id\n      phase\n      step\n      ...CycleViewerCan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectorRegister($first: Int!, $after: String, $search: String) {\n    register(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        certificateNumber\n        cycleId\n        allowedActions\n        organisationName\n        place\n        variant\n        status\n        validFrom\n        validUntil\n        certifyingInstitutionName\n        frameworkName\n        frameworkVersion\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectorRegister($first: Int!, $after: String, $search: String) {\n    register(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        certificateNumber\n        cycleId\n        allowedActions\n        organisationName\n        place\n        variant\n        status\n        validFrom\n        validUntil\n        certifyingInstitutionName\n        frameworkName\n        frameworkVersion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeed {\n    calendarFeed {\n      createdAt\n      locale\n    }\n  }\n"): (typeof documents)["\n  query CalendarFeed {\n    calendarFeed {\n      createdAt\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewCalendarFeed {\n    renewCalendarFeed {\n      url\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation RenewCalendarFeed {\n    renewCalendarFeed {\n      url\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StopCalendarFeed {\n    stopCalendarFeed\n  }\n"): (typeof documents)["\n  mutation StopCalendarFeed {\n    stopCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VariantGuideFields on VariantGuide {\n    placeholder\n    start\n    questions {\n      key\n      text\n      help\n      options {\n        key\n        label\n        next\n        variant\n        wholeOrganisation\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment VariantGuideFields on VariantGuide {\n    placeholder\n    start\n    questions {\n      key\n      text\n      help\n      options {\n        key\n        label\n        next\n        variant\n        wholeOrganisation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CycleViewerCan on Cycle {\n    id\n    viewerCan {\n      action\n      allowed\n      code\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment CycleViewerCan on Cycle {\n    id\n    viewerCan {\n      action\n      allowed\n      code\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CycleNextStep on Cycle {\n    id\n    nextStep {\n      party\n      actor\n      task\n      dueAt\n      dueOn\n      overdue\n      openActions\n      overdueActions\n    }\n  }\n"): (typeof documents)["\n  fragment CycleNextStep on Cycle {\n    id\n    nextStep {\n      party\n      actor\n      task\n      dueAt\n      dueOn\n      overdue\n      openActions\n      overdueActions\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;