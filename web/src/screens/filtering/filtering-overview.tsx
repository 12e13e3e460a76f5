import { filtering } from '../../endpoints.ts';
import { NAV_ITEMS } from '../../nav.ts';
import { Link } from '../../router.tsx';
import { useApi, useSignedIn } from '../../session.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Page, Section, Tag } from '../../ui/page.tsx';
import { ErrorSummary, Loading } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';

/** Change-history action codes in words. */
const ACTION_WORDS: Record<string, string> = {
  'filtering.rule.created': 'Rule added',
  'filtering.rule.updated': 'Rule changed',
  'filtering.rule.deleted': 'Rule removed',
  'filtering.list.imported': 'List imported',
  'filtering.list.rolled-back': 'List rolled back',
  'filtering.list.removed': 'List removed',
  'filtering.unblock.requested': 'Unblock asked for',
  'filtering.unblock.approved': 'Unblock approved',
  'filtering.unblock.refused': 'Unblock refused',
  'filtering.unblock.expired': 'Unblock ended',
};

/**
 * The filtering section's landing page: the filter in force (revision, lists, names, warnings),
 * the screens this user may open, and the latest changes to the policy with their reasons.
 */
export function FilteringOverview() {
  const api = useApi();
  const { can } = useSignedIn();
  const status = useLoad(() => filtering.status(api), [api]);
  const changes = useLoad(() => filtering.changes(api, 10), [api]);
  const screens = NAV_ITEMS.filter((i) => i.section === 'filtering' && i.to !== '/filtering' && can(...i.anyOf));
  const s = status.data;
  return (
    <Page title="Filtering" lead="What every device in school may reach, and why: categories and rules per group, temporary unblocking for lessons, logs and regular checks.">
      <Section title="The filter in force" id="in-force">
        {status.error ? <ErrorSummary error={status.error} focus={false} /> : null}
        {!s ? (
          status.error ? null : <Loading />
        ) : (
          <>
            <dl className="facts facts-grid">
              <dt>Policy revision</dt>
              <dd>{s.revision}</dd>
              <dt>In force since</dt>
              <dd>{formatDateTime(s.compiledAt)}</dd>
              <dt>Lists</dt>
              <dd>{s.lists}</dd>
              <dt>Names on lists</dt>
              <dd>{(s.domains + s.urls).toLocaleString('en-GB')}</dd>
              <dt>Groups</dt>
              <dd>{s.groups}</dd>
              <dt>Devices and subnets</dt>
              <dd>
                {s.devices} and {s.subnets}
              </dd>
            </dl>
            {s.lastError ? (
              <p>
                <Tag tone="danger">Problem</Tag> The last change could not be applied: {s.lastError}
              </p>
            ) : null}
            {s.warnings.length > 0 ? (
              <>
                <h3>Warnings</h3>
                <ul>
                  {s.warnings.map((w) => (
                    <li key={`${w.code}-${w.id}`}>{w.message}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        )}
      </Section>
      <Section title="Filtering screens" id="screens">
        <ul className="plain-list">
          {screens.map((i) => (
            <li key={i.to}>
              <Link to={i.to}>{i.label}</Link>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Latest changes" id="changes">
        {changes.error ? <ErrorSummary error={changes.error} focus={false} /> : null}
        {!changes.data ? (
          changes.error ? null : <Loading />
        ) : changes.data.changes.length === 0 ? (
          <p>No changes yet.</p>
        ) : (
          <ul className="plain-list">
            {changes.data.changes.map((c) => (
              <li key={c.id}>
                {formatDateTime(c.at)}: {ACTION_WORDS[c.action] ?? c.action}. <span className="muted">Why: {c.reason}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </Page>
  );
}
