import { PartyNav } from '../../components/ui/party-nav';
import { useOrgTexts } from './organisation-texts';
import './organisation.css';

/** The organisation's sections, in the order of the cycle; notifications last. */
export function OrganisationNav() {
  const { o } = useOrgTexts();
  const items = [
    { href: '/', label: o('nav.overview') },
    { href: '/self-evaluation', label: o('nav.selfEvaluation') },
    { href: '/internal-audits', label: o('nav.internalAudits') },
    { href: '/external-audit', label: o('nav.externalAudit') },
    { href: '/improvement-plan', label: o('nav.improvementPlan') },
    { href: '/evidence', label: o('nav.evidence') },
    { href: '/peer-review', label: o('nav.peerReview') },
    { href: '/notifications', label: o('nav.notifications') },
  ];
  return <PartyNav label={o('nav.label')} items={items} />;
}
