import { Button } from './button';

interface LoadMoreProps {
  /** Null when the last page is shown: then there is no button at all. */
  onLoad: (() => void) | null;
  busy: boolean;
  label: string;
  className?: string;
}

/** The button under a paged list; busy while a page is on its way, so a second click asks nothing twice. */
export function LoadMore({ onLoad, busy, label, className }: LoadMoreProps) {
  if (!onLoad) return null;
  return (
    <div className={className}>
      <Button variant="secondary" busy={busy} onClick={onLoad}>
        {label}
      </Button>
    </div>
  );
}
