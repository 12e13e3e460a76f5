import { type FormEvent, useState } from 'react';
import { groupKinds } from '../../../../src/identity/model.ts';
import { isOneOf } from '../../../../src/safeguarding/model.ts';
import { directory } from '../../endpoints.ts';
import { Link } from '../../router.tsx';
import { useApi, useSignedIn } from '../../session.tsx';
import { optionsOf, SelectField, TextField } from '../../ui/form.tsx';
import { Page, Section, TableWrap } from '../../ui/page.tsx';
import { ErrorSummary, Loading } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { PersonPicker } from '../concerns/person-picker.tsx';

const GROUP_KIND_LABELS: Record<string, string> = { class: 'Class', 'year-group': 'Year group', 'key-stage': 'Key stage', 'staff-team': 'Staff team', custom: 'Other group', template: 'Whole-school group' };

/** The school's groups (classes, year groups, key stages, staff teams) by priority, with how many are in each. */
export function GroupList() {
  const api = useApi();
  const { can } = useSignedIn();
  const groups = useLoad(() => directory.groups(api), [api]);
  const [name, setName] = useState('');
  const [kind, setKind] = useState('class');
  const [error, setError] = useState<unknown>(null);
  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await directory.createGroup(api, { name: name.trim(), kind });
      setName('');
      groups.reload();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Page title="Groups" lead="A person's own rule wins; otherwise the highest-priority group they are in decides (classes above year groups, above key stages).">
      {groups.error ? <ErrorSummary error={groups.error} focus={false} /> : null}
      {!groups.data ? (
        groups.error ? null : <Loading />
      ) : (
        <TableWrap label="Groups">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col">Kind</th>
                <th scope="col" className="num">
                  Priority
                </th>
                <th scope="col" className="num">
                  People
                </th>
              </tr>
            </thead>
            <tbody>
              {groups.data.groups.map((g) => (
                <tr key={g.id}>
                  <td>
                    <Link to={`/groups/${g.id}`}>{g.name}</Link>
                  </td>
                  <td>{GROUP_KIND_LABELS[g.kind] ?? g.kind}</td>
                  <td className="num">{g.priority}</td>
                  <td className="num">{g.memberCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {can('people:manage') ? (
        <Section title="Add a group" id="add-group">
          <ErrorSummary error={error} />
          <form onSubmit={create} noValidate>
            <TextField label="Name" maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
            <SelectField label="Kind" options={optionsOf(groupKinds.filter((k) => k !== 'template'), GROUP_KIND_LABELS)} value={kind} onChange={(e) => isOneOf(groupKinds, e.target.value) && setKind(e.target.value)} />
            <button type="submit" className="button button-secondary">
              Add the group
            </button>
          </form>
        </Section>
      ) : null}
    </Page>
  );
}

/** One group and its members; members added by hand can be taken out (the import manages its own). */
export function GroupDetail({ id }: { id: string }) {
  const api = useApi();
  const { can } = useSignedIn();
  const group = useLoad(() => directory.group(api, id), [api, id]);
  const members = useLoad(() => directory.members(api, id), [api, id]);
  const [error, setError] = useState<unknown>(null);
  const change = async (run: () => Promise<unknown>) => {
    setError(null);
    try {
      await run();
      members.reload();
      group.reload();
    } catch (err) {
      setError(err);
    }
  };
  const g = group.data;
  return (
    <Page title={g ? g.name : 'Group'}>
      {group.error ? <ErrorSummary error={group.error} /> : null}
      <ErrorSummary error={error} />
      {g ? (
        <p>
          {GROUP_KIND_LABELS[g.kind] ?? g.kind}, priority {g.priority}, {g.memberCount} {g.memberCount === 1 ? 'person' : 'people'}.
        </p>
      ) : null}
      {!members.data ? (
        members.error ? <ErrorSummary error={members.error} focus={false} /> : <Loading />
      ) : members.data.members.length === 0 ? (
        <p>Nobody is in this group.</p>
      ) : (
        <TableWrap label="Members">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Added</th>
                {can('people:manage') ? <th scope="col">Change</th> : null}
              </tr>
            </thead>
            <tbody>
              {members.data.members.map((m) => (
                <tr key={m.person.id}>
                  <td>
                    <Link to={`/people/${m.person.id}`}>
                      {m.person.lastName}, {m.person.firstName}
                    </Link>
                  </td>
                  <td>{m.source === 'import' ? 'By the MIS import' : 'By hand'}</td>
                  {can('people:manage') ? (
                    <td>
                      <button type="button" className="button button-secondary button-small" onClick={() => void change(() => directory.removeMember(api, id, m.person.id))}>
                        Take {m.person.firstName} {m.person.lastName} out
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {can('people:manage') ? (
        <Section title="Add someone" id="add-member">
          <PersonPicker label="Find a person" chooseLabel="Add" onPick={(p) => void change(() => directory.addMember(api, id, p.id))} />
        </Section>
      ) : null}
    </Page>
  );
}
