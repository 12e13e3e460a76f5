import type { Permission } from '../../src/identity/model.ts';

/**
 * The dashboard's navigation as data: each item names the permissions that show it (any of
 * them). Filtering screens (part B of issue 8: policy, lists, check a site, unblock requests,
 * query log, self-test, over-blocking) are added to the `filtering` section here and to the
 * route table in routes.tsx; nothing else changes.
 */
export const navSections = [
  { id: 'main', label: 'Overview' },
  { id: 'safeguarding', label: 'Safeguarding' },
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
  { section: 'safeguarding', to: '/governors', label: 'Governor report', anyOf: ['reports:governor'] },
  { section: 'filtering', to: '/filtering', label: 'Filtering overview', anyOf: ['filtering:read'] },
  { section: 'people', to: '/people', label: 'People', anyOf: ['people:read'] },
  { section: 'people', to: '/groups', label: 'Groups', anyOf: ['people:read'] },
  { section: 'people', to: '/people/import', label: 'Import people', anyOf: ['people:import'] },
  { section: 'people', to: '/accounts', label: 'Staff accounts', anyOf: ['accounts:read'] },
  { section: 'people', to: '/audit', label: 'Audit log', anyOf: ['audit:read'] },
];

/** The item a path belongs to: the longest `to` that is the path or a parent of it. */
export function currentItem(path: string, items: readonly NavItem[]): NavItem | undefined {
  return items
    .filter((item) => path === item.to || (item.to !== '/' && path.startsWith(`${item.to}/`)))
    .sort((a, b) => b.to.length - a.to.length)[0];
}
