import { LEVEL_LABELS } from '../../../../src/safeguarding/model.ts';
import { concerns } from '../../endpoints.ts';
import { Link } from '../../router.tsx';
import { useApi, useSignedIn } from '../../session.tsx';
import { formatDateTime, labelFor } from '../../ui/format.ts';
import { Page, Section, Tag } from '../../ui/page.tsx';
import { ErrorSummary, Loading, Notice } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { ActionsPanel } from './concern-actions.tsx';
import { AttachmentsPanel } from './concern-attachments.tsx';
import { NotesPanel, RecordsPanel } from './concern-notes.tsx';
import { PeoplePanel } from './concern-people.tsx';
import { ReferralsPanel } from './concern-referrals.tsx';
import { StatusPanel, TriagePanel } from './concern-triage.tsx';
import { categoryLabel, routeLabel, StatusTag } from './labels.tsx';
import type { PanelProps } from './panel-props.ts';

/**
 * One concern, as much as the viewer may see (the server decides: a concern they may not see is
 * 404, like one that does not exist). The DSL team (or the headteacher, for allegations) manages
 * it here: triage, the response matrix's actions, notes, referrals, evidence, closing.
 */
export function ConcernDetail({ id }: { id: string }) {
  const api = useApi();
  const { can } = useSignedIn();
  const concern = useLoad(() => concerns.get(api, id), [api, id]);
  const categories = useLoad(() => concerns.categories(api), [api]);
  const c = concern.data;
  if (!c) {
    return (
      <Page title="Concern">
        {concern.error ? <ErrorSummary error={concern.error} /> : <Loading />}
        <p>
          <Link to="/concerns">Back to concerns</Link>
        </p>
      </Page>
    );
  }
  const full = c.full;
  const manage = c.view === 'manage';
  const cats = categories.data?.categories;

  if (!full) {
    return (
      <Page title={`Concern ${c.reference}`} narrow>
        <dl className="facts">
          <dt>Status</dt>
          <dd>
            <StatusTag status={c.status} />
          </dd>
          <dt>Reported</dt>
          <dd>{formatDateTime(c.reportedAt)}</dd>
          {c.closedAt ? (
            <>
              <dt>Closed</dt>
              <dd>{formatDateTime(c.closedAt)}</dd>
            </>
          ) : null}
        </dl>
        {c.view === 'receipt' ? (
          <p>Your allegation was received and is being dealt with by the person responsible. For confidentiality, nothing more is shown here.</p>
        ) : (
          <>
            {c.summary ? (
              <Section title="What you reported" id="summary">
                <p className="prose">{c.summary}</p>
              </Section>
            ) : null}
            <p>The safeguarding team has your report. What they do with it is shared only with those who need to know.</p>
            {c.feedbackGivenAt && c.feedbackGivenAt.length > 0 ? <Notice tone="info">The team gave you feedback on {c.feedbackGivenAt.map(formatDateTime).join(', ')}.</Notice> : null}
          </>
        )}
        <p>
          <Link to="/concerns?mine=true">Back to the concerns you reported</Link>
        </p>
      </Page>
    );
  }

  const props: PanelProps = { concern: c, full, manage, onChanged: concern.reload };
  const learner = c.about !== 'staff';
  return (
    <Page title={`Concern ${c.reference}`}>
      <div className="tags">
        <StatusTag status={c.status} />
        <Tag>{categoryLabel(cats, c.category)}</Tag>
        {full.level ? <Tag tone="info">{labelFor(LEVEL_LABELS, full.level)}</Tag> : <Tag tone="warn">Level not set</Tag>}
        {full.escalated ? <Tag tone="danger">Escalated for referral</Tag> : null}
        {c.about === 'staff' ? <Tag tone="danger">Allegation about staff</Tag> : null}
        {c.view === 'read' ? <Tag>Read only{full.breakGlassUntil ? ` until ${formatDateTime(full.breakGlassUntil)}` : ''}</Tag> : null}
      </div>
      <nav className="contents" aria-label="Parts of this concern">
        <ul>
          {['What happened', 'People', ...(manage ? ['Triage'] : []), 'Actions', 'Notes and feedback', 'Referrals', 'Evidence', 'Records', 'Status'].map((label) => (
            <li key={label}>
              <a href={`#${label.toLowerCase().replace(/\s+/g, '-')}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <Section title="What happened" id="what-happened">
        <p className="prose">{c.summary}</p>
        <dl className="facts">
          <dt>Reported</dt>
          <dd>
            {formatDateTime(c.reportedAt)} ({routeLabel(full.route).toLowerCase()})
          </dd>
          <dt>When it happened</dt>
          <dd>{formatDateTime(c.occurredAt)}</dd>
          <dt>Where</dt>
          <dd>{c.location ?? '—'}</dd>
          {full.reporterContact ? (
            <>
              <dt>Reporter's contact details</dt>
              <dd>
                {Object.entries(full.reporterContact)
                  .map(([k, v]) => `${k}: ${v}`)
                  .join('; ')}
              </dd>
            </>
          ) : null}
        </dl>
      </Section>
      <PeoplePanel {...props} chronology={learner && can('concerns:read-all')} />
      {manage ? <TriagePanel {...props} categories={cats ?? []} /> : null}
      <ActionsPanel {...props} />
      <NotesPanel {...props} />
      <ReferralsPanel {...props} />
      <AttachmentsPanel {...props} />
      <RecordsPanel {...props} />
      <StatusPanel {...props} />
    </Page>
  );
}
