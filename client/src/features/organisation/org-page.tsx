import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { PendingQuery } from '../../components/ui/pending-query';
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

interface CurrentCycleProps<C> {
  /** The page's query as useQuery returns it. */
  query: { data?: unknown; loading: boolean; error?: unknown; refetch: () => unknown };
  cycle: C | null | undefined;
  /** Whether the cycle has reached this page's section; until then `notYet` is said instead. */
  started: (cycle: C) => boolean;
  notYet: string;
  children: (cycle: C) => ReactNode;
}

/**
 * The body of a page about the current cycle: the query while it loads or fails, no open cycle, a section
 * not started yet, else the section itself. Every cycle page says these states the same way.
 */
export function CurrentCycle<C>({ query, cycle, started, notYet, children }: CurrentCycleProps<C>) {
  if (!query.data) return <PendingQuery error={query.error} loading={query.loading} onRetry={() => void query.refetch()} />;
  if (!cycle) return <NoCurrentCycle />;
  if (!started(cycle)) return <NotYet text={notYet} />;
  return children(cycle);
}

/** Pages about the cycle, while the organisation has none open. */
function NoCurrentCycle() {
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
function NotYet({ text }: { text: string }) {
  return (
    <p className="card muted" data-testid="not-yet">
      {text}
    </p>
  );
}
