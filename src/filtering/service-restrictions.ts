/**
 * "Remove network access" (response matrix, decisions.md): a per-person restriction that blocks
 * everything except the school's learning sites for a set period. Creating and ending one is a
 * filtering change like any other — a reason in the change history, ids and codes in the audit
 * log, in one transaction — and it is in force when the call returns (the engine reloads the
 * policy on `filtering.restriction.*`). Illegal content stays blocked on a learning site.
 */
import type { Selectable } from 'kysely';
import { uuidv7 } from '../platform/crypto.ts';
import type { FilterRestrictionTable } from '../platform/db/index.ts';
import { applyNow, checkReason, EVERY_SCHOOL, findSchoolPerson, inScope, recordChange, resolveSchool, type SchoolScope } from './changes.ts';
import type { Actor, FilteringDeps } from './deps.ts';
import { filteringErrors } from './errors.ts';
import { RESTRICTION_REASONS, type RestrictionAllowance, type RestrictionReason } from './model.ts';
import { restrictionEndMs } from './store.ts';

/** The longest a restriction may last: a sanction or safeguarding measure, reviewed, not a permanent state. */
export const MAX_RESTRICTION_DAYS = 90;

/** What the change history says when no words were given: the reason code in a sentence. */
const REASON_WORDS: { readonly [R in RestrictionReason]: string } = {
  safeguarding: 'network access removed in response to a safeguarding concern',
  behaviour: 'network access removed under the behaviour policy',
  'acceptable-use': 'network access removed for a breach of the acceptable-use policy',
  other: 'network access removed',
};

/** A restriction as the DSL or online-safety lead asks for it; `startsAt` defaults to now. */
export interface RestrictionInput {
  schoolId?: string;
  /** Person id or external id (UPN). */
  person: string;
  /** ISO-8601, or a duration from the start: `90m`, `6h`, `2d`, `1w`. */
  until: string;
  startsAt?: string;
  reasonCode?: RestrictionReason;
  /** Words for the change history; the reason code's sentence when absent. */
  reason?: string;
}

/** A restriction as the API shows it. */
export interface RestrictionView {
  id: string;
  schoolId: string;
  personId: string;
  startsAt: string;
  /** The effective end: the planned end, or when it was ended early. */
  endsAt: string;
  reasonCode: RestrictionReason;
  allowSites: RestrictionAllowance;
  /** In force now. */
  active: boolean;
  createdAt: string;
  createdBy: { type: string; id: string | null };
  endedAt: string | null;
  endedBy: string | null;
}

const DURATION = /^(\d{1,4})\s*(m|min|h|d|w)$/i;
const UNIT_MS: Record<string, number> = { m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Reads `until`: an ISO-8601 instant, or a duration (`2d`) counted from `fromMs`. */
export function parseUntil(text: string, fromMs: number): number {
  const t = text.trim();
  const d = DURATION.exec(t);
  if (d !== null) return fromMs + Number(d[1]) * (UNIT_MS[(d[2] ?? '').toLowerCase()] ?? Number.NaN);
  const ms = Date.parse(t);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(t) || Number.isNaN(ms)) throw filteringErrors.restrictionInvalid(`until ${JSON.stringify(text)} is neither an ISO-8601 date and time nor a duration such as 2d, 6h or 90m`);
  return ms;
}

function viewOf(r: Selectable<FilterRestrictionTable>, nowMs: number): RestrictionView {
  const endMs = restrictionEndMs(r);
  return {
    id: r.id,
    schoolId: r.school_id,
    personId: r.person_id,
    startsAt: r.starts_at,
    endsAt: new Date(endMs).toISOString(),
    reasonCode: RESTRICTION_REASONS.find((c) => c === r.reason_code) ?? 'other',
    allowSites: 'learning-sites',
    active: Date.parse(r.starts_at) <= nowMs && nowMs < endMs,
    createdAt: r.created_at,
    createdBy: { type: r.created_by_type, id: r.created_by },
    endedAt: r.ended_at,
    endedBy: r.ended_by,
  };
}

