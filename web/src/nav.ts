import type { Permission } from '../../src/identity/model.ts';

/**
 * The dashboard's navigation as data: each item names the permissions that show it (any of
 * them). Every item has a route in routes.tsx with the same permissions or wider.
 */
export const navSections = [
  { id: 'main', label: 'Overview' },
  { id: 'safeguarding', label: 'Safeguarding' },
  { id: 'monitoring', label: 'Monitoring' },
  { id: 'filtering', label: 'Filtering' },
  { id: 'people', label: 'People and access' },
] as const;
export type NavSection = (typeof navSections)[number]['id'];

export interface NavItem {
  section: NavSection;
  to: string;
  label: string;
  anyOf: Permission[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { section: 'main', to: '/', label: 'Home', anyOf: [] },
  { section: 'safeguarding', to: '/concerns/new', label: 'Report a concern', anyOf: ['concerns:report'] },
  { section: 'safeguarding', to: '/concerns', label: 'Concerns', anyOf: ['concerns:report', 'concerns:read-all', 'concerns:staff', 'concerns:staff-headteacher'] },
  { section: 'safeguarding', to: '/safeguarding/matrix', label: 'Response matrix', anyOf: ['concerns:triage'] },
  { section: 'safeguarding', to: '/governors', label: 'Governor report', anyOf: ['reports:governor'] },
  { section: 'monitoring', to: '/monitoring/alerts', label: 'Alerts', anyOf: ['monitoring:read'] },
  { section: 'monitoring', to: '/monitoring/reports/weekly', label: 'Weekly report', anyOf: ['monitoring:read'] },
  { section: 'monitoring', to: '/monitoring/settings', label: 'Monitoring settings', anyOf: ['monitoring:triage'] },
  { section: 'filtering', to: '/filtering', label: 'Filtering overview', anyOf: ['filtering:read'] },
  { section: 'filtering', to: '/filtering/policy', label: 'Policy', anyOf: ['filtering:read'] },
  { section: 'filtering', to: '/filtering/check', label: 'Check a site', anyOf: ['filtering:read'] },
  { section: 'filtering', to: '/filtering/unblocks/new', label: 'Ask for an unblock', anyOf: ['filtering:request'] },
  { section: 'filtering', to: '/filtering/unblocks', label: 'Unblock requests', anyOf: ['filtering:approve', 'filtering:manage'] },
  { section: 'filtering', to: '/filtering/lists', label: 'Block lists', anyOf: ['filtering:read'] },
  { section: 'filtering', to: '/filtering/log', label: 'Filtering log', anyOf: ['filtering:logs'] },
  { section: 'filtering', to: '/filtering/self-test', label: 'Self-test', anyOf: ['filtering:read'] },
  { section: 'filtering', to: '/filtering/over-blocking', label: 'Over-blocking', anyOf: ['filtering:approve', 'filtering:manage'] },
  { section: 'people', to: '/people', label: 'People', anyOf: ['people:read'] },
  { section: 'people', to: '/groups', label: 'Groups', anyOf: ['people:read'] },
  { section: 'people', to: '/people/import', label: 'Import people', anyOf: ['people:import'] },
  { section: 'people', to: '/accounts', label: 'Staff accounts', anyOf: ['accounts:read'] },
  { section: 'people', to: '/audit', label: 'Audit log', anyOf: ['audit:read'] },
  { section: 'people', to: '/tokens', label: 'API tokens', anyOf: ['tokens:manage'] },
];

/** The item a path belongs to: the longest `to` that is the path or a parent of it. */
export function currentItem(path: string, items: readonly NavItem[]): NavItem | undefined {
  return items
    .filter((item) => path === item.to || (item.to !== '/' && path.startsWith(`${item.to}/`)))
    .sort((a, b) => b.to.length - a.to.length)[0];
}
