import { Link } from 'wouter';
import { certificatePdfHref } from '../../lib/certificate-pdf-href';
import { graphql } from '../../gql';
import type { OrganisationCertificateFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { useOrgTexts } from './organisation-texts';

export const OrganisationCertificateFragmentDoc = graphql(`
  fragment OrganisationCertificate on Certificate {
    id
    number
    status
    validFrom
    validUntil
    variant
    wholeOrganisation
    scopeUnits
  }
`);

/** The certificate as the register shows it, with the way to the public entry anyone can check. */
export function CertificateCard({ certificate }: { certificate: OrganisationCertificateFragment }) {
  const { o, t, locale } = useOrgTexts();
  const scope = certificate.wholeOrganisation ? t('preparation.wholeOrganisation') : certificate.scopeUnits.join(', ');
  return (
    <section className="card certificate" aria-labelledby="certificate-title" data-testid="certificate">
      <h2 id="certificate-title">{o('certificate.title')}</h2>
      <dl className="facts">
        <dt>{o('certificate.number')}</dt>
        <dd data-testid="certificate-number">{certificate.number}</dd>
        <dt>{o('certificate.status')}</dt>
        <dd data-testid="certificate-status" data-status={certificate.status}>
          {o(`certificateStatus.${certificate.status}`)}
        </dd>
        <dt>{o('certificate.variant')}</dt>
        <dd>{t(`variant.${certificate.variant}`)}</dd>
        <dt>{o('certificate.scope')}</dt>
        <dd>{scope}</dd>
        <dt>{o('certificate.validFrom')}</dt>
        <dd>{formatDateTime(certificate.validFrom, locale)}</dd>
        <dt>{o('certificate.validUntil')}</dt>
        <dd data-testid="certificate-valid-until">{formatDateTime(certificate.validUntil, locale)}</dd>
      </dl>
      <p className="next-step">
        <Link href={`/register/verify/${encodeURIComponent(certificate.number)}`} data-testid="certificate-register-link">
          {o('certificate.registerLink')}
        </Link>
        {' · '}
        <a href={certificatePdfHref(certificate.number, locale)} data-testid="certificate-pdf">
          {o('certificate.pdf')}
        </a>
      </p>
    </section>
  );
}
