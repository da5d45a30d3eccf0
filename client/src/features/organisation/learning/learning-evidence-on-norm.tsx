import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Refusal } from '../../../components/ui/refusal';
import type { LearningEvidenceQuery as Links } from '../../../gql/graphql';
import { useCommand } from '../../../lib/use-command';
import { dashboardYears } from './learning-dashboard-view';
import { LearningEvidenceChoicesQuery, LearningEvidenceQuery, LinkLearningEvidenceMutation, UnlinkLearningEvidenceMutation } from './learning-dashboard-operations';
import { useLearningDashboardTexts } from './learning-dashboard-texts';

type Link = Links['learningEvidence'][number];

/** A link's name as a person reads it. */
function useLinkName() {
  const { d } = useLearningDashboardTexts();
  return (link: Link) => (link.learningYearReport ? d('evidence.report', { year: link.learningYearReport.year }) : d('evidence.round', { period: link.climateScan?.period ?? '' }));
}

interface Props {
  cycleId: string;
  normId: string;
  /** The quality officer in the self-evaluation's open phase links and unlinks; everyone else reads. */
  canLink: boolean;
  /** The block's heading sits one level below the heading of what it belongs to. */
  headingLevel?: 3 | 5;
}

/**
 * The learning year report and closed climate-scan rounds linked to one norm: aggregates of the organisation's
 * learning as evidence for the norms about the learning organisation. One query per cycle, shared by every norm.
 */
export function LearningEvidenceOnNorm({ cycleId, normId, canLink, headingLevel = 3 }: Props) {
  const { d } = useLearningDashboardTexts();
  const name = useLinkName();
  const Heading = headingLevel === 3 ? 'h3' : 'h5';
  const { data } = useQuery(LearningEvidenceQuery, { variables: { cycleId }, fetchPolicy: 'cache-first' });
  const unlink = useCommand(UnlinkLearningEvidenceMutation, { refetchQueries: ['LearningEvidence'] });
  const links = (data?.learningEvidence ?? []).filter((l) => l.normId === normId);
  // Nothing to show and nothing to do: the block stays away rather than fill every norm with an empty line.
  if (!canLink && links.length === 0) return null;
  return (
    <div className="norm-evidence" data-testid="norm-learning-evidence">
      <Heading className="norm-evidence__title">{d('evidence.heading')}</Heading>
      {links.length === 0 ? (
        <p className="muted">{d('evidence.none')}</p>
      ) : (
        <ul className="norm-evidence__list">
          {links.map((link) => (
            <li key={link.id}>
              <span>{name(link)}</span>
              {canLink && (
                <button type="button" className="link-button" aria-label={d('evidence.unlinkLabel', { name: name(link) })} onClick={() => void unlink.run({ input: { linkId: link.id } })}>
                  {d('evidence.unlink')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {unlink.refusal && <Refusal refusal={unlink.refusal} />}
      {canLink && <LinkChoice cycleId={cycleId} normId={normId} linked={links} />}
    </div>
  );
}

function LinkChoice({ cycleId, normId, linked }: { cycleId: string; normId: string; linked: Link[] }) {
  const { d } = useLearningDashboardTexts();
  const selectId = useId();
  const [chosen, setChosen] = useState('');
  const [y0, y1, y2] = dashboardYears();
  const { data } = useQuery(LearningEvidenceChoicesQuery, { variables: { y0, y1, y2 }, fetchPolicy: 'cache-first' });
  const link = useCommand(LinkLearningEvidenceMutation, { refetchQueries: ['LearningEvidence'] });
  if (!data) return null;
  const taken = new Set(linked.map((l) => l.learningYearReport?.id ?? l.climateScan?.roundId));
  const reports = [data.r0, data.r1, data.r2].filter((r): r is NonNullable<typeof r> => !!r && !taken.has(r.id));
  const rounds = data.climateScanRounds.nodes.filter((r) => !r.open && !taken.has(r.id));
  if (reports.length + rounds.length === 0) return <p className="muted">{d('evidence.nothing')}</p>;
  async function submit() {
    const [kind, id] = chosen.split(':');
    const source = kind === 'report' ? { learningYearReportId: id } : { climateScanRoundId: id };
    if (await link.run({ input: { cycleId, normId, ...source } })) setChosen('');
  }
  return (
    <div className="norm-evidence__link">
      <div className="field">
        <label htmlFor={selectId}>{d('evidence.choose')}</label>
        <select id={selectId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">{d('evidence.pick')}</option>
          {reports.map((r) => (
            <option key={r.id} value={`report:${r.id}`}>
              {d('evidence.report', { year: r.year })}
            </option>
          ))}
          {rounds.map((r) => (
            <option key={r.id} value={`round:${r.id}`}>
              {d('evidence.round', { period: r.period })}
            </option>
          ))}
        </select>
      </div>
      <Button variant="secondary" busy={link.pending} busyLabel={d('evidence.linking')} disabled={!chosen} onClick={() => void submit()}>
        {d('evidence.link')}
      </Button>
      {link.refusal && <Refusal refusal={link.refusal} />}
    </div>
  );
}
