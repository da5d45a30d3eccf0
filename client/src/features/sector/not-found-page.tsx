import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { SectorPage } from './sector-page';

export function NotFoundPage() {
  const { t } = useTranslation('sector');
  return (
    <SectorPage title={t('notFound.title')}>
      <p>
        <Link href="/">{t('notFound.back')}</Link>
      </p>
    </SectorPage>
  );
}
