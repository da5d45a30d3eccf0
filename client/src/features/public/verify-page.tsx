import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { Button } from '../../components/ui/button';
import { Refusal } from '../../components/ui/refusal';
import { PendingQuery } from '../../components/ui/pending-query';
import { graphql } from '../../gql';
import { useDocumentTitle } from '../../lib/use-document-title';
import { VerifyResult } from './verify-result';

const VerifyCertificateQuery = graphql(`
  query PublicVerifyCertificate($number: String!) {
    verifyCertificate(number: $number) {
      certificateNumber
      organisationName
      place
      variant
      wholeOrganisation
      scopeUnits
      certifyingInstitutionName
      frameworkName
      frameworkVersion
      validFrom
      validUntil
      status
    }
  }
`);

/** Certificate verification by number: the form, and with a number in the address its answer. */
export function VerifyPage({ number }: { number?: string }) {
  const { t } = useTranslation('public');
  useDocumentTitle(number ? t('verify.resultTitle', { number }) : t('verify.title'));
  const [, navigate] = useLocation();
  const [typed, setTyped] = useState(number ?? '');
  const [missing, setMissing] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  // A number opened from the register or a link fills the field, so it can be corrected and tried again.
  useEffect(() => setTyped(number ?? ''), [number]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = typed.trim();
    if (!value) {
      setMissing(true);
      inputRef.current?.focus();
      return;
    }
    setMissing(false);
    navigate(`/verify/${encodeURIComponent(value)}`);
  }

  return (
    <div className="page public-page">
      <p>
        <Link href="/">{t('verify.backToRegister')}</Link>
      </p>
      <div className="page__head">
        <h1>{t('verify.title')}</h1>
        <p className="lead">{t('verify.intro')}</p>
      </div>
      <form className="card public-verify-form" onSubmit={onSubmit} noValidate role="search" aria-label={t('verify.title')}>
        <div className="field">
          <label htmlFor="verify-number">{t('verify.number')}</label>
          <input
            ref={inputRef}
            id="verify-number"
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? 'verify-number-error' : undefined}
          />
          {missing && (
            <Refusal id="verify-number-error" className="field__error" refusal={{ code: 'BAD_USER_INPUT', message: t('verify.numberRequired'), details: {} }} />
          )}
        </div>
        <Button type="submit">{t('verify.submit')}</Button>
      </form>
      {/* Polite live region: the answer is read out when it arrives, wherever focus is. */}
      <div className="public-answer" aria-live="polite">{number && <Answer number={number} />}</div>
    </div>
  );
}

function Answer({ number }: { number: string }) {
  const { t } = useTranslation('public');
  const { data, loading, error, refetch } = useQuery(VerifyCertificateQuery, { variables: { number }, fetchPolicy: 'network-only' });
  if (!data) return <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />;
  return (
    <section className="card" aria-labelledby="verify-result-title" data-testid="verify-result">
      <h2 id="verify-result-title">{t('verify.resultTitle', { number })}</h2>
      {data.verifyCertificate ? (
        <VerifyResult entry={data.verifyCertificate} />
      ) : (
        <p className="banner public-verdict public-verdict--invalid" data-testid="verify-unknown">
          {t('verify.unknown', { number })}
        </p>
      )}
    </section>
  );
}
