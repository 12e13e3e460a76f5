import type { ReactNode } from 'react';
import { ROLE_LABELS, isRole } from '../../src/identity/model.ts';
import { currentItem, NAV_ITEMS, navSections } from './nav.ts';
import { Link, useLocation } from './router.tsx';
import { useSignedIn } from './session.tsx';

/** Plain HTTP is for loopback and first setup (decisions.md): say so anywhere else. */
function insecureOrigin(): boolean {
  const { protocol, hostname } = window.location;
  return protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(hostname);
}

/**
 * The signed-in frame: a skip link, the header with the school and the user, the navigation the
 * user's permissions allow, and the page. It reflows to one column on a tablet or at 200 % zoom.
 */
export function Shell({ children }: { children: ReactNode }) {
  const { session, school, can, signOut } = useSignedIn();
  const { path } = useLocation();
  const items = NAV_ITEMS.filter((item) => can(...item.anyOf));
  const current = currentItem(path, items);
  const roles = [...new Set(session.account.roles.map((r) => r.role))].map((r) => (isRole(r) ? ROLE_LABELS[r] : r));
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="header">
        <div className="header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            Haven
          </Link>
          {school ? <span className="school-name">{school.name}</span> : null}
          <div className="user">
            <span className="user-name">
              {session.account.displayName}
              <span className="user-roles">{roles.join(', ')}</span>
            </span>
            <Link to="/account" className="header-link" aria-current={path === '/account' ? 'page' : undefined}>
              Your account
            </Link>
            <button type="button" className="button button-secondary button-small" onClick={() => void signOut()}>
              Sign out
            </button>
          </div>
        </div>
      </header>
      {insecureOrigin() ? (
        <p className="banner-warning" role="note">
          This connection is not encrypted (plain HTTP). Give Haven a certificate before staff use it over the network.
        </p>
      ) : null}
      <div className="layout">
        <nav className="nav" aria-label="Main">
          {navSections.map((section) => {
            const mine = items.filter((item) => item.section === section.id);
            if (mine.length === 0) return null;
            return (
              <div className="nav-section" key={section.id}>
                <h2 className="nav-title" id={`nav-${section.id}`}>
                  {section.label}
                </h2>
                <ul aria-labelledby={`nav-${section.id}`}>
                  {mine.map((item) => (
                    <li key={item.to}>
                      <Link to={item.to} aria-current={current === item ? 'page' : undefined}>
                        {item.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </nav>
        <main id="main" className="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="footer">
        {/* A server page, not a screen of the app: a plain link. */}
        <a href="/transparency">What Haven monitors, who sees it and how long it is kept</a>
      </footer>
    </>
  );
}
