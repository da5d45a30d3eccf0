import { useQuery } from '@apollo/client/react';
import { PartyNav, type NavItem } from '../../components/ui/party-nav';
import { graphql } from '../../gql';
import { useOrgUser } from './org-user';
import { useOrgTexts } from './organisation-texts';
import './organisation.css';

/**
 * Whether this person has questionnaires to answer as a respondent, or visits to make as a peer auditor: only
 * then are those pages in the sections. One request for both.
 */
const PersonalTasksNavQuery = graphql(`
  query PersonalTasksNav {
    myRespondentTasks {
      invitation {
        id
        submittedAt
      }
      open
    }
    myPeerVisits {
      id
    }
  }
`);

/** Who reads teams' learning figures (the server checks the same). */
const LEARNING_READERS: string[] = ['ORG_QUALITY_OFFICER', 'ORG_LEARNING_COORDINATOR', 'ORG_TEAM_LEAD'];
/** Who sets the learning norm, budgets and contract hours (the server checks the same); the quality officer also keeps the teams. */
const LEARNING_MANAGERS: string[] = ['ORG_QUALITY_OFFICER', 'ORG_LEARNING_COORDINATOR'];

/** The organisation's sections, in the order of the cycle; the respondent's questionnaires and notifications last. */
export function OrganisationNav() {
  const { o } = useOrgTexts();
  const me = useOrgUser();
  // Asked once per sign-in (the nav is on every page); the questionnaire page and an invitation's notification read them afresh.
  const { data } = useQuery(PersonalTasksNavQuery, { fetchPolicy: 'cache-first' });
  const tasks = data?.myRespondentTasks ?? [];
  const waiting = tasks.filter((task) => task.open && !task.invitation.submittedAt).length;
  const items: NavItem[] = [
    { href: '/', label: o('nav.overview') },
    { href: '/self-evaluation', label: o('nav.selfEvaluation') },
    { href: '/internal-audits', label: o('nav.internalAudits') },
    { href: '/external-audit', label: o('nav.externalAudit') },
    { href: '/improvement-plan', label: o('nav.improvementPlan') },
    { href: '/evidence', label: o('nav.evidence') },
    { href: '/peer-review', label: o('nav.peerReview') },
    { href: '/peer-auditors', label: o('nav.peerAuditors') },
  ];
  items.push({ href: '/learning-time', label: o('nav.learningTime') }, { href: '/learning-goals', label: o('nav.learningGoals') }, { href: '/learning-agenda', label: o('nav.learningAgenda') }, { href: '/learning-climate', label: o('nav.learningClimate') });
  if (LEARNING_READERS.includes(me.role)) items.push({ href: '/learning', label: o('nav.learning') });
  if (LEARNING_MANAGERS.includes(me.role)) items.push({ href: '/learning-settings', label: o('nav.learningSettings') });
  if (me.role === 'ORG_QUALITY_OFFICER') items.push({ href: '/teams', label: o('nav.teams') });
  // A nominated auditor without a visit has nothing to look at yet; the page appears with the first visit.
  if ((data?.myPeerVisits.length ?? 0) > 0) items.push({ href: '/peer-visits', label: o('nav.myPeerVisits') });
  if (tasks.length > 0) items.push({ href: '/respondent', label: o('nav.respondent'), badge: waiting > 0 ? String(waiting) : undefined });
  items.push({ href: '/notifications', label: o('nav.notifications') });
  return <PartyNav label={o('nav.label')} items={items} />;
}
