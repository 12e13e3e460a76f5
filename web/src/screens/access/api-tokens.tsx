import { type FormEvent, useState } from 'react';
import { tokens } from '../../endpoints.ts';
import { useApi, useSignedIn } from '../../session.tsx';
import { Checkbox, SelectField, TextField } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Page, Section, TableWrap, Tag } from '../../ui/page.tsx';
import { ErrorSummary, Loading, Notice } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';

const EXPIRY = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: 'One year' },
  { value: '730', label: 'Two years' },
  { value: 'never', label: 'Never (not recommended)' },
];

/**
 * API tokens for scripts (the MIS sync, a monitoring feed): each carries scopes named after the
 * permissions the user holds, so it can never do more than they can; its secret is shown once.
 */
export function ApiTokens() {
  const api = useApi();
  const { session } = useSignedIn();
  const list = useLoad(() => tokens.list(api), [api]);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [expiry, setExpiry] = useState('90');
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const held = [...session.permissions].sort();

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setMessage('');
    try {
      const made = await tokens.create(api, { name: name.trim(), scopes, expiresInDays: expiry === 'never' ? null : Number(expiry) });
      setSecret({ name: made.record.name, token: made.token });
      setName('');
      setScopes([]);
      list.reload();
    } catch (err) {
      setError(err);
    }
  };
  const revoke = async (id: string, tokenName: string) => {
    setError(null);
    try {
      await tokens.revoke(api, id);
      setMessage(`“${tokenName}” is revoked: it stops working now.`);
      list.reload();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Page title="API tokens" lead="Tokens let a script use Haven’s API as you, limited to the scopes you choose. Treat each one like a password.">
      <ErrorSummary error={error} />
      {message ? <Notice>{message}</Notice> : null}
      {secret ? (
        <Section title="Copy the new token now" id="new-token">
          <p>This is the only time Haven shows the secret of “{secret.name}”. Store it in the script’s configuration; Haven keeps only a hash.</p>
          <p className="secret" id="token-secret">
            {secret.token}
          </p>
          <button type="button" className="button button-secondary" onClick={() => setSecret(null)}>
            I have copied it
          </button>
        </Section>
      ) : null}
      <Section title="Your tokens" id="tokens">
        {list.error ? <ErrorSummary error={list.error} focus={false} /> : null}
        {!list.data ? (
          list.error ? null : <Loading />
        ) : list.data.tokens.length === 0 ? (
          <p>You have no tokens.</p>
        ) : (
          <TableWrap label="Your API tokens">
            <table className="table">
              <caption className="visually-hidden">Your API tokens</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Scopes</th>
                  <th scope="col">Expires</th>
                  <th scope="col">Last used</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {list.data.tokens.map((t) => (
                  <tr key={t.id}>
                    <th scope="row">{t.name}</th>
                    <td>{t.scopes.join(', ')}</td>
                    <td>{t.expiresAt ? formatDateTime(t.expiresAt) : 'Never'}</td>
                    <td>{formatDateTime(t.lastUsedAt)}</td>
                    <td>
                      {t.revokedAt ? (
                        <Tag>Revoked</Tag>
                      ) : (
                        <button type="button" className="button button-secondary button-small" onClick={() => void revoke(t.id, t.name)}>
                          Revoke {t.name}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </Section>
      <Section title="Make a token" id="make-token">
        <form onSubmit={create} noValidate>
          <TextField label="Name" hint="What uses it, for example “MIS nightly sync”." maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
          <fieldset className="fieldset">
            <legend className="legend">Scopes</legend>
            <div className="hint">Only what the script needs. You can choose only permissions you hold.</div>
            <div className="checkbox-columns">
              {held.map((p) => (
                <Checkbox key={p} label={p} checked={scopes.includes(p)} onChange={(e) => setScopes((now) => (e.target.checked ? [...now, p] : now.filter((x) => x !== p)))} />
              ))}
            </div>
          </fieldset>
          <SelectField label="Expires after" options={EXPIRY} value={expiry} onChange={(e) => setExpiry(e.target.value)} />
          <button type="submit" className="button">
            Make the token
          </button>
        </form>
      </Section>
    </Page>
  );
}
