import { useTranslation } from 'react-i18next';
import type { UserError } from '../../../lib/errors';

interface ImportProblem {
  line: number;
  field: string;
  message: string;
}

const isProblem = (value: unknown): value is ImportProblem =>
  typeof value === 'object' && value !== null && typeof (value as ImportProblem).line === 'number' && typeof (value as ImportProblem).message === 'string';

/**
 * Every problem the server found in the file, each with its line (and column or JSON path), so the file
 * can be fixed in one pass. The messages are the server's own: they quote the file's codes and titles.
 */
export function ImportProblems({ id, error }: { id: string; error: UserError }) {
  const { t } = useTranslation('sector');
  const problems = Array.isArray(error.details.importErrors) ? error.details.importErrors.filter(isProblem) : [];
  const total = typeof error.details.importErrorCount === 'number' ? error.details.importErrorCount : problems.length;
  return (
    <div id={id} role="alert" className="alert field__error" data-testid="import-errors">
      <p>{error.message}</p>
      <ul className="sector-problems">
        {problems.map((p, i) => (
          <li key={i} data-testid="import-error">
            <strong>{p.field ? t('import.lineField', { line: p.line, field: p.field }) : t('import.line', { line: p.line })}</strong> {p.message}
          </li>
        ))}
      </ul>
      {total > problems.length && <p>{t('import.moreProblems', { count: total - problems.length })}</p>}
    </div>
  );
}
