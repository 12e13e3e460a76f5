import { MonthChart } from '../../charts/month-chart.tsx';
import { concerns } from '../../endpoints.ts';
import { Link } from '../../router.tsx';
import { useApi } from '../../session.tsx';
import { countOrSuppressed, formatDate } from '../../ui/format.ts';
import { Section } from '../../ui/page.tsx';
import { ErrorSummary, Loading } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { fillMonths } from '../concerns/labels.tsx';

/** Governors' home: anonymised figures for the last 12 months (counts only; 1 and 2 suppressed). */
export function GovernorWidgets() {
  const api = useApi();
  const figures = useLoad(() => concerns.figures(api), [api]);
  const f = figures.data;
  return (
    <Section title="Safeguarding in figures" id="figures" actions={<Link to="/governors">Full governor report</Link>}>
      {figures.error ? <ErrorSummary error={figures.error} focus={false} /> : null}
      {!f ? (
        figures.error ? null : <Loading />
      ) : (
        <>
          <p>
            From {formatDate(f.from)} to {formatDate(f.to)}: <strong className="big-number">{f.total}</strong> {f.total === 1 ? 'concern' : 'concerns'} recorded
            {f.allegations !== 0 ? `, of which ${countOrSuppressed(f.allegations, f.suppressBelow)} about staff` : ''}. No names are shown here; counts of 1 or 2 show as “fewer than {f.suppressBelow}”.
          </p>
          <h3>Concerns by month</h3>
          <MonthChart months={fillMonths(f.from, f.to, f.byMonth)} suppressBelow={f.suppressBelow} caption="Concerns by month" />
        </>
      )}
    </Section>
  );
}
