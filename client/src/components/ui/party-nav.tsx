import { Link, useRoute } from 'wouter';

export interface NavItem {
  href: string;
  label: string;
  /** Shown after the label, for example an unread count. */
  badge?: string;
}

function NavLink({ item }: { item: NavItem }) {
  // A section is current on its own path and on every path below it ("/" only on itself).
  const [exact] = useRoute(item.href);
  const [below] = useRoute(item.href === '/' ? '/' : `${item.href}/*?`);
  const current = exact || below;
  return (
    <li>
      <Link href={item.href} className="party-nav__link" aria-current={current ? 'page' : undefined}>
        {item.label}
        {item.badge && <span className="badge">{item.badge}</span>}
      </Link>
    </li>
  );
}

/** The sections of a party's screens; aria-current marks where you are for screen readers too. */
export function PartyNav({ label, items }: { label: string; items: NavItem[] }) {
  return (
    <nav className="party-nav" aria-label={label}>
      <ul>
        {items.map((item) => (
          <NavLink key={item.href} item={item} />
        ))}
      </ul>
    </nav>
  );
}
