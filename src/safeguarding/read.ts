import { decide, resolveConcern } from './access.ts';
import { isFull } from './core/can-see.ts';
import type { SafeguardingDeps } from './deps.ts';
import { safeguardingErrors } from './errors.ts';
import { activeBreakGlass, concernIdsForPerson, concernsByIds, type ConcernRow, involvementsOf, peopleIn, scanConcerns, timelineOf } from './store.ts';
import { concernView, type ConcernView, personViews } from './views.ts';
import { holdsAnywhere, permissionsIn, schoolsWith, type Viewer } from './viewer.ts';

/** One line of a concern list, cut to what the viewer may see. */
export interface ConcernSummary {
  id: string;
  reference: string;
  view: 'manage' | 'read' | 'reporter' | 'receipt';
  status: string;
  reportedAt: string;
  about?: string;
  category?: string;
  level?: string | null;
  assignedTo?: string | null;
  escalated?: boolean;
  route?: string;
  updatedAt?: string;
  subjects?: string[];
}

/** Filters for a concern list. */
export interface ConcernQuery {
  status?: string;
  category?: string;
  about?: string;
  assignedTo?: string;
  mine?: boolean;
  cursor?: string;
  limit?: number;
}

const ROUTE_PERMISSIONS = ['concerns:report', 'concerns:read-all', 'concerns:staff', 'concerns:staff-headteacher'];

