import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import type { NormFindingCount } from '../../../gql/graphql';

const SHOWN = 15;
const SCORES = ['doesNotMeet', 'partlyMeets', 'meets', 'notApplicable'] as const;

/**
 * Per norm, how auditors scored it across the sector: one stacked bar (decoration) beside the four counts
 * as table cells. The API sorts the norms most often below "meets" first: what the sector should learn.
 * The framework version is said once per group of rows, not in a column of its own, so the bar gets the
 * width; a code means something only within its version, so the group stays.
 */
export function NormFindingsChart({ findings }: { findings: Omit<NormFindingCount, '__typename'>[] }) {
  const { t } = useTranslation('sector');
  const { t: common } = useTranslation();
  const [all, setAll] = useState(false);
  if (findings.length === 0) return <p className="card muted">{t('insights.noFindings')}</p>;
  const rows = all ? findings : findings.slice(0, SHOWN);
  // Rows stay in the API's order; each version's rows are shown together, under the version's first row.
  const byVersion = new Map<string, typeof rows>();
  for (const f of rows) byVersion.set(f.frameworkVersion, [...(byVersion.get(f.frameworkVersion) ?? []), f]);
  const groups = [...byVersion];
  const scoreLabel = {
    doesNotMeet: common('score.DOES_NOT_MEET'),
    partlyMeets: common('score.PARTLY_MEETS'),
    meets: common('score.MEETS'),
    notApplicable: common('score.NOT_APPLICABLE'),
  };
  return (
    <>
      <ul className="stack-legend" aria-hidden="true">
        {SCORES.map((s) => (
          <li key={s}>
            <span className={`stack-swatch stack-swatch--${s}`} />
            {scoreLabel[s]}
          </li>
        ))}
      </ul>
      {/* Wider than a phone: the region scrolls, so it takes focus to be scrolled from the keyboard. */}
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="norm-findings-caption">
        <table className="table" data-testid="norm-findings">
          <caption id="norm-findings-caption">{t('insights.findingsCaption', { shown: rows.length, count: findings.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insights.norm')}</th>
              <th scope="col" className="norm-findings__bar">
                <span className="visually-hidden">{t('insights.distribution')}</span>
              </th>
              {SCORES.map((s) => (
                <th key={s} scope="col" className="num">
                  {scoreLabel[s]}
                </th>
              ))}
            </tr>
          </thead>
          {groups.map(([version, group]) => (
          <tbody key={version} data-framework-version={version}>
            <tr className="norm-findings__group">
              <th scope="colgroup" colSpan={2 + SCORES.length}>
                {t('insights.framework')}: {version}
              </th>
            </tr>
            {group.map((f) => {
              const total = SCORES.reduce((sum, s) => sum + f[s], 0);
              return (
                <tr key={`${f.frameworkVersion} ${f.normCode}`} data-norm-code={f.normCode}>
                  <th scope="row">
                    <span className="norm__code">{f.normCode}</span> {f.normTitle}
                  </th>
                  <td className="norm-findings__bar">
                    <span className="stack-bar" aria-hidden="true">
                      {SCORES.map((s) =>
                        f[s] > 0 ? <span key={s} className={`stack-swatch--${s}`} style={{ width: `${(f[s] / total) * 100}%` }} /> : null,
                      )}
                    </span>
                  </td>
                  {SCORES.map((s) => (
                    <td key={s} className="num">
                      {f[s]}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
          ))}
        </table>
      </div>
      {findings.length > SHOWN && (
        <div>
          <Button variant="secondary" onClick={() => setAll(!all)} aria-expanded={all}>
            {all ? t('insights.showFewer') : t('insights.showAll', { count: findings.length })}
          </Button>
        </div>
      )}
    </>
  );
}
