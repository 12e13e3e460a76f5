import { type FormEvent, useState } from 'react';
import { MFA_REQUIRED_ROLES, ROLE_LABELS, type Role, roles } from '../../../../src/identity/model.ts';
import { accounts } from '../../endpoints.ts';
import { useApi, useSignedIn } from '../../session.tsx';
import type { Account } from '../../types.ts';
import { Checkbox, TextField } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Page, Section, TableWrap, Tag } from '../../ui/page.tsx';
import { ErrorSummary, Loading, Notice } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';

function RolePicker({ legend, value, onChange }: { legend: string; value: Role[]; onChange(next: Role[]): void }) {
  return (
    <fieldset className="fieldset">
      <legend className="legend">{legend}</legend>
      <div className="hint">Administrators, headteachers and the DSL team must use an authenticator app.</div>
      <div className="checkbox-columns">
        {roles.map((r) => (
          <Checkbox key={r} label={ROLE_LABELS[r]} checked={value.includes(r)} onChange={(e) => onChange(e.target.checked ? [...value, r] : value.filter((x) => x !== r))} />
        ))}
      </div>
    </fieldset>
  );
}

/** Staff accounts and their roles (C5: access rights per group, reviewed): add, change roles, disable, reset passwords. */
export function AccountsScreen() {
  const api = useApi();
  const { can, session } = useSignedIn();
  const manage = can('accounts:manage');
  const list = useLoad(() => accounts.list(api), [api]);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [chosen, setChosen] = useState<Role[]>(['teacher']);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setDone('');
    if (chosen.length === 0) return setError(new Error('Choose at least one role.'));
    try {
      const created = await accounts.create(api, { email: email.trim(), ...(name.trim() ? { displayName: name.trim() } : {}), ...(password ? { password } : {}), roles: chosen });
      setDone(`Account added for ${created.displayName}. ${chosen.some((r) => MFA_REQUIRED_ROLES.includes(r)) ? 'They will add an authenticator app when they first sign in.' : ''}`);
      setEmail('');
      setName('');
      setPassword('');
      list.reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Page title="Staff accounts" lead="Who can sign in to Haven, and what each role may do. Review this at least once a year.">
      {done ? <Notice>{done}</Notice> : null}
      {list.error ? <ErrorSummary error={list.error} focus={false} /> : null}
      {!list.data ? (
        list.error ? null : <Loading />
      ) : (
        <TableWrap label="Staff accounts">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Roles</th>
                <th scope="col">Second factor</th>
                <th scope="col">Last sign-in</th>
                {manage ? <th scope="col">Change</th> : null}
              </tr>
            </thead>
            <tbody>
              {list.data.accounts.map((a) => (
                <AccountRow key={a.id} account={a} manage={manage && a.id !== session.account.id} onChanged={list.reload} />
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {manage ? (
        <Section title="Add a staff account" id="add-account">
          <ErrorSummary error={error} />
          <form onSubmit={create} noValidate>
            <TextField label="Email address" type="email" autoComplete="off" spellCheck={false} value={email} onChange={(e) => setEmail(e.target.value)} />
            <TextField label="Name" optional autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
            <TextField label="First password" optional type="password" autoComplete="new-password" hint="Leave empty for staff who sign in only with Google or Microsoft. Otherwise at least 8 characters; give it to them in person." value={password} onChange={(e) => setPassword(e.target.value)} />
            <RolePicker legend="Roles" value={chosen} onChange={setChosen} />
            <button type="submit" className="button">
              Add the account
            </button>
          </form>
        </Section>
      ) : null}
    </Page>
  );
}

function AccountRow({ account, manage, onChanged }: { account: Account; manage: boolean; onChanged(): void }) {
  const api = useApi();
  const [rolesNow, setRolesNow] = useState<Role[]>(account.roles.map((r) => r.role));
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const run = async (action: () => Promise<unknown>, message: string) => {
    setError(null);
    setDone('');
    try {
      await action();
      setDone(message);
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  const roleNames = [...new Set(account.roles.map((r) => ROLE_LABELS[r.role]))].join(', ');
  return (
    <tr>
      <td>
        {account.displayName} {account.status === 'disabled' ? <Tag tone="warn">Disabled</Tag> : null}
      </td>
      <td>{account.email}</td>
      <td>{roleNames}</td>
      <td>{account.mfaEnabled ? 'Authenticator app' : '—'}</td>
      <td>{formatDateTime(account.lastSignInAt)}</td>
      {manage ? (
        <td>
          <details className="details">
            <summary>Change {account.displayName}</summary>
            <ErrorSummary error={error} />
            {done ? <Notice>{done}</Notice> : null}
            <RolePicker legend={`Roles of ${account.displayName}`} value={rolesNow} onChange={setRolesNow} />
            <button type="button" className="button button-secondary button-small" onClick={() => void run(() => accounts.setRoles(api, account.id, rolesNow), 'Roles saved.')}>
              Save the roles
            </button>
            <TextField label="New password" type="password" autoComplete="new-password" hint="Their other sessions end." value={password} onChange={(e) => setPassword(e.target.value)} />
            <button type="button" className="button button-secondary button-small" onClick={() => void run(() => accounts.resetPassword(api, account.id, password), 'Password reset.')}>
              Reset the password
            </button>
            <p>
              <button type="button" className="button button-warning button-small" onClick={() => void run(() => accounts.setStatus(api, account.id, account.status === 'active' ? 'disabled' : 'active'), account.status === 'active' ? 'Account disabled.' : 'Account enabled.')}>
                {account.status === 'active' ? 'Disable the account' : 'Enable the account'}
              </button>
            </p>
          </details>
        </td>
      ) : null}
    </tr>
  );
}