/** Removes a person's network access (all but the school's learning sites) until a time or for a duration. */
export async function createRestriction(deps: FilteringDeps, actor: Actor, input: RestrictionInput, scope: SchoolScope = EVERY_SCHOOL): Promise<RestrictionView> {
  const reasonCode = input.reasonCode ?? 'acceptable-use';
  if (!RESTRICTION_REASONS.includes(reasonCode)) throw filteringErrors.restrictionInvalid(`unknown reason code ${JSON.stringify(reasonCode)}`);
  const reason = checkReason(input.reason ?? REASON_WORDS[reasonCode], 'removing network access');
  const schoolId = await resolveSchool(deps.db, input.schoolId, scope);
  const person = await findSchoolPerson(deps.db, schoolId, input.person);
  const now = deps.clock.now();
  const startsAt = input.startsAt === undefined ? now : parseUntil(input.startsAt, now);
  const endsAt = parseUntil(input.until, startsAt);
  if (!(endsAt > startsAt)) throw filteringErrors.restrictionInvalid('it must end after it starts');
  if (endsAt <= now) throw filteringErrors.restrictionInvalid('it ends in the past');
  if (endsAt - startsAt > MAX_RESTRICTION_DAYS * 86_400_000) throw filteringErrors.restrictionInvalid(`a restriction lasts at most ${MAX_RESTRICTION_DAYS} days; renew it after a review`);
  const id = `r-${uuidv7(now)}`;
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('filter_restrictions')
      .values({
        id,
        school_id: schoolId,
        person_id: person.id,
        starts_at: new Date(startsAt).toISOString(),
        ends_at: new Date(endsAt).toISOString(),
        reason_code: reasonCode,
        allow_sites: 'learning-sites',
        created_at: new Date(now).toISOString(),
        created_by_type: actor.type,
        created_by: actor.id ?? null,
        ended_at: null,
        ended_by: null,
      })
      .execute();
    await recordChange(deps, trx, actor, {
      schoolId,
      action: 'filtering.restriction.created',
      objectType: 'filter-restriction',
      objectId: id,
      reason,
      details: { person: person.id, reasonCode, allowSites: 'learning-sites', startsAt: new Date(startsAt).toISOString(), endsAt: new Date(endsAt).toISOString() },
    });
  });
  await applyNow(deps);
  return getRestriction(deps, id, scope);
}

async function findRestriction(deps: FilteringDeps, id: string, scope: SchoolScope): Promise<Selectable<FilterRestrictionTable>> {
  const row = await deps.db.selectFrom('filter_restrictions').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined || !inScope(scope, row.school_id)) throw filteringErrors.restrictionNotFound(id);
  return row;
}

/** One restriction. */
export async function getRestriction(deps: FilteringDeps, id: string, scope: SchoolScope = EVERY_SCHOOL): Promise<RestrictionView> {
  return viewOf(await findRestriction(deps, id, scope), deps.clock.now());
}

/** Restores a person's network access now, with a reason; refused if the restriction has already ended. */
export async function endRestriction(deps: FilteringDeps, actor: Actor, id: string, input: { reason: string }, scope: SchoolScope = EVERY_SCHOOL): Promise<RestrictionView> {
  const reason = checkReason(input.reason, 'restoring network access');
  const row = await findRestriction(deps, id, scope);
  const now = deps.clock.now();
  if (restrictionEndMs(row) <= now) throw filteringErrors.restrictionEnded(id);
  const at = new Date(now).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const updated = await trx.updateTable('filter_restrictions').set({ ended_at: at, ended_by: actor.id ?? null }).where('id', '=', id).where('ended_at', 'is', null).executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw filteringErrors.restrictionEnded(id);
    await recordChange(deps, trx, actor, {
      schoolId: row.school_id,
      action: 'filtering.restriction.ended',
      objectType: 'filter-restriction',
      objectId: id,
      reason,
      details: { person: row.person_id, plannedEnd: row.ends_at },
    });
  });
  await applyNow(deps);
  return getRestriction(deps, id, scope);
}

/** A school's restrictions, newest first; `active` keeps only those in force now, `person` one person's. */
export async function listRestrictions(
  deps: FilteringDeps,
  query: { schoolId?: string; person?: string; active?: boolean } = {},
  scope: SchoolScope = EVERY_SCHOOL,
): Promise<RestrictionView[]> {
  const schoolId = await resolveSchool(deps.db, query.schoolId, scope);
  let q = deps.db.selectFrom('filter_restrictions').selectAll().where('school_id', '=', schoolId);
  if (query.person !== undefined) q = q.where('person_id', '=', (await findSchoolPerson(deps.db, schoolId, query.person)).id);
  const now = deps.clock.now();
  const views = (await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(1000).execute()).map((r) => viewOf(r, now));
  return query.active === true ? views.filter((v) => v.active) : views;
}
