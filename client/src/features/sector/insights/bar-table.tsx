import type { ReactNode } from 'react';

export interface BarRow {
  key: string;
  label: string;
  value: number;
  /** The value as shown (a count, a duration); the bar is drawn from `value`. */
  text: string;
}

interface BarTableProps {
  caption: string;
  labelHeader: string;
  valueHeader: string;
  rows: BarRow[];
  testId: string;
  footer?: ReactNode;
}

/**
 * A bar chart that is its own table equivalent: each row names the item and gives the number as text,
 * and the bar beside it is decoration (aria-hidden), so a screen reader reads a plain table.
 */
export function BarTable({ caption, labelHeader, valueHeader, rows, testId, footer }: BarTableProps) {
  const max = Math.max(0, ...rows.map((r) => r.value));
  return (
    <div className="table-wrap">
      <table className="table bar-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col" className="num">
              {valueHeader}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="bar-table__value">
                <span className="bar-table__track" aria-hidden="true">
                  <span className="bar-table__bar" style={{ width: `${max > 0 ? (row.value / max) * 100 : 0}%` }} />
                </span>
                <span className="bar-table__text">{row.text}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {footer}
    </div>
  );
}
