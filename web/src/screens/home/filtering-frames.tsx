import { useState } from 'react';
import { filtering } from '../../endpoints.ts';
import { Link } from '../../router.tsx';
import { useApi, useSignedIn } from '../../session.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Section } from '../../ui/page.tsx';
import { ErrorSummary, Loading } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { startOfTodayInLondon, subjectText, targetText } from '../filtering/labels.tsx';
import { SelfTestTag } from '../filtering/self-test.tsx';
import { BlocksSummary } from '../filtering/summary.tsx';

/**
 * The online-safety lead's filtering home (issue 8, item 3): blocks today by category and group,
 * the most blocked sites today, unblock requests waiting, and the last self-test. Parts that need
 * the logs are shown only to those who may read them.
 */
export function FilteringFrames() {
  const { can } = useSignedIn();
  // Fixed for the life of the page, so the widgets do not reload on every render.
  const [today] = useState(() => startOfTodayInLondon());
  return (
    <>
      {can('filtering:logs') ? (
        <>
          <BlocksSummary since={today} title="Blocks today by category and group" id="blocks-today" parts={['category', 'group']} />
          <TopBlocked since={today} />
        </>
      ) : null}
      <UnblocksWaiting />
      <LastSelfTest />
    </>
  );
}

function TopBlocked({ since }: { since: string }) {
  const api = useApi();
  // The summary, not the log: it carries no people, so reading it shows (and audits) no names.
  const log = useLoad(() => filtering.summary(api, { since }), [api, since]);
  return (
    <Section title="Most blocked sites today" id="top-blocked" actions={<Link to="/filtering/log">Filtering log</Link>}>
      {log.error ? <ErrorSummary error={log.error} focus={false} /> : null}
      {!log.data ? (
        log.error ? null : <Loading />
      ) : log.data.topBlocked.length === 0 ? (
        <p>Nothing has been blocked today.</p>
      ) : (
        <ol className="ranked">
          {log.data.topBlocked.map((t) => (
            <li key={t.host}>
              <span className="host">{t.host}</span>: {t.count} {t.count === 1 ? 'block' : 'blocks'}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

function UnblocksWaiting() {
  const api = useApi();
  const list = useLoad(() => filtering.unblocks(api, 'pending'), [api]);
  const pending = list.data?.unblocks ?? [];
  return (
    <Section title="Unblock requests waiting" id="unblocks-waiting" actions={<Link to="/filtering/unblocks">All unblock requests</Link>}>
      {list.error ? <ErrorSummary error={list.error} focus={false} /> : null}
      {!list.data ? (
        list.error ? null : <Loading />
      ) : pending.length === 0 ? (
        <p>No requests are waiting.</p>
      ) : (
        <>
          <p>
            <strong className="big-number">{pending.length}</strong> {pending.length === 1 ? 'request is' : 'requests are'} waiting for a decision.
          </p>
          <ul className="plain-list">
            {pending.slice(0, 5).map((u) => (
              <li key={u.id}>
                {targetText(u.target)} for {subjectText(u.subject)}, until {formatDateTime(u.endsAt)}
              </li>
            ))}
          </ul>
          <Link to="/filtering/unblocks" className="button">
            Decide the requests
          </Link>
        </>
      )}
    </Section>
  );
}

function LastSelfTest() {
  const api = useApi();
  const results = useLoad(() => filtering.selfTests(api, 1), [api]);
  const last = results.data?.results[0];
  return (
    <Section title="Last filtering self-test" id="self-test" actions={<Link to="/filtering/self-test">Self-test</Link>}>
      {results.error ? <ErrorSummary error={results.error} focus={false} /> : null}
      {!results.data ? (
        results.error ? null : <Loading />
      ) : !last ? (
        <p>
          The self-test has not been run yet. <Link to="/filtering/self-test">Run it now</Link>: it checks that each blocked category really is blocked, for every group.
        </p>
      ) : (
        <>
          <p>
            <SelfTestTag passed={last.passed} /> {formatDateTime(last.ranAt)}
            {last.passed && last.problems.length > 0 ? `, with ${last.problems.length} ${last.problems.length === 1 ? 'warning' : 'warnings'}:` : ''}
          </p>
          {last.problems.length > 0 ? (
            <ul>
              {last.problems.slice(0, 5).map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : (
            <p>Every category the policy blocks was blocked for every group.</p>
          )}
        </>
      )}
    </Section>
  );
}
