import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PartyNav } from '../../components/ui/party-nav';
import { useDocumentTitle } from '../../lib/use-document-title';
import './sector-texts';
import './sector.css';

interface SectorPageProps {
  title: string;
  intro?: string;
  children: ReactNode;
}

/** Every sector screen: the sections of the sector body's work, then the one <h1> of the page. */
export function SectorPage({ title, intro, children }: SectorPageProps) {
  const { t } = useTranslation('sector');
  useDocumentTitle(title);
  return (
    <div className="page sector">
      <PartyNav
        label={t('nav.label')}
        items={[
          { href: '/', label: t('nav.overview') },
          { href: '/insights', label: t('nav.insights') },
          { href: '/decisions', label: t('nav.decisions') },
          { href: '/register-management', label: t('nav.register') },
          { href: '/frameworks', label: t('nav.frameworks') },
          { href: '/peer-review', label: t('nav.peerReview') },
          { href: '/institutions', label: t('nav.institutions') },
          { href: '/notifications', label: t('nav.notifications') },
        ]}
      />
      <div className="page__head">
        <h1>{title}</h1>
        {intro && <p className="lead">{intro}</p>}
      </div>
      <div className="stack">{children}</div>
    </div>
  );
}
