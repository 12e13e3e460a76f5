import { type FormEvent, useState } from 'react';
import { personKinds } from '../../../../src/identity/model.ts';
import { isOneOf } from '../../../../src/safeguarding/model.ts';
import { directory } from '../../endpoints.ts';
import { Link, navigate } from '../../router.tsx';
import { useApi, useSignedIn } from '../../session.tsx';
import { optionsOf, SelectField, TextField } from '../../ui/form.tsx';
import { Page, TableWrap } from '../../ui/page.tsx';
import { ErrorSummary, Loading, Notice } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';

export const KIND_LABELS: Record<string, string> = { staff: 'Staff', learner: 'Pupil', governor: 'Governor', parent: 'Parent or carer', visitor: 'Visitor', volunteer: 'Volunteer' };
const PAGE = 50;

/** The school's people: pupils, staff, governors and others, searchable, a page at a time. */
export function PeopleList({ query }: { query: URLSearchParams }) {
  const api = useApi();
  const { can } = useSignedIn();
  const search = query.get('search') ?? '';
  const kind = query.get('kind') ?? '';
  const status = query.get('status') ?? 'active';
  const offset = Math.max(0, Number(query.get('offset') ?? 0) || 0);
  const [text, setText] = useState(search);
  const people = useLoad(
    () => directory.people(api, { ...(search ? { search } : {}), ...(kind ? { kind } : {}), ...(status ? { status } : {}), limit: PAGE, offset }),
    [api, search, kind, status, offset],
  );
  const go = (changes: Record<string, string>) => {
    const next = new URLSearchParams(query);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('offset' in changes)) next.delete('offset');
    navigate(`/people?${next.toString()}`, { replace: true });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    go({ search: text.trim() });
  };
  const total = people.data?.total ?? 0;
  return (
    <Page
      title="People"
      actions={
        can('people:import') ? (
          <Link className="button button-secondary" to="/people/import">
            Import from the MIS
          </Link>
        ) : undefined
      }
    >
      <form className="filters" onSubmit={submit} role="search" aria-label="Find people">
        <TextField label="Name or MIS id" type="search" value={text} onChange={(e) => setText(e.target.value)} />
        <SelectField label="Kind" placeholder="Everyone" options={optionsOf(personKinds, KIND_LABELS)} value={kind} onChange={(e) => go({ kind: isOneOf(personKinds, e.target.value) ? e.target.value : '' })} />
        <SelectField
          label="Status"
          options={[
            { value: 'active', label: 'At the school' },
            { value: 'left', label: 'Left' },
          ]}
          value={status}
          onChange={(e) => go({ status: e.target.value })}
        />
        <button type="submit" className="button button-secondary">
          Search
        </button>
      </form>
      {people.error ? <ErrorSummary error={people.error} focus={false} /> : null}
      {!people.data ? (
        people.error ? null : <Loading />
      ) : people.data.people.length === 0 ? (
        <Notice tone="info">Nobody matches. {can('people:import') ? 'Import people from a CSV export of your MIS.' : ''}</Notice>
      ) : (
        <>
          <p role="status">
            Showing {offset + 1} to {offset + people.data.people.length} of {total}.
          </p>
          <TableWrap label="People">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Year group</th>
                  <th scope="col">MIS id</th>
                </tr>
              </thead>
              <tbody>
                {people.data.people.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link to={`/people/${p.id}`}>
                        {p.lastName}, {p.firstName}
                      </Link>
                    </td>
                    <td>{KIND_LABELS[p.kind] ?? p.kind}</td>
                    <td>{p.yearGroup ?? '—'}</td>
                    <td>{p.externalId ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <div className="button-row">
            {offset > 0 ? (
              <button type="button" className="button button-secondary" onClick={() => go({ offset: String(Math.max(0, offset - PAGE)) })}>
                Previous page
              </button>
            ) : null}
            {offset + PAGE < total ? (
              <button type="button" className="button button-secondary" onClick={() => go({ offset: String(offset + PAGE) })}>
                Next page
              </button>
            ) : null}
          </div>
        </>
      )}
    </Page>
  );
}
