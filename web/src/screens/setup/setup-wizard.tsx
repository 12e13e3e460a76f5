import { type FormEvent, useState } from 'react';
import { auth } from '../../endpoints.ts';
import { Link, navigate, useLocation } from '../../router.tsx';
import { useApi } from '../../session.tsx';
import type { Session } from '../../types.ts';
import { AuthFrame } from '../../ui/auth-frame.tsx';
import { TextField } from '../../ui/form.tsx';
import { ErrorSummary, Loading, Notice } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { EnrolTotp } from '../sign-in/enrol-totp.tsx';

type Step = 'school' | 'administrator' | 'second-factor' | 'done';
const STEPS: Step[] = ['school', 'administrator', 'second-factor'];

/**
 * First run, behind the one-time link `haven start` prints: names the school, creates the first
 * administrator, signs them in and adds their authenticator app, so the first account is
 * protected before anything else is done.
 */
export function SetupWizard({ onSignedIn }: { onSignedIn(session: Session): Promise<void> }) {
  const api = useApi();
  const { query } = useLocation();
  const token = query.get('token') ?? '';
  const needed = useLoad(() => auth.setupNeeded(api), [api]);
  const [step, setStep] = useState<Step>('school');
  const [schoolName, setSchoolName] = useState('');
  const [urn, setUrn] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const position = STEPS.indexOf(step) + 1;
  const title = step === 'school' ? 'Set up Haven: your school' : step === 'administrator' ? 'Set up Haven: first administrator' : step === 'second-factor' ? 'Set up Haven: second factor' : 'Haven is ready';

  if (needed.loading && !needed.data) return <AuthFrame title="Set up Haven"><Loading /></AuthFrame>;
  if (needed.data && !needed.data.needed && step === 'school') {
    return (
      <AuthFrame title="Haven is already set up">
        <p>This setup link has been used. Sign in with your account instead.</p>
        <Link className="button" to="/">
          Go to sign in
        </Link>
      </AuthFrame>
    );
  }
  if (!token) {
    return (
      <AuthFrame title="Set up Haven">
        <p>
          Open the one-time setup link that <code>haven start</code> (or <code>npm start</code>) printed when Haven first started. It ends with <code>?token=…</code>.
        </p>
      </AuthFrame>
    );
  }

  const toAdministrator = (event: FormEvent) => {
    event.preventDefault();
    setError(schoolName.trim() ? null : new Error('Enter the name of your school.'));
    if (schoolName.trim()) setStep('administrator');
  };

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < 8) {
      setError(new Error('The password must be at least 8 characters.'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await auth.setup(api, { token, schoolName: schoolName.trim(), ...(urn.trim() ? { urn: urn.trim() } : {}), displayName: displayName.trim(), email: email.trim(), password });
      const session = await auth.login(api, { email: email.trim(), password });
      api.setCsrfToken(session.csrfToken);
      setPassword('');
      setStep(session.mfa === 'satisfied' ? 'done' : 'second-factor');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const finish = async () => {
    const session = await auth.session(api);
    navigate('/', { replace: true });
    await onSignedIn(session);
  };

  return (
    <AuthFrame title={title} wide={step === 'second-factor'}>
      {step !== 'done' ? (
        <p className="step-count">
          Step {position} of {STEPS.length}
        </p>
      ) : null}
      <ErrorSummary error={error} />
      {step === 'school' ? (
        <form onSubmit={toAdministrator} noValidate>
          <TextField label="School name" autoComplete="organization" maxLength={200} value={schoolName} onChange={(e) => setSchoolName(e.target.value)} required />
          <TextField label="URN" optional hint="The school's unique reference number from Get Information About Schools." className="field-short" inputMode="numeric" maxLength={20} value={urn} onChange={(e) => setUrn(e.target.value)} />
          <button type="submit" className="button">
            Continue
          </button>
        </form>
      ) : null}
      {step === 'administrator' ? (
        <form onSubmit={create} noValidate>
          <p>The first administrator runs Haven for {schoolName.trim()}: accounts, people and settings. They do not read safeguarding concerns.</p>
          <TextField label="Your name" autoComplete="name" maxLength={200} value={displayName} onChange={(e) => setDisplayName(e.target.value)} required />
          <TextField label="Your email address" type="email" autoComplete="username" spellCheck={false} value={email} onChange={(e) => setEmail(e.target.value)} required />
          <TextField
            label="Choose a password"
            type="password"
            autoComplete="new-password"
            hint="At least 8 characters. Three or more unrelated words work well. Common passwords, and ones that contain your name, email or the school's name, are refused."
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
          <div className="button-row">
            <button type="submit" className="button" disabled={busy}>
              {busy ? 'Creating…' : 'Create the school and administrator'}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setStep('school')}>
              Back
            </button>
          </div>
        </form>
      ) : null}
      {step === 'second-factor' ? (
        <>
          <Notice>{schoolName.trim()} and your administrator account are created, and you are signed in.</Notice>
          <p>Administrators must use a second factor. Add it now; it takes a minute.</p>
          <EnrolTotp onDone={() => setStep('done')} />
        </>
      ) : null}
      {step === 'done' ? (
        <>
          <Notice>Your account is protected with your authenticator app.</Notice>
          <p>Next: add staff accounts, import your pupils and staff from the MIS, and connect Google or Microsoft sign-in if your school uses it.</p>
          <button type="button" className="button" onClick={() => void finish().catch(setError)}>
            Go to the dashboard
          </button>
        </>
      ) : null}
    </AuthFrame>
  );
}
