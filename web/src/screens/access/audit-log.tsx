import { type FormEvent, useState } from 'react';
import { accounts, audit } from '../../endpoints.ts';
import { useApi, useSignedIn } from '../../session.tsx';
import type { AuditEntry, AuditQuery, AuditVerify } from '../../types.ts';
import { TextField } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Page, TableWrap } from '../../ui/page.tsx';
import { ErrorSummary, Loading, Notice } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';

const ACTOR_WORDS: Record<string, string> = { anonymous: 'Someone without an account', cli: 'The haven command', system: 'Haven itself', token: 'An API token' };

/**
 * The audit log (P2): who saw and changed what, newest first, and a check of the hash chain.
 * Entries hold ids and codes, never personal text; staff names are shown only to those who may
 * read the accounts list, and people (subjects) only as ids, never as names.
 */
export function AuditLog() {
  const api = useApi();
  const { can } = useSignedIn();
  const [action, setAction] = useState('');
  const [since, setSince] = useState('');
  const [filter, setFilter] = useState<AuditQuery>({ limit: 100 });
  const [older, setOlder] = useState<AuditEntry[]>([]);
  const [nextSeq, setNextSeq] = useState<number | null | undefined>(undefined);
  const [verify, setVerify] = useState<AuditVerify | null>(null);
  const [error, setError] = useState<unknown>(null);
  const page = useLoad(() => audit.list(api, filter), [api, filter]);
  const names = useLoad(() => (can('accounts:read') ? accounts.list(api).then((r) => new Map(r.accounts.map((a) => [a.id, a.displayName]))) : Promise.resolve(new Map<string, string>())), [api, can]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setOlder([]);
    setNextSeq(undefined);
    setFilter({ limit: 100, ...(action.trim() ? { action: action.trim() } : {}), ...(since ? { since: new Date(`${since}T00:00:00`).toISOString() } : {}) });
  };
  const cursor = nextSeq === undefined ? page.data?.nextBeforeSeq : nextSeq;
  const more = async () => {
    if (!cursor) return;
    try {
      const next = await audit.list(api, { ...filter, beforeSeq: cursor });
      setOlder((o) => [...o, ...next.entries]);
      setNextSeq(next.nextBeforeSeq);
    } catch (err) {
      setError(err);
    }
  };
  const check = async () => {
    setError(null);
    try {
      setVerify(await audit.verify(api));
    } catch (err) {
      setError(err);
    }
  };
  const actor = (e: AuditEntry) => (e.actor.type === 'account' && e.actor.id ? (names.data?.get(e.actor.id) ?? 'A staff account') : (ACTOR_WORDS[e.actor.type] ?? e.actor.type));
  const entries = [...(page.data?.entries ?? []), ...older];
  return (
    <Page title="Audit log" lead="Every sign-in, change and read of safeguarding data, in a hash chain that shows if anything was altered.">
      <ErrorSummary error={error} />
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => void check()}>
          Check the chain
        </button>
      </div>
      {verify ? (
        verify.ok ? (
          <Notice>The chain is whole: {verify.entries} entries checked.</Notice>
        ) : (
          <Notice tone="warn">
            The chain is broken at entry {verify.firstBroken?.seq}: {verify.firstBroken?.reason}. Tell your IT provider and keep a copy of the database.
          </Notice>
        )
      ) : null}
      <form className="filters" onSubmit={apply} noValidate>
        <TextField label="Action starts with" hint="For example safeguarding. or identity.login" value={action} onChange={(e) => setAction(e.target.value)} />
        <TextField label="Since" type="date" value={since} onChange={(e) => setSince(e.target.value)} />
        <button type="submit" className="button button-secondary">
          Filter
        </button>
      </form>
      {page.error ? <ErrorSummary error={page.error} focus={false} /> : null}
      {!page.data ? (
        page.error ? null : <Loading />
      ) : entries.length === 0 ? (
        <p>No entries match.</p>
      ) : (
        <TableWrap label="Audit entries">
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col" className="num">
                  No.
                </th>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">About</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td className="num">{e.seq}</td>
                  <td className="nowrap">{formatDateTime(e.at)}</td>
                  <td>{actor(e)}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>{e.subject ? `${e.subject.type} ${e.subject.id.slice(0, 8)}` : '—'}</td>
                  <td>
                    {Object.keys(e.details).length > 0 ? (
                      <details>
                        <summary>Details of entry {e.seq}</summary>
                        <pre className="pre">{JSON.stringify(e.details, null, 2)}</pre>
                      </details>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {cursor ? (
        <button type="button" className="button button-secondary" onClick={() => void more()}>
          Older entries
        </button>
      ) : null}
    </Page>
  );
}
