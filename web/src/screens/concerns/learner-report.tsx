import { type FormEvent, useEffect, useRef, useState } from 'react';
import { isOneOf, learnerTopics } from '../../../../src/safeguarding/model.ts';
import { concerns } from '../../endpoints.ts';
import { useLocation } from '../../router.tsx';
import { useApi } from '../../session.tsx';
import type { LearnerReportBody, PublicReceipt } from '../../types.ts';
import { RadioGroup, TextArea, TextField } from '../../ui/form.tsx';
import { ErrorSummary, Loading } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';

const WHO_CODES = ['me', 'friend', 'someone-else'] as const;
const WHO = [
  { value: 'me', label: 'Me' },
  { value: 'friend', label: 'My friend' },
  { value: 'someone-else', label: 'Someone else' },
];

/**
 * The pupils' form (R1): no account, no name needed, short words and big targets, written for a
 * seven-year-old to read. It answers with a reference and a thank-you, nothing read back.
 */
export function LearnerReport() {
  const api = useApi();
  const { query } = useLocation();
  const schoolId = query.get('school') ?? undefined;
  const topics = useLoad(() => concerns.topics(api), [api]);
  const [topic, setTopic] = useState('');
  const [what, setWhat] = useState('');
  const [who, setWho] = useState('');
  const [name, setName] = useState('');
  const [yearOrClass, setYearOrClass] = useState('');
  const [website, setWebsite] = useState('');
  const [problems, setProblems] = useState<{ topic?: string; what?: string }>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<PublicReceipt | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = receipt ? 'Thank you – tell us about a worry' : 'Tell us about a worry';
    heading.current?.focus({ preventScroll: true });
  }, [receipt]);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const found = { ...(isOneOf(learnerTopics, topic) ? {} : { topic: 'Choose what it is about.' }), ...(what.trim() ? {} : { what: 'Write what happened.' }) };
    setProblems(found);
    if (found.topic || found.what || !isOneOf(learnerTopics, topic)) {
      setError(new Error(found.topic && found.what ? 'Choose what it is about, and write what happened.' : (found.topic ?? found.what)));
      return;
    }
    setBusy(true);
    setError(null);
    const body: LearnerReportBody = {
      topic,
      whatHappened: what.trim(),
      ...(isOneOf(WHO_CODES, who) ? { whoNeedsHelp: who } : {}),
      ...(name.trim() ? { name: name.trim() } : {}),
      ...(yearOrClass.trim() ? { yearOrClass: yearOrClass.trim() } : {}),
      ...(schoolId ? { schoolId } : {}),
      ...(website ? { website } : {}),
    };
    try {
      setReceipt(await concerns.reportAsLearner(api, body));
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
            Thank you for telling us
          </h1>
          <p className="learner-big">{receipt.message}</p>
          <p>Your number is</p>
          <p className="reference" aria-label={`Your number is ${receipt.reference.split('').join(' ')}`}>
            {receipt.reference}
          </p>
          <p>You can tell a grown-up this number if you want to talk about it.</p>
          <Help />
          <button
            type="button"
            className="button button-large button-secondary"
            onClick={() => {
              setReceipt(null);
              setTopic('');
              setWhat('');
              setWho('');
              setName('');
              setYearOrClass('');
            }}
          >
            Tell us something else
          </button>
        </>
      ) : (
        <>
          <h1 tabIndex={-1} ref={heading}>
            Tell us about a worry
          </h1>
          <p className="learner-big">A grown-up at school who keeps children safe will read this. You do not have to say who you are.</p>
          <Help />
          <ErrorSummary error={error} title="Please check" />
          {topics.error ? <ErrorSummary error={topics.error} focus={false} /> : null}
          {!topics.data ? (
            topics.error ? null : <Loading />
          ) : (
            <form onSubmit={send} noValidate>
              <RadioGroup
                legend="What is it about?"
                name="topic"
                large
                options={topics.data.topics.map((t) => ({ value: t.code, label: t.label }))}
                value={topic}
                onChange={setTopic}
                error={problems.topic}
              />
              <TextArea label="What happened?" hint="Write as much or as little as you like." rows={6} maxLength={5000} value={what} onChange={(e) => setWhat(e.target.value)} error={problems.what} />
              <RadioGroup legend="Who needs help?" name="who" large options={WHO} value={who} onChange={setWho} />
              <TextField label="Your name" hint="You can leave this empty." autoComplete="off" maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
              <TextField label="Your class" hint="You can leave this empty." autoComplete="off" maxLength={50} value={yearOrClass} onChange={(e) => setYearOrClass(e.target.value)} />
              <div className="trap" hidden>
                <label htmlFor="website">Leave this empty</label>
                <input id="website" name="website" tabIndex={-1} autoComplete="off" value={website} onChange={(e) => setWebsite(e.target.value)} />
              </div>
              <button type="submit" className="button button-large" disabled={busy}>
                {busy ? 'Sending…' : 'Send'}
              </button>
            </form>
          )}
        </>
      )}
    </main>
  );
}

function Help() {
  return (
    <div className="learner-help">
      <p>
        <strong>If you are in danger now,</strong> tell a grown-up you trust straight away, or call <strong>999</strong>.
      </p>
      <p>
        You can talk to Childline any time for free: <strong>0800 1111</strong>.
      </p>
    </div>
  );
}
