interface ProgressMeterProps {
  value: number;
  max: number;
  /** Accessible name of the bar. */
  label: string;
  /** Visible and spoken value, e.g. "3 van 12 normen gescoord". */
  text: string;
  testId?: string;
}

/**
 * role="progressbar" on a div rather than <progress>, so the visible sentence lives inside the element a
 * test or a screen reader looks at (aria-valuetext), and the bar can be styled the same in every browser.
 */
export function ProgressMeter({ value, max, label, text, testId }: ProgressMeterProps) {
  const percent = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={text}
      data-testid={testId}
    >
      <span className="progress__track" aria-hidden="true">
        <span className="progress__fill" style={{ width: `${percent}%` }} />
      </span>
      <span className="progress__text">{text}</span>
    </div>
  );
}
