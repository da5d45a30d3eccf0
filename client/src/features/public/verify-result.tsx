import { useTranslation } from 'react-i18next';
import type { PublicVerifyCertificateQuery } from '../../gql/graphql';
import { certificatePdfHref } from '../../lib/certificate-pdf-href';
import { formatDay } from './public-format';

type Entry = NonNullable<PublicVerifyCertificateQuery['verifyCertificate']>;

const VERDICT_CLASS: Record<Entry['status'], string> = {
  VALID: 'banner--success',
  SUSPENDED: 'banner--warning',
  WITHDRAWN: 'public-verdict--invalid',
  EXPIRED: 'public-verdict--muted',
  RENEWED: 'public-verdict--muted',
};

/** One certificate as the register knows it, its status first and in words (never by colour alone). */
export function VerifyResult({ entry }: { entry: Entry }) {
  const { t } = useTranslation('public');
  const { t: common } = useTranslation();
  const locale = common('locale');
  return (
    <>
      <p className={`banner public-verdict ${VERDICT_CLASS[entry.status]}`} data-testid="verify-status" data-status={entry.status}>
        {t(`verify.statusLine.${entry.status}`, { until: formatDay(entry.validUntil, locale) })}
      </p>
      <dl className="facts">
        <dt>{t('verify.organisation')}</dt>
        <dd data-testid="verify-organisation">{entry.organisationName}</dd>
        <dt>{t('verify.place')}</dt>
        <dd>{entry.place}</dd>
        <dt>{t('verify.variant')}</dt>
        <dd>{common(`variant.${entry.variant}`)}</dd>
        <dt>{t('verify.scope')}</dt>
        <dd>{entry.wholeOrganisation ? t('register.wholeOrganisation') : entry.scopeUnits.join(', ')}</dd>
        <dt>{t('verify.institution')}</dt>
        <dd>{entry.certifyingInstitutionName ?? t('register.noInstitution')}</dd>
        <dt>{t('verify.framework')}</dt>
        <dd>
          {entry.frameworkName} {entry.frameworkVersion}
        </dd>
        <dt>{t('verify.validFrom')}</dt>
        <dd>{formatDay(entry.validFrom, locale)}</dd>
        <dt>{t('verify.validUntil')}</dt>
        <dd>{formatDay(entry.validUntil, locale)}</dd>
      </dl>
      {/* A plain link: the document comes from the api, in the language the page is read in. */}
      {/* Verification finds certificates only (by number), so the number is always there. */}
      {entry.certificateNumber && (
        <p>
          <a href={certificatePdfHref(entry.certificateNumber, locale)} data-testid="verify-pdf">
            {t('verify.pdf')}
          </a>
        </p>
      )}
    </>
  );
}
