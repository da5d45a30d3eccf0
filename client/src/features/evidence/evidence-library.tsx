import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { LoadMore } from '../../components/ui/load-more';
import { PendingQuery } from '../../components/ui/pending-query';
import { graphql } from '../../gql';
import { formatBytes } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { EvidenceDropzone } from './evidence-dropzone';
import { EvidenceRow } from './evidence-row';
import { useEvidenceTexts } from './evidence-texts';
import './evidence.css';

export const EvidenceItemFragmentDoc = graphql(`
  fragment EvidenceItem on Evidence {
    id
    name
    originalName
    type
    size
    createdAt
    uploadedByName
    downloadUrl
    versions {
      id
    }
  }
`);

const EvidenceLibraryQuery = graphql(`
  query EvidenceLibrary($first: Int!, $after: String, $search: String) {
    evidence(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...EvidenceItem
        links {
          id
          normCode
          linkedInPhase
          locked
          improvementActionId
          selfEvaluationAnswerId
        }
      }
    }
    evidenceUploadRules {
      maxBytes
      quotaBytes
      usedBytes
    }
  }
`);

const PAGE = 20;

interface EvidenceLibraryProps {
  cycleId?: string;
  canUpload: boolean;
  /** The library is the whole page: the page's own heading and introduction replace the section's. */
  asPage?: boolean;
}

/** The organisation's evidence library: upload, search, page through; per file what it is linked to, download, unlink, delete. */
export function EvidenceLibrary({ cycleId, canUpload, asPage = false }: EvidenceLibraryProps) {
  const { e, locale } = useEvidenceTexts();
  const client = useApolloClient();
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim(), 300);
  // Files are also added from the self-evaluation (another page): every visit asks the server again.
  const { data, loading, error, refetch, fetchMore } = useQuery(EvidenceLibraryQuery, {
    variables: { first: PAGE, search: term || null },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.evidence;

  return (
    <section className="evidence-library" aria-labelledby={asPage ? undefined : 'evidence-library-title'} data-testid="evidence-library">
      {!asPage && (
        <div>
          <h2 id="evidence-library-title">{e('libraryTitle')}</h2>
          <p className="muted">{e('libraryIntro')}</p>
        </div>
      )}
      {data && (
        <p className="muted" data-testid="evidence-quota">
          {e('quotaUse', { used: formatBytes(data.evidenceUploadRules.usedBytes, locale), quota: formatBytes(data.evidenceUploadRules.quotaBytes, locale) })}
        </p>
      )}
      {canUpload && data && (
        <EvidenceDropzone
          cycleId={cycleId}
          maxBytes={data.evidenceUploadRules.maxBytes}
          onStored={() => void client.refetchQueries({ include: ['EvidenceLibrary', 'CycleEvidence'] })}
        />
      )}
      <div className="evidence-library__tools">
        <div className="field">
          <label htmlFor="evidence-search">{e('search')}</label>
          <input id="evidence-search" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </div>
      </div>
      {!page ? (
        <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
      ) : page.nodes.length === 0 ? (
        <p className="muted">{term ? e('noMatch') : e('empty')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="evidence-library-caption">
          <table className="table">
            <caption id="evidence-library-caption">{e('caption', { shown: page.nodes.length, count: page.totalCount })}</caption>
            <thead>
              <tr>
                <th scope="col">{e('name')}</th>
                <th scope="col">{e('linkedTo')}</th>
                <th scope="col">{e('type')}</th>
                <th scope="col">{e('size')}</th>
                <th scope="col">{e('uploadedBy')}</th>
                <th scope="col">{e('uploadedAt')}</th>
                {canUpload && <th scope="col">{e('actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {page.nodes.map((item) => (
                <EvidenceRow key={item.id} item={item} canChange={canUpload} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {/* The cache's field policy for `evidence` appends the pages (see lib/apollo.ts). */}
      <LoadMore
        onLoad={page?.pageInfo.hasNextPage ? () => void fetchMore({ variables: { after: page.pageInfo.endCursor } }) : null}
        busy={loading}
        label={e('loadMore')}
      />
    </section>
  );
}
