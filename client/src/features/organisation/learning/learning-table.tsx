import type { ReactNode } from 'react';

/** A table of figures that scrolls on its own on a phone, named by its caption for a screen reader. */
export function LearningTable({ caption, head, children, testId }: { caption: string; head: string[]; children: ReactNode; testId?: string }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
