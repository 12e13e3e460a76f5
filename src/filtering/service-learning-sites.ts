/**
 * A school's learning sites: the hosts (and their subdomains) that stay open to a person whose
 * network access has been removed. Empty by default — Haven ships no third-party site list —
 * and changed like any policy, with a reason, history and audit. A site on an illegal list may
 * be listed (lists change after the fact) but stays blocked; the answer warns about it.
 */
import { uuidv7 } from '../platform/crypto.ts';
import { applyNow, checkReason, EVERY_SCHOOL, recordChange, resolveSchool, type SchoolScope } from './changes.ts';
import { normaliseHost } from './core/normalise-host.ts';
import type { Actor, FilteringDeps } from './deps.ts';
import { filteringErrors } from './errors.ts';
import { illegalListing } from './illegal.ts';

/** The most learning sites one school may list. */
export const MAX_LEARNING_SITES = 2000;

/** A school's learning sites, with how many restrictions are in force now and the warnings that apply. */
export interface LearningSitesView {
  schoolId: string;
  sites: { site: string; addedAt: string; addedBy: string | null }[];
  /** Restrictions of this school in force now. */
  activeRestrictions: number;
  /** One sentence each: an empty list while someone is restricted, a site that is on an illegal list. */
  warnings: string[];
}

/** The change to make: the whole list (`set`), or sites to add and remove. */
export type LearningSitesChange = { set: readonly string[] } | { add?: readonly string[]; remove?: readonly string[] };

function normaliseSites(sites: readonly string[]): string[] {
  const out = new Set<string>();
  for (const s of sites) {
    const host = /[/:]/.test(s.trim()) ? undefined : normaliseHost(s.trim());
    if (host === undefined) throw filteringErrors.learningSiteInvalid(s);
    out.add(host);
  }
  return [...out];
}

/** A school's learning sites and what needs attention about them. */
export async function listLearningSites(deps: FilteringDeps, query: { schoolId?: string } = {}, scope: SchoolScope = EVERY_SCHOOL): Promise<LearningSitesView> {
  const schoolId = await resolveSchool(deps.db, query.schoolId, scope);
  const rows = await deps.db.selectFrom('filter_learning_sites').select(['site', 'added_at', 'added_by']).where('school_id', '=', schoolId).orderBy('site').execute();
  const now = new Date(deps.clock.now()).toISOString();
  const active = await deps.db
    .selectFrom('filter_restrictions')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('school_id', '=', schoolId)
    .where('starts_at', '<=', now)
    .where('ends_at', '>', now)
    .where((eb) => eb.or([eb('ended_at', 'is', null), eb('ended_at', '>', now)]))
    .executeTakeFirst();
  const activeRestrictions = Number(active?.n ?? 0);
  const warnings: string[] = [];
  if (activeRestrictions > 0 && rows.length === 0) {
    warnings.push(`${activeRestrictions} person(s) have network access removed and the school lists no learning sites, so everything is blocked for them: add the sites they need for lessons`);
  }
  if (rows.length > 0) {
    await deps.engine.ready();
    const snapshot = deps.engine.current();
    for (const r of rows) {
      const illegal = illegalListing(snapshot, r.site);
      if (illegal !== undefined) warnings.push(`${r.site} is listed as ${illegal.category}, which is illegal: it stays blocked for everyone, learning site or not`);
    }
  }
  return { schoolId, sites: rows.map((r) => ({ site: r.site, addedAt: r.added_at, addedBy: r.added_by })), activeRestrictions, warnings };
}

/** Replaces, or adds to and removes from, a school's learning sites, with a reason; in force when the call returns. */
export async function changeLearningSites(
  deps: FilteringDeps,
  actor: Actor,
  input: { schoolId?: string; reason: string } & LearningSitesChange,
  scope: SchoolScope = EVERY_SCHOOL,
): Promise<LearningSitesView> {
  const reason = checkReason(input.reason, 'changing the learning sites');
  const schoolId = await resolveSchool(deps.db, input.schoolId, scope);
  const current = (await deps.db.selectFrom('filter_learning_sites').select('site').where('school_id', '=', schoolId).execute()).map((r) => r.site);
  let next: Set<string>;
  if ('set' in input) next = new Set(normaliseSites(input.set));
  else {
    next = new Set(current);
    for (const s of normaliseSites(input.add ?? [])) next.add(s);
    for (const s of normaliseSites(input.remove ?? [])) next.delete(s);
  }
  if (next.size > MAX_LEARNING_SITES) throw filteringErrors.restrictionInvalid(`a school lists at most ${MAX_LEARNING_SITES} learning sites`);
  const added = [...next].filter((s) => !current.includes(s)).sort();
  const removed = current.filter((s) => !next.has(s)).sort();
  if (added.length > 0 || removed.length > 0) {
    const now = deps.clock.now();
    await deps.db.transaction().execute(async (trx) => {
      if (removed.length > 0) await trx.deleteFrom('filter_learning_sites').where('school_id', '=', schoolId).where('site', 'in', removed).execute();
      for (const site of added) {
        await trx.insertInto('filter_learning_sites').values({ id: uuidv7(now), school_id: schoolId, site, added_at: new Date(now).toISOString(), added_by: actor.id ?? null }).execute();
      }
      await recordChange(deps, trx, actor, {
        schoolId,
        action: 'filtering.learning-sites.changed',
        objectType: 'school',
        objectId: schoolId,
        reason,
        details: { added: added.length, removed: removed.length, total: next.size },
      });
    });
    await applyNow(deps);
  }
  return listLearningSites(deps, { schoolId }, scope);
}
