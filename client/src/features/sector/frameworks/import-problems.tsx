import { useTranslation } from 'react-i18next';
import type { UserError } from '../../../lib/errors';
import { sectorTexts } from '../sector-texts';

interface ImportProblem {
  line: number;
  field: string;
  /** The server's English words, for API clients; the screen words the problem from `problem` and `params`. */
  message: string;
  problem?: string;
  params?: Record<string, string | number>;
}

type ProblemKind = keyof (typeof sectorTexts)['nl']['import']['problem'];
type Part = keyof (typeof sectorTexts)['nl']['import']['part'];
const isKind = (kind: unknown): kind is ProblemKind => typeof kind === 'string' && Object.hasOwn(sectorTexts.nl.import.problem, kind);
const isPart = (part: unknown): part is Part => typeof part === 'string' && Object.hasOwn(sectorTexts.nl.import.part, part);

const isProblem = (value: unknown): value is ImportProblem =>
  typeof value === 'object' && value !== null && typeof (value as ImportProblem).line === 'number' && typeof (value as ImportProblem).message === 'string';

/**
 * Every problem the server found in the file, each with its line (and column or JSON path), so the file
 * can be fixed in one pass. Each is worded in the reader's language from its kind and data, which quote the
 * file's codes and titles as they are.
 */
export function ImportProblems({ id, error }: { id: string; error: UserError }) {
  const { t, i18n } = useTranslation('sector');
  const problems = Array.isArray(error.details.importErrors) ? error.details.importErrors.filter(isProblem) : [];
  const total = typeof error.details.importErrorCount === 'number' ? error.details.importErrorCount : problems.length;
  const words = (p: ImportProblem): string => {
    if (!isKind(p.problem)) return i18n.language === 'en' ? p.message : t('import.problemUnknown');
    const what = p.params?.what;
    return t(`import.problem.${p.problem}`, { ...p.params, what: isPart(what) ? t(`import.part.${what}`) : what });
  };
  return (
    <div id={id} role="alert" className="alert field__error" data-testid="import-errors">
      <p>{problems.length > 0 ? t('import.refused', { count: total }) : error.message}</p>
      <ul className="sector-problems">
        {problems.map((p, i) => (
          <li key={i} data-testid="import-error">
            <strong>{p.field ? t('import.lineField', { line: p.line, field: p.field }) : t('import.line', { line: p.line })}</strong> {words(p)}
          </li>
        ))}
      </ul>
      {total > problems.length && <p>{t('import.moreProblems', { count: total - problems.length })}</p>}
    </div>
  );
}
