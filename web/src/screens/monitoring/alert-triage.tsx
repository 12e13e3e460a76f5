import { useState } from 'react';
import { monitoring } from '../../endpoints.ts';
import { Link } from '../../router.tsx';
import { useApi } from '../../session.tsx';
import type { AlertDetail, AlertTriageResult } from '../../types.ts';
import { TextArea } from '../../ui/form.tsx';
import { Section } from '../../ui/page.tsx';
import { ErrorSummary, Notice } from '../../ui/problem.tsx';

type Decision = 'acknowledge' | 'false-positive' | 'escalate';

/** Phrases typed one per line (or separated by commas), trimmed, without repeats. */
function phrasesOf(text: string): string[] {
  return [...new Set(text.split(/[\n,]/).map((p) => p.trim()).filter((p) => p.length >= 2))];
}

/**
 * Triage for the DSL team (`monitoring:triage`): acknowledge (the team has seen it; escalation
 * stops), mark a false positive (its phrases join the school's exclusions), or escalate it to a
 * safeguarding concern about the learner, which is then one link away. Each is audited.
 */
export function AlertTriage({ alert, onChanged }: { alert: AlertDetail; onChanged(): void }) {
  const api = useApi();
  const [note, setNote] = useState('');
  const [exclude, setExclude] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<AlertTriageResult | null>(null);
  const open = alert.status === 'open' || alert.status === 'acknowledged';

  const decide = async (decision: Decision) => {
    setBusy(true);
    setError(null);
    setResult(null);
    const trimmed = note.trim();
    const withNote = trimmed ? { note: trimmed } : {};
    try {
      const phrases = phrasesOf(exclude);
      const done =
        decision === 'acknowledge'
          ? await monitoring.acknowledge(api, alert.id, withNote)
          : decision === 'false-positive'
            ? await monitoring.falsePositive(api, alert.id, { ...withNote, ...(phrases.length > 0 ? { exclude: phrases } : {}) })
            : await monitoring.escalate(api, alert.id, withNote);
      setResult(done);
      setNote('');
      setExclude('');
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title="Triage" id="alert-triage">
      {result ? <Outcome result={result} /> : null}
      <ErrorSummary error={error} />
      {!open ? (
        <p>This alert has been dealt with.</p>
      ) : (
        <form onSubmit={(e) => e.preventDefault()}>
          <TextArea label="Your note" optional hint="Kept with the alert’s history and in the audit log." rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
          <div className="button-row triage-buttons">
            {alert.status === 'open' ? (
              <button type="button" className="button" disabled={busy} onClick={() => void decide('acknowledge')}>
                Acknowledge
              </button>
            ) : null}
            <button type="button" className="button button-warning" disabled={busy} onClick={() => void decide('escalate')}>
              Escalate to a concern
            </button>
          </div>
          <details className="details">
            <summary>It is a false positive</summary>
            <TextArea
              label="Phrases to exclude from now on"
              optional
              hint="One per line. Leave empty and Haven excludes the search as it was typed, or each match with a word either side in longer text (never a risk-to-life match: name those yourself)."
              rows={3}
              value={exclude}
              onChange={(e) => setExclude(e.target.value)}
            />
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => void decide('false-positive')}>
              Mark as a false positive
            </button>
          </details>
        </form>
      )}
    </Section>
  );
}

function Outcome({ result }: { result: AlertTriageResult }) {
  if (result.status === 'escalated') {
    return (
      <Notice>
        <p>
          Escalated to concern <strong>{result.concernReference ?? ''}</strong>. It is in the learner’s chronology.{' '}
          {result.concernId ? <Link to={`/concerns/${encodeURIComponent(result.concernId)}`}>Open concern {result.concernReference ?? ''}</Link> : null}
        </p>
      </Notice>
    );
  }
  if (result.status === 'false-positive') {
    const excluded = result.excluded ?? [];
    return (
      <Notice>
        <p>
          Marked as a false positive.{' '}
          {excluded.length > 0 ? `Excluded from now on: ${excluded.map((p) => `“${p}”`).join(', ')}.` : 'No phrase was excluded.'} <Link to="/monitoring/settings">The school’s terms</Link>
        </p>
      </Notice>
    );
  }
  return (
    <Notice>
      <p>Acknowledged: the escalation has stopped.</p>
    </Notice>
  );
}
