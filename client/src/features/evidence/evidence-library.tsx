import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Button } from '../../components/ui/button';
import { Loading } from '../../components/ui/loading';
import { QueryError } from '../../components/ui/query-error';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { EvidenceDropzone } from './evidence-dropzone';
import { formatBytes, typeLabel, useEvidenceTexts } from './evidence-texts';
import './evidence.css';

export const EvidenceItemFragmentDoc = graphql(`
  fragment EvidenceItem on Evidence {
    id
    name
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
      }
    }
    evidenceUploadRules {
      maxBytes
    }
  }
`);

const PAGE = 20;

/** Waits until typing pauses, so a search is one request rather than one per key. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

interface EvidenceLibraryProps {
  cycleId?: string;
  canUpload: boolean;
  /** The library is the whole page: the page's own heading and introduction replace the section's. */
  asPage?: boolean;
}

/** The organisation's evidence library: upload, search, page through, download. */
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
        error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          loading && <Loading />
        )
      ) : page.nodes.length === 0 ? (
        <p className="muted">{term ? e('noMatch') : e('empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption>{e('caption', { shown: page.nodes.length, count: page.totalCount })}</caption>
            <thead>
              <tr>
                <th scope="col">{e('name')}</th>
                <th scope="col">{e('type')}</th>
                <th scope="col">{e('size')}</th>
                <th scope="col">{e('uploadedBy')}</th>
                <th scope="col">{e('uploadedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {page.nodes.map((item) => (
                <tr key={item.id} data-testid="evidence-row">
                  <th scope="row">
                    <a href={item.downloadUrl} download={item.name} aria-label={e('download', { name: item.name })}>
                      {item.name}
                    </a>
                    {item.versions.length > 1 && <span className="muted"> · {e('versions', { count: item.versions.length })}</span>}
                  </th>
                  <td>{typeLabel(item.type)}</td>
                  <td>{formatBytes(item.size, locale)}</td>
                  <td>{item.uploadedByName}</td>
                  <td>{formatDateTime(item.createdAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page?.pageInfo.hasNextPage && (
        <div>
          <Button variant="secondary" busy={loading} onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}>
            {e('loadMore')}
          </Button>
        </div>
      )}
    </section>
  );
}
