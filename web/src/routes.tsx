import type { ReactNode } from 'react';
import type { Permission } from '../../src/identity/model.ts';
import { matchPath } from './router.tsx';
import { AccountsScreen } from './screens/access/accounts.tsx';
import { ApiTokens } from './screens/access/api-tokens.tsx';
import { AuditLog } from './screens/access/audit-log.tsx';
import { YourAccount } from './screens/access/your-account.tsx';
import { ChronologyScreen } from './screens/concerns/chronology.tsx';
import { ConcernDetail } from './screens/concerns/concern-detail.tsx';
import { ConcernList } from './screens/concerns/concern-list.tsx';
import { GovernorReportScreen } from './screens/concerns/governor-report.tsx';
import { ReportConcern } from './screens/concerns/report-concern.tsx';
import { ResponseMatrix } from './screens/concerns/response-matrix.tsx';
import { CheckSite } from './screens/filtering/check-site.tsx';
import { FilteringOverview } from './screens/filtering/filtering-overview.tsx';
import { ListsScreen } from './screens/filtering/lists.tsx';
import { OverBlocking } from './screens/filtering/over-blocking.tsx';
import { PolicyScreen } from './screens/filtering/policy.tsx';
import { QueryLog } from './screens/filtering/query-log.tsx';
import { SelfTestScreen } from './screens/filtering/self-test.tsx';
import { AskUnblock, UnblockQueue } from './screens/filtering/unblocks.tsx';
import { Home } from './screens/home/home.tsx';
import { AlertDetail } from './screens/monitoring/alert-detail.tsx';
import { AlertList } from './screens/monitoring/alert-list.tsx';
import { MonitoringSettingsScreen } from './screens/monitoring/monitoring-settings.tsx';
import { WeeklyReportScreen } from './screens/monitoring/weekly-report.tsx';
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
 */
const ROUTES: readonly RouteDef[] = [
  { pattern: '/', anyOf: [], render: () => <Home /> },
  { pattern: '/account', anyOf: [], render: () => <YourAccount /> },
  { pattern: '/concerns/new', anyOf: ['concerns:report'], render: () => <ReportConcern /> },
  { pattern: '/concerns', anyOf: CONCERN_ROLES, render: (_p, q) => <ConcernList query={q} /> },
  { pattern: '/concerns/:id', anyOf: CONCERN_ROLES, render: (p) => <ConcernDetail key={p.id} id={p.id ?? ''} /> },
  { pattern: '/learners/:personId/chronology', anyOf: ['concerns:read-all'], render: (p) => <ChronologyScreen personId={p.personId ?? ''} /> },
  { pattern: '/safeguarding/matrix', anyOf: ['concerns:triage'], render: () => <ResponseMatrix /> },
  { pattern: '/governors', anyOf: ['reports:governor'], render: () => <GovernorReportScreen /> },
  { pattern: '/monitoring', anyOf: ['monitoring:read'], render: (_p, q) => <AlertList query={q} /> },
  { pattern: '/monitoring/alerts', anyOf: ['monitoring:read'], render: (_p, q) => <AlertList query={q} /> },
  { pattern: '/monitoring/alerts/:id', anyOf: ['monitoring:read'], render: (p) => <AlertDetail key={p.id} id={p.id ?? ''} /> },
  { pattern: '/monitoring/reports/weekly', anyOf: ['monitoring:read'], render: (_p, q) => <WeeklyReportScreen query={q} /> },
  { pattern: '/monitoring/settings', anyOf: ['monitoring:triage'], render: () => <MonitoringSettingsScreen /> },
  { pattern: '/filtering', anyOf: ['filtering:read'], render: () => <FilteringOverview /> },
  { pattern: '/filtering/policy', anyOf: ['filtering:read'], render: () => <PolicyScreen /> },
  { pattern: '/filtering/check', anyOf: ['filtering:read'], render: (_p, q) => <CheckSite query={q} /> },
  { pattern: '/filtering/unblocks/new', anyOf: ['filtering:request'], render: (_p, q) => <AskUnblock query={q} /> },
  { pattern: '/filtering/unblocks', anyOf: ['filtering:read'], render: () => <UnblockQueue /> },
  { pattern: '/filtering/lists', anyOf: ['filtering:read'], render: () => <ListsScreen /> },
  { pattern: '/filtering/log', anyOf: ['filtering:logs'], render: () => <QueryLog /> },
  { pattern: '/filtering/self-test', anyOf: ['filtering:read'], render: () => <SelfTestScreen /> },
  { pattern: '/filtering/over-blocking', anyOf: ['filtering:read'], render: () => <OverBlocking /> },
  { pattern: '/people', anyOf: ['people:read'], render: (_p, q) => <PeopleList query={q} /> },
  { pattern: '/people/import', anyOf: ['people:import'], render: () => <PeopleImport /> },
  { pattern: '/people/:id', anyOf: ['people:read'], render: (p) => <PersonDetail key={p.id} id={p.id ?? ''} /> },
  { pattern: '/groups', anyOf: ['people:read'], render: () => <GroupList /> },
  { pattern: '/groups/:id', anyOf: ['people:read'], render: (p) => <GroupDetail key={p.id} id={p.id ?? ''} /> },
  { pattern: '/accounts', anyOf: ['accounts:read'], render: () => <AccountsScreen /> },
  { pattern: '/audit', anyOf: ['audit:read'], render: () => <AuditLog /> },
  { pattern: '/tokens', anyOf: ['tokens:manage'], render: () => <ApiTokens /> },
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
