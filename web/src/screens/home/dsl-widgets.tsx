import { ACTION_LABELS } from '../../../../src/safeguarding/model.ts';
import { concerns } from '../../endpoints.ts';
import { Link } from '../../router.tsx';
import { useApi } from '../../session.tsx';
import type { ConcernAction, ConcernSummary } from '../../types.ts';
import { formatDate, formatDateTime, labelFor, todayInLondon } from '../../ui/format.ts';
import { Section, TableWrap, Tag } from '../../ui/page.tsx';
import { ErrorSummary, Loading } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { categoryLabel, routeLabel, StatusTag, subjectsOf } from '../concerns/labels.tsx';

/** How many open concerns the home page opens to find overdue actions (each read is audited). */
const OVERDUE_SCAN = 20;

function ConcernTable({ rows, caption, showRoute }: { rows: ConcernSummary[]; caption: string; showRoute?: boolean }) {
  const api = useApi();
  const categories = useLoad(() => concerns.categories(api), [api]);
  return (
    <TableWrap label={caption}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">About</th>
            <th scope="col">Category</th>
            {showRoute ? <th scope="col">Reported by</th> : <th scope="col">Status</th>}
            <th scope="col">Reported</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <td>
                <Link className="ref" to={`/concerns/${c.id}`}>{c.reference}</Link> {c.escalated ? <Tag tone="danger">Escalated</Tag> : null}
              </td>
              <td>{subjectsOf(c)}</td>
              <td>{categoryLabel(categories.data?.categories, c.category)}</td>
              <td>{showRoute ? routeLabel(c.route) : <StatusTag status={c.status} />}</td>
              <td>{formatDateTime(c.reportedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** The DSL team's home: what waits for triage, what is open, which actions are overdue. */
export function DslWidgets() {
  const api = useApi();
  const fresh = useLoad(() => concerns.list(api, { status: 'new', about: 'learner', limit: 25 }), [api]);
  const open = useLoad(() => concerns.list(api, { status: 'in-progress', about: 'learner', limit: 25 }), [api]);
  return (
    <>
      <Section title="Waiting for triage" id="triage-queue" actions={<Link to="/concerns?status=new">All new concerns</Link>}>
        {fresh.error ? <ErrorSummary error={fresh.error} focus={false} /> : null}
        {!fresh.data ? (
          fresh.error ? null : <Loading />
        ) : fresh.data.concerns.length === 0 ? (
          <p>Nothing is waiting for triage.</p>
        ) : (
          <>
            <p>
              <strong className="big-number">{fresh.data.concerns.length}</strong> {fresh.data.concerns.length === 1 ? 'concern is' : 'concerns are'} waiting{fresh.data.nextCursor ? ' (and more)' : ''}.
            </p>
            <ConcernTable rows={fresh.data.concerns} caption="Concerns waiting for triage" showRoute />
          </>
        )}
      </Section>
      <Section title="Open concerns" id="open-concerns" actions={<Link to="/concerns?status=in-progress">All open concerns</Link>}>
        {open.error ? <ErrorSummary error={open.error} focus={false} /> : null}
        {!open.data ? (
          open.error ? null : <Loading />
        ) : open.data.concerns.length === 0 ? (
          <p>No concerns are in progress.</p>
        ) : (
          <ConcernTable rows={open.data.concerns} caption="Concerns in progress" />
        )}
      </Section>
      <OverdueActions candidates={[...(open.data?.concerns ?? []), ...(fresh.data?.concerns ?? [])]} ready={Boolean(open.data && fresh.data)} />
    </>
  );
}

interface Overdue {
  concern: ConcernSummary;
  action: ConcernAction;
}

function OverdueActions({ candidates, ready }: { candidates: ConcernSummary[]; ready: boolean }) {
  const api = useApi();
  const ids = candidates.slice(0, OVERDUE_SCAN).map((c) => c.id);
  const key = ids.join(',');
  const overdue = useLoad(async (): Promise<Overdue[]> => {
    if (!ready) return [];
    const today = todayInLondon();
    const found: Overdue[] = [];
    for (const summary of candidates.slice(0, OVERDUE_SCAN)) {
      const detail = await concerns.get(api, summary.id);
      for (const action of detail.full?.actions ?? []) {
        if (action.status === 'open' && action.dueOn && action.dueOn < today) found.push({ concern: summary, action });
      }
    }
    return found.sort((a, b) => (a.action.dueOn ?? '').localeCompare(b.action.dueOn ?? ''));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the concern ids are the input
  }, [api, key, ready]);
  return (
    <Section title="Overdue actions" id="overdue-actions">
      {overdue.error ? <ErrorSummary error={overdue.error} focus={false} /> : null}
      {!ready || !overdue.data ? (
        overdue.error ? null : <Loading />
      ) : overdue.data.length === 0 ? (
        <p>No actions are past their due date{candidates.length > OVERDUE_SCAN ? ` on the ${OVERDUE_SCAN} most recent open concerns` : ''}.</p>
      ) : (
        <TableWrap label="Overdue actions">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Concern</th>
                <th scope="col">Was due</th>
              </tr>
            </thead>
            <tbody>
              {overdue.data.map(({ concern, action }) => (
                <tr key={action.id}>
                  <td>{action.description ?? labelFor(ACTION_LABELS, action.kind)}</td>
                  <td>
                    <Link className="ref" to={`/concerns/${concern.id}`}>{concern.reference}</Link>
                  </td>
                  <td>{formatDate(action.dueOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </Section>
  );
}

/** The headteacher's (or chair's) allegations about staff: references and status only here. */
export function AllegationsWidget() {
  const api = useApi();
  const list = useLoad(() => concerns.list(api, { about: 'staff', limit: 10 }), [api]);
  const open = list.data?.concerns.filter((c) => c.status !== 'closed' && (c.view === 'manage' || c.view === 'read')) ?? [];
  return (
    <Section title="Allegations about staff" id="allegations" actions={<Link to="/concerns?about=staff">All allegations</Link>}>
      {list.error ? <ErrorSummary error={list.error} focus={false} /> : null}
      {!list.data ? (
        list.error ? null : <Loading />
      ) : open.length === 0 ? (
        <p>No open allegations.</p>
      ) : (
        <ul className="plain-list">
          {open.map((c) => (
            <li key={c.id}>
              <Link className="ref" to={`/concerns/${c.id}`}>{c.reference}</Link> <StatusTag status={c.status} /> reported {formatDateTime(c.reportedAt)}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
