import { type FormEvent, useState } from 'react';
import { directory, filtering, type FilterLogQuery } from '../../endpoints.ts';
import { useApi, useSignedIn } from '../../session.tsx';
import { Checkbox, SelectField } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Page, Section, TableWrap } from '../../ui/page.tsx';
import { ErrorSummary, Loading } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import type { FilterLogEvent } from '../../types.ts';
import { categoryName, VerdictTag, whoOf } from './labels.tsx';
import { BlocksSummary } from './summary.tsx';

const SINCE = [
  { value: '1h', label: 'The last hour' },
  { value: '24h', label: 'The last 24 hours' },
  { value: '7d', label: 'The last 7 days' },
  { value: '30d', label: 'The last 30 days' },
];
const SOURCES = [
  { value: '', label: 'Every source' },
  { value: 'dns', label: 'DNS filter' },
  { value: 'proxy', label: 'Web proxy' },
  { value: 'extension', label: 'Browser extension' },
];

/** Why an event went as it did, in words: the category, a school rule, safe search. */
function whyOf(e: FilterLogEvent): string {
  if (e.rule?.startsWith('safe-search:')) return `Safe search (${e.rule.split(':').pop() ?? ''})`;
  if (e.verdict === 'block') return e.rule ? `${categoryName(e.category)}, by a school rule` : categoryName(e.category);
  return e.rule ? 'Allowed by a school rule or unblock' : '—';
}

/**
 * The filtering log (F7): who (a name only for the DSL team and the online-safety lead; devices,
 * addresses and groups for IT staff), what, when, the verdict and why, with filters, and the most
 * blocked names over the same period. Reads that show names are audited by the server.
 */
export function QueryLog() {
  const api = useApi();
  const { can } = useSignedIn();
  const names = can('filtering:logs-names');
  const groups = useLoad(() => directory.groups(api), [api]);
  const [since, setSince] = useState('24h');
  const [blocked, setBlocked] = useState(false);
  const [group, setGroup] = useState('');
  const [source, setSource] = useState('');
  const [applied, setApplied] = useState<FilterLogQuery>({ since: '24h', limit: 200 });
  const log = useLoad(() => filtering.log(api, applied), [api, applied]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setApplied({ since, limit: 200, ...(blocked ? { blocked: 'true' } : {}), ...(group ? { group } : {}), ...(source === 'dns' || source === 'proxy' || source === 'extension' ? { source } : {}) });
  };
  return (
    <Page
      title="Filtering log"
      lead={
        names
          ? 'Every name asked for, newest first. You can see who it was: each time names are shown, it is recorded in the audit log.'
          : 'Every name asked for, newest first, by device, address and group. Names of people are shown only to the safeguarding team and the online-safety lead.'
      }
    >
      <form className="filters" onSubmit={submit} aria-label="Filter the log">
        <SelectField label="Period" options={SINCE} value={since} onChange={(e) => setSince(e.target.value)} />
        <SelectField label="Group" options={[{ value: '', label: 'Every group' }, ...(groups.data?.groups ?? []).map((g) => ({ value: g.id, label: g.name }))]} value={group} onChange={(e) => setGroup(e.target.value)} />
        <SelectField label="Source" options={SOURCES} value={source} onChange={(e) => setSource(e.target.value)} />
        <Checkbox label="Blocked only" checked={blocked} onChange={(e) => setBlocked(e.target.checked)} />
        <button type="submit" className="button button-secondary">
          Show
        </button>
      </form>
      {log.error ? <ErrorSummary error={log.error} focus={false} /> : null}
      {!log.data ? (
        log.error ? null : <Loading />
      ) : (
        <>
          <Section title="Events" id="events">
            {log.data.events.length === 0 ? (
              <p>Nothing in this period.</p>
            ) : (
              <TableWrap label="Filter events">
                <table className="table table-compact">
                  <caption className="visually-hidden">Filter events, newest first</caption>
                  <thead>
                    <tr>
                      <th scope="col">When</th>
                      <th scope="col">{names ? 'Who' : 'Device'}</th>
                      <th scope="col">Address</th>
                      <th scope="col">Groups</th>
                      <th scope="col">Site</th>
                      <th scope="col">Verdict</th>
                      <th scope="col">Why</th>
                    </tr>
                  </thead>
                  <tbody>
                    {log.data.events.map((e) => (
                      <tr key={e.id}>
                        <td className="nowrap">{formatDateTime(e.at)}</td>
                        <td>{names ? whoOf(e) : (e.deviceId ?? '—')}</td>
                        <td>{e.address ?? '—'}</td>
                        <td>{e.groups.join(', ') || '—'}</td>
                        <td className="host">
                          {e.host}
                          {e.path ?? ''}
                        </td>
                        <td>
                          <VerdictTag verdict={e.verdict} />
                        </td>
                        <td>{whyOf(e)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            )}
          </Section>
          <Section title="Most blocked sites in this period" id="top-blocked-log">
            {log.data.topBlocked.length === 0 ? (
              <p>Nothing was blocked in this period.</p>
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
        </>
      )}
      <BlocksSummary since={applied.since ?? '24h'} title="Blocks in this period" id="log-summary" />
    </Page>
  );
}
