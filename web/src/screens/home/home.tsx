import { useSignedIn } from '../../session.tsx';
import { Page } from '../../ui/page.tsx';
import { AdminWidgets } from './admin-widgets.tsx';
import { AllegationsWidget, DslWidgets } from './dsl-widgets.tsx';
import { FilteringFrames } from './filtering-frames.tsx';
import { GovernorWidgets } from './governor-widgets.tsx';
import { TeacherWidgets } from './teacher-widgets.tsx';

/**
 * Home by role, decided by permissions (roles are data, and one person may hold several): the
 * DSL team's queue, the online-safety lead's filtering frames, a teacher's reports and requests,
 * governors' anonymised figures, the administrator's first steps.
 */
export function Home() {
  const { session, can } = useSignedIn();
  const firstName = session.account.displayName.split(/\s+/)[0] ?? session.account.displayName;
  const dslTeam = can('concerns:triage');
  const filteringLead = can('filtering:manage', 'filtering:approve');
  return (
    <Page title={`Hello, ${firstName}`}>
      <div className="widgets">
        {dslTeam ? <DslWidgets /> : null}
        {can('concerns:staff', 'concerns:staff-headteacher') ? <AllegationsWidget /> : null}
        {filteringLead ? <FilteringFrames /> : null}
        {!dslTeam && (can('concerns:report') || can('filtering:request')) ? <TeacherWidgets showFilteringRequests={can('filtering:request')} /> : null}
        {can('reports:governor') && !dslTeam && !filteringLead ? <GovernorWidgets /> : null}
        {can('accounts:manage', 'people:import') ? <AdminWidgets /> : null}
      </div>
    </Page>
  );
}
