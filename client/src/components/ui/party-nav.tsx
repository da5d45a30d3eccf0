import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'wouter';

export interface NavItem {
  href: string;
  label: string;
  /** Shown after the label, for example an unread count. */
  badge?: string;
}

/** A section is current on its own path and on every path below it ("/" only on itself). */
const isCurrent = (href: string, location: string): boolean =>
  location === href || (href !== '/' && location.startsWith(`${href}/`));

/**
 * The sections of a party's screens; aria-current marks where you are for screen readers too. On a phone they
 * stay one row that scrolls sideways instead of wrapping to rows of tabs, with the current one brought into view.
 */
export function PartyNav({ label, items }: { label: string; items: NavItem[] }) {
  const [location] = useLocation();
  const list = useRef<HTMLUListElement>(null);
  const current = items.find((item) => isCurrent(item.href, location));
  useEffect(() => {
    const row = list.current;
    const link = row?.querySelector<HTMLElement>('[aria-current="page"]');
    // Only the row scrolls (scrollIntoView could move the page as well); on a wide screen nothing overflows.
    if (row && link && row.scrollWidth > row.clientWidth) row.scrollLeft = link.offsetLeft - row.offsetLeft - (row.clientWidth - link.offsetWidth) / 2;
  }, [current?.href]);
  return (
    <nav className="party-nav" aria-label={label}>
      <ul className="party-nav__list" ref={list}>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="party-nav__link" aria-current={item === current ? 'page' : undefined}>
              {item.label}
              {item.badge && <span className="badge">{item.badge}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
