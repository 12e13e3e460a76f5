import { type FormEvent, useState } from 'react';
import { DECISION_LABELS, RECORD_LABELS } from '../../../../src/safeguarding/core/labels.ts';
import { feedbackAudiences, isOneOf, recordKinds } from '../../../../src/safeguarding/model.ts';
import { concerns } from '../../endpoints.ts';
import { useApi, useSignedIn } from '../../session.tsx';
import { Checkbox, optionsOf, SelectField, TextArea, TextField } from '../../ui/form.tsx';
import { formatDateTime, labelFor, localInputToIso } from '../../ui/format.ts';
import { Section } from '../../ui/page.tsx';
import { ErrorSummary } from '../../ui/problem.tsx';
import type { PanelProps } from './panel-props.ts';

const AUDIENCE_LABELS: Record<string, string> = { reporter: 'The person who reported it', learner: 'The pupil', parent: 'Parents or carers', other: 'Someone else' };

/** "You" or the team: the DSL's view needs who did it, not staff names it may not hold. */
function useWho(): (accountId: string | null) => string {
  const { session } = useSignedIn();
  return (id) => (id === session.account.id ? 'you' : id ? 'a colleague' : 'Haven');
}

/** Case notes and the feedback given to those involved (R7). */
export function NotesPanel({ concern, full, manage, onChanged }: PanelProps) {
  const api = useApi();
  const who = useWho();
  const [note, setNote] = useState('');
  const [audience, setAudience] = useState('reporter');
  const [feedback, setFeedback] = useState('');
  const [error, setError] = useState<unknown>(null);
  const run = async (event: FormEvent, action: () => Promise<unknown>, reset: () => void) => {
    event.preventDefault();
    setError(null);
    try {
      await action();
      reset();
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Section title="Notes and feedback" id="notes-and-feedback">
      {manage ? <ErrorSummary error={error} /> : null}
      {full.notes.length === 0 ? <p>No notes yet.</p> : null}
      <ol className="timeline">
        {full.notes.map((n) => (
          <li key={n.id}>
            <p className="prose">{n.body}</p>
            <p className="muted">
              Note by {who(n.authorId)}, {formatDateTime(n.createdAt)}
            </p>
          </li>
        ))}
        {full.feedback.map((f) => (
          <li key={f.id}>
            <p className="prose">{f.body}</p>
            <p className="muted">
              Feedback to {labelFor(AUDIENCE_LABELS, f.audience).toLowerCase()}, {formatDateTime(f.givenAt ?? f.createdAt)}, recorded by {who(f.authorId)}
            </p>
          </li>
        ))}
      </ol>
      {manage ? (
        <>
          <form onSubmit={(e) => void run(e, () => concerns.addNote(api, concern.id, note.trim()), () => setNote(''))} noValidate>
            <TextArea label="Add a note" rows={3} maxLength={20000} value={note} onChange={(e) => setNote(e.target.value)} />
            <button type="submit" className="button button-secondary">
              Save the note
            </button>
          </form>
          <details className="details">
            <summary>Record feedback given</summary>
            <form
              onSubmit={(e) => void run(e, () => (isOneOf(feedbackAudiences, audience) ? concerns.addFeedback(api, concern.id, { audience, text: feedback.trim() }) : Promise.resolve()), () => setFeedback(''))}
              noValidate
            >
              <SelectField label="Given to" options={optionsOf(feedbackAudiences, AUDIENCE_LABELS)} value={audience} onChange={(e) => setAudience(e.target.value)} />
              <TextArea label="What was said" rows={3} maxLength={5000} value={feedback} onChange={(e) => setFeedback(e.target.value)} />
              <button type="submit" className="button button-secondary">
                Save the feedback
              </button>
            </form>
          </details>
        </>
      ) : null}
    </Section>
  );
}

/** Records of information shared, searches and confiscations (R9), and device investigations (R6). */
export function RecordsPanel({ concern, full, manage, onChanged }: PanelProps) {
  const api = useApi();
  const [kind, setKind] = useState('sharing');
  const [when, setWhen] = useState('');
  const [counterpart, setCounterpart] = useState('');
  const [reason, setReason] = useState('');
  const [consent, setConsent] = useState(false);
  const [consentNote, setConsentNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const occurredAt = localInputToIso(when);
    if (!isOneOf(recordKinds, kind) || !occurredAt) return setError(new Error('Give the date and time.'));
    try {
      await concerns.addRecord(api, concern.id, { kind, occurredAt, counterpart: counterpart.trim(), reason: reason.trim(), consentSought: consent, ...(consentNote.trim() ? { consentNote: consentNote.trim() } : {}) });
      setCounterpart('');
      setReason('');
      setConsentNote('');
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Section title="Records" id="records">
      {full.records.length === 0 && full.investigations.length === 0 ? <p>No information sharing, searches, confiscations or device investigations recorded.</p> : null}
      <ul className="plain-list">
        {full.records.map((r) => (
          <li key={r.id}>
            <strong>{labelFor(RECORD_LABELS, r.kind)}</strong> {formatDateTime(r.occurredAt)} — {r.counterpart}. {r.reason} {r.consentSought ? 'Consent was sought.' : 'Consent was not sought.'} {r.consentNote ?? ''}
          </li>
        ))}
        {full.investigations.map((i) => (
          <li key={i.id}>
            <strong>Device investigation</strong> {formatDateTime(i.startedAt)}: {i.device}, {i.staff.length} staff present, {i.urls.length} addresses recorded. Decision: {labelFor(DECISION_LABELS, i.decision)}. {i.decisionNote ?? ''}
          </li>
        ))}
      </ul>
      {manage ? (
        <details className="details">
          <summary>Record information shared, a search or a confiscation</summary>
          <ErrorSummary error={error} />
          <form onSubmit={save} noValidate>
            <SelectField label="What" options={optionsOf(recordKinds, RECORD_LABELS)} value={kind} onChange={(e) => setKind(e.target.value)} />
            <TextField label="When" type="datetime-local" className="field-short" value={when} onChange={(e) => setWhen(e.target.value)} />
            <TextField label={kind === 'sharing' ? 'Shared with' : 'Carried out by'} maxLength={500} value={counterpart} onChange={(e) => setCounterpart(e.target.value)} />
            <TextArea label="Why" rows={2} maxLength={5000} value={reason} onChange={(e) => setReason(e.target.value)} />
            <Checkbox label="Consent was sought" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
            <TextField label={consent ? 'From whom' : 'Why consent was not sought'} maxLength={2000} value={consentNote} onChange={(e) => setConsentNote(e.target.value)} />
            <button type="submit" className="button button-secondary">
              Save the record
            </button>
          </form>
        </details>
      ) : null}
    </Section>
  );
}
