import { type FormEvent, useState } from 'react';
import { auth } from '../../endpoints.ts';
import { Link, useLocation } from '../../router.tsx';
import { useApi } from '../../session.tsx';
import type { Session } from '../../types.ts';
import { AuthFrame } from '../../ui/auth-frame.tsx';
import { TextField } from '../../ui/form.tsx';
import { ErrorSummary, Notice } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';

/** Why a Google or Microsoft sign-in came back refused (`/?signInError=<code>`). */
const OIDC_ERRORS: Record<string, string> = {
  'oidc.no_account': 'There is no Haven account for that school account. Ask your administrator to add you.',
  'oidc.account_disabled': 'Your Haven account is disabled. Ask your administrator.',
  'oidc.email_unverified': 'Your provider has not verified your email address, so Haven cannot link it to an account.',
  'oidc.domain_mismatch': 'That account is not from your school’s domain or tenant. Sign in with your school account.',
  'oidc.link_conflict': 'That school account is already linked to another Haven account. Ask your administrator.',
  'oidc.authorization_denied': 'The sign-in was cancelled or refused at your provider.',
  'oidc.pending_missing': 'The sign-in took too long or was started in another tab. Try again.',
  'oidc.pending_invalid': 'The sign-in took too long or was started in another tab. Try again.',
  'oidc.state_expired': 'The sign-in took too long. Try again.',
  'oidc.state_mismatch': 'The sign-in was started in another tab. Try again.',
  'oidc.provider_unreachable': 'Your provider could not be reached. Try again, or use your email and password.',
};

/**
 * Sign-in with a local account, and the Google or Microsoft buttons the school configured. It
 * stays on the page the user asked for, so they land there once signed in.
 */
export function SignIn({ notice, onSignedIn }: { notice?: string | undefined; onSignedIn(session: Session): Promise<void> }) {
  const api = useApi();
  const { path, query } = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const providers = useLoad(() => auth.providers(api), [api]);
  const setup = useLoad(() => auth.setupNeeded(api), [api]);
  const oidcError = query.get('signInError');
  const returnTo = path === '/' ? '/' : path;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await auth.login(api, { email: email.trim(), password });
      await onSignedIn(session);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <AuthFrame title="Sign in to Haven">
      {notice ? <Notice tone="info">{notice}</Notice> : null}
      {oidcError ? <ErrorSummary error={new Error(OIDC_ERRORS[oidcError] ?? `The sign-in was refused (${oidcError}). Try again, or use your email and password.`)} focus={false} /> : null}
      {setup.data?.needed ? (
        <Notice tone="warn">
          Haven is not set up yet. Open the one-time setup link that <code>haven start</code> printed to name the school and create the first administrator.
        </Notice>
      ) : null}
      <ErrorSummary error={error} />
      <form onSubmit={submit} noValidate>
        <TextField label="Email address" type="email" name="email" autoComplete="username" spellCheck={false} value={email} onChange={(e) => setEmail(e.target.value)} required />
        <TextField label="Password" type="password" name="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {providers.data && providers.data.providers.length > 0 ? (
        <div className="oidc">
          <h2 className="h3">Or sign in with your school account</h2>
          <ul className="button-list">
            {providers.data.providers.map((p) => (
              <li key={p.id}>
                <a className="button button-secondary" href={auth.providerStartUrl(p.id, returnTo)}>
                  Sign in with {p.name}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="aside">
        Are you a pupil with a worry? <Link to="/report">Tell us here</Link>. You do not need to sign in.
      </p>
    </AuthFrame>
  );
}
