/**
 * People, groups, roles and permissions: the vocabularies identity hands to every other
 * capability. Runs in the browser too (no Node modules).
 */

/** Staff roles from the schools' policies; the LADO and outside agencies are not users. */
export const roles = [
  'administrator',
  'headteacher',
  'dsl',
  'deputy-dsl',
  'online-safety-lead',
  'teacher',
  'governor',
  'chair-of-governors',
  'it-technician',
  'office',
] as const;
export type Role = (typeof roles)[number];

export const ROLE_LABELS: Record<Role, string> = {
  administrator: 'Administrator (IT provider or trust)',
  headteacher: 'Headteacher',
  dsl: 'Designated safeguarding lead',
  'deputy-dsl': 'Deputy designated safeguarding lead',
  'online-safety-lead': 'Online safety lead',
  teacher: 'Teacher',
  governor: 'Governor',
  'chair-of-governors': 'Chair of governors',
  'it-technician': 'IT technician',
  office: 'Office staff',
};

/**
 * Permissions are named after capabilities (`capability:action`); API token scopes use the same
 * names, so a token can never do more than its scopes and its account allow.
 */
export const permissions = [
  'school:read',
  'school:manage',
  'people:read',
  'people:manage',
  'people:import',
  'accounts:read',
  'accounts:manage',
  'tokens:manage',
  'audit:read',
  'system:manage',
  'backup:run',
  'filtering:read',
  'filtering:manage',
  'filtering:request',
  'filtering:approve',
  'filtering:logs',
  'filtering:logs-names',
  'monitoring:read',
  'monitoring:triage',
  'monitoring:ingest',
  'concerns:report',
  'concerns:read-all',
  'concerns:triage',
  'concerns:staff',
  'concerns:staff-headteacher',
  'reports:governor',
  'records:read',
  'records:manage',
] as const;
export type Permission = (typeof permissions)[number];

const dslTeam: Permission[] = [
  'school:read',
  'people:read',
  'audit:read',
  'filtering:read',
  'filtering:approve',
  'filtering:logs',
  'filtering:logs-names',
  'monitoring:read',
  'monitoring:triage',
  'concerns:report',
  'concerns:read-all',
  'concerns:triage',
  'reports:governor',
  'records:read',
  'tokens:manage',
];

/**
 * Role → permissions, the one table every route is checked against. Need-to-know: the
 * administrator runs the system but does not read concerns; staff allegations are the
 * headteacher's (or, about the headteacher, the chair of governors').
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  administrator: [
    'school:read',
    'school:manage',
    'people:read',
    'people:manage',
    'people:import',
    'accounts:read',
    'accounts:manage',
    'tokens:manage',
    'audit:read',
    'system:manage',
    'backup:run',
    'filtering:read',
    'filtering:manage',
    'filtering:logs',
    'monitoring:ingest',
    'concerns:report',
    'records:read',
    'records:manage',
  ],
  headteacher: [
    'school:read',
    'people:read',
    'accounts:read',
    'audit:read',
    'filtering:read',
    'filtering:approve',
    'concerns:report',
    'concerns:staff',
    'reports:governor',
    'records:read',
    'records:manage',
    'tokens:manage',
  ],
  dsl: dslTeam,
  'deputy-dsl': dslTeam,
  'online-safety-lead': [
    'school:read',
    'people:read',
    'filtering:read',
    'filtering:manage',
    'filtering:approve',
    'filtering:logs',
    'filtering:logs-names',
    'monitoring:read',
    'concerns:report',
    'reports:governor',
    'records:read',
    'records:manage',
    'tokens:manage',
  ],
  teacher: ['school:read', 'people:read', 'filtering:read', 'filtering:request', 'concerns:report'],
  governor: ['school:read', 'reports:governor'],
  'chair-of-governors': ['school:read', 'reports:governor', 'concerns:staff-headteacher'],
  'it-technician': ['school:read', 'people:read', 'accounts:read', 'filtering:read', 'filtering:logs', 'records:read', 'tokens:manage'],
  office: ['school:read', 'people:read', 'people:manage', 'people:import', 'records:read'],
};

/** Roles whose accounts must use a second factor (decisions.md). */
export const MFA_REQUIRED_ROLES: readonly Role[] = ['administrator', 'headteacher', 'dsl', 'deputy-dsl'];

/** The permissions a set of roles grants. */
export function permissionsFor(rs: readonly string[]): Set<Permission> {
  const out = new Set<Permission>();
  for (const r of rs) for (const p of ROLE_PERMISSIONS[r as Role] ?? []) out.add(p);
  return out;
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export function isPermission(value: string): value is Permission {
  return (permissions as readonly string[]).includes(value);
}

/** Kinds of people a school records. */
export const personKinds = ['staff', 'learner', 'governor', 'parent', 'visitor', 'volunteer'] as const;
export type PersonKind = (typeof personKinds)[number];

/** Kinds of group, with the default priority that decides which group's rule wins. */
export const groupKinds = ['class', 'year-group', 'key-stage', 'staff-team', 'custom', 'template'] as const;
export type GroupKind = (typeof groupKinds)[number];
export const GROUP_PRIORITY: Record<GroupKind, number> = {
  class: 400,
  'year-group': 300,
  custom: 250,
  'key-stage': 200,
  'staff-team': 150,
  template: 100,
};

/** The three groups every new school starts with. */
export const groupTemplates = ['learners', 'staff', 'guests'] as const;
export type GroupTemplate = (typeof groupTemplates)[number];

export const organisationKinds = ['school', 'trust', 'local-authority'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** The sign-in provider families Haven knows; each decides which claims make the link key. */
export const oidcKinds = ['google', 'entra', 'oidc'] as const;
/** One of {@link oidcKinds}. */
export type OidcKind = (typeof oidcKinds)[number];

/** Where a group membership came from: `import` ones follow the MIS file, `manual` ones change only by hand. */
export const membershipSources = ['manual', 'import'] as const;
export type MembershipSource = (typeof membershipSources)[number];

/** What one row of a people import changes (reported as ids and group names, never names). */
export const importChangeActions = ['create-person', 'update-person', 'mark-left', 'create-group', 'add-member', 'remove-member'] as const;
export type ImportChangeAction = (typeof importChangeActions)[number];

/** A person as the API shows them. */
export interface Person {
  id: string;
  schoolId: string;
  externalId: string | null;
  kind: PersonKind;
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
  email: string | null;
  yearGroup: string | null;
  status: 'active' | 'left';
  createdAt: string;
  updatedAt: string;
}

export interface Group {
  id: string;
  schoolId: string;
  name: string;
  kind: GroupKind;
  priority: number;
  template: GroupTemplate | null;
}

/** An account as the API shows it (never the hash or secrets). */
export interface Account {
  id: string;
  organisationId: string;
  personId: string | null;
  email: string;
  displayName: string;
  status: 'active' | 'disabled';
  roles: { role: Role; schoolId: string }[];
  mfaEnabled: boolean;
  lastSignInAt: string | null;
  createdAt: string;
}
