import { type FormEvent, useState } from 'react';
import { ApiError, sentence } from '../../api.ts';
import { directory } from '../../endpoints.ts';
import { Link } from '../../router.tsx';
import { useApi } from '../../session.tsx';
import type { ImportSummary } from '../../types.ts';
import { Checkbox } from '../../ui/form.tsx';
import { Page, Section, TableWrap } from '../../ui/page.tsx';
import { ErrorSummary, messageOf, Notice } from '../../ui/problem.tsx';

interface RowError {
  line: number | undefined;
  field: string;
  message: string;
}

function RowErrors({ rows }: { rows: RowError[] }) {
  return (
    <TableWrap label="Problems by row">
      <table className="table">
        <caption>Problems by row (line numbers count the header as line 1)</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Line
            </th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td className="num">{r.line ?? '—'}</td>
              <td>{r.field || '—'}</td>
              <td>{sentence(r.message)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

const COUNTS: [keyof ImportSummary, string][] = [
  ['rows', 'Rows read'],
  ['created', 'People to add'],
  ['updated', 'People to update'],
  ['unchanged', 'Unchanged'],
  ['invalid', 'Invalid rows'],
  ['groupsCreated', 'New groups'],
  ['membershipsAdded', 'Added to groups'],
  ['membershipsRemoved', 'Taken out of groups'],
  ['notInFile', 'At the school but not in the file'],
  ['markedLeft', 'Marked as left'],
];

/**
 * The people import (CSV from the MIS): check the file first (nothing changes), see every problem
 * by line, then import. The import is all or nothing unless invalid rows are skipped on purpose.
 */
export function PeopleImport() {
  const api = useApi();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [markLeft, setMarkLeft] = useState(false);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [rejected, setRejected] = useState<{ error: ApiError; rows: RowError[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setRejected(null);
    setSummary(null);
    if (!file) return setError(new Error('Choose the CSV file to import.'));
    setBusy(true);
    try {
      setSummary(await directory.importPeople(api, file, { dryRun, skipInvalid, markLeft }));
    } catch (err) {
      if (err instanceof ApiError && err.code === 'identity.import_invalid') {
        setRejected({ error: err, rows: err.issues.map((i) => ({ line: i.line, field: i.path ?? '', message: i.message })) });
      } else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title="Import people" lead="Export pupils and staff from your MIS as a CSV file with a header row. Haven needs an id (UPN or admission number), first name and last name; it also reads year group, class, date of birth, email and role." narrow>
      <ErrorSummary error={error} />
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label className="label" htmlFor="import-file">
            CSV file
          </label>
          <input id="import-file" className="file" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <Checkbox label="Check the file only: change nothing" hint="Shows what the import would do, and every problem, line by line." checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />
        <Checkbox label="Skip invalid rows" hint="Import the valid rows and list the others. Without this, one invalid row stops the whole import." checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} />
        <Checkbox label="Mark people missing from the file as left" hint="Only for the kinds of people in the file (pupils, staff…)." checked={markLeft} onChange={(e) => setMarkLeft(e.target.checked)} />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Reading the file…' : dryRun ? 'Check the file' : 'Import'}
        </button>
      </form>
      {rejected ? (
        <Section title="Nothing was imported" id="rejected">
          <div className="error-summary" role="alert">
            <p>{messageOf(rejected.error)} Correct these rows in the file, or tick “Skip invalid rows”, then try again.</p>
          </div>
          <RowErrors rows={rejected.rows} />
        </Section>
      ) : null}
      {summary ? (
        <Section title={summary.dryRun ? 'What the import would do' : 'Import finished'} id="summary">
          <Notice tone={summary.dryRun ? 'info' : 'ok'}>{summary.dryRun ? 'This was a check: nothing has changed. Untick “Check the file only” to import.' : 'The people list is updated.'}</Notice>
          <dl className="facts facts-grid">
            {COUNTS.map(([key, label]) => (
              <div key={key}>
                <dt>{label}</dt>
                <dd>{String(summary[key])}</dd>
              </div>
            ))}
          </dl>
          {summary.ignoredColumns.length > 0 ? <p>Columns Haven does not use were ignored: {summary.ignoredColumns.join(', ')}.</p> : null}
          {summary.errors.length > 0 ? <RowErrors rows={summary.errors.map((e) => ({ line: e.line, field: e.field, message: e.message }))} /> : null}
          {!summary.dryRun ? (
            <p>
              <Link to="/people">See the people</Link>
            </p>
          ) : null}
        </Section>
      ) : null}
    </Page>
  );
}
