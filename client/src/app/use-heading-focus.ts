import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'wouter';

/** How long a new screen may take (chunk, query) before its heading appears; later, focus is left alone. */
const HEADING_WAIT_MS = 10_000;

/**
 * After signing in and after every client-side navigation, focus goes to the new screen's <h1>, so a
 * keyboard or screen-reader user starts at what the screen is, not back at the top of the document (a
 * single-page app gives no page load that would do this). The first screen of a visit is left to the
 * browser. The heading may come later than the route (a lazy chunk, a query): it is awaited for a while,
 * and not taken if the person has moved focus meanwhile. `user` is undefined while the session is unknown.
 */
export function useHeadingFocus(main: RefObject<HTMLElement | null>, user: { id: string } | null | undefined): void {
  const [location] = useLocation();
  // Signing in or out is a change of screen as much as a new path is.
  const screen = user === undefined ? null : `${user?.id ?? ''} ${location}`;
  const previous = useRef<string | null>(null);
  useEffect(() => {
    if (screen === null) return;
    const first = previous.current === null;
    previous.current = screen;
    const container = main.current;
    if (first || !container) return;
    return focusHeadingWhenShown(container);
  }, [screen, main]);
}

function focusHeadingWhenShown(container: HTMLElement): () => void {
  // What had focus when the screen changed (the link that was followed, or nothing): still there means the
  // person has not moved on, so the heading may take it.
  const before = document.activeElement;
  const untouched = () => {
    const now = document.activeElement;
    return now === before || now === null || now === document.body || now === container || !now.isConnected;
  };
  const tryFocus = (): boolean => {
    // A screen that waits for its chunk stays in the document, hidden, beside the fallback: only a shown h1 counts.
    const heading = [...container.querySelectorAll<HTMLElement>('h1')].find((h) => h.getClientRects().length > 0);
    if (!heading) return false;
    if (untouched()) {
      // Focusable from script only: it is no Tab stop, and the stylesheet draws no outline for it.
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus({ preventScroll: false });
    }
    return true;
  };
  if (tryFocus()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = window.setTimeout(() => stop(), HEADING_WAIT_MS);
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
  }
  observer.observe(container, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'hidden'] });
  return stop;
}
