import { type KeyboardEvent, useId, useState } from 'react';
import type { PersonKind } from '../../../../src/identity/model.ts';
import { directory } from '../../endpoints.ts';
import { useApi } from '../../session.tsx';
import type { Person } from '../../types.ts';
import { ErrorSummary } from '../../ui/problem.tsx';

/**
 * Finds a person in the school's directory by name and hands the chosen one back. Not a form of
 * its own (it sits inside other forms): Enter in the search box searches instead of submitting.
 */
export function PersonPicker({ label, kind, onPick, chooseLabel = 'Choose' }: { label: string; kind?: PersonKind; onPick(person: Person): void; chooseLabel?: string }) {
  const api = useApi();
  const id = useId();
  const [search, setSearch] = useState('');
  const [results, setResults] = useState<Person[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const find = async () => {
    if (!search.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const found = await directory.people(api, { search: search.trim(), status: 'active', limit: 10, ...(kind ? { kind } : {}) });
      setResults(found.people);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void find();
    }
  };

  return (
    <div className="picker">
      <label className="label" htmlFor={`${id}-search`}>
        {label}
      </label>
      <div className="hint" id={`${id}-hint`}>
        Type part of a name, then search.
      </div>
      <div className="inline-row">
        <input id={`${id}-search`} className="input" type="search" autoComplete="off" aria-describedby={`${id}-hint`} value={search} onChange={(e) => setSearch(e.target.value)} onKeyDown={onKey} />
        <button type="button" className="button button-secondary" onClick={() => void find()} disabled={busy}>
          Search
        </button>
      </div>
      <ErrorSummary error={error} focus={false} />
      <div role="status" className="picker-status">
        {results === null ? '' : results.length === 0 ? 'Nobody found with that name.' : `${results.length} found.`}
      </div>
      {results && results.length > 0 ? (
        <ul className="picker-results">
          {results.map((p) => (
            <li key={p.id}>
              <span>
                {p.firstName} {p.lastName}
                {p.yearGroup ? <span className="muted"> · {p.yearGroup}</span> : null}
              </span>
              <button
                type="button"
                className="button button-secondary button-small"
                aria-label={`${chooseLabel} ${p.firstName} ${p.lastName}`}
                onClick={() => {
                  onPick(p);
                  setResults(null);
                  setSearch('');
                }}
              >
                {chooseLabel}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
