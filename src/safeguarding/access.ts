import { type AccessLevel, canSee, type ConcernFacts, isFull, type Visibility } from './core/can-see.ts';
import type { SafeguardingDeps } from './deps.ts';
import { safeguardingErrors } from './errors.ts';
import { isOneOf, concernAbouts } from './model.ts';
import { activeBreakGlass, type ConcernRow, findConcern, type InvolvementRow, involvementsOf } from './store.ts';
import { factsIn, type Viewer } from './viewer.ts';

/** A concern as one viewer may have it, with the decision that allowed it. */
export interface Resolved {
  row: ConcernRow;
  people: InvolvementRow[];
  visibility: Visibility;
  /** When the viewer's break-glass grant ends, if they are reading by break-glass. */
  breakGlassUntil: string | null;
}

/** The facts about a concern that need-to-know depends on. */
export function concernFacts(row: ConcernRow, people: readonly InvolvementRow[]): ConcernFacts {
  return {
    about: isOneOf(concernAbouts, row.about) ? row.about : 'staff',
    aboutHeadteacher: row.about_headteacher === 1,
    reporterAccountId: row.reporter_account_id,
    implicatedPersonIds: people.filter((p) => p.person_id !== null && (p.part === 'subject' || p.part === 'alleged-perpetrator')).flatMap((p) => (p.person_id ? [p.person_id] : [])),
  };
}

/** Decides a viewer's access to rows already loaded (lists and chronologies). */
export function decide(viewer: Viewer, row: ConcernRow, people: readonly InvolvementRow[], breakGlass: boolean): Visibility {
  return canSee(factsIn(viewer, row.school_id, breakGlass), concernFacts(row, people));
}

type Need = 'any' | 'reporter' | 'full' | 'manage';

function satisfies(access: AccessLevel, need: Need): boolean {
  if (need === 'any') return access !== 'none';
  if (need === 'reporter') return access === 'reporter' || isFull(access);
  if (need === 'full') return isFull(access);
  return access === 'manage';
}

/**
 * Loads a concern for a viewer and checks they may do `operation` with it. A concern they may
 * not see at all answers "not found", exactly as a missing one does, so its existence does not
 * leak; the refusal is still audited (ids only). One they can see but not change is forbidden.
 */
export async function resolveConcern(deps: SafeguardingDeps, viewer: Viewer, ref: string, need: Need, operation: string): Promise<Resolved> {
  const row = await findConcern(deps.db, ref);
  if (!row) throw safeguardingErrors.concernNotFound(ref);
  const people = await involvementsOf(deps.db, [row.id]);
  const grants = await activeBreakGlass(deps.db, viewer.accountId, new Date(deps.clock.now()).toISOString(), [row.id]);
  const breakGlassUntil = grants.get(row.id) ?? null;
  const visibility = decide(viewer, row, people, breakGlassUntil !== null);
  if (!satisfies(visibility.access, need)) {
    await deps.audit.append({
      actor: viewer.actor,
      ip: viewer.actor.ip ?? null,
      action: 'safeguarding.concern.access_refused',
      subject: { type: 'concern', id: row.id },
      schoolId: row.school_id,
      details: { operation, access: visibility.access, reason: visibility.reason },
    });
    if (visibility.access === 'none') throw safeguardingErrors.concernNotFound(ref);
    throw safeguardingErrors.forbidden(operation.replace(/[._-]/g, ' '));
  }
  return { row, people, visibility, breakGlassUntil: visibility.reason === 'break-glass' ? breakGlassUntil : null };
}
