import { CountChart } from '../../charts/count-chart.tsx';
import { filtering } from '../../endpoints.ts';
import { useApi } from '../../session.tsx';
import { Section } from '../../ui/page.tsx';
import { ErrorSummary, Loading } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { bucketLabel, categoryName } from './labels.tsx';

/**
 * Blocks since a moment as charts with their tables: over time, by category and by group. Counts
 * only (the summary route never carries who), so it suits every reader of the logs.
 */
export function BlocksSummary({ since, title, id, parts = ['time', 'category', 'group'] }: { since: string; title: string; id: string; parts?: ('time' | 'category' | 'group')[] }) {
  const api = useApi();
  const summary = useLoad(() => filtering.summary(api, { since }), [api, since]);
  const s = summary.data;
  return (
    <Section title={title} id={id}>
      {summary.error ? <ErrorSummary error={summary.error} focus={false} /> : null}
      {!s ? (
        summary.error ? null : <Loading />
      ) : (
        <>
          <p>
            <strong className="big-number">{s.blocked}</strong> {s.blocked === 1 ? 'block' : 'blocks'} out of {s.total} {s.total === 1 ? 'request' : 'requests'}.
          </p>
          {parts.includes('category') ? (
            <>
              <h3>By category</h3>
              <CountChart counts={s.byCategory.map((c) => ({ label: categoryName(c.category), value: c.blocked }))} caption={`${title}, by category`} rowHeading="Category" valueHeading="Blocks" empty="Nothing was blocked." />
            </>
          ) : null}
          {parts.includes('group') ? (
            <>
              <h3>By group</h3>
              <CountChart counts={s.byGroup.map((g) => ({ label: g.group ?? 'No group', value: g.blocked }))} caption={`${title}, by group`} rowHeading="Group" valueHeading="Blocks" empty="Nothing was blocked." />
            </>
          ) : null}
          {parts.includes('time') ? (
            <>
              <h3>{s.interval === 'hour' ? 'By hour' : 'By day'}</h3>
              <CountChart counts={s.byTime.map((b) => ({ label: bucketLabel(b.start, s.interval), value: b.blocked }))} caption={`${title}, ${s.interval === 'hour' ? 'by hour' : 'by day'}`} rowHeading={s.interval === 'hour' ? 'Hour' : 'Day'} valueHeading="Blocks" empty="No requests in this period." />
            </>
          ) : null}
        </>
      )}
    </Section>
  );
}
