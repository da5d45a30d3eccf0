/** The GraphQL operations the tests send, written once. */
export const CYCLE_FIELDS = `id phase progress { done total percent } selfEvaluationLockedAt timeline { stage status }`;

export const START_CYCLE = `mutation($i: StartCycleInput!) { startCycle(input: $i) { ${CYCLE_FIELDS} } }`;
export const COMPLETE_PREPARATION = `mutation($i: CycleCommandInput!) { completePreparation(input: $i) { ${CYCLE_FIELDS} } }`;
export const SUBMIT_SELF_EVALUATION = `mutation($i: CycleCommandInput!) { submitSelfEvaluation(input: $i) { ${CYCLE_FIELDS} } }`;
export const SAVE_ANSWER = `mutation($i: SaveSelfEvaluationAnswerInput!) {
  saveSelfEvaluationAnswer(input: $i) { id normId score goesWell toImprove explanation }
}`;
export const CURRENT_CYCLE = `query($id: ID!) { organisation(id: $id) { id name currentCycle { ${CYCLE_FIELDS}
  frameworkVersion { id illustrative categories { code norms { id code } } } } } }`;
export const CYCLE_EVENTS = `query($id: ID!) { cycleEvents(cycleId: $id) { seq fromPhase toPhase command actorName summary } }`;
export const FRAMEWORKS = `{ frameworkVersions { id name illustrative status categories { code norms { id code } } } }`;

export function startInput(frameworkVersionId: string, overrides: Record<string, unknown> = {}) {
  return { variant: 'EXTERNAL_AUDIT', wholeOrganisation: true, scopeUnits: [], fte: 40, frameworkVersionId, ...overrides };
}

let counter = 0;
/** A fresh client mutation ID, as the client makes one per action. */
export function mutationId(): string {
  counter += 1;
  return `test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}
