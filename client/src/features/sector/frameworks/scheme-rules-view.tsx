import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectorFrameworkVersionFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../lib/format';
import { DURATION_KEYS, OPTIONAL_DURATION_KEYS } from './scheme-rules-input';

/** The rules of a published or retired version, which no longer change: cycles rely on them. */
export function SchemeRulesView({ rules }: { rules: SectorFrameworkVersionFragment['rules'] }) {
  const { t } = useTranslation('sector');
  const { t: common } = useTranslation();
  const locale = common('locale');
  return (
    <>
      <dl className="facts" data-testid="rules-view">
        {DURATION_KEYS.map((key) => (
          <Fragment key={key}>
            <dt>{t(`rules.duration.${key}`)}</dt>
            <dd>
              {rules[key].amount} {t(`rules.unit.${rules[key].unit}`)}
            </dd>
          </Fragment>
        ))}
        {OPTIONAL_DURATION_KEYS.map((key) => {
          const set = rules[key];
          return (
            <Fragment key={key}>
              <dt>{t(`rules.duration.${key}`)}</dt>
              <dd>{set ? `${set.amount} ${t(`rules.unit.${set.unit}`)}` : t('rules.notSet')}</dd>
            </Fragment>
          );
        })}
        <dt>{t('rules.awardRule')}</dt>
        <dd>{t(`rules.award.${rules.awardRule}`)}</dd>
      </dl>
      <div className="table-wrap">
        <table className="table">
          <caption>{t('rules.bandsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rules.maxFte')}</th>
              <th scope="col">{t('rules.days')}</th>
            </tr>
          </thead>
          <tbody>
            {rules.auditDaysTable.map((band, i) => (
              <tr key={i}>
                <th scope="row">{band.maxFte === null || band.maxFte === undefined ? t('rules.noUpperBound') : formatNumber(band.maxFte, locale)}</th>
                <td>{formatNumber(band.days, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
