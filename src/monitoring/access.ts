import type { Kysely } from 'kysely';
import type { Db } from '../platform/db/index.ts';
import { permissionsFor } from '../identity/index.ts';
import type { Viewer } from '../safeguarding/index.ts';
import { monitoringErrors } from './errors.ts';

/**
 * Need-to-know for monitoring: alert texts and names are for holders of `monitoring:read` in
 * the alert's school (the DSL team and the online-safety lead); triage needs
 * `monitoring:triage` (the DSL team). A role held for one school gives nothing in another;
 * an API token's scopes cap the account's permissions.
 */
export function permissionsIn(viewer: Viewer, schoolId: string): Set<string> {
  const roles = viewer.roles.filter((r) => r.schoolId === schoolId || r.schoolId === '*').map((r) => r.role);
  const granted: Set<string> = permissionsFor(roles);
  const cap = viewer.cap;
  return cap ? new Set([...granted].filter((p) => cap.has(p))) : granted;
}

/** Whether the viewer holds `permission` in the school. */
export function may(viewer: Viewer, schoolId: string, permission: string): boolean {
  return permissionsIn(viewer, schoolId).has(permission);
}

/** The schools (ids from `all`) in which the viewer holds `permission`. */
export function schoolsWhere(viewer: Viewer, permission: string, all: readonly string[]): string[] {
  return all.filter((s) => may(viewer, s, permission));
}

/** Throws `monitoring.forbidden` unless the viewer holds `permission` in the school. */
export function requireIn(viewer: Viewer, schoolId: string, permission: string, what: string): void {
  if (!may(viewer, schoolId, permission)) throw monitoringErrors.forbidden(what);
}

/**
 * The school a request is about: the one asked for (if the viewer holds `permission` there),
 * else the only school where the viewer holds it.
 */
export async function resolveSchoolFor(db: Kysely<Db>, viewer: Viewer, permission: string, requested: string | undefined): Promise<string> {
  const all = (await db.selectFrom('schools').select('id').execute()).map((s) => s.id);
  if (requested !== undefined) {
    if (!all.includes(requested)) throw monitoringErrors.schoolNotFound(requested);
    return requested;
  }
  const mine = schoolsWhere(viewer, permission, all);
  if (mine.length === 1 && mine[0]) return mine[0];
  if (mine.length === 0) throw monitoringErrors.forbidden(`act here without ${permission}`);
  throw monitoringErrors.schoolRequired();
}
