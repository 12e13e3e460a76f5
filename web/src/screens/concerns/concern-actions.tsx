import { type FormEvent, useState } from 'react';
import { ACTION_LABELS, ACTION_NOTES, actionKinds, isOneOf } from '../../../../src/safeguarding/model.ts';
import { concerns } from '../../endpoints.ts';
import { useApi, useSignedIn } from '../../session.tsx';
import type { ActionChangeBody, ConcernAction } from '../../types.ts';
import { optionsOf, SelectField, TextArea, TextField } from '../../ui/form.tsx';
import { formatDate, labelFor, todayInLondon } from '../../ui/format.ts';
import { Section, Tag } from '../../ui/page.tsx';
import { ErrorSummary } from '../../ui/problem.tsx';
import type { PanelProps } from './panel-props.ts';

/** What an action means in practice, where that needs saying (the server's hint, or the vocabulary's note). */
function hintOf(a: ConcernAction): string | undefined {
  return a.hint ?? (isOneOf(actionKinds, a.kind) ? ACTION_NOTES[a.kind] : undefined);
}

const STATUS_WORDS: Record<string, string> = { open: 'To do', done: 'Done', 'not-needed': 'Not needed' };

/**
 * The actions on a concern: the response matrix's proposals for its category and any added by
 * hand, each tracked to done or "not needed" with a reason (a concern cannot close before).
 */
export function ActionsPanel({ concern, full, manage, onChanged }: PanelProps) {
  const api = useApi();
  const [error, setError] = useState<unknown>(null);
  const [kind, setKind] = useState('other');
  const [description, setDescription] = useState('');
  const [due, setDue] = useState('');
  const change = async (action: ConcernAction, body: ActionChangeBody) => {
    setError(null);
    try {
      await concerns.updateAction(api, concern.id, action.id, body);
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  const add = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!isOneOf(actionKinds, kind)) return;
    try {
      await concerns.addAction(api, concern.id, { kind, ...(description.trim() ? { description: description.trim() } : {}), ...(due ? { dueOn: due } : {}) });
      setDescription('');
      setDue('');
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  const today = todayInLondon();
  return (
    <Section title="Actions" id="actions">
      {manage ? <ErrorSummary error={error} /> : null}
      {full.actions.length === 0 ? (
        <p>No actions yet. Choosing a category at triage proposes the response matrix’s actions.</p>
      ) : (
        <ul className="action-list">
          {full.actions.map((a) => (
            <li key={a.id} className={`action action-${a.status}`}>
              <div className="action-head">
                <strong>{a.description ?? a.label}</strong>
                <Tag tone={a.status === 'open' ? (a.dueOn && a.dueOn < today ? 'danger' : 'warn') : 'ok'}>{labelFor(STATUS_WORDS, a.status)}</Tag>
                {a.source === 'matrix' ? <Tag tone="info">Proposed by the response matrix</Tag> : null}
              </div>
              {a.description && a.description !== a.label ? <p className="muted">{labelFor(ACTION_LABELS, a.kind)}</p> : null}
              {hintOf(a) ? <p className="hint">{hintOf(a)}</p> : null}
              <p className="muted">
                {a.dueOn ? `Due ${formatDate(a.dueOn)}${a.status === 'open' && a.dueOn < today ? ' (overdue)' : ''}` : 'No due date'}
                {a.note ? ` · ${a.note}` : ''}
              </p>
              {manage && a.status === 'open' ? <ActionControls action={a} onChange={(body) => void change(a, body)} /> : null}
            </li>
          ))}
        </ul>
      )}
      {manage ? (
        <details className="details">
          <summary>Add an action</summary>
          <form onSubmit={add} noValidate>
            <SelectField label="Kind of action" options={optionsOf(actionKinds, ACTION_LABELS)} value={kind} onChange={(e) => setKind(e.target.value)} />
            <TextField label="What exactly" optional maxLength={2000} value={description} onChange={(e) => setDescription(e.target.value)} />
            <TextField label="Due" optional type="date" className="field-short" value={due} onChange={(e) => setDue(e.target.value)} />
            <button type="submit" className="button button-secondary">
              Add the action
            </button>
          </form>
        </details>
      ) : null}
    </Section>
  );
}

function ActionControls({ action, onChange }: { action: ConcernAction; onChange(body: ActionChangeBody): void }) {
  const { session } = useSignedIn();
  const [note, setNote] = useState('');
  const [due, setDue] = useState(action.dueOn ?? '');
  const name = action.description ?? action.label;
  return (
    <div className="action-controls">
      <button type="button" className="button button-small" onClick={() => onChange({ status: 'done' })} aria-label={`Mark done: ${name}`}>
        Mark done
      </button>
      {action.ownerId !== session.account.id ? (
        <button type="button" className="button button-secondary button-small" onClick={() => onChange({ ownerId: session.account.id })} aria-label={`I will do it: ${name}`}>
          I will do it
        </button>
      ) : (
        <span className="muted">You are doing this.</span>
      )}
      <details className="details">
        <summary>Due date, or not needed</summary>
        <TextField label="Due" type="date" className="field-short" value={due} onChange={(e) => setDue(e.target.value)} />
        <button type="button" className="button button-secondary button-small" onClick={() => onChange({ dueOn: due || null })}>
          Save the due date
        </button>
        <TextArea label="Why is it not needed?" rows={2} maxLength={5000} value={note} onChange={(e) => setNote(e.target.value)} />
        <button type="button" className="button button-secondary button-small" onClick={() => onChange({ status: 'not-needed', note: note.trim() })}>
          Mark not needed
        </button>
      </details>
    </div>
  );
}
