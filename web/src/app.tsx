import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiClient, ApiError, type AuthInterruption } from './api.ts';
import { auth, directory } from './endpoints.ts';
import { navigate, useLocation } from './router.tsx';
import { LiveAlerts } from './live.tsx';
import { renderRoute } from './routes.tsx';
import { CommunityReport } from './screens/concerns/community-report.tsx';
import { LearnerReport } from './screens/concerns/learner-report.tsx';
import { SetupWizard } from './screens/setup/setup-wizard.tsx';
import { SecondFactor } from './screens/sign-in/second-factor.tsx';
import { SignIn } from './screens/sign-in/sign-in.tsx';
import { ApiContext, permissionCheck, SessionContext, type SignedIn } from './session.tsx';
import { Shell } from './shell.tsx';
import type { School, Session } from './types.ts';
import { Loading } from './ui/problem.tsx';

type State =
  | { phase: 'loading' }
  | { phase: 'signed-out'; notice?: string }
  | { phase: 'second-factor'; session: Session; notice?: string }
  | { phase: 'signed-in'; session: Session; school: School | null };

const NOTICES: Record<AuthInterruption, string> = {
  expired: 'Your session has expired. Sign in again to carry on where you were.',
  'mfa-verify': 'Enter the code from your authenticator app to carry on.',
  'mfa-enrol': 'Your role needs a second factor. Add an authenticator app to carry on.',
};

/** Pages anyone may open without signing in. */
const PUBLIC_PATHS = new Set(['/report', '/report/concern', '/setup']);

/**
 * The dashboard: reads the session once, then shows sign-in, the second factor or the signed-in
 * app. A request that finds the session gone (idle or absolute timeout, signed out elsewhere)
 * brings the user back to sign-in with "your session has expired", on the page they were on.
 */
export function App() {
  const [state, setState] = useState<State>({ phase: 'loading' });
  const location = useLocation();
  const onInterruption = useRef<(reason: AuthInterruption) => void>(() => undefined);
  const api = useMemo(() => new ApiClient({ onAuthInterruption: (reason) => onInterruption.current(reason) }), []);

  const enter = useCallback(
    async (session: Session) => {
      api.setCsrfToken(session.csrfToken);
      if (session.mfa !== 'satisfied') {
        setState({ phase: 'second-factor', session });
        return;
      }
      let school: School | null = null;
      try {
        school = (await directory.schools(api)).schools[0] ?? null;
      } catch {
        school = null;
      }
      setState({ phase: 'signed-in', session, school });
    },
    [api],
  );

  useEffect(() => {
    onInterruption.current = (reason) => {
      if (reason === 'expired') {
        api.setCsrfToken('');
        setState({ phase: 'signed-out', notice: NOTICES.expired });
        return;
      }
      setState((s) => (s.phase === 'signed-in' ? { phase: 'second-factor', session: { ...s.session, mfa: reason === 'mfa-enrol' ? 'enrol' : 'verify' }, notice: NOTICES[reason] } : s));
    };
  }, [api]);

  useEffect(() => {
    let live = true;
    auth.session(api).then(
      (session) => live && void enter(session),
      (error: unknown) => {
        if (!live) return;
        const signedOut = error instanceof ApiError && error.status === 401;
        setState({ phase: 'signed-out', ...(signedOut ? {} : { notice: 'Haven could not be reached. Reload the page to try again.' }) });
      },
    );
    return () => {
      live = false;
    };
  }, [api, enter]);

  const signOut = useCallback(async () => {
    try {
      await auth.logout(api);
    } catch {
      // Signed out already (expired): the outcome is the same.
    }
    api.setCsrfToken('');
    setState({ phase: 'signed-out', notice: 'You have signed out.' });
    navigate('/', { replace: true });
  }, [api]);

  // One value per session, so screens that depend on `can` do not reload on every navigation.
  const signedIn = useMemo<SignedIn | null>(
    () => (state.phase === 'signed-in' ? { session: state.session, school: state.school, can: permissionCheck(state.session), signOut } : null),
    [state, signOut],
  );

  let content;
  if (location.path === '/report') content = <LearnerReport />;
  else if (location.path === '/report/concern') content = <CommunityReport />;
  else if (location.path === '/setup' && state.phase !== 'signed-in') content = <SetupWizard onSignedIn={enter} />;
  else if (state.phase === 'loading') content = <main className="boot"><Loading what="Opening Haven" /></main>;
  else if (state.phase === 'signed-out') content = <SignIn notice={state.notice} onSignedIn={enter} />;
  else if (state.phase === 'second-factor') content = <SecondFactor session={state.session} notice={state.notice} onDone={enter} onSignOut={signOut} />;
  else if (signedIn) {
    content = (
      <SessionContext.Provider value={signedIn}>
        <Shell>
          <LiveAlerts>{renderRoute(PUBLIC_PATHS.has(location.path) ? '/' : location.path, location.query, signedIn)}</LiveAlerts>
        </Shell>
      </SessionContext.Provider>
    );
  }
  return <ApiContext.Provider value={api}>{content}</ApiContext.Provider>;
}
