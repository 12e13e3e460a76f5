import { type FormEvent, useState } from 'react';
import { auth } from '../../endpoints.ts';
import { useApi } from '../../session.tsx';
import type { Session } from '../../types.ts';
import { AuthFrame } from '../../ui/auth-frame.tsx';
import { TextField } from '../../ui/form.tsx';
import { ErrorSummary, Notice } from '../../ui/problem.tsx';
import { EnrolTotp } from './enrol-totp.tsx';

/**
 * The second factor after the password: a code from the authenticator app (or a recovery code),
 * or, for a role that needs one and has none yet, adding the app first.
 */
export function SecondFactor({
  session,
  notice,
  onDone,
  onSignOut,
}: {
  session: Session;
  notice?: string | undefined;
  onDone(session: Session): Promise<void>;
  onSignOut(): Promise<void>;
}) {
  const api = useApi();
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const finish = async () => onDone(await auth.session(api));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await auth.verify(api, useRecovery ? { recoveryCode: code.trim() } : { code: code.replace(/\s/g, '') });
      await finish();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const signOut = (
    <p className="aside">
      Not you?{' '}
      <button type="button" className="link-button" onClick={() => void onSignOut()}>
        Sign out
      </button>
    </p>
  );

  if (session.mfa === 'enrol') {
    return (
      <AuthFrame title="Protect your account" wide>
        {notice ? <Notice tone="info">{notice}</Notice> : null}
        <p>Your role can see sensitive information, so Haven asks for a code from an authenticator app as well as your password.</p>
        <EnrolTotp onDone={() => void finish().catch(setError)} />
        <ErrorSummary error={error} />
        {signOut}
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title="Enter your code">
      {notice ? <Notice tone="info">{notice}</Notice> : null}
      <p>Signed in as {session.account.email}.</p>
      <ErrorSummary error={error} />
      <form onSubmit={submit} noValidate>
        {useRecovery ? (
          <TextField label="Recovery code" hint="One of the codes you kept when you added your authenticator app. Each works once." autoComplete="off" spellCheck={false} value={code} onChange={(e) => setCode(e.target.value)} required />
        ) : (
          <TextField
            label="Code from your authenticator app"
            className="field-short"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]*"
            maxLength={8}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            required
          />
        )}
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Checking…' : 'Continue'}
        </button>
      </form>
      <p>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setUseRecovery(!useRecovery);
            setCode('');
          }}
        >
          {useRecovery ? 'Use a code from the app instead' : 'I cannot use my app: use a recovery code'}
        </button>
      </p>
      {signOut}
    </AuthFrame>
  );
}
