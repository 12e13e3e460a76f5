import type { Kysely } from 'kysely';
import { type Actor, permissionsFor } from '../identity/index.ts';
import type { Db } from '../platform/db/index.ts';
import type { Principal } from '../platform/http/index.ts';
import type { ViewerFacts } from './core/can-see.ts';
import { safeguardingErrors } from './errors.ts';

/**
 * Who is looking, with their roles per school: a role held for one school gives nothing in
 * another. `cap` limits permissions further (an API token's scopes).
 */
export interface Viewer {
  accountId: string;
  personId: string | null;
  roles: readonly { role: string; schoolId: string }[];
  cap: ReadonlySet<string> | null;
  actor: Actor;
}

async function rolesAndPerson(db: Kysely<Db>, accountId: string) {
  const account = await db.selectFrom('accounts').select(['id', 'person_id', 'status']).where('id', '=', accountId).executeTakeFirst();
  const roles = await db.selectFrom('account_roles').select(['role', 'school_id']).where('account_id', '=', accountId).execute();
  return { account, roles: roles.map((r) => ({ role: r.role, schoolId: r.school_id })) };
}

/** The viewer behind an authenticated request: its account's roles, capped by the request's permissions. */
export async function viewerFromPrincipal(db: Kysely<Db>, principal: Principal, ip: string | null): Promise<Viewer> {
  const { account, roles } = await rolesAndPerson(db, principal.accountId);
  return {
    accountId: principal.accountId,
    personId: account?.person_id ?? null,
    roles,
    cap: principal.permissions,
    actor: { type: principal.kind === 'token' ? 'token' : 'account', id: principal.accountId, ip },
  };
}

/**
 * The viewer for `haven concerns … --as <email>`: the server's shell acts as that account,
 * with exactly its access, so the CLI cannot go round need-to-know.
 */
export async function viewerFromAccount(db: Kysely<Db>, ref: string): Promise<Viewer> {
  const row = ref.includes('@')
    ? await db.selectFrom('accounts').select(['id', 'status']).where('email', '=', ref.trim().toLowerCase()).executeTakeFirst()
    : await db.selectFrom('accounts').select(['id', 'status']).where('id', '=', ref).executeTakeFirst();
  if (!row || row.status !== 'active') throw safeguardingErrors.accountNotFound(ref);
  const { account, roles } = await rolesAndPerson(db, row.id);
  return { accountId: row.id, personId: account?.person_id ?? null, roles, cap: null, actor: { type: 'cli', id: row.id } };
}

/** Roles the viewer holds in a school (roles for every school included). */
export function rolesIn(viewer: Viewer, schoolId: string): string[] {
  return [...new Set(viewer.roles.filter((r) => r.schoolId === schoolId || r.schoolId === '*').map((r) => r.role))];
}

/** Permissions the viewer holds in a school. */
export function permissionsIn(viewer: Viewer, schoolId: string): Set<string> {
  const granted: Set<string> = permissionsFor(rolesIn(viewer, schoolId));
  const cap = viewer.cap;
  return cap ? new Set([...granted].filter((p) => cap.has(p))) : granted;
}

/** The facts {@link canSee} needs about this viewer for a concern in `schoolId`. */
export function factsIn(viewer: Viewer, schoolId: string, breakGlass: boolean): ViewerFacts {
  return { accountId: viewer.accountId, personId: viewer.personId, permissions: permissionsIn(viewer, schoolId), roles: rolesIn(viewer, schoolId), breakGlass };
}

/** Whether the viewer holds a permission in any school (for routes that are not about one concern). */
export function holdsAnywhere(viewer: Viewer, permission: string): boolean {
  const schools = new Set(viewer.roles.map((r) => r.schoolId));
  return [...schools].some((s) => permissionsIn(viewer, s).has(permission));
}

/** The school ids where the viewer holds a permission; `*` stands for every school. */
export function schoolsWith(viewer: Viewer, permission: string): string[] {
  const schools = new Set(viewer.roles.map((r) => r.schoolId));
  return [...schools].filter((s) => permissionsIn(viewer, s).has(permission));
}
