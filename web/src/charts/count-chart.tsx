import { lazy, Suspense, useMemo } from 'react';
import { TableWrap } from '../ui/page.tsx';
import { Loading } from '../ui/problem.tsx';

const BarChart = lazy(() => import('./bar-chart.tsx'));

/** One counted thing: its label and how many. */
export interface Count {
  label: string;
  value: number;
}

/**
 * Counts as a chart to look at and the same numbers as a table to read (blocks by category, by
 * group, over time; most requested unblocks). The chart's name sums it up and points to the table,
 * so it never carries information alone.
 */
export function CountChart({ counts, caption, rowHeading, valueHeading, empty }: { counts: Count[]; caption: string; rowHeading: string; valueHeading: string; empty: string }) {
  // Keyed by content, so a parent's re-render with equal counts does not redraw the chart.
  const key = JSON.stringify(counts);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is `counts` by value
  const bars = useMemo(() => counts.map((c) => ({ label: c.label, value: c.value })), [key]);
  if (counts.length === 0) return <p>{empty}</p>;
  const peak = counts.reduce((best, c) => (c.value > best.value ? c : best));
  const summary = `${caption}: ${counts.length} ${counts.length === 1 ? 'bar' : 'bars'}; the most is ${peak.value} for ${peak.label}. The numbers are in the table that follows.`;
  return (
    <figure className="figure">
      <Suspense fallback={<Loading what="Drawing the chart" />}>
        <BarChart bars={bars} summary={summary} valueLabel={valueHeading} />
      </Suspense>
      <figcaption className="visually-hidden">{caption}</figcaption>
      <TableWrap label={`${caption} as a table`}>
        <table className="table table-compact">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeading}</th>
              <th scope="col" className="num">
                {valueHeading}
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c, i) => (
              <tr key={`${i}-${c.label}`}>
                <th scope="row">{c.label}</th>
                <td className="num">{c.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </figure>
  );
}
