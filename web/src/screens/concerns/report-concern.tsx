import { type FormEvent, useState } from 'react';
import type { PersonKind } from '../../../../src/identity/model.ts';
import { PART_LABELS } from '../../../../src/safeguarding/core/labels.ts';
import { type InvolvedKind, involvedKinds, type InvolvementPart, involvementParts, isOneOf } from '../../../../src/safeguarding/model.ts';
import { concerns } from '../../endpoints.ts';
import { Link } from '../../router.tsx';
import { useApi } from '../../session.tsx';
import type { AttachmentBody, NewConcernBody, Receipt } from '../../types.ts';
import { Checkbox, optionsOf, RadioGroup, SelectField, TextArea, TextField } from '../../ui/form.tsx';
import { localInputToIso } from '../../ui/format.ts';
import { Page, Section } from '../../ui/page.tsx';
import { ErrorSummary, Notice } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { PersonPicker } from './person-picker.tsx';

interface Involved {
  key: string;
  personId?: string;
  name: string;
  part: InvolvementPart;
  kind: InvolvedKind;
}

const KIND_LABELS: Record<InvolvedKind, string> = { learner: 'Pupil', staff: 'Member of staff', parent: 'Parent or carer', visitor: 'Visitor', other: 'Someone else' };
const MAX_FILE = 7 * 1024 * 1024;

function involvedKindOf(kind: PersonKind): InvolvedKind {
  return isOneOf(involvedKinds, kind) ? kind : 'other';
}

async function toAttachment(file: File): Promise<AttachmentBody> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { filename: file.name, contentType: file.type || 'application/octet-stream', contentBase64: btoa(binary) };
}

/**
 * The staff form (R1, R2): who, what, when and where, in the reporter's words; the DSL team
 * classifies it at triage. An allegation about an adult goes to the headteacher instead (or,
 * about the headteacher, to the chair of governors).
 */
