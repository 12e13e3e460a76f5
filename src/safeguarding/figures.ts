import type { SafeguardingDeps } from './deps.ts';
import { listCategories } from './categories.ts';
import { monthOf, tally, type TallyRow } from './core/tally.ts';
import { safeguardingErrors } from './errors.ts';
import { concernStatuses } from './model.ts';
import { resolveSchool } from './report.ts';
import { permissionsIn, type Viewer } from './viewer.ts';

/** Counts below this are shown as "fewer than 3" (null). */
export const SUPPRESS_BELOW = 3;

/** Anonymised figures for governors (R8): counts only, no names, no text, small numbers suppressed. */
export interface GovernorFigures {
  schoolId: string;
  from: string;
  to: string;
  total: number;
  /** Allegations about staff, counted but never broken down. */
  allegations: number | null;
  byCategory: (TallyRow & { label: string })[];
  byMonth: TallyRow[];
  byYearGroup: TallyRow[];
  byStatus: TallyRow[];
  suppressBelow: number;
}

/**
 * Governors' anonymised figures for a period (default: the last 12 months). Part B builds the
 * governor report (HTML/PDF) and the DSL's patterns view on the same counts.
 */
export async function governorFigures(deps: SafeguardingDeps, viewer: Viewer, input: { schoolId?: string; from?: string; to?: string } = {}): Promise<GovernorFigures> {
  const schoolId = await resolveSchool(deps.db, input.schoolId, viewer, 'reports:governor');
  if (!permissionsIn(viewer, schoolId).has('reports:governor')) throw safeguardingErrors.forbidden('read figures for this school');
  const nowMs = deps.clock.now();
  const to = input.to ?? new Date(nowMs).toISOString();
  const from = input.from ?? new Date(nowMs - 365 * 86_400_000).toISOString();
  const rows = await deps.db
    .selectFrom('safeguarding_concerns')
    .select(['id', 'about', 'category', 'status', 'created_at'])
    .where('school_id', '=', schoolId)
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .execute();
  const learner = rows.filter((r) => r.about === 'learner');
  const ids = learner.map((r) => r.id);
  const subjects = ids.length
    ? await deps.db.selectFrom('safeguarding_involvements').select(['concern_id', 'year_group']).where('concern_id', 'in', ids).where('part', '=', 'subject').where('removed_at', 'is', null).execute()
    : [];
  const yearsByConcern = new Map<string, Set<string>>();
  for (const s of subjects) {
    const set = yearsByConcern.get(s.concern_id) ?? new Set<string>();
    set.add(s.year_group ?? 'not recorded');
    yearsByConcern.set(s.concern_id, set);
  }
  const categories = await listCategories(deps, schoolId);
  const labels = new Map(categories.map((c) => [c.code, c.label]));
  const allegations = rows.length - learner.length;
  const figures: GovernorFigures = {
    schoolId,
    from,
    to,
    total: rows.length,
    allegations: allegations > 0 && allegations < SUPPRESS_BELOW ? null : allegations,
    byCategory: tally(learner.map((r) => r.category), SUPPRESS_BELOW, categories.map((c) => c.code)).map((t) => ({ ...t, label: labels.get(t.key) ?? t.key })),
    byMonth: tally(rows.map((r) => monthOf(r.created_at)), 0),
    byYearGroup: tally(learner.flatMap((r) => [...(yearsByConcern.get(r.id) ?? new Set(['not recorded']))]), SUPPRESS_BELOW),
    byStatus: tally(rows.map((r) => r.status), 0, concernStatuses),
    suppressBelow: SUPPRESS_BELOW,
  };
  await deps.audit.append({ actor: viewer.actor, ip: viewer.actor.ip ?? null, action: 'safeguarding.figures.read', subject: null, schoolId, details: { total: figures.total } });
  return figures;
}
