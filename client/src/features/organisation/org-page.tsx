import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { Loading } from '../../components/ui/loading';
import { QueryError } from '../../components/ui/query-error';
import { useDocumentTitle } from '../../lib/use-document-title';
import { OrganisationNav } from './organisation-nav';
import { useOrgTexts } from './organisation-texts';

interface OrgPageProps {
  title: string;
  lead?: ReactNode;
  testId?: string;
  children: ReactNode;
}

/** One screen of the organisation: its sections, the one <h1>, and the tab title. */
export function OrgPage({ title, lead, testId, children }: OrgPageProps) {
  useDocumentTitle(title);
  return (
    <>
      <OrganisationNav />
      <div className="page org-page" data-testid={testId}>
        <div className="page__head">
          <h1>{title}</h1>
          {lead && <p className="muted">{lead}</p>}
        </div>
        <div className="stack">{children}</div>
      </div>
    </>
  );
}

/** A page's query before it has data: the failure with a retry, or a loading line. */
export function PendingQuery({ error, loading, onRetry }: { error?: unknown; loading: boolean; onRetry: () => void }) {
  if (error) return <QueryError error={error} onRetry={onRetry} />;
  return loading ? <Loading /> : null;
}

/** Pages about the cycle, while the organisation has none open. */
export function NoCurrentCycle() {
  const { o } = useOrgTexts();
  return (
    <div className="card" data-testid="no-cycle">
      <p>{o('noCycle')}</p>
      <p>
        <Link href="/">{o('toOverview')}</Link>
      </p>
    </div>
  );
}

/** A section that has not started yet in this cycle, said in one sentence. */
export function NotYet({ text }: { text: string }) {
  return (
    <p className="card muted" data-testid="not-yet">
      {text}
    </p>
  );
}