export function ReportConcern() {
  const api = useApi();
  const categories = useLoad(() => concerns.categories(api), [api]);
  const [about, setAbout] = useState<'learner' | 'staff'>('learner');
  const [aboutHeadteacher, setAboutHeadteacher] = useState(false);
  const [people, setPeople] = useState<Involved[]>([]);
  const [otherName, setOtherName] = useState('');
  const [otherKind, setOtherKind] = useState<InvolvedKind>('learner');
  const [summary, setSummary] = useState('');
  const [occurredAt, setOccurredAt] = useState('');
  const [location, setLocation] = useState('');
  const [category, setCategory] = useState('');
  const [serious, setSerious] = useState(false);
  const [seriousReason, setSeriousReason] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<Receipt | null>(null);

  const mainPart: InvolvementPart = about === 'staff' ? 'alleged-perpetrator' : 'subject';
  const add = (p: Omit<Involved, 'key' | 'part'>) => setPeople((list) => [...list, { ...p, part: mainPart, key: `${Date.now()}-${list.length}` }]);
  const groups = about === 'staff' ? ['staff'] : ['online-misuse', 'safeguarding'];
  const categoryOptions = (categories.data?.categories ?? []).filter((c) => c.active && groups.includes(c.group) && c.code !== 'unclassified').map((c) => ({ value: c.code, label: c.label }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (people.length === 0) return setError(new Error(about === 'staff' ? 'Add the adult the allegation is about.' : 'Add the pupil the concern is about.'));
    if (!summary.trim()) return setError(new Error('Write what happened.'));
    const tooBig = files.find((f) => f.size > MAX_FILE);
    if (tooBig) return setError(new Error(`${tooBig.name} is larger than 7 MB. Give it to the DSL another way.`));
    setBusy(true);
    try {
      const body: NewConcernBody = {
        about,
        ...(about === 'staff' && aboutHeadteacher ? { aboutHeadteacher: true } : {}),
        summary: summary.trim(),
        people: people.map((p) => (p.personId ? { personId: p.personId, part: p.part } : { name: p.name, part: p.part, kind: p.kind })),
        ...(category ? { category } : {}),
        ...(location.trim() ? { location: location.trim() } : {}),
        ...(localInputToIso(occurredAt) ? { occurredAt: localInputToIso(occurredAt) } : {}),
        ...(serious ? { suspectedIllegalOrHarm: true, ...(seriousReason.trim() ? { escalationReason: seriousReason.trim() } : {}) } : {}),
        ...(files.length > 0 ? { attachments: await Promise.all(files.map(toAttachment)) } : {}),
      };
      setReceipt(await concerns.report(api, body));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (receipt) {
    return (
      <Page title="Concern sent" narrow>
        <Notice>
          Your concern has gone to {about === 'staff' ? (aboutHeadteacher ? 'the chair of governors' : 'the headteacher') : 'the safeguarding team'}. Its reference is <strong className="reference-inline">{receipt.reference}</strong>.
        </Notice>
        <p>If you are worried a child is in immediate danger, also speak to the DSL in person or call the police on 999 now.</p>
        <p>
          <Link to="/concerns?mine=true">See the concerns you reported</Link> · <Link to="/">Back to home</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title="Report a concern" lead="Write down what you saw or heard, in your own words, as soon as you can. Do not investigate or promise to keep a secret." narrow>
      <ErrorSummary error={error} />
      <form onSubmit={submit} noValidate>
        <RadioGroup
          legend="What is the concern about?"
          name="about"
          value={about}
          onChange={(v) => {
            setAbout(v === 'staff' ? 'staff' : 'learner');
            setPeople([]);
            setCategory('');
          }}
          options={[
            { value: 'learner', label: "A pupil's safety or welfare" },
            { value: 'staff', label: 'An adult who works or volunteers at the school (an allegation)' },
          ]}
        />
        {about === 'staff' ? <Checkbox label="The allegation is about the headteacher" hint="It then goes to the chair of governors, not the headteacher." checked={aboutHeadteacher} onChange={(e) => setAboutHeadteacher(e.target.checked)} /> : null}

        <Section title={about === 'staff' ? 'Who is it about?' : 'Who is involved?'} id="people">
          {people.length > 0 ? (
            <ul className="people-list">
              {people.map((p) => (
                <li key={p.key}>
                  <span>
                    <strong>{p.name}</strong> <span className="muted">({KIND_LABELS[p.kind]})</span>
                  </span>
                  <SelectField
                    label={`Part ${p.name} plays`}
                    options={optionsOf(involvementParts, PART_LABELS)}
                    value={p.part}
                    onChange={(e) => {
                      const part = e.target.value;
                      if (isOneOf(involvementParts, part)) setPeople((list) => list.map((x) => (x.key === p.key ? { ...x, part } : x)));
                    }}
                  />
                  <button type="button" className="button button-secondary button-small" onClick={() => setPeople((list) => list.filter((x) => x.key !== p.key))} aria-label={`Remove ${p.name}`}>
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <PersonPicker
            label={about === 'staff' ? 'Find the adult in the school’s list' : 'Find a pupil in the school’s list'}
            {...(about === 'staff' ? {} : { kind: 'learner' as const })}
            chooseLabel="Add"
            onPick={(p) => add({ personId: p.id, name: `${p.firstName} ${p.lastName}`, kind: involvedKindOf(p.kind) })}
          />
          <details className="details">
            <summary>Not in the list? Add them by name</summary>
            <TextField label="Their name" value={otherName} onChange={(e) => setOtherName(e.target.value)} maxLength={200} />
            <SelectField label="Who are they?" options={optionsOf(involvedKinds, KIND_LABELS)} value={otherKind} onChange={(e) => isOneOf(involvedKinds, e.target.value) && setOtherKind(e.target.value)} />
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                if (!otherName.trim()) return;
                add({ name: otherName.trim(), kind: otherKind });
                setOtherName('');
              }}
            >
              Add this person
            </button>
          </details>
        </Section>

        <TextArea label="What happened?" hint="What you saw or heard, and what was said, in the words used. Facts first; say if something is your opinion." rows={8} maxLength={20000} value={summary} onChange={(e) => setSummary(e.target.value)} required />
        <TextField label="When did it happen?" optional type="datetime-local" className="field-short" value={occurredAt} onChange={(e) => setOccurredAt(e.target.value)} />
        <TextField label="Where did it happen?" optional maxLength={500} value={location} onChange={(e) => setLocation(e.target.value)} />
        <SelectField label="Category" optional hint="Leave it for the safeguarding team if you are not sure." placeholder="Let the safeguarding team decide" options={categoryOptions} value={category} onChange={(e) => setCategory(e.target.value)} />
        <Checkbox label="I think a crime has happened or a child is at risk of serious harm" hint="The safeguarding team will consider a referral to the police or children's social care straight away." checked={serious} onChange={(e) => setSerious(e.target.checked)} />
        {serious ? <TextArea label="Why do you think so?" optional rows={3} maxLength={2000} value={seriousReason} onChange={(e) => setSeriousReason(e.target.value)} /> : null}
        <div className="field">
          <label className="label" htmlFor="evidence">
            Evidence <span className="optional">(optional)</span>
          </label>
          <div className="hint" id="evidence-hint">
            Up to 5 files, 7 MB each. Never copy, send or upload nude or semi-nude images of a child: secure the device and take it to the DSL.
          </div>
          <input id="evidence" className="file" type="file" multiple aria-describedby="evidence-hint" onChange={(e) => setFiles([...(e.target.files ?? [])].slice(0, 5))} />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Sending…' : about === 'staff' ? 'Send the allegation' : 'Send to the safeguarding team'}
        </button>
      </form>
    </Page>
  );
}
