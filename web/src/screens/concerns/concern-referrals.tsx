import { type FormEvent, useState } from 'react';
import { AGENCY_LABELS } from '../../../../src/safeguarding/core/labels.ts';
import { isOneOf, NUDE_IMAGES, referralAgencies, SCREENING_LABELS, screeningPoints, type ScreeningPoint } from '../../../../src/safeguarding/model.ts';
import { concerns } from '../../endpoints.ts';
import { useApi } from '../../session.tsx';
import { optionsOf, RadioGroup, SelectField, TextArea, TextField } from '../../ui/form.tsx';
import { formatDateTime, labelFor, localInputToIso } from '../../ui/format.ts';
import { Section } from '../../ui/page.tsx';
import { ErrorSummary, Notice } from '../../ui/problem.tsx';
import type { PanelProps } from './panel-props.ts';

/** Escalation for police or social care (R4), referrals with their references, and the five-point image screening (R5). */
export function ReferralsPanel({ concern, full, manage, onChanged }: PanelProps) {
  const api = useApi();
  const [reason, setReason] = useState('');
  const [agency, setAgency] = useState('social-care');
  const [when, setWhen] = useState('');
  const [reference, setReference] = useState('');
  const [contact, setContact] = useState('');
  const [error, setError] = useState<unknown>(null);
  const run = async (event: FormEvent, action: () => Promise<unknown>) => {
    event.preventDefault();
    setError(null);
    try {
      await action();
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  const referredAt = localInputToIso(when);
  return (
    <Section title="Referrals" id="referrals">
      {manage ? <ErrorSummary error={error} /> : null}
      {full.escalated ? (
        <Notice tone="warn">
          Escalated {formatDateTime(full.escalatedAt)}: {full.escalationReason ?? 'suspected illegal activity or serious harm'}. Record the referral to the police or children’s social care.
        </Notice>
      ) : null}
      {full.referrals.length === 0 ? (
        <p>No referrals recorded.</p>
      ) : (
        <ul className="plain-list">
          {full.referrals.map((r) => (
            <li key={r.id}>
              <strong>{labelFor(AGENCY_LABELS, r.agency)}</strong>, {formatDateTime(r.referredAt)}
              {r.reference ? `, reference ${r.reference}` : ''}
              {r.contact ? `, contact ${r.contact}` : ''}. {r.note ?? ''}
            </li>
          ))}
        </ul>
      )}
      {manage ? (
        <>
          <details className="details">
            <summary>Record a referral</summary>
            <form onSubmit={(e) => void run(e, () => (isOneOf(referralAgencies, agency) && referredAt ? concerns.addReferral(api, concern.id, { agency, referredAt, ...(reference.trim() ? { reference: reference.trim() } : {}), ...(contact.trim() ? { contact: contact.trim() } : {}) }) : Promise.reject(new Error('Give the agency and when the referral was made.'))))} noValidate>
              <SelectField label="Referred to" options={optionsOf(referralAgencies, AGENCY_LABELS)} value={agency} onChange={(e) => setAgency(e.target.value)} />
              <TextField label="When" type="datetime-local" className="field-short" value={when} onChange={(e) => setWhen(e.target.value)} />
              <TextField label="Their reference" optional maxLength={200} value={reference} onChange={(e) => setReference(e.target.value)} />
              <TextField label="Contact" optional maxLength={500} value={contact} onChange={(e) => setContact(e.target.value)} />
              <button type="submit" className="button button-secondary">
                Save the referral
              </button>
            </form>
          </details>
          {!full.escalated ? (
            <details className="details">
              <summary>Escalate: suspected crime or serious harm</summary>
              <form onSubmit={(e) => void run(e, () => concerns.escalate(api, concern.id, reason.trim()))} noValidate>
                <TextArea label="Why" rows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
                <button type="submit" className="button button-warning">
                  Escalate for referral
                </button>
              </form>
            </details>
          ) : null}
        </>
      ) : null}
      {concern.category === NUDE_IMAGES ? <Screening {...{ concern, full, manage, onChanged }} /> : null}
    </Section>
  );
}

function Screening({ concern, full, manage, onChanged }: PanelProps) {
  const api = useApi();
  const [answers, setAnswers] = useState<Partial<Record<ScreeningPoint, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const complete = screeningPoints.every((p) => answers[p] === 'yes' || answers[p] === 'no');
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!complete) return setError(new Error('Answer each of the five points.'));
    setError(null);
    try {
      const yes = (p: ScreeningPoint) => answers[p] === 'yes';
      await concerns.screen(api, concern.id, {
        answers: {
          'adult-involved': yes('adult-involved'),
          'coercion-or-grooming': yes('coercion-or-grooming'),
          'unusual-or-violent': yes('unusual-or-violent'),
          'under-13': yes('under-13'),
          'immediate-risk': yes('immediate-risk'),
        },
      });
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <>
      <h3>Image screening</h3>
      {full.screenings.map((s) => (
        <p key={s.id}>
          Screened {formatDateTime(s.createdAt)}: {s.immediateReferral ? 'refer to the police or children’s social care now.' : 'no point for immediate referral.'}
        </p>
      ))}
      {manage ? (
        <form onSubmit={save} noValidate>
          <ErrorSummary error={error} />
          {screeningPoints.map((p) => (
            <RadioGroup
              key={p}
              legend={SCREENING_LABELS[p]}
              name={`screening-${p}`}
              options={[
                { value: 'yes', label: 'Yes' },
                { value: 'no', label: 'No' },
              ]}
              value={answers[p] ?? ''}
              onChange={(v) => setAnswers((a) => ({ ...a, [p]: v }))}
            />
          ))}
          <button type="submit" className="button button-secondary">
            Save the screening
          </button>
        </form>
      ) : null}
    </>
  );
}
