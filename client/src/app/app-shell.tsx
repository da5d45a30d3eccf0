import { lazy, Suspense, useRef, type ReactNode } from 'react';
import { LogoutButton } from '../features/auth/logout-button';
import { SignedInUser } from '../features/auth/signed-in-user';
import type { SessionUserFragment } from '../gql/graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LanguageSwitch } from './language-switch';
import { useHeadingFocus } from './use-heading-focus';
import { useDisclosure } from '../components/ui/use-disclosure';
import { useTableCards } from '../lib/table-cards';

// Loaded with the signed-in screens, not with the login page.
const UnreadBadge = lazy(() => import('../features/notifications/unread-badge').then((m) => ({ default: m.UnreadBadge })));

interface AppShellProps {
  user?: SessionUserFragment | null;
  children: ReactNode;
}

/**
 * Header (name of the app, notifications, language, who is signed in) and the one <main> landmark of every
 * screen; on a change of screen, focus moves to its <h1> (useHeadingFocus). On a phone the header is one row:
 * the notifications stay in view and the rest folds behind a menu button.
 */
export function AppShell({ user, children }: AppShellProps) {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  const menu = useDisclosure();
  useHeadingFocus(main, user);
  useTableCards(main);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="header">
        <div className="header__inner">
          <p className="header__brand">
            <Link href="/">{t('appName')}</Link>
          </p>
          {user && (
            <Link href="/notifications" className="header__link header__notifications">
              {t('header.notifications')}
              <Suspense fallback={null}>
                <UnreadBadge />
              </Suspense>
            </Link>
          )}
          {/* Signed out, the register and the language fit beside the name; signed in, the rest folds on a phone. */}
          {user && (
            <button className="header__menu-button" {...menu.buttonProps}>
              <span aria-hidden="true" className="header__menu-icon" />
              {t('header.menu')}
            </button>
          )}
          <div className={user ? 'header__tools header__tools--folds' : 'header__tools'} {...(user ? menu.panelProps : {})}>
            <Link href="/register" className="header__link">
              {t('header.publicRegister')}
            </Link>
            {user && (
              <Link href="/settings" className="header__link">
                {t('header.settings')}
              </Link>
            )}
            {user && <SignedInUser user={user} />}
            <LanguageSwitch />
            {user && <LogoutButton />}
          </div>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1} ref={main}>
        {children}
      </main>
    </>
  );
}
