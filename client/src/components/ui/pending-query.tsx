import { Loading } from './loading';
import { QueryError } from './query-error';

/** A page's query before it has data: the failure with a retry, or a loading line. */
export function PendingQuery({ error, loading, onRetry }: { error?: unknown; loading: boolean; onRetry: () => void }) {
  if (error) return <QueryError error={error} onRetry={onRetry} />;
  return loading ? <Loading /> : null;
}
