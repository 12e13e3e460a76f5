import { type FormEvent, useEffect, useState } from 'react';
import { ROLE_LABELS } from '../../../../src/identity/model.ts';
import { MONITORING_CATEGORIES, ROTA_ROLES, type RotaRole } from '../../../../src/monitoring/model.ts';
import { monitoring } from '../../endpoints.ts';
import { useApi } from '../../session.tsx';
import type { MonitoringSettings, MonitoringSettingsBody, MonitoringTerm } from '../../types.ts';
import { Checkbox, RadioGroup, SelectField, TextArea, TextField } from '../../ui/form.tsx';
import { formatDate } from '../../ui/format.ts';
import { Page, Section, TableWrap } from '../../ui/page.tsx';
import { ErrorSummary, Loading, Notice } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { ALERT_SEVERITIES, MONITORING_CATEGORY_LABELS, monitoringCategoryLabel, severityLabel } from './labels.tsx';

const SEVERITY_OPTIONS = ALERT_SEVERITIES.map((s) => ({ value: String(s), label: severityLabel(s) }));

/** The settings form: what is saved is only what changed; the webhook secret is write-only. */
function SettingsForm({ settings, onSaved }: { settings: MonitoringSettings; onSaved(next: MonitoringSettings): void }) {
  const api = useApi();
  const [threshold, setThreshold] = useState(String(settings.threshold));
  const [minutes, setMinutes] = useState(String(settings.escalationMinutes));
  const [rota, setRota] = useState<RotaRole[]>(settings.notifyRoles);
  const [quietStart, setQuietStart] = useState(settings.quietHours.start);
  const [quietEnd, setQuietEnd] = useState(settings.quietHours.end);
  const [weekends, setWeekends] = useState(settings.quietHours.weekends);
  const [webhookUrl, setWebhookUrl] = useState(settings.webhook.url ?? '');
  const [trustEmails, setTrustEmails] = useState(settings.escalationEmails.join('\n'));
  const [burst, setBurst] = useState(String(settings.blockBurst));
  const [burstMinutes, setBurstMinutes] = useState(String(settings.blockWindowMinutes));
  const [searchDays, setSearchDays] = useState(String(settings.searchRetentionDays));
  const [alertDays, setAlertDays] = useState(String(settings.alertRetentionDays));
  const [secret, setSecret] = useState('');
  const [removeSecret, setRemoveSecret] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    const quietHours = { start: quietStart, end: quietEnd, weekends };
    const emails = trustEmails.split(/[\s,;]+/).filter((e) => e !== '');
    /** A number field's value when it changed (the server checks its range and says what is wrong). */
    const changed = <K extends string>(key: K, value: string, was: number) => (Number(value) !== was ? { [key]: Number(value) } : {}) as Partial<Record<K, number>>;
    const body: MonitoringSettingsBody = {
      ...(Number(threshold) !== settings.threshold ? { threshold: Number(threshold) } : {}),
      ...(Number(minutes) !== settings.escalationMinutes ? { escalationMinutes: Number(minutes) } : {}),
      ...(rota.join() !== settings.notifyRoles.join() ? { notifyRoles: rota } : {}),
      ...(JSON.stringify(quietHours) !== JSON.stringify(settings.quietHours) ? { quietHours } : {}),
      ...(emails.join() !== settings.escalationEmails.join() ? { escalationEmails: emails } : {}),
      ...changed('blockBurst', burst, settings.blockBurst),
      ...changed('blockWindowMinutes', burstMinutes, settings.blockWindowMinutes),
      ...changed('searchRetentionDays', searchDays, settings.searchRetentionDays),
      ...changed('alertRetentionDays', alertDays, settings.alertRetentionDays),
      ...(webhookUrl.trim() !== (settings.webhook.url ?? '') ? { webhookUrl: webhookUrl.trim() || null } : {}),
      ...(removeSecret ? { webhookSecret: null } : secret ? { webhookSecret: secret } : {}),
    };
    try {
      const next = await monitoring.saveSettings(api, body);
      setSecret('');
      setRemoveSecret(false);
      setSaved(true);
      onSaved(next);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void save(e)} noValidate>
      {saved ? <Notice>Monitoring settings saved.</Notice> : null}
      <ErrorSummary error={error} />
      <SelectField label="Alert from this severity" hint="Searches and text at or above it become alerts. Haven’s default is 3 – concerning." options={SEVERITY_OPTIONS} value={threshold} onChange={(e) => setThreshold(e.target.value)} />
      <fieldset className="fieldset">
        <legend className="legend">Who is told at once of a serious alert (severity 4 or 5)</legend>
        {ROTA_ROLES.map((role) => (
          <Checkbox key={role} label={ROLE_LABELS[role]} checked={rota.includes(role)} onChange={(e) => setRota((list) => (e.target.checked ? ROTA_ROLES.filter((r) => r === role || list.includes(r)) : list.filter((r) => r !== role)))} />
        ))}
      </fieldset>
      <TextField label="Escalate after (minutes)" hint="Unacknowledged for this long, the next people on the ladder are told: deputies, then the headteacher, then the trust." type="number" inputMode="numeric" min={1} max={1440} value={minutes} onChange={(e) => setMinutes(e.target.value)} className="field-short" />
      <TextArea
        label="Trust or local-authority safeguarding lead"
        optional
        hint="The last step of the ladder, after the headteacher: email addresses, one per line. Leave empty to stop at the headteacher."
        rows={3}
        value={trustEmails}
        onChange={(e) => setTrustEmails(e.target.value)}
      />
      <fieldset className="fieldset">
        <legend className="legend">Repeated risky blocks</legend>
        <div className="hint">One person blocked on this many different sites in one risk category (self-harm, extremism…) within the time raises an alert.</div>
        <div className="inline-row">
          <TextField label="Sites" type="number" inputMode="numeric" min={2} max={100} value={burst} onChange={(e) => setBurst(e.target.value)} className="field-short" />
          <TextField label="Within (minutes)" type="number" inputMode="numeric" min={1} max={1440} value={burstMinutes} onChange={(e) => setBurstMinutes(e.target.value)} className="field-short" />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend className="legend">How long Haven keeps monitoring data</legend>
        <div className="hint">Deleted by the scheduler after this many days, and each deletion is recorded in the audit log. Alerts escalated to a concern live on in the concern.</div>
        <div className="inline-row">
          <TextField label="Captured searches (days)" type="number" inputMode="numeric" min={1} max={3650} value={searchDays} onChange={(e) => setSearchDays(e.target.value)} className="field-short" />
          <TextField label="Closed alerts (days)" type="number" inputMode="numeric" min={30} max={3650} value={alertDays} onChange={(e) => setAlertDays(e.target.value)} className="field-short" />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend className="legend">Quiet hours</legend>
        <div className="hint">Severity-4 emails wait until quiet hours end; severity 5 is always sent at once.</div>
        <div className="inline-row">
          <TextField label="From" type="time" value={quietStart} onChange={(e) => setQuietStart(e.target.value)} />
          <TextField label="Until" type="time" value={quietEnd} onChange={(e) => setQuietEnd(e.target.value)} />
        </div>
        <Checkbox label="All of Saturday and Sunday too" checked={weekends} onChange={(e) => setWeekends(e.target.checked)} />
      </fieldset>
      <fieldset className="fieldset">
        <legend className="legend">Webhook</legend>
        <TextField label="Webhook address" optional hint="Haven posts each serious alert here (codes and a link only), signed with the secret. Leave empty for none." type="url" value={webhookUrl} onChange={(e) => setWebhookUrl(e.target.value)} />
        <TextField
          label="New webhook secret"
          optional
          hint={settings.webhook.secretSet ? 'A secret is set; it is never shown again. Type a new one (16 characters or more) to replace it, or leave empty to keep it.' : 'No secret is set. At least 16 characters.'}
          type="password"
          autoComplete="new-password"
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
        />
        {settings.webhook.secretSet ? <Checkbox label="Remove the secret" checked={removeSecret} onChange={(e) => setRemoveSecret(e.target.checked)} /> : null}
      </fieldset>
      <button type="submit" className="button" disabled={busy}>
        Save the settings
      </button>
    </form>
  );
}

