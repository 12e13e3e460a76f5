import { useState } from 'react';
import { directory } from '../../endpoints.ts';
import { Link } from '../../router.tsx';
import { useApi, useSignedIn } from '../../session.tsx';
import { formatDate } from '../../ui/format.ts';
import { Page, Section, Tag } from '../../ui/page.tsx';
import { ErrorSummary, Loading } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { KIND_LABELS } from './people-list.tsx';

/** One person: their details from the MIS, their groups, and (for the DSL team) their chronology. */
export function PersonDetail({ id }: { id: string }) {
  const api = useApi();
  const { can } = useSignedIn();
  const person = useLoad(() => directory.person(api, id), [api, id]);
  const groups = useLoad(() => directory.groupsOf(api, id), [api, id]);
  const [error, setError] = useState<unknown>(null);
  const p = person.data;
  if (!p) return <Page title="Person">{person.error ? <ErrorSummary error={person.error} /> : <Loading />}</Page>;
  const setStatus = async (status: 'active' | 'left') => {
    setError(null);
    try {
      await directory.updatePerson(api, p.id, { status });
      person.reload();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Page title={`${p.firstName} ${p.lastName}`}>
      <ErrorSummary error={error} />
      <div className="tags">
        <Tag>{KIND_LABELS[p.kind] ?? p.kind}</Tag>
        {p.status === 'left' ? <Tag tone="warn">Left the school</Tag> : null}
      </div>
      <Section title="Details" id="details">
        <dl className="facts">
          <dt>Year group</dt>
          <dd>{p.yearGroup ?? '—'}</dd>
          <dt>MIS id</dt>
          <dd>{p.externalId ?? '—'}</dd>
          <dt>Date of birth</dt>
          <dd>{formatDate(p.dateOfBirth)}</dd>
          <dt>Email</dt>
          <dd>{p.email ?? '—'}</dd>
          <dt>Last changed</dt>
          <dd>{formatDate(p.updatedAt)}</dd>
        </dl>
        {p.kind === 'learner' && can('concerns:read-all') ? (
          <p>
            <Link to={`/learners/${p.id}/chronology`}>Safeguarding chronology</Link>
          </p>
        ) : null}
        {can('people:manage') ? (
          <button type="button" className="button button-secondary" onClick={() => void setStatus(p.status === 'active' ? 'left' : 'active')}>
            {p.status === 'active' ? 'Mark as left the school' : 'Mark as back at the school'}
          </button>
        ) : null}
      </Section>
      <Section title="Groups" id="groups">
        {groups.error ? <ErrorSummary error={groups.error} focus={false} /> : null}
        {!groups.data ? (
          groups.error ? null : <Loading />
        ) : groups.data.groups.length === 0 ? (
          <p>Not in any group.</p>
        ) : (
          <ul className="plain-list">
            {groups.data.groups.map((g) => (
              <li key={g.group.id}>
                <Link to={`/groups/${g.group.id}`}>{g.group.name}</Link> <span className="muted">({g.source === 'import' ? 'from the MIS import' : 'added by hand'})</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </Page>
  );
}
