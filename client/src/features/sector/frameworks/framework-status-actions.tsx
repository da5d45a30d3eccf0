import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { Refusal } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import type { SectorFrameworkVersionFragment } from '../../../gql/graphql';
import { useCommand } from '../../../lib/use-command';
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
  const [done, setDone] = useState<string | null>(null);
  const publishing = useCommand(PublishMutation);
  const retiring = useCommand(RetireMutation);
  const refused = publishing.refusal ?? retiring.refusal;
  const error = refused && localise(refused, 'framework');

  async function run(kind: 'publish' | 'retire') {
    setDone(null);
    const [command, other] = kind === 'publish' ? [publishing, retiring] : [retiring, publishing];
    other.reset();
    if (await command.run({ input: { frameworkVersionId: version.id } })) {
      setDone(t(kind === 'publish' ? 'frameworkVersion.published' : 'frameworkVersion.retired'));
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
      {error && <Refusal refusal={error} />}
      <div className="actions">
        {version.status === 'DRAFT' && (
          <Button onClick={() => void run('publish')} busy={publishing.pending} busyLabel={t('frameworkVersion.busy')}>
            {t('frameworkVersion.publish')}
          </Button>
        )}
        {version.status === 'PUBLISHED' && (
          <Button variant="secondary" onClick={() => void run('retire')} busy={retiring.pending} busyLabel={t('frameworkVersion.busy')}>
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