function TermsTable({ terms, onRemove, busy }: { terms: MonitoringTerm[]; onRemove(term: MonitoringTerm): void; busy: boolean }) {
  if (terms.length === 0) return <p>The school has added and excluded no phrases: Haven’s own word lists apply as they are.</p>;
  return (
    <TableWrap label="Phrases the school added or ignores">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Phrase</th>
            <th scope="col">What Haven does</th>
            <th scope="col">Category and severity</th>
            <th scope="col">Added</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {terms.map((t) => (
            <tr key={t.id}>
              <td>“{t.phrase}”</td>
              <td>{t.kind === 'add' ? 'Looks for it' : t.source === 'false-positive' ? 'Ignores it (from a false positive)' : 'Ignores it'}</td>
              <td>{t.kind === 'add' ? `${monitoringCategoryLabel(t.category ?? '')}, ${severityLabel(t.severity ?? 0)}` : '—'}</td>
              <td>{formatDate(t.createdAt)}</td>
              <td>
                <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => onRemove(t)}>
                  Remove<span className="visually-hidden"> “{t.phrase}”</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** The school's own phrases: listed, added (to look for, or to exclude), removed; each change audited. */
function Terms() {
  const api = useApi();
  const terms = useLoad(() => monitoring.terms(api), [api]);
  const [kind, setKind] = useState<'add' | 'exclude'>('add');
  const [phrase, setPhrase] = useState('');
  const [category, setCategory] = useState('');
  const [severity, setSeverity] = useState('3');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');

  const run = async (action: () => Promise<unknown>, message: string): Promise<boolean> => {
    setBusy(true);
    setError(null);
    setDone('');
    try {
      await action();
      setDone(message);
      terms.reload();
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const p = phrase.trim();
    const chosen = MONITORING_CATEGORIES.find((c) => c === category);
    const body = kind === 'add' ? { kind, phrase: p, ...(chosen ? { category: chosen } : {}), severity: Number(severity) } : { kind, phrase: p };
    if (await run(() => monitoring.addTerm(api, body), kind === 'add' ? `Haven now looks for “${p}”.` : `Haven now ignores “${p}”.`)) setPhrase('');
  };

  return (
    <Section title="The school’s phrases" id="monitoring-terms">
      <p>Phrases your school adds to Haven’s word lists, and phrases it ignores (false positives land here too).</p>
      {done ? <Notice>{done}</Notice> : null}
      <ErrorSummary error={error} />
      {terms.error ? <ErrorSummary error={terms.error} focus={false} /> : null}
      {!terms.data ? terms.error ? null : <Loading /> : <TermsTable terms={terms.data.terms} busy={busy} onRemove={(t) => void run(() => monitoring.removeTerm(api, t.id), `“${t.phrase}” removed.`)} />}
      <form onSubmit={(e) => void add(e)} id="add-term" noValidate>
        <h3>Add a phrase</h3>
        <RadioGroup
          legend="What should Haven do with it?"
          name="term-kind"
          options={[
            { value: 'add', label: 'Look for it' },
            { value: 'exclude', label: 'Ignore it (a false positive)' },
          ]}
          value={kind}
          onChange={(v) => setKind(v === 'exclude' ? 'exclude' : 'add')}
        />
        <TextField label="Phrase" hint="2 to 200 characters. Haven matches it the way it matches its own word lists." value={phrase} onChange={(e) => setPhrase(e.target.value)} />
        {kind === 'add' ? (
          <>
            <SelectField label="Category" placeholder="Choose a category" options={MONITORING_CATEGORIES.map((c) => ({ value: c, label: MONITORING_CATEGORY_LABELS[c] }))} value={category} onChange={(e) => setCategory(e.target.value)} />
            <SelectField label="Severity" options={SEVERITY_OPTIONS} value={severity} onChange={(e) => setSeverity(e.target.value)} />
          </>
        ) : null}
        <button type="submit" className="button" disabled={busy}>
          Add the phrase
        </button>
      </form>
    </Section>
  );
}

/**
 * Monitoring settings for the DSL team (`monitoring:triage`): the alert threshold, the rota,
 * escalation minutes and the trust's lead, repeated risky blocks, retention, quiet hours, the
 * webhook (its secret write-only) and the school's phrases.
 */
export function MonitoringSettingsScreen() {
  const api = useApi();
  const loaded = useLoad(() => monitoring.settings(api), [api]);
  const [settings, setSettings] = useState<MonitoringSettings | undefined>(undefined);
  useEffect(() => setSettings(loaded.data), [loaded.data]);
  return (
    <Page title="Monitoring settings" lead="Changes are recorded in the audit log.">
      {loaded.error ? <ErrorSummary error={loaded.error} focus={false} /> : null}
      {!settings ? (
        loaded.error ? null : <Loading />
      ) : (
        <Section title="Alerts and notifications" id="monitoring-settings">
          <SettingsForm settings={settings} onSaved={setSettings} />
        </Section>
      )}
      <Terms />
    </Page>
  );
}
