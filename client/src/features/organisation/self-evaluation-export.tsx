import { selfEvaluationHref } from '../../lib/cycle-document-href';
import { useOrgTexts } from './organisation-texts';

/**
 * Links to the self-evaluation as a PDF and as a spreadsheet (CSV), for the organisation's own meetings;
 * nothing until the self-evaluation has started.
 */
export function SelfEvaluationExport({ cycle }: { cycle: { id: string; phase: string } | null | undefined }) {
  const { o, locale } = useOrgTexts();
  if (!cycle || cycle.phase === 'PREPARATION') return null;
  return (
    <p className="card" data-testid="self-evaluation-export">
      {o('selfEvaluation.export')}{' '}
      <a href={selfEvaluationHref(cycle.id, 'pdf', locale)} data-testid="self-evaluation-pdf">
        {o('selfEvaluation.exportPdf')}
      </a>
      {' / '}
      <a href={selfEvaluationHref(cycle.id, 'csv', locale)} data-testid="self-evaluation-csv">
        {o('selfEvaluation.exportCsv')}
      </a>
    </p>
  );
}
