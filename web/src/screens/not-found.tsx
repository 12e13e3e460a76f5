import { Link } from '../router.tsx';
import { Page } from '../ui/page.tsx';

/** A page path the app does not know. */
export function NotFound() {
  return (
    <Page title="Page not found">
      <p>Check the address, or go back to the home page.</p>
      <Link to="/">Home</Link>
    </Page>
  );
}

/** A page the user's roles do not reach (the server would refuse its data anyway). */
export function NoAccess() {
  return (
    <Page title="You do not have access to this page">
      <p>Your roles do not include this part of Haven. If you need it, ask your administrator.</p>
      <Link to="/">Home</Link>
    </Page>
  );
}
