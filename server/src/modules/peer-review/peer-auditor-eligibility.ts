import { calendarDate, shiftBy, type SchemeDuration } from '../../../../workflows/src/rules';

/*
 * Whether a peer auditor may be assigned to a visit, as a pure rule: the visits (a later part, see
 * docs/peer-review.md) ask it for each auditor they name, and the peer auditors' screen shows the same answer.
 */

export type TrainingStatus = 'UNTRAINED' | 'VALID' | 'EXPIRED';
export type AssignmentRefusal = 'UNTRAINED' | 'TRAINING_EXPIRED' | 'OWN_ORGANISATION';

/** The last day a training completed on `trainedOn` counts; null without a training. */
export function trainingValidUntil(trainedOn: string | null, validity: SchemeDuration): string | null {
  if (!trainedOn) return null;
  const end = shiftBy(Date.parse(`${trainedOn}T12:00:00Z`), validity);
  // The day before the same date `validity` later: a training of 1 March for 24 months counts up to 28 February.
  return calendarDate(end - 86_400_000, 'UTC');
}

export function trainingStatus(trainedOn: string | null, validity: SchemeDuration, onDate: string): TrainingStatus {
  const until = trainingValidUntil(trainedOn, validity);
  if (!until) return 'UNTRAINED';
  return onDate <= until ? 'VALID' : 'EXPIRED';
}

/** Why the auditor cannot visit `visitedOrganisationId` on `onDate`, or null when they can. */
export function assignmentRefusal(
  auditor: { organisationId: string; trainedOn: string | null },
  visitedOrganisationId: string,
  onDate: string,
  validity: SchemeDuration,
): AssignmentRefusal | null {
  if (auditor.organisationId === visitedOrganisationId) return 'OWN_ORGANISATION';
  const status = trainingStatus(auditor.trainedOn, validity, onDate);
  if (status === 'UNTRAINED') return 'UNTRAINED';
  if (status === 'EXPIRED') return 'TRAINING_EXPIRED';
  return null;
}
