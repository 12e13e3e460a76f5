import { useEffect, useState } from 'react';
import { concernAbouts, concernStatuses, isOneOf } from '../../../../src/safeguarding/model.ts';
import { concerns } from '../../endpoints.ts';
import { Link, navigate } from '../../router.tsx';
import { useApi, useSignedIn } from '../../session.tsx';
import type { ConcernListQuery, ConcernSummary } from '../../types.ts';
import { SelectField } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Page, TableWrap, Tag } from '../../ui/page.tsx';
import { ErrorSummary, Loading } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { categoryLabel, routeLabel, STATUS_LABELS, StatusTag, subjectsOf } from './labels.tsx';

/**
 * Concerns the user may see, newest first, each cut by the server to what they may see of it:
 * the DSL team's triage list, the headteacher's allegations, a teacher's own reports.
 */
export function ConcernList({ query }: { query: URLSearchParams }) {
  const api = useApi();
  const { can } = useSignedIn();
  const status = query.get('status') ?? '';
  const about = query.get('about') ?? '';
  const mine = query.get('mine') === 'true' || !can('concerns:read-all', 'concerns:staff', 'concerns:staff-headteacher');
  const filter: ConcernListQuery = {
    ...(isOneOf(concernStatuses, status) ? { status } : {}),
    ...(isOneOf(concernAbouts, about) ? { about } : {}),
    ...(mine ? { mine: 'true' as const } : {}),
    limit: 50,
  };
  const key = JSON.stringify(filter);
  const categories = useLoad(() => (can('concerns:report') ? concerns.categories(api) : Promise.resolve({ categories: [] })), [api, can]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is `filter` by value
  const first = useLoad(() => concerns.list(api, filter), [api, key]);
  const [more, setMore] = useState<{ rows: ConcernSummary[]; cursor: string | null }>({ rows: [], cursor: null });
  const [moreError, setMoreError] = useState<unknown>(null);
  useEffect(() => setMore({ rows: [], cursor: null }), [key]);

  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(name, value);
    else next.delete(name);
    const qs = next.toString();
    navigate(`/concerns${qs ? `?${qs}` : ''}`, { replace: true });
  };
  const rows = [...(first.data?.concerns ?? []), ...more.rows];
  const cursor = more.cursor ?? first.data?.nextCursor ?? null;
  const loadMore = async () => {
    if (!cursor) return;
    try {
      const page = await concerns.list(api, { ...filter, cursor });
      setMore((m) => ({ rows: [...m.rows, ...page.concerns], cursor: page.nextCursor }));
    } catch (err) {
      setMoreError(err);
    }
  };
  const full = rows.some((c) => c.view === 'manage' || c.view === 'read');

  return (
    <Page title={mine ? 'Concerns you reported' : 'Concerns'} actions={can('concerns:report') ? <Link to="/concerns/new" className="button">Report a concern</Link> : undefined}>
      <div className="filters">
        <SelectField label="Status" placeholder="Any status" options={concernStatuses.map((s) => ({ value: s, label: STATUS_LABELS[s] ?? s }))} value={status} onChange={(e) => setParam('status', e.target.value)} />
        {!mine ? (
          <SelectField
            label="About"
            placeholder="Pupils and staff"
            options={[
              { value: 'learner', label: 'Pupils' },
              { value: 'staff', label: 'Allegations about staff' },
            ]}
            value={about}
            onChange={(e) => setParam('about', e.target.value)}
          />
        ) : null}
      </div>
      {first.error ? <ErrorSummary error={first.error} focus={false} /> : null}
      {!first.data ? (
        first.error ? null : <Loading />
      ) : rows.length === 0 ? (
        <p>No concerns match.</p>
      ) : (
        <TableWrap label="Concerns">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Reference</th>
                {full ? <th scope="col">About</th> : null}
                {full ? <th scope="col">Category</th> : null}
                <th scope="col">Status</th>
                {full ? <th scope="col">Reported by</th> : null}
                <th scope="col">Reported</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link className="ref" to={`/concerns/${c.id}`}>{c.reference}</Link> {c.escalated ? <Tag tone="danger">Escalated</Tag> : null}
                  </td>
                  {full ? <td>{c.view === 'manage' || c.view === 'read' ? subjectsOf(c) : '—'}</td> : null}
                  {full ? <td>{categoryLabel(categories.data?.categories, c.category)}</td> : null}
                  <td>
                    <StatusTag status={c.status} />
                  </td>
                  {full ? <td>{c.route ? routeLabel(c.route) : '—'}</td> : null}
                  <td>{formatDateTime(c.reportedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <ErrorSummary error={moreError} focus={false} />
      {cursor ? (
        <button type="button" className="button button-secondary" onClick={() => void loadMore()}>
          Show older concerns
        </button>
      ) : null}
    </Page>
  );
}
