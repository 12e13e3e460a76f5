/**
 * A small history-based router: the server answers every page path with the app (SPA fallback),
 * so links are ordinary `<a href>`s that work when opened in a new tab, and the app swaps screens
 * in place for a plain click.
 */
import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useState } from 'react';

const EVENT = 'haven:navigate';

/** The current page: path and query. */
export interface Location {
  path: string;
  query: URLSearchParams;
}

function read(): Location {
  return { path: window.location.pathname.replace(/\/+$/, '') || '/', query: new URLSearchParams(window.location.search) };
}

/** History entries the app made itself carry this state: screens reached by navigating in the app. */
const IN_APP = { haven: true };

/** Whether the current page was reached by navigating inside the app (not a fresh load). */
export function reachedInApp(): boolean {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null && 'haven' in state;
}

/** Goes to another page of the app without reloading it. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(IN_APP, '', to);
  else window.history.pushState(IN_APP, '', to);
  window.dispatchEvent(new Event(EVENT));
  window.scrollTo(0, 0);
}

/** The current location; re-renders on every navigation (links, back and forward). */
export function useLocation(): Location {
  const [location, setLocation] = useState(read);
  useEffect(() => {
    const update = () => setLocation(read());
    window.addEventListener('popstate', update);
    window.addEventListener(EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(EVENT, update);
    };
  }, []);
  return location;
}

/** Matches `/concerns/:id` against a path; the named parts, decoded, or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? '';
    const g = got[i] ?? '';
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return null;
      }
    } else if (w !== g) return null;
  }
  return params;
}

/** An in-app link: a real `<a href>` that navigates in place on a plain left click. */
export function Link({ to, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} {...rest} />;
}
