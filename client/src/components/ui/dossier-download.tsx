import { useTranslation } from 'react-i18next';
import { dossierZipHref } from '../../lib/cycle-document-href';

/** The link to a cycle's whole dossier as one zip, for every party that may read the cycle. */
export function DossierDownload({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation();
  return (
    <p className="card" data-testid="dossier-download">
      <a href={dossierZipHref(cycleId, t('locale'))} download data-testid="dossier-zip">
        {t('cycle.dossier')}
      </a>{' '}
      <span className="muted">{t('cycle.dossierHint')}</span>
    </p>
  );
}
