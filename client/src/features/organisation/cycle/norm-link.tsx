import type { ReactNode } from 'react';

/** The id of a norm's legend on the self-evaluation page: where a link to the norm lands. */
export function normAnchorId(normId: string): string {
  return `norm-${normId}-legend`;
}

/**
 * Brings a norm of the self-evaluation into view and gives its legend the focus, so a screen reader says
 * which norm this is and the next Tab reaches its fields. The legend rather than the fieldset: a submitted
 * self-evaluation's fieldsets are disabled and cannot take focus.
 */
export function goToNorm(normId: string): void {
  const legend = document.getElementById(normAnchorId(normId));
  if (!legend) return;
  // Below the sticky progress bar, whose height depends on the width of the screen.
  const head = document.querySelector('.self-evaluation__head')?.getBoundingClientRect().height ?? 0;
  const target = legend.closest('fieldset') ?? legend;
  window.scrollTo({ top: target.getBoundingClientRect().top + window.scrollY - head - 16 });
  legend.focus({ preventScroll: true });
}

/** A link to a norm on the same page; without script it is a plain in-page link. */
export function NormLink({ normId, children }: { normId: string; children: ReactNode }) {
  return (
    <a
      href={`#${normAnchorId(normId)}`}
      onClick={(event) => {
        event.preventDefault();
        goToNorm(normId);
      }}
    >
      {children}
    </a>
  );
}
