import { lazy, Suspense, useMemo } from 'react';
import { countOrSuppressed, formatMonth } from '../ui/format.ts';
import { TableWrap } from '../ui/page.tsx';
import { Loading } from '../ui/problem.tsx';

const BarChart = lazy(() => import('./bar-chart.tsx'));

/**
 * Concerns by month: a chart to look at and the same numbers as a table to read. Suppressed
 * counts (1 or 2, governors' figures) are drawn as no bar and written as "fewer than 3".
 */
export function MonthChart({ months, suppressBelow, caption }: { months: { key: string; count: number | null }[]; suppressBelow: number; caption: string }) {
  // Keyed by content, so a parent's re-render with equal figures does not redraw the chart.
  const key = JSON.stringify(months);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is `months` by value
  const bars = useMemo(() => months.map((m) => ({ label: formatMonth(m.key), value: m.count })), [key]);
  const known = months.filter((m) => m.count !== null);
  const peak = known.reduce<{ key: string; count: number } | null>((best, m) => (m.count !== null && (!best || m.count > best.count) ? { key: m.key, count: m.count } : best), null);
  const summary = months.length === 0 ? `${caption}: no concerns in this period.` : `${caption}, ${months.length} months${peak ? `; the most was ${peak.count} in ${formatMonth(peak.key)}` : ''}. The numbers are in the table that follows.`;
  if (months.length === 0) return <p>No concerns in this period.</p>;
  return (
    <figure className="figure">
      <Suspense fallback={<Loading what="Drawing the chart" />}>
        <BarChart bars={bars} summary={summary} valueLabel="Concerns" />
      </Suspense>
      <figcaption className="visually-hidden">{caption}</figcaption>
      <TableWrap label={`${caption} as a table`}>
        <table className="table table-compact">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="num">
                Concerns
              </th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.key}>
                <th scope="row">{formatMonth(m.key)}</th>
                <td className="num">{countOrSuppressed(m.count, suppressBelow)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </figure>
  );
}
