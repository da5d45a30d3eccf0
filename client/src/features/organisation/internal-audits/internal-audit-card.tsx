import { Button } from '../../../components/ui/button';
import { Refusal } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import type { InternalAuditOutcome, OrganisationInternalAuditFragment } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { useCommand } from '../../../lib/use-command';
import type { Permission } from '../../../lib/viewer-can';
import { useOrgUser } from '../org-user';
import { useOrgTexts } from '../organisation-texts';
import { InternalFindingForm, type NormCategory } from './internal-finding-form';
import { ProposeThemeButton } from '../learning/propose-theme-button';

const OrganisationSetInternalAuditStatusMutation = graphql(`
  mutation OrganisationSetInternalAuditStatus($input: SetInternalAuditStatusInput!) {
    setInternalAuditStatus(input: $input) {
      id
      status
    }
  }
`);

interface InternalAuditCardProps {
  audit: OrganisationInternalAuditFragment;
  categories: NormCategory[];
  /** The server's answer on recording internal-audit findings on this cycle now, for this viewer. */
  recording: Permission | undefined;
}

/** One planned audit: when, by whom, its findings (strengths first), and what its auditors can do next. */
export function InternalAuditCard({ audit, categories, recording }: InternalAuditCardProps) {
  const { o, t, locale } = useOrgTexts();
  const me = useOrgUser();
  const named = audit.auditors.some((a) => a.id === me.userId);
  const planned = audit.status === 'PLANNED';
  // The server answers for the cycle; which audit is the viewer's own is the per-audit rule it keeps too
  // (the quality officer acts on every audit, an internal auditor on the ones naming them).
  const canAct = recording?.allowed === true && planned && (me.manage || named);
  const titleId = `audit-${audit.id}-title`;
  return (
    <article className="card internal-audit" aria-labelledby={titleId} data-testid="internal-audit" data-status={audit.status}>
      <h3 id={titleId}>{audit.unit}</h3>
      <dl className="facts">
        <dt>{o('internal.plannedDate')}</dt>
        <dd>{formatDate(audit.plannedDate, locale)}</dd>
        <dt>{o('internal.auditors')}</dt>
        <dd>{audit.auditors.map((a) => `${a.name} (${t(`role.${a.role}`)})`).join(', ')}</dd>
        <dt>{o('internal.status')}</dt>
        <dd data-testid="internal-audit-status">{o(`internalStatus.${audit.status}`)}</dd>
      </dl>

      <h4>{o('internal.findingsTitle')}</h4>
      {audit.findings.length === 0 ? (
        <p className="muted">{o('internal.noFindings')}</p>
      ) : (
        <ul className="findings">
          {audit.findings.map((finding) => (
            <li key={finding.id} className="finding" data-testid="internal-finding" data-norm={finding.normCode}>
              <p className="finding__norm">
                <span className="norm__code">{finding.normCode}</span> {normTitle(categories, finding.normId)}
              </p>
              <p>
                <strong>{o('internal.strengths')}:</strong> {finding.strengths}
              </p>
              {finding.improvementPoints && (
                <p>
                  <strong>{o('internal.improvementPoints')}:</strong> {finding.improvementPoints}
                </p>
              )}
              {finding.improvementPoints && <ProposeThemeButton source={{ internalAuditFindingId: finding.id }} label={`${finding.normCode} ${finding.improvementPoints}`} />}
              <p className="muted">{o('internal.recordedBy', { name: finding.recordedByName })}</p>
            </li>
          ))}
        </ul>
      )}

      {canAct && <InternalFindingForm audit={audit} categories={categories} />}
      {canAct && <StatusActions audit={audit} />}
      {planned && !canAct && recording?.allowed && <p className="muted">{o('internal.notNamed')}</p>}
      {planned && recording?.code === 'NOT_ALLOWED' && <p className="muted">{o('internal.readOnly')}</p>}
    </article>
  );
}

function normTitle(categories: NormCategory[], normId: string): string {
  for (const category of categories) {
    const norm = category.norms.find((n) => n.id === normId);
    if (norm) return norm.title;
  }
  return '';
}

/** Done needs at least one finding; cancelled is for an audit that will not take place. */
function StatusActions({ audit }: { audit: OrganisationInternalAuditFragment }) {
  const { o, errorText } = useOrgTexts();
  // The overview's progress counts settled audits; the cycle's list object is shared in the cache.
  const setStatus = useCommand(OrganisationSetInternalAuditStatusMutation, { refetchQueries: ['OrganisationInternalAudits'] });
  const loading = setStatus.pending;
  const send = (status: InternalAuditOutcome) => setStatus.run({ input: { internalAuditId: audit.id, status } });
  return (
    <div className="internal-audit__status">
      <div className="actions">
        <Button variant="secondary" busy={loading} onClick={() => void send('DONE')}>
          {o('internal.markDone')}
        </Button>
        <Button variant="secondary" busy={loading} onClick={() => void send('CANCELLED')}>
          {o('internal.cancel')}
        </Button>
      </div>
      {setStatus.refusal && <Refusal refusal={setStatus.refusal} text={(refusal) => errorText(refusal, { INCOMPLETE: o('internal.doneNeedsFinding') })} />}
    </div>
  );
}