function encodeCursor(row: ConcernRow): string {
  return Buffer.from(`${row.created_at}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: string; id: string } {
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!createdAt || !id) throw safeguardingErrors.cursorInvalid();
  return { createdAt, id };
}

/** Refuses viewers whose roles have nothing to do with concerns (governors, IT technicians, office). */
export function assertConcernRole(viewer: Viewer): void {
  if (!ROUTE_PERMISSIONS.some((p) => holdsAnywhere(viewer, p))) throw safeguardingErrors.noAccess();
}

/**
 * Lists the concerns a viewer may see, newest first, each cut to their level: the DSL team's
 * queue, the headteacher's or chair's allegations, a teacher's own reports. The list itself is
 * a read of every concern in it and is audited with their ids.
 */
export async function listConcerns(deps: SafeguardingDeps, viewer: Viewer, query: ConcernQuery = {}): Promise<{ concerns: ConcernSummary[]; nextCursor: string | null }> {
  assertConcernRole(viewer);
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 200);
  const learnerSchools = schoolsWith(viewer, 'concerns:read-all');
  const staffSchools = [...new Set(['concerns:staff', 'concerns:staff-headteacher'].flatMap((p) => schoolsWith(viewer, p)))];
  const nowIso = new Date(deps.clock.now()).toISOString();
  const grantedIds = [...(await activeBreakGlass(deps.db, viewer.accountId, nowIso)).keys()];
  const out: ConcernSummary[] = [];
  let before = query.cursor ? decodeCursor(query.cursor) : undefined;
  let last: ConcernRow | undefined;
  let exhausted = false;
  while (out.length < limit && !exhausted) {
    const batch = await scanConcerns(deps.db, {
      learnerSchools,
      staffSchools,
      grantedIds,
      reporterAccountId: viewer.accountId,
      ...(query.status ? { status: query.status } : {}),
      ...(query.category ? { category: query.category } : {}),
      ...(query.about ? { about: query.about } : {}),
      ...(query.assignedTo ? { assignedTo: query.assignedTo } : {}),
      ...(query.mine ? { mine: true } : {}),
      ...(before ? { before } : {}),
      limit: 100,
    });
    exhausted = batch.length < 100;
    const people = await involvementsOf(deps.db, batch.map((r) => r.id));
    const grants = await activeBreakGlass(deps.db, viewer.accountId, nowIso, batch.map((r) => r.id));
    const names = await personViews(deps.db, deps.masterKey, people.filter((p) => p.part === 'subject'));
    for (const row of batch) {
      last = row;
      const mine = people.filter((p) => p.concern_id === row.id);
      const v = decide(viewer, row, mine, grants.has(row.id));
      if (v.access === 'none') continue;
      const base = { id: row.id, reference: row.reference, status: row.status, reportedAt: row.created_at };
      if (v.access === 'receipt') out.push({ ...base, view: 'receipt' });
      else if (v.access === 'reporter') out.push({ ...base, view: 'reporter', about: row.about });
      else {
        out.push({
          ...base,
          view: v.access,
          about: row.about,
          category: row.category,
          level: row.level,
          assignedTo: row.assigned_to,
          escalated: row.escalated === 1,
          route: row.route,
          updatedAt: row.updated_at,
          subjects: mine.filter((p) => p.part === 'subject').map((p) => names.get(p.id)?.name ?? 'Unnamed'),
        });
      }
      if (out.length >= limit) break;
    }
    if (last) before = { createdAt: last.created_at, id: last.id };
  }
  await deps.audit.append({
    actor: viewer.actor,
    ip: viewer.actor.ip ?? null,
    action: 'safeguarding.concern.listed',
    subject: null,
    details: { count: out.length, concerns: out.map((c) => c.id), full: out.filter((c) => c.view === 'manage' || c.view === 'read').length },
  });
  return { concerns: out, nextCursor: out.length >= limit && last ? encodeCursor(last) : null };
}

/** Reads one concern at the viewer's level; the read is audited (ids and the reason only) before it is returned. */
export async function getConcern(deps: SafeguardingDeps, viewer: Viewer, ref: string): Promise<ConcernView> {
  const c = await resolveConcern(deps, viewer, ref, 'any', 'read');
  const view = await concernView(deps.db, deps.masterKey, c.row, c.people, c.visibility, c.breakGlassUntil);
  await deps.audit.append({
    actor: viewer.actor,
    ip: viewer.actor.ip ?? null,
    action: 'safeguarding.concern.read',
    subject: { type: 'concern', id: c.row.id },
    schoolId: c.row.school_id,
    details: { view: view.view, reason: c.visibility.reason, breakGlass: c.visibility.reason === 'break-glass' },
  });
  return view;
}

/** One entry of a learner's chronology. */
export interface ChronologyEntry {
  at: string;
  concernId: string;
  reference: string;
  kind: string;
  refId: string | null;
  actorAccountId: string | null;
  details: Record<string, unknown>;
}

/**
 * A learner's chronology (issue 7, item 9): every concern they are on that the viewer may read
 * in full, and everything recorded on those concerns, in time order. For the DSL team; audited.
 * The printable child-protection file is built from this.
 */
export async function chronology(deps: SafeguardingDeps, viewer: Viewer, personId: string): Promise<{ personId: string; name: string; entries: ChronologyEntry[] }> {
  const person = (await peopleIn(deps.db, null, [personId]))[0];
  if (!person || !permissionsIn(viewer, person.school_id).has('concerns:read-all')) throw safeguardingErrors.chronologyNotFound(personId);
  const rows = await concernsByIds(deps.db, await concernIdsForPerson(deps.db, personId));
  const people = await involvementsOf(deps.db, rows.map((r) => r.id));
  const visible = rows.filter((r) => isFull(decide(viewer, r, people.filter((p) => p.concern_id === r.id), false).access));
  const refs = new Map(visible.map((r) => [r.id, r.reference]));
  const entries = (await timelineOf(deps.db, visible.map((r) => r.id))).map((t) => ({
    at: t.at,
    concernId: t.concern_id,
    reference: refs.get(t.concern_id) ?? '',
    kind: t.kind,
    refId: t.ref_id,
    actorAccountId: t.actor_account_id,
    details: JSON.parse(t.details) as Record<string, unknown>,
  }));
  await deps.audit.append({
    actor: viewer.actor,
    ip: viewer.actor.ip ?? null,
    action: 'safeguarding.chronology.read',
    subject: { type: 'person', id: personId },
    schoolId: person.school_id,
    details: { concerns: visible.map((r) => r.id) },
  });
  return { personId, name: `${person.first_name} ${person.last_name}`, entries };
}
