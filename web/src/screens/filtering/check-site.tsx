import { type FormEvent, useState } from 'react';
import { type ExplainStage, RULE_LEVEL_LABELS } from '../../../../src/filtering/model.ts';
import { directory, filtering } from '../../endpoints.ts';
import { useApi, useSignedIn } from '../../session.tsx';
import type { CheckResult, Person } from '../../types.ts';
import { RadioGroup, SelectField, TextField } from '../../ui/form.tsx';
import { formatDateTime, localInputToIso } from '../../ui/format.ts';
import { Page, Section, TableWrap, Tag } from '../../ui/page.tsx';
import { ErrorSummary, Loading } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { PersonPicker } from '../concerns/person-picker.tsx';
import { categoryName, VerdictTag } from './labels.tsx';

const STAGE_WORDS: Record<ExplainStage, string> = {
  host: 'The name',
  identity: 'Who is asking',
  list: 'Lists',
  illegal: 'Illegal content',
  restriction: 'Network access removed',
  site: 'Site rules',
  category: 'Category rules',
  default: 'Default',
};

const EFFECT_WORDS: Record<string, string> = { allow: 'Allowed', block: 'Blocked', match: 'Matched', none: 'No effect', shadowed: 'Outranked', skipped: 'Did not apply' };

/**
 * "Check a site": what the filter would do with a host or URL for a group or a person, now or at
 * a given time, and the full explanation — every step the decision took, which rule, list and
 * entry decided, and which rules were outranked.
 */
export function CheckSite({ query }: { query: URLSearchParams }) {
  const api = useApi();
  const { can } = useSignedIn();
  const groups = useLoad(() => directory.groups(api), [api]);
  const [host, setHost] = useState(query.get('host') ?? '');
  const [forWhom, setForWhom] = useState<'group' | 'person'>('group');
  const [group, setGroup] = useState('');
  const [person, setPerson] = useState<Person | null>(null);
  const [at, setAt] = useState('');
  const [result, setResult] = useState<CheckResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const groupOptions = (groups.data?.groups ?? []).map((g) => ({ value: g.id, label: g.name }));
  const chosenGroup = group || groupOptions.find((g) => g.label === 'learners')?.value || groupOptions[0]?.value || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const when = localInputToIso(at);
      setResult(
        await filtering.check(api, {
          host: host.trim(),
          ...(forWhom === 'person' && person ? { person: person.id } : { group: chosenGroup }),
          ...(when ? { at: when } : {}),
        }),
      );
    } catch (err) {
      setResult(null);
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page title="Check a site" lead="See what the filter would do with a site for a group or a person, and exactly why.">
      <Section title="What to check" id="check-form">
        <ErrorSummary error={error} />
        <form onSubmit={submit} noValidate>
          <TextField label="Site or address" hint="A host name such as www.example.com, or a full web address." value={host} maxLength={2000} onChange={(e) => setHost(e.target.value)} autoComplete="off" />
          {can('people:read') ? (
            <RadioGroup
              legend="For whom?"
              name="for-whom"
              options={[
                { value: 'group', label: 'A group' },
                { value: 'person', label: 'A person' },
              ]}
              value={forWhom}
              onChange={(v) => setForWhom(v === 'person' ? 'person' : 'group')}
            />
          ) : null}
          {forWhom === 'group' ? (
            groups.data ? (
              <SelectField label="Group" options={groupOptions} value={chosenGroup} onChange={(e) => setGroup(e.target.value)} />
            ) : groups.error ? (
              <ErrorSummary error={groups.error} focus={false} />
            ) : (
              <Loading what="Loading the groups" />
            )
          ) : person ? (
            <p>
              Checking for <strong>{`${person.firstName} ${person.lastName}`}</strong>, with their own rules and groups.{' '}
              <button type="button" className="link-button" onClick={() => setPerson(null)}>
                Choose someone else
              </button>
            </p>
          ) : (
            <PersonPicker label="Find the person" onPick={setPerson} />
          )}
          <TextField label="At" optional hint="Leave empty for now. Time windows and approved unblocks depend on the time." type="datetime-local" className="field-short" value={at} onChange={(e) => setAt(e.target.value)} />
          <button type="submit" className="button" disabled={busy || (forWhom === 'person' && !person)}>
            Check
          </button>
        </form>
      </Section>
      {result ? <Explanation result={result} /> : null}
    </Page>
  );
}

/** The decision in one sentence, the facts behind it, and every step. */
export function Explanation({ result }: { result: CheckResult }) {
  const d = result.decision;
  const groups = result.client.groups.map((g) => g.name ?? g.id).join(', ') || 'none';
  return (
    <Section title={`Result for ${d.host}`} id="check-result">
      <p className="verdict" role="status">
        <VerdictTag verdict={d.verdict} /> {d.reason}
      </p>
      <dl className="facts">
        <dt>Checked at</dt>
        <dd>{formatDateTime(result.at)}</dd>
        <dt>Groups used</dt>
        <dd>{groups}</dd>
        <dt>Category</dt>
        <dd>{d.category ? categoryName(d.category) : 'Not on any list'}</dd>
        {result.listName ? (
          <>
            <dt>List</dt>
            <dd>
              {result.listName}
              {d.entry ? ` (entry ${d.entry})` : ''}
            </dd>
          </>
        ) : null}
        {d.level ? (
          <>
            <dt>Level</dt>
            <dd>{RULE_LEVEL_LABELS[d.level]}</dd>
          </>
        ) : null}
        {d.approval ? (
          <>
            <dt>Opened by</dt>
            <dd>An approved unblock request</dd>
          </>
        ) : null}
        {d.safeSearch ? (
          <>
            <dt>Safe search</dt>
            <dd>{d.safeSearch}</dd>
          </>
        ) : null}
        <dt>Policy revision</dt>
        <dd>{result.revision}</dd>
      </dl>
      <h3>Every step, in order</h3>
      <TableWrap label="How the decision was made">
        <table className="table">
          <caption className="visually-hidden">How the decision was made</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Effect</th>
              <th scope="col">What happened</th>
            </tr>
          </thead>
          <tbody>
            {d.chain.map((step, i) => (
              <tr key={i}>
                <td>{STAGE_WORDS[step.stage]}</td>
                <td>{step.effect === 'block' ? <Tag tone="danger">Blocked</Tag> : step.effect === 'allow' ? <Tag tone="ok">Allowed</Tag> : (EFFECT_WORDS[step.effect] ?? step.effect)}</td>
                <td>{step.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </Section>
  );
}
