import type { ReactNode } from 'react';
import type { Permission } from '../../src/identity/model.ts';
import { matchPath } from './router.tsx';
import { AccountsScreen } from './screens/access/accounts.tsx';
import { AuditLog } from './screens/access/audit-log.tsx';
import { YourAccount } from './screens/access/your-account.tsx';
import { ChronologyScreen } from './screens/concerns/chronology.tsx';
import { ConcernDetail } from './screens/concerns/concern-detail.tsx';
import { ConcernList } from './screens/concerns/concern-list.tsx';
import { GovernorReportScreen } from './screens/concerns/governor-report.tsx';
import { ReportConcern } from './screens/concerns/report-concern.tsx';
import { FilteringOverview } from './screens/filtering/filtering-overview.tsx';
import { Home } from './screens/home/home.tsx';
import { NoAccess, NotFound } from './screens/not-found.tsx';
import { GroupDetail, GroupList } from './screens/people/groups.tsx';
import { PeopleImport } from './screens/people/people-import.tsx';
import { PeopleList } from './screens/people/people-list.tsx';
import { PersonDetail } from './screens/people/person-detail.tsx';
import type { SignedIn } from './session.tsx';

interface RouteDef {
  pattern: string;
  /** Any of these permissions opens the page (empty: every signed-in user). */
  anyOf: Permission[];
  render(params: Record<string, string>, query: URLSearchParams): ReactNode;
}

const CONCERN_ROLES: Permission[] = ['concerns:report', 'concerns:read-all', 'concerns:staff', 'concerns:staff-headteacher'];

/**
 * The signed-in pages, first match wins (so `/concerns/new` comes before `/concerns/:id`).
 * Part B adds the filtering screens here and in nav.ts.
 */
const ROUTES: readonly RouteDef[] = [
  { pattern: '/', anyOf: [], render: () => <Home /> },
  { pattern: '/account', anyOf: [], render: () => <YourAccount /> },
  { pattern: '/concerns/new', anyOf: ['concerns:report'], render: () => <ReportConcern /> },
  { pattern: '/concerns', anyOf: CONCERN_ROLES, render: (_p, q) => <ConcernList query={q} /> },
  { pattern: '/concerns/:id', anyOf: CONCERN_ROLES, render: (p) => <ConcernDetail key={p.id} id={p.id ?? ''} /> },
  { pattern: '/learners/:personId/chronology', anyOf: ['concerns:read-all'], render: (p) => <ChronologyScreen personId={p.personId ?? ''} /> },
  { pattern: '/governors', anyOf: ['reports:governor'], render: () => <GovernorReportScreen /> },
  { pattern: '/filtering', anyOf: ['filtering:read'], render: () => <FilteringOverview /> },
  { pattern: '/people', anyOf: ['people:read'], render: (_p, q) => <PeopleList query={q} /> },
  { pattern: '/people/import', anyOf: ['people:import'], render: () => <PeopleImport /> },
  { pattern: '/people/:id', anyOf: ['people:read'], render: (p) => <PersonDetail key={p.id} id={p.id ?? ''} /> },
  { pattern: '/groups', anyOf: ['people:read'], render: () => <GroupList /> },
  { pattern: '/groups/:id', anyOf: ['people:read'], render: (p) => <GroupDetail key={p.id} id={p.id ?? ''} /> },
  { pattern: '/accounts', anyOf: ['accounts:read'], render: () => <AccountsScreen /> },
  { pattern: '/audit', anyOf: ['audit:read'], render: () => <AuditLog /> },
];

/** The screen for a path, or "not found", or "no access" when the user's permissions do not reach it. */
export function renderRoute(path: string, query: URLSearchParams, user: SignedIn): ReactNode {
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (!params) continue;
    return user.can(...route.anyOf) ? route.render(params, query) : <NoAccess />;
  }
  return <NotFound />;
}
