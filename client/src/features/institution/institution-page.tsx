import type { ReactNode } from 'react';
import { PartyNav } from '../../components/ui/party-nav';
import { Loading } from '../../components/ui/loading';
import { QueryError } from '../../components/ui/query-error';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useInstitutionTexts } from './institution-texts';
import './institution.css';

interface InstitutionPageProps {
  title: string;
  /** Tab title, when it should say more than the heading. */
  documentTitle?: string;
  lead?: ReactNode;
  before?: ReactNode;
  testId?: string;
  children: ReactNode;
}

/** Every screen of the institution: its sections, the one <h1>, and the tab title. */
export function InstitutionPage({ title, documentTitle, lead, before, testId, children }: InstitutionPageProps) {
  const { i } = useInstitutionTexts();
  useDocumentTitle(documentTitle ?? title);
  return (
    <div className="page inst" data-testid={testId}>
      <PartyNav
        label={i('nav.label')}
        items={[
          { href: '/', label: i('nav.inbox') },
          { href: '/notifications', label: i('nav.notifications') },
        ]}
      />
      {before}
      <div className="page__head">
        <h1>{title}</h1>
        {lead && <p className="lead">{lead}</p>}
      </div>
      <div className="stack">{children}</div>
    </div>
  );
}

/** A query before it has data: the failure with a retry, or a loading line. */
export function Pending({ error, onRetry }: { error?: unknown; onRetry: () => void }) {
  return error ? <QueryError error={error} onRetry={onRetry} /> : <Loading />;
}
