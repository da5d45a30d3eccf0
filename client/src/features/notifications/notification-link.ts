import type { PartyKind } from '../../gql/graphql';

/** Where a notification leads: the screen of the step it is about, named for the link's words. */
export interface NotificationLink {
  href: string;
  to: 'step' | 'questionnaire';
}

/** The organisation's screen per occasion; a deadline's occasion names its term ("remind-SELF_EVALUATION"). */
const ORGANISATION_SCREENS: Record<string, string> = {
  accepted: '/external-audit',
  declined: '/external-audit',
  dates: '/external-audit',
  draft: '/external-audit',
  final: '/improvement-plan',
  'plan-accepted': '/improvement-plan',
  'plan-returned': '/improvement-plan',
  SELF_EVALUATION: '/self-evaluation',
  DRAFT_REPORT_REPLY: '/external-audit',
  IMPROVEMENT_PLAN: '/improvement-plan',
};

/** The section of the institution's cycle workspace per occasion. */
const INSTITUTION_SECTIONS: Record<string, string> = {
  engaged: 'engagement',
  accepted: 'scheduling',
  'date-confirmed': 'findings',
  replied: 'reports',
  plan: 'plan',
  DRAFT_REPORT_REPLY: 'reports',
  IMPROVEMENT_PLAN: 'plan',
};

/** "remind-SELF_EVALUATION" → "SELF_EVALUATION"; any other occasion as it is. */
const termOf = (topic: string): string => topic.replace(/^(remind|overdue)-/, '');

/**
 * The screen of the step a notification is about, per party: the organisation's page of that part of the
 * cycle, the section of the institution's workspace, the sector body's decision (when one is asked) or the
 * cycle's dossier. An occasion without a screen of its own (a certificate awarded) leads to where the party
 * follows the cycle.
 */
export function notificationLink(partyKind: PartyKind, topic: string, cycleId: string | null | undefined): NotificationLink | null {
  if (topic === 'respondent-invited' || topic === 'respondent-remind') return { href: '/respondent', to: 'questionnaire' };
  if (!cycleId) return null;
  const id = encodeURIComponent(cycleId);
  const term = termOf(topic);
  switch (partyKind) {
    case 'ORGANISATION':
      return { href: ORGANISATION_SCREENS[topic] ?? ORGANISATION_SCREENS[term] ?? '/', to: 'step' };
    case 'CERTIFYING_INSTITUTION': {
      const section = INSTITUTION_SECTIONS[topic] ?? INSTITUTION_SECTIONS[term];
      return { href: section ? `/cycles/${id}/${section}` : `/cycles/${id}`, to: 'step' };
    }
    case 'SECTOR_BODY':
      return { href: topic === 'plan-accepted' ? `/decisions/${id}` : `/cycles/${id}`, to: 'step' };
  }
}
