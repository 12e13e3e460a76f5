import { type FormEvent, useState } from 'react';
import { ROLE_LABELS } from '../../../../src/identity/model.ts';
import { auth } from '../../endpoints.ts';
import { useApi, useSignedIn } from '../../session.tsx';
import { TextField } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Page, Section, TableWrap, Tag } from '../../ui/page.tsx';
import { ErrorSummary, Loading, Notice } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';

/** A short description of a browser from its user agent, enough to tell sessions apart. */
function browserOf(ua: string | null): string {
  if (!ua) return 'Unknown';
  const browser = /Edg\//.test(ua) ? 'Edge' : /Chrome\//.test(ua) ? 'Chrome' : /Firefox\//.test(ua) ? 'Firefox' : /Safari\//.test(ua) ? 'Safari' : 'Browser';
  const os = /Windows/.test(ua) ? 'Windows' : /Mac OS X/.test(ua) ? 'macOS' : /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iOS' : /CrOS/.test(ua) ? 'ChromeOS' : /Linux/.test(ua) ? 'Linux' : '';
  return os ? `${browser} on ${os}` : browser;
}

/** Your own account: details, your open sessions (end any), sign out everywhere, change password. */
export function YourAccount() {
  const api = useApi();
  const { session, signOut } = useSignedIn();
  const sessions = useLoad(() => auth.sessions(api), [api]);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const run = async (action: () => Promise<unknown>, message: string) => {
    setError(null);
    setDone('');
    try {
      await action();
      setDone(message);
      sessions.reload();
    } catch (err) {
      setError(err);
    }
  };
  const changePassword = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await auth.changePassword(api, current, next);
      setCurrent('');
      setNext('');
    }, 'Password changed. Your other sessions have ended.');
  };
  const a = session.account;
  return (
    <Page title="Your account">
      <ErrorSummary error={error} />
      {done ? <Notice>{done}</Notice> : null}
      <Section title="Details" id="details">
        <dl className="facts">
          <dt>Name</dt>
          <dd>{a.displayName}</dd>
          <dt>Email</dt>
          <dd>{a.email}</dd>
          <dt>Roles</dt>
          <dd>{[...new Set(a.roles.map((r) => ROLE_LABELS[r.role]))].join(', ')}</dd>
          <dt>Second factor</dt>
          <dd>{a.mfaEnabled ? 'Authenticator app' : 'None'}</dd>
        </dl>
      </Section>
      <Section title="Where you are signed in" id="sessions">
        {!sessions.data ? (
          sessions.error ? <ErrorSummary error={sessions.error} focus={false} /> : <Loading />
        ) : (
          <TableWrap label="Your sessions">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Browser</th>
                  <th scope="col">Address</th>
                  <th scope="col">Signed in</th>
                  <th scope="col">Last used</th>
                  <th scope="col">End</th>
                </tr>
              </thead>
              <tbody>
                {sessions.data.sessions.map((s) => (
                  <tr key={s.id}>
                    <td>
                      {browserOf(s.userAgent)} {s.current ? <Tag tone="info">This browser</Tag> : null}
                    </td>
                    <td>{s.ip ?? '—'}</td>
                    <td>{formatDateTime(s.createdAt)}</td>
                    <td>{formatDateTime(s.lastSeenAt)}</td>
                    <td>
                      {s.current ? (
                        <button type="button" className="button button-secondary button-small" onClick={() => void signOut()}>
                          Sign out
                        </button>
                      ) : (
                        <button type="button" className="button button-secondary button-small" onClick={() => void run(() => auth.endSession(api, s.id), 'Session ended.')}>
                          End this session
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
        <button type="button" className="button button-warning" onClick={() => void auth.logoutEverywhere(api).then(() => signOut(), setError)}>
          Sign out everywhere
        </button>
      </Section>
      <Section title="Change your password" id="password">
        <form onSubmit={changePassword} noValidate>
          <TextField label="Current password" type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
          <TextField label="New password" type="password" autoComplete="new-password" hint="At least 8 characters. Three or more unrelated words work well." value={next} onChange={(e) => setNext(e.target.value)} />
          <button type="submit" className="button button-secondary">
            Change the password
          </button>
        </form>
      </Section>
    </Page>
  );
}
