import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { graphql } from '../../../gql';
import type { SectorFrameworkVersionFragment } from '../../../gql/graphql';
import { toUserError, type UserError } from '../../../lib/errors';
import { useActionId } from '../../../lib/use-action-id';
import { useSectorErrors } from '../sector-errors';

const PublishMutation = graphql(`
  mutation SectorPublishFrameworkVersion($input: FrameworkVersionCommandInput!) {
    publishFrameworkVersion(input: $input) {
      id
      status
    }
  }
`);

const RetireMutation = graphql(`
  mutation SectorRetireFrameworkVersion($input: FrameworkVersionCommandInput!) {
    retireFrameworkVersion(input: $input) {
      id
      status
    }
  }
`);

/** Publish a draft (offered for new cycles from then on) or retire a published version. */
export function FrameworkStatusActions({ version }: { version: SectorFrameworkVersionFragment }) {
  const { t } = useTranslation('sector');
  const localise = useSectorErrors();
  const action = useActionId();
  const [error, setError] = useState<UserError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [publish, publishing] = useMutation(PublishMutation);
  const [retire, retiring] = useMutation(RetireMutation);

  async function run(kind: 'publish' | 'retire') {
    setError(null);
    setDone(null);
    try {
      const input = { frameworkVersionId: version.id, clientMutationId: action.current() };
      if (kind === 'publish') await publish({ variables: { input } });
      else await retire({ variables: { input } });
      action.settle();
      setDone(t(kind === 'publish' ? 'frameworkVersion.published' : 'frameworkVersion.retired'));
    } catch (caught) {
      action.settle(caught);
      setError(localise(toUserError(caught), 'framework'));
    }
  }

  return (
    <section className="card" aria-labelledby="framework-status-title">
      <h2 id="framework-status-title">{t('frameworkVersion.statusTitle')}</h2>
      <p data-testid="framework-status">
        {t('frameworkVersion.statusNow')} <strong>{t(`frameworkStatus.${version.status}`)}</strong>
      </p>
      <p className="muted">{t(`frameworkVersion.statusHint.${version.status}`)}</p>
      {version.status === 'DRAFT' && version.rules.placeholder && <p className="banner banner--warning">{t('frameworkVersion.publishPlaceholderWarning')}</p>}
      {error && <ErrorAlert error={error} />}
      <div className="actions">
        {version.status === 'DRAFT' && (
          <Button onClick={() => void run('publish')} busy={publishing.loading} busyLabel={t('frameworkVersion.busy')}>
            {t('frameworkVersion.publish')}
          </Button>
        )}
        {version.status === 'PUBLISHED' && (
          <Button variant="secondary" onClick={() => void run('retire')} busy={retiring.loading} busyLabel={t('frameworkVersion.busy')}>
            {t('frameworkVersion.retire')}
          </Button>
        )}
      </div>
      <div role="status" data-testid="framework-status-message">
        {done && <p className="banner banner--success">{done}</p>}
      </div>
    </section>
  );
}
