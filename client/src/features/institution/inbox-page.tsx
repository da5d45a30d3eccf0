import { useQuery } from '@apollo/client/react';
import { Button } from '../../components/ui/button';
import { graphql } from '../../gql';
import type { InstitutionInboxCycleFragment, SessionUserFragment } from '../../gql/graphql';
import { nextPage } from '../../lib/next-page';
import { InboxTable } from './inbox-table';
import { InstitutionPage, Pending } from './institution-page';
import { useInstitutionTexts } from './institution-texts';
import { rightsOf, sectionToDo } from './rights';

export const InstitutionInboxCycleFragmentDoc = graphql(`
  fragment InstitutionInboxCycle on Cycle {
    id
    phase
    step
    waitingOn
    ...CycleNextStep
    viewerCan {
      action
      allowed
    }
    dueAt
    overdue
    confirmedAuditDate
    proposedAuditDates
    organisation {
      id
      name
      place
    }
    ...CycleAuditors
  }
`);

const InstitutionInboxQuery = graphql(`
  query InstitutionInbox($first: Int!, $after: String) {
    cycles(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...InstitutionInboxCycle
      }
    }
  }
`);

const PAGE = 50;

/** Deadlines first (the overdue ones before all), then the ones without a deadline, in the server's order. */
function byUrgency(a: InstitutionInboxCycleFragment, b: InstitutionInboxCycleFragment): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.dueAt && b.dueAt) return a.dueAt.localeCompare(b.dueAt);
  return a.dueAt ? -1 : b.dueAt ? 1 : 0;
}

/**
 * The institution's inbox: engagement requests (for the manager), then what waits on the institution,
 * soonest deadline first, then every other cycle it may see. Pages of the server's list are appended.
 */
export function InboxPage({ user }: { user: SessionUserFragment }) {
  const { i } = useInstitutionTexts();
  const manager = user.role === 'CI_MANAGER';
  const { data, error, refetch, fetchMore, loading } = useQuery(InstitutionInboxQuery, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.cycles;

  const loadMore = nextPage(data, fetchMore, 'cycles');

  let body;
  if (!page) {
    body = <Pending error={error} onRetry={() => void refetch()} />;
  } else if (page.nodes.length === 0) {
    body = (
      <p className="card muted" data-testid="inbox-empty">
        {i('inbox.empty')}
      </p>
    );
  } else {
    const requests = manager ? page.nodes.filter((c) => c.step === 'ENGAGEMENT_REQUESTED') : [];
    const rest = page.nodes.filter((c) => !requests.includes(c));
    // The manager follows everything that waits on the institution; an auditor what they may do now.
    const waitsHere = (c: InstitutionInboxCycleFragment) =>
      manager ? c.nextStep.actor === 'YOU' : sectionToDo(rightsOf(user, c)) !== null;
    const waiting = rest.filter(waitsHere).sort(byUrgency);
    const others = rest.filter((c) => !waitsHere(c));
    body = (
      <>
        {requests.length > 0 && (
          <section className="inst-requests" aria-labelledby="inbox-requests-title">
            <h2 id="inbox-requests-title">{i('inbox.requests')}</h2>
            <p>{i('inbox.requestsIntro')}</p>
            <InboxTable cycles={requests} testId="inbox-requests" />
          </section>
        )}
        <section aria-labelledby="inbox-waiting-title">
          <h2 id="inbox-waiting-title">{manager ? i('inbox.waitingInstitution') : i('inbox.waiting')}</h2>
          {waiting.length > 0 ? (
            <InboxTable cycles={waiting} testId="inbox-waiting" />
          ) : (
            <p className="card muted" data-testid="inbox-none-waiting">
              {manager ? i('inbox.noneWaitingInstitution') : i('inbox.noneWaiting')}
            </p>
          )}
        </section>
        {others.length > 0 && (
          <section aria-labelledby="inbox-others-title">
            <h2 id="inbox-others-title">{i('inbox.others')}</h2>
            <InboxTable cycles={others} testId="inbox-others" />
          </section>
        )}
        <div className="inst-more">
          <p className="muted" role="status">
            {i('inbox.loaded', { shown: page.nodes.length, count: page.totalCount })}
          </p>
          {loadMore && (
            <Button variant="secondary" busy={loading} onClick={loadMore}>
              {i('inbox.loadMore')}
            </Button>
          )}
        </div>
      </>
    );
  }

  return (
    <InstitutionPage title={i('inbox.title')} lead={manager ? i('inbox.introManager') : i('inbox.introAuditor')} testId="institution-inbox">
      {body}
    </InstitutionPage>
  );
}
