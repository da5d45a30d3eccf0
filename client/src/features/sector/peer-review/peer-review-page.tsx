import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { LoadMore } from '../../../components/ui/load-more';
import { PendingQuery } from '../../../components/ui/pending-query';
import { Refusal } from '../../../components/ui/refusal';
import type { Role, SectorPeerProposalsQuery as ProposalsData } from '../../../gql/graphql';
import { formatDate, formatNumber } from '../../../lib/format';
import { nextPage } from '../../../lib/next-page';
import { useCommand } from '../../../lib/use-command';
import { SectorPage } from '../sector-page';
import { FormedGroups, SignUpsTable } from './peer-lists';
import { FormPeerGroupMutation, PEER_REVIEW_QUERIES, SectorPeerProposalsQuery, SectorPeerReviewQuery, SectorPeerUnmatchedQuery } from './peer-review-operations';
import { useSectorPeerReviewTexts } from './peer-review-texts';
import { ProposedGroupCard } from './proposed-group-card';

type Proposal = ProposalsData['peerGroupProposals']['nodes'][number];
const PAGE = 20;

/**
 * The sector body's side of the peer advisory assessment: the suggested groups it can form with one click,
 * the groups organisations proposed themselves (confirm or decline), the groups formed, and every sign-up.
 * The decision committee sees the same, without the buttons.
 */
export function PeerReviewPage({ role }: { role: Role }) {
  const { p } = useSectorPeerReviewTexts();
  const { data, loading, error, refetch } = useQuery(SectorPeerReviewQuery, { fetchPolicy: 'cache-and-network' });
  const [done, setDone] = useState<string | null>(null);
  const canDecide = role === 'SECTOR_ADMIN';

  return (
    <SectorPage title={p('title')} intro={p('intro')}>
      {!canDecide && <p className="muted">{p('onlyAdmin')}</p>}
      <div role="status" data-testid="peer-review-status">
        {done && <p className="banner banner--success">{done}</p>}
      </div>
      <Proposals canDecide={canDecide} onDone={setDone} />
      {!data ? (
        <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
      ) : (
        <>
          <section className="card" aria-labelledby="peer-proposed" data-testid="proposed-groups">
            <h2 id="peer-proposed">{p('proposed.heading')}</h2>
            {data.peerGroups.nodes.length === 0 ? (
              <p className="muted">{p('proposed.none')}</p>
            ) : (
              <ul className="peer-groups">
                {data.peerGroups.nodes.map((g) => (
                  <ProposedGroupCard key={g.id} group={g} canDecide={canDecide} onDone={setDone} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <FormedGroups canDecide={canDecide} />
      <SignUpsTable />
    </SectorPage>
  );
}

interface ProposalsProps {
  canDecide: boolean;
  onDone(message: string): void;
}

/** The suggestions and, under them, the open sign-ups no suggestion holds: two lists, each page by page. */
function Proposals({ canDecide, onDone }: ProposalsProps) {
  const { p, locale } = useSectorPeerReviewTexts();
  const proposals = useQuery(SectorPeerProposalsQuery, { variables: { first: PAGE }, fetchPolicy: 'cache-and-network' });
  const unmatched = useQuery(SectorPeerUnmatchedQuery, { variables: { first: PAGE }, fetchPolicy: 'cache-and-network' });
  const nodes = proposals.data?.peerGroupProposals.nodes;
  const left = unmatched.data?.unmatchedPeerSignUps.nodes;
  return (
    <section className="card" aria-labelledby="peer-proposals" data-testid="peer-proposals">
      <h2 id="peer-proposals">{p('proposals.heading')}</h2>
      {!nodes ? (
        <PendingQuery error={proposals.error} loading={proposals.loading} onRetry={() => void proposals.refetch()} />
      ) : nodes.length === 0 ? (
        <p className="muted">{p('proposals.none')}</p>
      ) : (
        <ul className="peer-groups">
          {nodes.map((proposal) => (
            <ProposalItem key={proposal.signUps.map((s) => s.id).join()} proposal={proposal} canDecide={canDecide} onDone={onDone} />
          ))}
        </ul>
      )}
      <LoadMore onLoad={nextPage(proposals.data, proposals.fetchMore, 'peerGroupProposals')} busy={proposals.loading} label={p('proposals.loadMore')} className="actions" />
      {!left ? (
        <PendingQuery error={unmatched.error} loading={unmatched.loading} onRetry={() => void unmatched.refetch()} />
      ) : (
        left.length > 0 && (
          <>
            <h3>{p('proposals.unmatchedHeading')}</h3>
            <ul data-testid="peer-unmatched">
              {left.map(({ signUp, reason }) => (
                <li key={signUp.id}>
                  {p('member', { name: signUp.organisation.name, place: signUp.organisation.place, fte: formatNumber(signUp.fte, locale) })} · {signUp.region} ·{' '}
                  {p(`proposals.unmatched.${reason}`)}
                </li>
              ))}
            </ul>
          </>
        )
      )}
      <LoadMore
        onLoad={nextPage(unmatched.data, unmatched.fetchMore, 'unmatchedPeerSignUps')}
        busy={unmatched.loading}
        label={p('proposals.loadMoreUnmatched')}
        className="actions"
      />
    </section>
  );
}

/** One suggested group: its region, the period all of them named, its organisations, and "form group". */
function ProposalItem({ proposal, canDecide, onDone }: { proposal: Proposal; canDecide: boolean; onDone(message: string): void }) {
  const { p, locale } = useSectorPeerReviewTexts();
  const form = useCommand(FormPeerGroupMutation, { refetchQueries: PEER_REVIEW_QUERIES });
  const period =
    proposal.commonPeriodFrom && proposal.commonPeriodUntil
      ? p('period', { from: formatDate(proposal.commonPeriodFrom, locale), until: formatDate(proposal.commonPeriodUntil, locale) })
      : p('noCommonPeriod');

  async function onForm() {
    if (await form.run({ input: { signUpIds: proposal.signUps.map((s) => s.id) } })) onDone(p('proposals.formed', { region: proposal.region }));
  }

  return (
    <li data-testid="peer-proposal">
      <h3>{p('proposals.region', { region: proposal.region })}</h3>
      <p className="muted">{p('proposals.commonPeriod', { period })}</p>
      <ul>
        {proposal.signUps.map((s) => (
          <li key={s.id}>{p('member', { name: s.organisation.name, place: s.organisation.place, fte: formatNumber(s.fte, locale) })}</li>
        ))}
      </ul>
      {canDecide && (
        <div className="actions">
          <Button busy={form.pending} aria-label={p('proposals.formLabel', { region: proposal.region })} onClick={() => void onForm()}>
            {p('proposals.form')}
          </Button>
        </div>
      )}
      {form.refusal && <Refusal refusal={form.refusal} />}
    </li>
  );
}
