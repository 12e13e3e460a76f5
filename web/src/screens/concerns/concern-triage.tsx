import { type FormEvent, useState } from 'react';
import { OUTCOME_LABELS } from '../../../../src/safeguarding/core/labels.ts';
import { concernLevels, concernOutcomes, isOneOf, LEVEL_LABELS } from '../../../../src/safeguarding/model.ts';
import { concerns } from '../../endpoints.ts';
import { navigate } from '../../router.tsx';
import { useApi, useSignedIn } from '../../session.tsx';
import type { Category, TriageBody } from '../../types.ts';
import { Checkbox, optionsOf, SelectField, TextArea } from '../../ui/form.tsx';
import { formatDateTime, labelFor } from '../../ui/format.ts';
import { Section } from '../../ui/page.tsx';
import { ErrorSummary, Notice } from '../../ui/problem.tsx';
import type { PanelProps } from './panel-props.ts';

const BLOCKERS: Record<string, string> = {
  'referral-missing': 'Record the referral to the police or children’s social care first: this concern was escalated, or the image screening said so.',
  'actions-open': 'Mark every action done, or not needed with a reason, first.',
};

/** Triage (DSL team): category (which proposes the response matrix's actions), level with its rationale, assignment. */
export function TriagePanel({ concern, full, onChanged, categories }: PanelProps & { categories: readonly Category[] }) {
  const api = useApi();
  const { session } = useSignedIn();
  const me = session.account.id;
  const [category, setCategory] = useState(concern.category ?? 'unclassified');
  const [level, setLevel] = useState(full.level ?? '');
  const [rationale, setRationale] = useState(full.levelRationale ?? '');
  const [assignToMe, setAssignToMe] = useState(full.assignedTo === me);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const groups = concern.about === 'staff' ? ['staff'] : ['online-misuse', 'safeguarding'];
  const options = categories.filter((c) => (c.active || c.code === concern.category) && groups.includes(c.group)).map((c) => ({ value: c.code, label: c.label }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    const body: TriageBody = {
      ...(category !== concern.category ? { category } : {}),
      ...(isOneOf(concernLevels, level) && level !== full.level ? { level } : {}),
      ...(rationale.trim() !== (full.levelRationale ?? '') ? { levelRationale: rationale.trim() } : {}),
      ...(assignToMe !== (full.assignedTo === me) ? { assignedTo: assignToMe ? me : null } : {}),
    };
    try {
      const result = await concerns.triage(api, concern.id, body);
      if (!result.visible) {
        navigate('/concerns', { replace: true });
        return;
      }
      setSaved(true);
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const assigned = full.assignedTo === null ? 'Nobody yet' : full.assignedTo === me ? 'You' : 'Another member of the team';
  return (
    <Section title="Triage" id="triage">
      <p>
        Assigned to: <strong>{assigned}</strong>
      </p>
      <ErrorSummary error={error} />
      {saved ? <Notice>Triage saved. The response matrix’s actions for the category are listed under Actions.</Notice> : null}
      <form onSubmit={save} noValidate>
        <SelectField label="Category" hint="Choosing a category proposes the school’s response-matrix actions for it." options={options} value={category} onChange={(e) => setCategory(e.target.value)} />
        <SelectField label="Level of need" placeholder="Not set yet" options={optionsOf(concernLevels, LEVEL_LABELS)} value={level} onChange={(e) => setLevel(e.target.value)} />
        <TextArea label="Why this level?" optional rows={3} maxLength={5000} value={rationale} onChange={(e) => setRationale(e.target.value)} />
        <Checkbox label="Assign this concern to me" checked={assignToMe} onChange={(e) => setAssignToMe(e.target.checked)} />
        <button type="submit" className="button" disabled={busy}>
          Save triage
        </button>
      </form>
    </Section>
  );
}

/** Starting, closing (an outcome and a note; nothing left open) and reopening a concern. */
export function StatusPanel({ concern, full, manage, onChanged }: PanelProps) {
  const api = useApi();
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const run = async (event: FormEvent | null, change: Parameters<typeof concerns.setStatus>[2]) => {
    event?.preventDefault();
    setError(null);
    try {
      await concerns.setStatus(api, concern.id, change);
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  const blockers = full.closeBlockers.filter((b) => b !== 'outcome-missing');
  const closed = concern.status === 'closed';
  return (
    <Section title="Status" id="status">
      {closed ? (
        <p>
          Closed {formatDateTime(concern.closedAt)}: <strong>{labelFor(OUTCOME_LABELS, full.outcome)}</strong>. {full.outcomeNote}
        </p>
      ) : (
        <p>{concern.status === 'new' ? 'New: waiting for triage.' : 'In progress.'}</p>
      )}
      {manage ? <ErrorSummary error={error} /> : null}
      {manage && concern.status === 'new' ? (
        <button type="button" className="button" onClick={() => void run(null, { status: 'in-progress' })}>
          Start work on this concern
        </button>
      ) : null}
      {manage && !closed ? (
        <details className="details">
          <summary>Close this concern</summary>
          {blockers.length > 0 ? (
            <ul className="blockers">
              {blockers.map((b) => (
                <li key={b}>{BLOCKERS[b] ?? b}</li>
              ))}
            </ul>
          ) : null}
          <form onSubmit={(e) => void run(e, { status: 'closed', ...(isOneOf(concernOutcomes, outcome) ? { outcome } : {}), outcomeNote: note.trim() })} noValidate>
            <SelectField label="Outcome" placeholder="Choose the outcome" options={optionsOf(concernOutcomes, OUTCOME_LABELS)} value={outcome} onChange={(e) => setOutcome(e.target.value)} />
            <TextArea label="What was done and decided" rows={3} maxLength={10000} value={note} onChange={(e) => setNote(e.target.value)} />
            <button type="submit" className="button">
              Close the concern
            </button>
          </form>
        </details>
      ) : null}
      {manage && closed ? (
        <form onSubmit={(e) => void run(e, { status: 'in-progress', reason: reason.trim() })} noValidate>
          <TextArea label="Why reopen it?" rows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
          <button type="submit" className="button button-secondary">
            Reopen the concern
          </button>
        </form>
      ) : null}
    </Section>
  );
}
