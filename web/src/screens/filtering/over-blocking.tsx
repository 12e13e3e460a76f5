import { useState } from 'react';
import { CountChart } from '../../charts/count-chart.tsx';
import { filtering } from '../../endpoints.ts';
import { Link } from '../../router.tsx';
import { useApi, useSignedIn } from '../../session.tsx';
import { SelectField } from '../../ui/form.tsx';
import { Page, Section, TableWrap } from '../../ui/page.tsx';
import { ErrorSummary, Loading } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { targetText } from './labels.tsx';

const PERIODS = [
  { value: '30', label: 'The last 30 days' },
  { value: '90', label: 'The last 90 days' },
  { value: '365', label: 'The last year' },
];

/**
 * Over-blocking (F12, KCSIE: over-blocking is a harm too): what teachers needed that the filter
 * blocked, as the sites and categories most asked to be unblocked, with how each was answered.
 * A site asked for again and again is a candidate for a lasting policy change.
 */
export function OverBlocking() {
  const api = useApi();
  const [days, setDays] = useState('90');
  const counts = useLoad(() => filtering.unblockCounts(api, new Date(Date.now() - Number(days) * 86_400_000).toISOString()), [api, days]);
  const { can } = useSignedIn();
  const blocked = useLoad(() => (can('filtering:logs') ? filtering.summary(api, { since: `${days}d` }) : Promise.resolve(null)), [api, can, days]);
  const top = counts.data?.counts.slice(0, 15) ?? [];
  return (
    <Page title="Over-blocking" lead="Blocking too much harms learning too. These are the sites and categories teachers most often asked to have opened. One asked for again and again may belong in the policy for good.">
      <form className="filters" aria-label="Period" onSubmit={(e) => e.preventDefault()}>
        <SelectField label="Period" options={PERIODS} value={days} onChange={(e) => setDays(e.target.value)} />
      </form>
      {counts.error ? <ErrorSummary error={counts.error} focus={false} /> : null}
      <Section title="Most requested unblocks" id="most-requested">
        {!counts.data ? (
          counts.error ? null : <Loading />
        ) : top.length === 0 ? (
          <p>No unblock requests in this period.</p>
        ) : (
          <>
            <CountChart counts={top.map((c) => ({ label: targetText(c.target), value: c.requests }))} caption="Unblock requests by site or category" rowHeading="Site or category" valueHeading="Requests" empty="No requests." />
            <h3>How they were answered</h3>
            <TableWrap label="Answers by site or category">
              <table className="table table-compact">
                <caption className="visually-hidden">Answers by site or category</caption>
                <thead>
                  <tr>
                    <th scope="col">Site or category</th>
                    <th scope="col" className="num">
                      Requests
                    </th>
                    <th scope="col" className="num">
                      Approved
                    </th>
                    <th scope="col" className="num">
                      Refused
                    </th>
                    <th scope="col" className="num">
                      Waiting
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {top.map((c) => (
                    <tr key={targetText(c.target)}>
                      <th scope="row">{targetText(c.target)}</th>
                      <td className="num">{c.requests}</td>
                      <td className="num">{c.approved}</td>
                      <td className="num">{c.refused}</td>
                      <td className="num">{c.pending}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          </>
        )}
      </Section>
      {can('filtering:logs') ? (
        <Section title="Most blocked sites" id="most-blocked">
          <p>Sites blocked most often in the same period, as far back as the log goes (90 days unless the school changed it). A learning site among them may be blocked by mistake: check it, and open it in the policy if it should be.</p>
          {blocked.error ? <ErrorSummary error={blocked.error} focus={false} /> : null}
          {!blocked.data ? (
            blocked.error ? null : <Loading />
          ) : blocked.data.topBlocked.length === 0 ? (
            <p>Nothing was blocked in this period.</p>
          ) : (
            <ol className="ranked">
              {blocked.data.topBlocked.map((t) => (
                <li key={t.host}>
                  <Link to={`/filtering/check?host=${encodeURIComponent(t.host)}`} className="host">
                    {t.host}
                  </Link>
                  : {t.count} {t.count === 1 ? 'block' : 'blocks'}
                </li>
              ))}
            </ol>
          )}
        </Section>
      ) : null}
    </Page>
  );
}
