import { Link, useLocation } from 'wouter';
import { useDisclosure } from './use-disclosure';

export interface NavItem {
  href: string;
  label: string;
  /** Shown after the label, for example an unread count. */
  badge?: string;
}

const FITS_ON_A_ROW = 3;

/** A section is current on its own path and on every path below it ("/" only on itself). */
const isCurrent = (href: string, location: string): boolean =>
  location === href || (href !== '/' && location.startsWith(`${href}/`));

/**
 * The sections of a party's screens; aria-current marks where you are for screen readers too. On a phone they
 * fold behind one button that names the section you are in, instead of wrapping to rows of tabs.
 */
export function PartyNav({ label, items }: { label: string; items: NavItem[] }) {
  const [location] = useLocation();
  const sections = useDisclosure();
  const current = items.find((item) => isCurrent(item.href, location));
  // A few sections fit on one row even on a phone; only more are worth a button.
  const folds = items.length > FITS_ON_A_ROW;
  return (
    <nav className={folds ? 'party-nav party-nav--folds' : 'party-nav'} aria-label={label}>
      {folds && (
        <button className="party-nav__toggle" {...sections.buttonProps}>
          <span className="visually-hidden">{label}: </span>
          {current?.label ?? label}
          <span aria-hidden="true" className="party-nav__chevron" />
        </button>
      )}
      <ul className="party-nav__list" {...(folds ? sections.panelProps : {})}>
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
