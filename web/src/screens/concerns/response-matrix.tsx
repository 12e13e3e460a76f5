import { type FormEvent, useState } from 'react';
import { ACTION_LABELS, isOneOf, matrixActionKinds, type MatrixActionKind } from '../../../../src/safeguarding/model.ts';
import { concerns } from '../../endpoints.ts';
import { useApi } from '../../session.tsx';
import type { Category } from '../../types.ts';
import { Checkbox, SelectField, TextArea } from '../../ui/form.tsx';
import { Page, Section, TableWrap } from '../../ui/page.tsx';
import { ErrorSummary, Loading, Notice } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';

/** Short column headings for the matrix (the full words are in the form and in each concern). */
const SHORT: Record<MatrixActionKind, string> = {
  'refer-class-teacher': 'Class teacher',
  'refer-computing-lead': 'Computing lead',
  'refer-headteacher': 'Headteacher',
  'refer-police-social-care': 'Police or social care',
  'refer-la-technical': 'LA technical support',
  'inform-parents': 'Parents or carers',
  'remove-access': 'Remove access',
  warning: 'Warning',
  'further-sanction': 'Further sanction',
  'refer-lado': 'LADO',
};

/**
 * The response matrix (the school's incident response table): for each category, the actions
 * triage proposes and whether it escalates at once. The DSL team changes a row with a reason;
 * every change is a new version, so concerns keep the row they were triaged with.
 */
export function ResponseMatrix() {
  const api = useApi();
  const list = useLoad(() => concerns.categories(api), [api]);
  const rows = list.data?.categories.filter((c) => c.active) ?? [];
  return (
    <Page title="Response matrix" lead="What triage proposes for each kind of concern. The proposals are a starting point: the DSL adds, changes or marks actions not needed on each concern.">
      {list.error ? <ErrorSummary error={list.error} focus={false} /> : null}
      {!list.data ? (
        list.error ? null : <Loading />
      ) : (
        <TableWrap label="Response matrix">
          <table className="table table-compact matrix-table">
            <caption className="visually-hidden">Response matrix: rows are categories, columns are the actions proposed</caption>
            <thead>
              <tr>
                <th scope="col">Category</th>
                {matrixActionKinds.map((a) => (
                  <th scope="col" key={a}>
                    {SHORT[a]}
                  </th>
                ))}
                <th scope="col">Escalate at once</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.code}>
                  <th scope="row">{c.label}</th>
                  {matrixActionKinds.map((a) => (
                    <td key={a}>
                      <span aria-hidden="true">{c.actions.includes(a) ? '✓' : '–'}</span>
                      <span className="visually-hidden">{c.actions.includes(a) ? 'Yes' : 'No'}</span>
                    </td>
                  ))}
                  <td>{c.escalate ? 'Yes' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {list.data ? <ChangeRow categories={rows} onSaved={list.reload} /> : null}
    </Page>
  );
}

function ChangeRow({ categories, onSaved }: { categories: Category[]; onSaved(): void }) {
  const api = useApi();
  const [code, setCode] = useState(categories[0]?.code ?? '');
  const current = categories.find((c) => c.code === code);
  const [actions, setActions] = useState<string[] | null>(null);
  const [escalate, setEscalate] = useState<boolean | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const chosen = actions ?? current?.actions ?? [];
  const escalates = escalate ?? current?.escalate ?? false;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setDone('');
    try {
      const saved = await concerns.saveCategory(api, code, { actions: chosen.filter((a) => isOneOf(matrixActionKinds, a)), escalate: escalates, reason });
      setDone(`“${saved.label}” is saved as version ${saved.version}. New triage uses it from now on.`);
      setReason('');
      setActions(null);
      setEscalate(null);
      onSaved();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Section title="Change a row" id="change-row">
      <ErrorSummary error={error} />
      {done ? <Notice>{done}</Notice> : null}
      <form onSubmit={save} noValidate>
        <SelectField
          label="Category"
          options={categories.map((c) => ({ value: c.code, label: c.label }))}
          value={code}
          onChange={(e) => {
            setCode(e.target.value);
            setActions(null);
            setEscalate(null);
          }}
        />
        <fieldset className="fieldset">
          <legend className="legend">Actions triage proposes</legend>
          {matrixActionKinds.map((a) => (
            <Checkbox key={a} label={ACTION_LABELS[a]} checked={chosen.includes(a)} onChange={(e) => setActions(e.target.checked ? [...chosen, a] : chosen.filter((x) => x !== a))} />
          ))}
        </fieldset>
        <Checkbox label="Escalate at once (notify the DSL team now)" checked={escalates} onChange={(e) => setEscalate(e.target.checked)} />
        <TextArea label="Why the change?" hint="Recorded with the new version." rows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
        <button type="submit" className="button">
          Save the row
        </button>
      </form>
    </Section>
  );
}
