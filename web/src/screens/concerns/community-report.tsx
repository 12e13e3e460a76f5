import { type FormEvent, useEffect, useRef, useState } from 'react';
import { communityRelationships, isOneOf } from '../../../../src/safeguarding/model.ts';
import { concerns } from '../../endpoints.ts';
import { useLocation } from '../../router.tsx';
import { useApi } from '../../session.tsx';
import type { CommunityReportBody, PublicReceipt } from '../../types.ts';
import { localInputToIso } from '../../ui/format.ts';
import { RadioGroup, TextArea, TextField } from '../../ui/form.tsx';
import { ErrorSummary } from '../../ui/problem.tsx';

const RELATIONSHIP_LABELS: Record<(typeof communityRelationships)[number], string> = {
  parent: 'Parent',
  carer: 'Carer',
  visitor: 'Visitor',
  volunteer: 'Volunteer',
  other: 'Someone else',
};

type Problems = { name?: string; relationship?: string; contact?: string; what?: string };

/**
 * The parents' and visitors' form (R1): no account, but a name and a way to reply (email or
 * phone), so the DSL can follow it up. It answers with a reference and a thank-you, nothing read
 * back; the server limits how often one address may use it.
 */
export function CommunityReport() {
  const api = useApi();
  const { query } = useLocation();
  const schoolId = query.get('school') ?? undefined;
  const [name, setName] = useState('');
  const [relationship, setRelationship] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [learnerName, setLearnerName] = useState('');
  const [what, setWhat] = useState('');
  const [when, setWhen] = useState('');
  const [where, setWhere] = useState('');
  const [website, setWebsite] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<PublicReceipt | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = receipt ? 'Concern received – Haven' : 'Report a safeguarding concern – Haven';
    heading.current?.focus({ preventScroll: true });
  }, [receipt]);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problems = {
      ...(name.trim() ? {} : { name: 'Enter your name.' }),
      ...(isOneOf(communityRelationships, relationship) ? {} : { relationship: 'Choose how you know the school.' }),
      ...(email.trim() || phone.trim() ? {} : { contact: 'Give an email address or a phone number so the school can reply.' }),
      ...(what.trim() ? {} : { what: 'Describe what happened or what worries you.' }),
    };
    setProblems(found);
    const messages = Object.values(found);
    if (messages.length > 0 || !isOneOf(communityRelationships, relationship)) {
      setError(new Error(messages.join(' ')));
      return;
    }
    const occurredAt = localInputToIso(when);
    const body: CommunityReportBody = {
      name: name.trim(),
      relationship,
      whatHappened: what.trim(),
      ...(email.trim() ? { email: email.trim() } : {}),
      ...(phone.trim() ? { phone: phone.trim() } : {}),
      ...(learnerName.trim() ? { learnerName: learnerName.trim() } : {}),
      ...(occurredAt ? { occurredAt } : {}),
      ...(where.trim() ? { location: where.trim() } : {}),
      ...(schoolId ? { schoolId } : {}),
      ...(website ? { website } : {}),
    };
    setBusy(true);
    setError(null);
    try {
      setReceipt(await concerns.reportAsCommunity(api, body));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="learner">
      {receipt ? (
        <>
          <h1 tabIndex={-1} ref={heading}>
            Concern received
          </h1>
          <p className="learner-big">{receipt.message}</p>
          <p>Your reference is</p>
          <p className="reference" aria-label={`Your reference is ${receipt.reference.split('').join(' ')}`}>
            {receipt.reference}
          </p>
          <Urgent />
        </>
      ) : (
        <>
          <h1 tabIndex={-1} ref={heading}>
            Report a safeguarding concern
          </h1>
          <p className="learner-big">For parents, carers and visitors. The school’s designated safeguarding lead reads every report and may contact you.</p>
          <Urgent />
          <ErrorSummary error={error} title="Please check" />
          <form onSubmit={send} noValidate>
            <TextField label="Your name" autoComplete="name" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} error={problems.name} />
            <RadioGroup legend="How do you know the school?" name="relationship" options={communityRelationships.map((r) => ({ value: r, label: RELATIONSHIP_LABELS[r] }))} value={relationship} onChange={setRelationship} error={problems.relationship} />
            <fieldset className="fieldset" aria-describedby="contact-hint">
              <legend className="legend">How can the school reply?</legend>
              <div className="hint" id="contact-hint">
                An email address, a phone number, or both.
              </div>
              {problems.contact ? (
                <p className="field-error">
                  <span className="visually-hidden">Error: </span>
                  {problems.contact}
                </p>
              ) : null}
              <TextField label="Email address" type="email" autoComplete="email" optional maxLength={254} value={email} onChange={(e) => setEmail(e.target.value)} />
              <TextField label="Phone number" type="tel" autoComplete="tel" optional maxLength={30} value={phone} onChange={(e) => setPhone(e.target.value)} />
            </fieldset>
            <TextField label="The child’s name" optional hint="If your concern is about a pupil." autoComplete="off" maxLength={200} value={learnerName} onChange={(e) => setLearnerName(e.target.value)} />
            <TextArea label="What happened, or what worries you?" rows={8} maxLength={10_000} value={what} onChange={(e) => setWhat(e.target.value)} error={problems.what} />
            <TextField label="When did it happen?" optional type="datetime-local" className="field-short" value={when} onChange={(e) => setWhen(e.target.value)} />
            <TextField label="Where did it happen?" optional maxLength={500} value={where} onChange={(e) => setWhere(e.target.value)} />
            <div className="trap" hidden>
              <label htmlFor="website">Leave this empty</label>
              <input id="website" name="website" tabIndex={-1} autoComplete="off" value={website} onChange={(e) => setWebsite(e.target.value)} />
            </div>
            <button type="submit" className="button button-large" disabled={busy}>
              {busy ? 'Sending…' : 'Send to the safeguarding lead'}
            </button>
          </form>
        </>
      )}
    </main>
  );
}

function Urgent() {
  return (
    <div className="learner-help">
      <p>
        <strong>If a child is in immediate danger,</strong> call <strong>999</strong> now.
      </p>
      <p>
        You can also call the NSPCC helpline for advice: <strong>0808 800 5000</strong>.
      </p>
    </div>
  );
}
