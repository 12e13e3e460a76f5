import { type FormEvent, useEffect, useRef, useState } from 'react';
import { auth } from '../../endpoints.ts';
import { useApi } from '../../session.tsx';
import type { TotpEnrolment } from '../../types.ts';
import { Checkbox, TextField } from '../../ui/form.tsx';
import { ErrorSummary, Loading } from '../../ui/problem.tsx';
import { QrCode } from '../../ui/qr-code.tsx';

/** The key in groups of four, easier to read and type into an app. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/**
 * Adds an authenticator app: a QR code (and the key as text, for typing), a first code to prove
 * it works, then the recovery codes, shown once. Used at first sign-in and in the setup wizard.
 */
export function EnrolTotp({ onDone, headingLevel = 2 }: { onDone(): void; headingLevel?: 2 | 3 }) {
  const api = useApi();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [stored, setStored] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const started = useRef(false);
  const H = headingLevel === 2 ? 'h2' : 'h3';

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    auth.enrolTotp(api).then(setEnrolment, setError);
  }, [api]);

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setCodes((await auth.confirmTotp(api, code.replace(/\s/g, ''))).recoveryCodes);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (codes) {
    return (
      <div>
        <H>Keep your recovery codes</H>
        <p>If you lose your phone, each of these codes lets you sign in once. Print them or keep them in a password manager. They are shown only now.</p>
        <ul className="recovery-codes" aria-label="Recovery codes">
          {codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={() => window.print()}>
            Print the codes
          </button>
        </div>
        <Checkbox label="I have kept these codes somewhere safe" checked={stored} onChange={(e) => setStored(e.target.checked)} />
        <button type="button" className="button" disabled={!stored} onClick={onDone}>
          Continue
        </button>
      </div>
    );
  }
  if (!enrolment) return error ? <ErrorSummary error={error} /> : <Loading what="Preparing your authenticator app" />;
  return (
    <div>
      <H>Add an authenticator app</H>
      <ol className="steps">
        <li>Open an authenticator app on your phone (for example Microsoft Authenticator or Google Authenticator).</li>
        <li>
          Scan this QR code with the app.
          <div className="qr-box">
            <QrCode value={enrolment.uri} label="QR code to add Haven to your authenticator app" />
          </div>
          If you cannot scan it, enter this key in the app instead:
          <p>
            <code className="secret" id="totp-secret">
              {grouped(enrolment.secret)}
            </code>
          </p>
        </li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      <ErrorSummary error={error} />
      <form onSubmit={confirm} noValidate>
        <TextField
          label="Code from your app"
          className="field-short"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          maxLength={8}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          required
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Checking…' : 'Confirm'}
        </button>
      </form>
    </div>
  );
}
