import { concerns, filtering } from '../../endpoints.ts';
import { Link } from '../../router.tsx';
import { useApi, useSignedIn } from '../../session.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Section, TableWrap } from '../../ui/page.tsx';
import { ErrorSummary, Loading } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { StatusTag } from '../concerns/labels.tsx';
import { UnblockTable } from '../filtering/unblocks.tsx';

/**
 * A teacher's home: report a concern, ask for a site to be unblocked, and their own requests.
 * Their reports show the reference and status only (the DSL's work on them is need-to-know).
 */
export function TeacherWidgets({ showFilteringRequests }: { showFilteringRequests: boolean }) {
  const api = useApi();
  const { can, session } = useSignedIn();
  const requests = useLoad(() => (showFilteringRequests ? filtering.unblocks(api) : Promise.resolve(null)), [api, showFilteringRequests]);
  const myRequests = requests.data?.unblocks.filter((u) => u.requestedBy.id === session.account.id).slice(0, 10) ?? [];
  const mine = useLoad(() => (can('concerns:report') ? concerns.list(api, { mine: 'true', limit: 10 }) : Promise.resolve(null)), [api, can]);
  return (
    <>
      {can('concerns:report') ? (
        <Section title="Worried about a pupil?" id="report">
          <p>Tell the safeguarding team now, in your own words. It goes straight to them.</p>
          <Link to="/concerns/new" className="button">
            Report a concern
          </Link>
        </Section>
      ) : null}
      {showFilteringRequests ? (
        <Section title="Need a blocked site for a lesson?" id="unblock">
          <p>Ask for a site or category to be opened for your class while you teach. The online-safety lead or DSL decides, and it closes by itself at the end.</p>
          <Link to="/filtering/unblocks/new" className="button">
            Ask for an unblock
          </Link>
        </Section>
      ) : null}
      {can('concerns:report') ? (
        <Section title="Concerns you reported" id="my-reports" actions={<Link to="/concerns?mine=true">All your reports</Link>}>
          {mine.error ? <ErrorSummary error={mine.error} focus={false} /> : null}
          {!mine.data ? (
            mine.error ? null : <Loading />
          ) : mine.data.concerns.length === 0 ? (
            <p>You have not reported any concerns.</p>
          ) : (
            <TableWrap label="Concerns you reported">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Reference</th>
                    <th scope="col">Reported</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {mine.data.concerns.map((c) => (
                    <tr key={c.id}>
                      <td>
                        <Link className="ref" to={`/concerns/${c.id}`}>{c.reference}</Link>
                      </td>
                      <td>{formatDateTime(c.reportedAt)}</td>
                      <td>
                        <StatusTag status={c.status} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </Section>
      ) : null}
      {showFilteringRequests ? (
        <Section title="Your unblock requests" id="my-unblocks">
          {requests.error ? <ErrorSummary error={requests.error} focus={false} /> : null}
          {!requests.data ? (
            requests.error ? null : <Loading />
          ) : myRequests.length === 0 ? (
            <p>You have not asked for any unblocks.</p>
          ) : (
            <UnblockTable unblocks={myRequests} caption="Your unblock requests and their answers" />
          )}
        </Section>
      ) : null}
    </>
  );
}
