import { useSignedIn } from '../../session.tsx';
import { Page } from '../../ui/page.tsx';
import { AdminWidgets } from './admin-widgets.tsx';
import { AllegationsWidget, DslWidgets } from './dsl-widgets.tsx';
import { FilteringFrames } from './filtering-frames.tsx';
import { GovernorWidgets } from './governor-widgets.tsx';
import { MonitoringWidget } from './monitoring-widget.tsx';
import { TeacherWidgets } from './teacher-widgets.tsx';

/**
 * Home by role, decided by permissions (roles are data, and one person may hold several): the
 * DSL team's queue, the filtering widgets (online-safety lead, IT staff), a teacher's reports and requests,
 * governors' anonymised figures, the administrator's first steps.
 */
export function Home() {
  const { session, can } = useSignedIn();
  const firstName = session.account.displayName.split(/\s+/)[0] ?? session.account.displayName;
  const dslTeam = can('concerns:triage');
  const filteringLead = can('filtering:manage', 'filtering:approve');
  // IT staff read the filter's numbers too (never names: the summary carries none).
  const filteringHome = filteringLead || can('filtering:logs');
  return (
    <Page title={`Hello, ${firstName}`}>
      <div className="widgets">
        {can('monitoring:read') ? <MonitoringWidget /> : null}
        {dslTeam ? <DslWidgets /> : null}
        {can('concerns:staff', 'concerns:staff-headteacher') ? <AllegationsWidget /> : null}
        {filteringHome ? <FilteringFrames /> : null}
        {!dslTeam && (can('concerns:report') || can('filtering:request')) ? <TeacherWidgets showFilteringRequests={can('filtering:request')} /> : null}
        {can('reports:governor') && !dslTeam && !filteringLead ? <GovernorWidgets /> : null}
        {can('accounts:manage', 'people:import') ? <AdminWidgets /> : null}
      </div>
    </Page>
  );
}
