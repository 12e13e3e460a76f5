import { decide } from './access.ts';
import { listCategories } from './categories.ts';
import { isFull } from './core/can-see.ts';
import { findPatterns, type PatternConcern } from './core/patterns.ts';
import type { SafeguardingDeps } from './deps.ts';
import { safeguardingErrors } from './errors.ts';
import { resolveSchool } from './report.ts';
import { type ConcernRow, involvementsOf, peopleIn } from './store.ts';
import { permissionsIn, type Viewer } from './viewer.ts';

const DAY = 86_400_000;

/** The thresholds of the patterns view; the defaults are 3 concerns in 90 days, open over 30 days. */
export interface PatternsQuery {
  schoolId?: string;
  days?: number;
  repeatAtLeast?: number;
  risingAtLeast?: number;
  openDays?: number;
}

/** What the DSL team sees: learners by name (they may), categories rising, concerns open too long. */
export interface PatternsView {
  schoolId: string;
  window: { from: string; to: string; previousFrom: string; days: number; repeatAtLeast: number; risingAtLeast: number; openDays: number };
  repeat: {
    personId: string;
    name: string;
    yearGroup: string | null;
    count: number;
    byCategory: { category: string; label: string; count: number }[];
    concerns: { id: string; reference: string }[];
    lastAt: string;
  }[];
  rising: { category: string; label: string; current: number; previous: number }[];
  longOpen: { id: string; reference: string; category: string; label: string; status: string; openedAt: string; daysOpen: number; assignedTo: string | null }[];
}

const bound = (value: number | undefined, fallback: number, min: number, max: number) => Math.min(Math.max(Math.round(value ?? fallback), min), max);

/**
 * The patterns view (R8: analyse patterns to intervene early) for the DSL team: learners with
 * repeat concerns in the period and their counts per category, categories with more concerns
 * than in the previous period of the same length, and concerns open longer than the threshold.
 * Learner concerns only, each passed through need-to-know; the read is audited (ids only).
 */
export async function patterns(deps: SafeguardingDeps, viewer: Viewer, query: PatternsQuery = {}): Promise<PatternsView> {
  const schoolId = await resolveSchool(deps.db, query.schoolId, viewer, 'concerns:read-all');
  if (!permissionsIn(viewer, schoolId).has('concerns:read-all')) throw safeguardingErrors.forbidden('see the patterns of this school');
  const days = bound(query.days, 90, 1, 730);
  const repeatAtLeast = bound(query.repeatAtLeast, 3, 2, 100);
  const risingAtLeast = bound(query.risingAtLeast, 3, 1, 1000);
  const openDays = bound(query.openDays, 30, 1, 3650);
  const nowMs = deps.clock.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  const window = { from: iso(nowMs - days * DAY), to: iso(nowMs + 1), previousFrom: iso(nowMs - 2 * days * DAY), days, repeatAtLeast, risingAtLeast, openDays };
  const openBefore = iso(nowMs - openDays * DAY);

  const rows: ConcernRow[] = await deps.db
    .selectFrom('safeguarding_concerns')
    .selectAll()
    .where('school_id', '=', schoolId)
    .where('about', '=', 'learner')
    .where((eb) => eb.or([eb('created_at', '>=', window.previousFrom), eb.and([eb('status', '!=', 'closed'), eb('created_at', '<', openBefore)])]))
    .execute();
  const people = await involvementsOf(deps.db, rows.map((r) => r.id));
  const visible = rows.filter((r) => isFull(decide(viewer, r, people.filter((p) => p.concern_id === r.id), false).access));
  const facts: PatternConcern[] = visible.map((r) => ({
    id: r.id,
    reference: r.reference,
    category: r.category,
    status: r.status,
    createdAt: r.created_at,
    subjectIds: people.filter((p) => p.concern_id === r.id && p.part === 'subject' && p.person_id !== null).flatMap((p) => (p.person_id ? [p.person_id] : [])),
  }));
  const found = findPatterns(facts, { ...window, openBefore });

  const labels = new Map((await listCategories(deps, schoolId)).map((c) => [c.code, c.label]));
  const label = (code: string) => labels.get(code) ?? code;
  const persons = new Map((await peopleIn(deps.db, schoolId, found.repeat.map((r) => r.personId))).map((p) => [p.id, p]));
  const references = new Map(visible.map((r) => [r.id, r]));
  const view: PatternsView = {
    schoolId,
    window,
    repeat: found.repeat.map((r) => {
      const p = persons.get(r.personId);
      return {
        personId: r.personId,
        name: p ? `${p.first_name} ${p.last_name}` : 'Unknown learner',
        yearGroup: p?.year_group ?? null,
        count: r.count,
        byCategory: r.byCategory.map((c) => ({ ...c, label: label(c.category) })),
        concerns: r.concernIds.map((id) => ({ id, reference: references.get(id)?.reference ?? '' })),
        lastAt: r.lastAt,
      };
    }),
    rising: found.rising.map((r) => ({ ...r, label: label(r.category) })),
    longOpen: found.longOpen.map((c) => ({
      id: c.id,
      reference: c.reference,
      category: c.category,
      label: label(c.category),
      status: c.status,
      openedAt: c.createdAt,
      daysOpen: Math.floor((nowMs - Date.parse(c.createdAt)) / DAY),
      assignedTo: references.get(c.id)?.assigned_to ?? null,
    })),
  };
  await deps.audit.append({
    actor: viewer.actor,
    ip: viewer.actor.ip ?? null,
    action: 'safeguarding.patterns.read',
    subject: null,
    schoolId,
    details: { days, learners: view.repeat.map((r) => r.personId), longOpen: view.longOpen.map((c) => c.id), rising: view.rising.map((r) => r.category) },
  });
  return view;
}
