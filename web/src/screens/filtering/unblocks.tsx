import { type FormEvent, useState } from 'react';
import { CATEGORIES, CATEGORY_INFO } from '../../../../src/filtering/model.ts';
import { directory, filtering } from '../../endpoints.ts';
import { Link } from '../../router.tsx';
import { useApi, useSignedIn } from '../../session.tsx';
import type { Unblock } from '../../types.ts';
import { RadioGroup, SelectField, TextArea, TextField } from '../../ui/form.tsx';
import { formatDateTime, localInputToIso } from '../../ui/format.ts';
import { Page, Section, TableWrap } from '../../ui/page.tsx';
import { ErrorSummary, Loading, Notice } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { subjectText, targetText, UnblockStatus } from './labels.tsx';

/** Requests as a table: what, for whom, when, why, status. */
export function UnblockTable({ unblocks, caption }: { unblocks: Unblock[]; caption: string }) {
  return (
    <TableWrap label={caption}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Site or category</th>
            <th scope="col">For</th>
            <th scope="col">From</th>
            <th scope="col">Until</th>
            <th scope="col">Why</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {unblocks.map((u) => (
            <tr key={u.id}>
              <td>{targetText(u.target)}</td>
              <td>{subjectText(u.subject)}</td>
              <td>{formatDateTime(u.startsAt)}</td>
              <td>{formatDateTime(u.endsAt)}</td>
              <td>
                {u.reason}
                {u.decisionNote ? <div className="hint">Answer: {u.decisionNote}</div> : null}
              </td>
              <td>
                <UnblockStatus unblock={u} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** One waiting request with its approve and refuse buttons and the note both need. */
function PendingRequest({ unblock, mine, onDecided }: { unblock: Unblock; mine: boolean; onDecided(message: string): void }) {
  const api = useApi();
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const what = targetText(unblock.target);
  const decide = async (decision: 'approve' | 'refuse') => {
    setError(null);
    setBusy(true);
    try {
      if (decision === 'approve') await filtering.approveUnblock(api, unblock.id, note);
      else await filtering.refuseUnblock(api, unblock.id, note);
      onDecided(decision === 'approve' ? `Approved: ${what} is open for ${subjectText(unblock.subject)} until ${formatDateTime(unblock.endsAt)}.` : `Refused: ${what} stays blocked. The teacher sees your note.`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="request">
      <h3 className="h3">
        {what} for {subjectText(unblock.subject)}
      </h3>
      <dl className="facts">
        <dt>When</dt>
        <dd>
          {formatDateTime(unblock.startsAt)} to {formatDateTime(unblock.endsAt)}
        </dd>
        <dt>Why</dt>
        <dd>{unblock.reason}</dd>
        <dt>Asked</dt>
        <dd>{formatDateTime(unblock.requestedAt)}</dd>
      </dl>
      {mine ? (
        <p className="hint">You asked for this one: someone else decides it.</p>
      ) : (
        <>
          <ErrorSummary error={error} />
          <TextArea label={`Your note on ${what}`} hint="The teacher sees it. Needed to approve or refuse (3 to 500 characters)." rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
          <div className="button-row">
            <button type="button" className="button" disabled={busy} onClick={() => void decide('approve')}>
              Approve {what}
            </button>
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => void decide('refuse')}>
              Refuse {what}
            </button>
          </div>
        </>
      )}
    </li>
  );
}

/**
 * Unblock requests (F5): those waiting, to approve or refuse with a note (it opens only inside
 * its window and closes by itself), and every earlier request with its answer.
 */
export function UnblockQueue() {
  const api = useApi();
  const { can, session } = useSignedIn();
  const list = useLoad(() => filtering.unblocks(api), [api]);
  const [message, setMessage] = useState('');
  const pending = list.data?.unblocks.filter((u) => u.status === 'pending') ?? [];
  const others = list.data?.unblocks.filter((u) => u.status !== 'pending') ?? [];
  return (
    <Page title="Unblock requests" lead="Teachers ask for a site or category to be opened for a class for a period of study. An approval opens it only in that period, and it closes by itself." actions={can('filtering:request') ? <Link to="/filtering/unblocks/new" className="button">Ask for an unblock</Link> : undefined}>
      {message ? <Notice>{message}</Notice> : null}
      {list.error ? <ErrorSummary error={list.error} focus={false} /> : null}
      <Section title="Waiting for a decision" id="pending">
        {!list.data ? (
          list.error ? null : <Loading />
        ) : pending.length === 0 ? (
          <p>No requests are waiting.</p>
        ) : can('filtering:approve') ? (
          <ul className="plain-list request-list">
            {pending.map((u) => (
              <PendingRequest
                key={u.id}
                unblock={u}
                mine={u.requestedBy.id === session.account.id}
                onDecided={(m) => {
                  setMessage(m);
                  list.reload();
                }}
              />
            ))}
          </ul>
        ) : (
          <UnblockTable unblocks={pending} caption="Requests waiting for a decision" />
        )}
      </Section>
      <Section title="Earlier requests" id="decided">
        {!list.data ? null : others.length === 0 ? <p>No earlier requests.</p> : <UnblockTable unblocks={others} caption="Earlier unblock requests" />}
      </Section>
    </Page>
  );
}

/** `datetime-local` text for a moment (the browser's own time zone, as the input reads it). */
function localInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A teacher's request: a site or category, for a class or group, for a period, with a reason. */
export function AskUnblock({ query }: { query: URLSearchParams }) {
  const api = useApi();
  const groups = useLoad(() => directory.groups(api), [api]);
  const [kind, setKind] = useState<'site' | 'category'>('site');
  const [site, setSite] = useState(query.get('site') ?? '');
  const [category, setCategory] = useState('games');
  const [group, setGroup] = useState('');
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState(() => localInput(Date.now() + 2 * 3_600_000));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<Unblock | null>(null);
  const options = (groups.data?.groups ?? []).sort((a, b) => b.priority - a.priority || a.name.localeCompare(b.name)).map((g) => ({ value: g.id, label: g.name }));
  const chosen = group || options[0]?.value || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const startsAt = localInputToIso(from);
      const made = await filtering.requestUnblock(api, {
        subject: { kind: 'group', group: chosen },
        target: kind === 'site' ? { kind: 'site', site: site.trim() } : { kind: 'category', category },
        ...(startsAt ? { startsAt } : {}),
        endsAt: localInputToIso(until) ?? '',
        reason,
      });
      setSent(made);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  if (sent) {
    return (
      <Page title="Request sent" narrow>
        <Notice>
          You asked for {targetText(sent.target)} for {subjectText(sent.subject)} until {formatDateTime(sent.endsAt)}. The online-safety lead or DSL will approve or refuse it; you will see the answer on your home page.
        </Notice>
        <p>
          <Link to="/">Back to your home page</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title="Ask for an unblock" lead="Ask for a blocked site or category to be opened for a class while you teach. The online-safety lead or DSL approves or refuses it; it closes by itself at the end." narrow>
      <ErrorSummary error={error} />
      {groups.error ? <ErrorSummary error={groups.error} focus={false} /> : null}
      <form onSubmit={submit} noValidate>
        <RadioGroup
          legend="What do you need?"
          name="unblock-kind"
          options={[
            { value: 'site', label: 'A site' },
            { value: 'category', label: 'A whole category' },
          ]}
          value={kind}
          onChange={(v) => setKind(v === 'category' ? 'category' : 'site')}
        />
        {kind === 'site' ? (
          <TextField label="Site" hint="For example www.example.com (its subdomains are included)." value={site} maxLength={300} onChange={(e) => setSite(e.target.value)} autoComplete="off" />
        ) : (
          <SelectField label="Category" options={CATEGORIES.filter((c) => !CATEGORY_INFO[c].illegal).map((c) => ({ value: c, label: CATEGORY_INFO[c].label }))} value={category} onChange={(e) => setCategory(e.target.value)} />
        )}
        {groups.data ? <SelectField label="For which class or group?" options={options} value={chosen} onChange={(e) => setGroup(e.target.value)} /> : groups.error ? null : <Loading what="Loading the groups" />}
        <TextField label="From" optional hint="Leave empty to start as soon as it is approved." type="datetime-local" className="field-short" value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField label="Until" hint="At most 90 days; a lasting change is a policy change." type="datetime-local" className="field-short" value={until} onChange={(e) => setUntil(e.target.value)} />
        <TextArea label="Why do you need it?" hint="For example: “Year 5 computing: coding games in lesson 3”. 3 to 500 characters." rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        <button type="submit" className="button" disabled={busy || !groups.data}>
          Send the request
        </button>
      </form>
    </Page>
  );
}
