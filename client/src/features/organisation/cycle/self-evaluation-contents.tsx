import { useTranslation } from 'react-i18next';
import type { NormFieldsFragment } from '../../../gql/graphql';
import { NormLink } from './norm-link';

export interface ContentsCategory {
  id: string;
  title: string;
  norms: readonly NormFieldsFragment[];
}

interface SelfEvaluationContentsProps {
  categories: readonly ContentsCategory[];
  /** Codes of the norms with a saved score. */
  scored: ReadonlySet<string>;
}

/**
 * The self-evaluation's table of contents: its categories, and per norm a link and whether it has a score
 * (in words, not colour alone). Folded by default: on a phone the list of norms is itself a long page.
 */
export function SelfEvaluationContents({ categories, scored }: SelfEvaluationContentsProps) {
  const { t } = useTranslation();
  const norms = categories.flatMap((c) => c.norms);
  const done = norms.filter((n) => scored.has(n.code)).length;
  return (
    <nav className="contents card" aria-label={t('selfEvaluation.contents')} data-testid="self-evaluation-contents">
      <details>
        <summary>
          {t('selfEvaluation.contents')} <span className="muted">({t('selfEvaluation.contentsProgress', { done, total: norms.length })})</span>
        </summary>
        {categories.map((category) => (
          <div key={category.id} className="contents__category">
            <p className="contents__category-title">{category.title}</p>
            <ul className="contents__norms">
              {category.norms.map((norm) => {
                const isScored = scored.has(norm.code);
                return (
                  <li key={norm.id} data-testid={`contents-${norm.code}`} data-scored={isScored}>
                    <NormLink normId={norm.id}>
                      <span className="norm__code">{norm.code}</span> {norm.title}
                    </NormLink>{' '}
                    <span className={`contents__status contents__status--${isScored ? 'scored' : 'open'}`}>
                      {t(isScored ? 'selfEvaluation.normScored' : 'selfEvaluation.normUnscored')}
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </details>
    </nav>
  );
}
