import type { SafeguardingDeps } from './deps.ts';
import { listCategories } from './categories.ts';
import { monthOf, tally, type TallyRow } from './core/tally.ts';
import { safeguardingErrors } from './errors.ts';
import { concernRoutes, concernStatuses } from './model.ts';
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
  /** How learner concerns reached the DSL team (staff, learner form, community form, monitoring). */
  byRoute: TallyRow[];
  suppressBelow: number;
}

/**
 * Counts one school's concerns reported in [from, to) into governors' figures, with no access
 * check and no audit: callers ({@link governorFigures}, the governor report) do both.
 */
export async function countFigures(deps: SafeguardingDeps, schoolId: string, from: string, to: string): Promise<GovernorFigures> {
  const rows = await deps.db
    .selectFrom('safeguarding_concerns')
    .select(['id', 'about', 'category', 'status', 'route', 'created_at'])
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
  return {
    schoolId,
    from,
    to,
    total: rows.length,
    allegations: allegations > 0 && allegations < SUPPRESS_BELOW ? null : allegations,
    byCategory: tally(learner.map((r) => r.category), SUPPRESS_BELOW, categories.map((c) => c.code)).map((t) => ({ ...t, label: labels.get(t.key) ?? t.key })),
    byMonth: tally(rows.map((r) => monthOf(r.created_at)), 0),
    byYearGroup: tally(learner.flatMap((r) => [...(yearsByConcern.get(r.id) ?? new Set(['not recorded']))]), SUPPRESS_BELOW),
    byStatus: tally(rows.map((r) => r.status), 0, concernStatuses),
    byRoute: tally(learner.map((r) => r.route), SUPPRESS_BELOW, concernRoutes),
    suppressBelow: SUPPRESS_BELOW,
  };
}

/**
 * The school whose figures a viewer asks for, checked against `reports:governor` there (in a
 * trust, a governor of one school sees that school's figures only).
 */
export async function figuresSchool(deps: SafeguardingDeps, viewer: Viewer, requested: string | undefined): Promise<string> {
  const schoolId = await resolveSchool(deps.db, requested, viewer, 'reports:governor');
  if (!permissionsIn(viewer, schoolId).has('reports:governor')) throw safeguardingErrors.forbidden('read figures for this school');
  return schoolId;
}

/** Governors' anonymised figures for a period (default: the last 12 months); audited. */
export async function governorFigures(deps: SafeguardingDeps, viewer: Viewer, input: { schoolId?: string; from?: string; to?: string } = {}): Promise<GovernorFigures> {
  const schoolId = await figuresSchool(deps, viewer, input.schoolId);
  const nowMs = deps.clock.now();
  const to = input.to ?? new Date(nowMs).toISOString();
  const from = input.from ?? new Date(nowMs - 365 * 86_400_000).toISOString();
  const figures = await countFigures(deps, schoolId, from, to);
  await deps.audit.append({ actor: viewer.actor, ip: viewer.actor.ip ?? null, action: 'safeguarding.figures.read', subject: null, schoolId, details: { total: figures.total } });
  return figures;
}
