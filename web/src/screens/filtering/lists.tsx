import { type FormEvent, useState } from 'react';
import { CATEGORIES, CATEGORY_INFO } from '../../../../src/filtering/model.ts';
import { filtering } from '../../endpoints.ts';
import { useApi, useSignedIn } from '../../session.tsx';
import type { ListImport } from '../../types.ts';
import { SelectField, TextArea, TextField } from '../../ui/form.tsx';
import { formatDateTime, formatSize } from '../../ui/format.ts';
import { Page, Section, TableWrap, Tag } from '../../ui/page.tsx';
import { ErrorSummary, Loading, Notice } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { categoryName } from './labels.tsx';

type Progress = { phase: 'sending'; sent: number; total: number } | { phase: 'reading' } | null;

/**
 * Block lists: where each comes from, its version in force and how many names it holds; an upload
 * of a list file that shows its progress (sending, then Haven reading and indexing it) and then
 * a report of every line it could not use; the catalogue of well-known sources.
 */
export function ListsScreen() {
  const api = useApi();
  const { can } = useSignedIn();
  const lists = useLoad(() => filtering.lists(api), [api]);
  const catalogue = useLoad(() => filtering.catalogue(api), [api]);
  return (
    <Page title="Block lists" lead="The lists of names and addresses the filter uses, by category. Every version is kept; a failed or suspiciously small download keeps the version in force.">
      {lists.error ? <ErrorSummary error={lists.error} focus={false} /> : null}
      {!lists.data ? (
        lists.error ? null : <Loading />
      ) : lists.data.lists.length === 0 ? (
        <p>No lists yet. Subscribe to a source from the catalogue below, or upload a list file.</p>
      ) : (
        <TableWrap label="Lists">
          <table className="table">
            <caption className="visually-hidden">Lists</caption>
            <thead>
              <tr>
                <th scope="col">List</th>
                <th scope="col">Category</th>
                <th scope="col">Source</th>
                <th scope="col" className="num">
                  Names
                </th>
                <th scope="col">Version</th>
                <th scope="col">Last checked</th>
              </tr>
            </thead>
            <tbody>
              {lists.data.lists.map((l) => (
                <tr key={l.id}>
                  <th scope="row">{l.name}</th>
                  <td>{categoryName(l.category)}</td>
                  <td>
                    {l.sourceKind === 'upload' ? 'Uploaded' : l.sourceKind === 'file' ? 'File' : 'Subscription'}
                    {l.lastError ? (
                      <div>
                        <Tag tone="warn">Last refresh failed</Tag> {l.lastError}
                      </div>
                    ) : null}
                  </td>
                  <td className="num">{l.current ? (l.current.domains + l.current.urls).toLocaleString('en-GB') : '—'}</td>
                  <td>{l.current ? `${l.current.version}, ${formatDateTime(l.current.createdAt)}` : 'None'}</td>
                  <td>{formatDateTime(l.lastCheckedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {can('filtering:manage') ? <UploadList onImported={lists.reload} /> : null}
      <Section title="Catalogue of well-known sources" id="catalogue">
        {catalogue.error ? <ErrorSummary error={catalogue.error} focus={false} /> : null}
        {!catalogue.data ? (
          catalogue.error ? null : <Loading />
        ) : (
          <TableWrap label="Catalogue">
            <table className="table table-compact">
              <caption className="visually-hidden">Catalogue of list sources</caption>
              <thead>
                <tr>
                  <th scope="col">Source</th>
                  <th scope="col">Category</th>
                  <th scope="col">Licence</th>
                  <th scope="col">Recommended</th>
                </tr>
              </thead>
              <tbody>
                {catalogue.data.sources.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      {s.name}
                      <div className="hint">{s.note}</div>
                    </th>
                    <td>{categoryName(s.category)}</td>
                    <td>{s.licence}</td>
                    <td>{s.recommended ? 'Yes' : 'No'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
        <p className="hint">
          Subscribe with <code>haven lists subscribe &lt;source&gt;</code>; Haven downloads it now and refreshes it on a schedule.
        </p>
      </Section>
    </Page>
  );
}

function UploadList({ onImported }: { onImported(): void }) {
  const api = useApi();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [category, setCategory] = useState('games');
  const [reason, setReason] = useState('');
  const [progress, setProgress] = useState<Progress>(null);
  const [result, setResult] = useState<ListImport | null>(null);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setResult(null);
    if (!file) {
      setError(new Error('choose a list file to upload'));
      return;
    }
    setProgress({ phase: 'sending', sent: 0, total: file.size });
    try {
      const imported = await filtering.importList(api, file, { name: name.trim() || file.name, category, reason }, (sent, total) =>
        setProgress(sent >= total ? { phase: 'reading' } : { phase: 'sending', sent, total }),
      );
      setResult(imported);
      onImported();
    } catch (err) {
      setError(err);
    } finally {
      setProgress(null);
    }
  };
  const percent = progress?.phase === 'sending' && progress.total > 0 ? Math.round((progress.sent / progress.total) * 100) : progress ? 100 : 0;
  return (
    <Section title="Upload a list" id="upload-list">
      <p>One name per line; hosts files and adblock lists work too. Lines Haven cannot use are counted and listed, never fatal.</p>
      <ErrorSummary error={error} />
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label className="label" htmlFor="list-file">
            List file
          </label>
          <input id="list-file" className="file" type="file" accept=".txt,.list,.hosts,text/plain" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <TextField label="Name" hint="A new name makes a new list; an existing name adds a version to it." value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        <SelectField label="Category" options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_INFO[c].label }))} value={category} onChange={(e) => setCategory(e.target.value)} />
        <TextArea label="Why?" hint="For example: “games sites our pupils use at lunch”. 3 to 500 characters." rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        <button type="submit" className="button" disabled={progress !== null}>
          Upload the list
        </button>
      </form>
      {progress ? (
        <div className="progress-block">
          <label htmlFor="list-progress">{progress.phase === 'sending' ? `Sending the file: ${percent} %` : 'Haven is reading and indexing the list…'}</label>
          <progress id="list-progress" max={100} value={progress.phase === 'sending' ? percent : undefined} />
        </div>
      ) : null}
      {result ? (
        <div className="import-result">
          <Notice>
            {result.unchanged ? `“${result.list.name}” is unchanged: it is the same as the version in force.` : `“${result.list.name}” version ${result.version.version} is in force: ${result.stats.accepted.toLocaleString('en-GB')} names (${formatSize(result.version.bytes)}).`}
          </Notice>
          <dl className="facts">
            <dt>Lines read</dt>
            <dd>{result.stats.lines}</dd>
            <dt>Names used</dt>
            <dd>{result.stats.accepted}</dd>
            <dt>Duplicates</dt>
            <dd>{result.stats.duplicates}</dd>
            <dt>Comments</dt>
            <dd>{result.stats.comments}</dd>
            <dt>Lines not used</dt>
            <dd>{result.stats.invalidCount}</dd>
          </dl>
          {result.stats.invalid.length > 0 ? (
            <TableWrap label="Lines not used">
              <table className="table table-compact">
                <caption>Lines not used</caption>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      Line
                    </th>
                    <th scope="col">Text</th>
                    <th scope="col">Why</th>
                  </tr>
                </thead>
                <tbody>
                  {result.stats.invalid.map((l) => (
                    <tr key={l.line}>
                      <td className="num">{l.line}</td>
                      <td>
                        <code>{l.text}</code>
                      </td>
                      <td>{l.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          ) : null}
        </div>
      ) : null}
    </Section>
  );
}
