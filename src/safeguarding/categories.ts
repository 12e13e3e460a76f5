import type { Kysely } from 'kysely';
import { uuidv7 } from '../platform/crypto.ts';
import type { Db } from '../platform/db/index.ts';
import { DEFAULT_CATEGORIES } from './core/default-categories.ts';
import type { SafeguardingDeps } from './deps.ts';
import { safeguardingErrors } from './errors.ts';
import { type Category, type CategoryGroup, categoryGroups, isOneOf, type MatrixActionKind, matrixActionKinds } from './model.ts';
import type { Viewer } from './viewer.ts';

const CODE = /^[a-z0-9][a-z0-9-]{1,47}$/;

/** One saved version of a category (the response matrix's history). */
export interface CategoryVersion extends Omit<Category, 'version'> {
  version: number;
  reason: string | null;
  changedAt: string;
  changedBy: string | null;
}

function parseActions(json: string): MatrixActionKind[] {
  const list = JSON.parse(json) as string[];
  return list.filter((k): k is MatrixActionKind => isOneOf(matrixActionKinds, k));
}

function fromRow(r: { code: string; label: string; grp: string; actions: string; escalate: number; active: number; version: number }): Category {
  return {
    code: r.code,
    label: r.label,
    group: isOneOf(categoryGroups, r.grp) ? r.grp : 'safeguarding',
    actions: parseActions(r.actions),
    escalate: r.escalate === 1,
    active: r.active === 1,
    version: r.version,
  };
}

/**
 * Gives a school its default categories the first time it needs them (schools are created by
 * setup and, in trusts, later). Safe to race: rows that exist are left alone.
 */
export async function ensureCategories(db: Kysely<Db>, schoolId: string, nowMs: number): Promise<void> {
  const any = await db.selectFrom('safeguarding_categories').select('code').where('school_id', '=', schoolId).limit(1).executeTakeFirst();
  if (any) return;
  const at = new Date(nowMs).toISOString();
  await db.transaction().execute(async (trx) => {
    for (const c of DEFAULT_CATEGORIES) {
      const row = { school_id: schoolId, code: c.code, label: c.label, grp: c.group, actions: JSON.stringify(c.actions), escalate: c.escalate ? 1 : 0, active: 1, version: 1 };
      await trx.insertInto('safeguarding_categories').values({ ...row, updated_at: at, updated_by: null }).onConflict((oc) => oc.columns(['school_id', 'code']).doNothing()).execute();
      await trx
        .insertInto('safeguarding_category_versions')
        .values({ ...row, id: uuidv7(nowMs), reason: 'default', changed_at: at, changed_by: null })
        .onConflict((oc) => oc.columns(['school_id', 'code', 'version']).doNothing())
        .execute();
    }
  });
}

/** A school's categories with their matrix rows, defaults first, then the school's own. */
export async function listCategories(deps: SafeguardingDeps, schoolId: string): Promise<Category[]> {
  await ensureCategories(deps.db, schoolId, deps.clock.now());
  const rows = await deps.db.selectFrom('safeguarding_categories').selectAll().where('school_id', '=', schoolId).execute();
  const order = new Map(DEFAULT_CATEGORIES.map((c, i) => [c.code, i]));
  return rows.map(fromRow).sort((a, b) => (order.get(a.code) ?? 1e6) - (order.get(b.code) ?? 1e6) || a.code.localeCompare(b.code));
}

/** One category of a school, or undefined. */
export async function findCategory(deps: SafeguardingDeps, schoolId: string, code: string): Promise<Category | undefined> {
  await ensureCategories(deps.db, schoolId, deps.clock.now());
  const row = await deps.db.selectFrom('safeguarding_categories').selectAll().where('school_id', '=', schoolId).where('code', '=', code).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** A category a new concern may use: it exists, is active, and fits what the concern is about. */
export async function requireCategory(deps: SafeguardingDeps, schoolId: string, code: string, about: 'learner' | 'staff'): Promise<Category> {
  const c = await findCategory(deps, schoolId, code);
  if (!c || !c.active) throw safeguardingErrors.categoryUnknown(code);
  if ((c.group === 'staff') !== (about === 'staff')) {
    throw safeguardingErrors.categoryInvalid(
      about === 'staff' ? `a concern about staff needs a staff category, not ${JSON.stringify(code)}` : `${JSON.stringify(code)} is for concerns about staff`,
    );
  }
  return c;
}

/** A change to a category (and its response-matrix row). */
export interface CategoryChange {
  label?: string;
  group?: CategoryGroup;
  actions?: MatrixActionKind[];
  escalate?: boolean;
  active?: boolean;
  reason: string;
}

/**
 * Creates or changes a school's category; every change is a new version kept for good, with
 * who, when and why, so the matrix in force on any date can be shown. Existing concerns keep
 * their actions; the new row applies to concerns categorised from now on.
 */
export async function saveCategory(deps: SafeguardingDeps, viewer: Viewer, schoolId: string, code: string, change: CategoryChange): Promise<Category> {
  if (!CODE.test(code)) throw safeguardingErrors.categoryInvalid(`category codes are 2–48 lowercase letters, digits and dashes, not ${JSON.stringify(code)}`);
  if (!change.reason.trim()) throw safeguardingErrors.reasonRequired('changing the response matrix');
  const current = await findCategory(deps, schoolId, code);
  if (!current && (!change.label || !change.group)) throw safeguardingErrors.categoryInvalid('a new category needs a label and a group');
  const next: Category = {
    code,
    label: (change.label ?? current?.label ?? code).trim(),
    group: change.group ?? current?.group ?? 'safeguarding',
    actions: matrixActionKinds.filter((k) => (change.actions ?? current?.actions ?? []).includes(k)),
    escalate: change.escalate ?? current?.escalate ?? false,
    active: change.active ?? current?.active ?? true,
    version: (current?.version ?? 0) + 1,
  };
  if (code === 'unclassified' && (!next.active || next.group !== 'safeguarding')) throw safeguardingErrors.categoryInvalid('the unclassified category must stay active');
  const at = new Date(deps.clock.now()).toISOString();
  const row = { label: next.label, grp: next.group, actions: JSON.stringify(next.actions), escalate: next.escalate ? 1 : 0, active: next.active ? 1 : 0, version: next.version };
  await deps.db.transaction().execute(async (trx) => {
    if (current) {
      const r = await trx
        .updateTable('safeguarding_categories')
        .set({ ...row, updated_at: at, updated_by: viewer.accountId })
        .where('school_id', '=', schoolId)
        .where('code', '=', code)
        .where('version', '=', current.version)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) throw safeguardingErrors.categoryInvalid('the category changed meanwhile: reload and try again');
    } else {
      await trx.insertInto('safeguarding_categories').values({ ...row, school_id: schoolId, code, updated_at: at, updated_by: viewer.accountId }).execute();
    }
    await trx
      .insertInto('safeguarding_category_versions')
      .values({ ...row, id: uuidv7(deps.clock.now()), school_id: schoolId, code, reason: change.reason.trim(), changed_at: at, changed_by: viewer.accountId })
      .execute();
    await deps.audit.append(
      {
        actor: viewer.actor,
        ip: viewer.actor.ip ?? null,
        action: current ? 'safeguarding.category.changed' : 'safeguarding.category.created',
        subject: { type: 'safeguarding_category', id: `${schoolId}:${code}` },
        schoolId,
        details: { version: next.version, actions: next.actions, escalate: next.escalate, active: next.active },
      },
      trx,
    );
  });
  return next;
}

/** Every version of a category, oldest first. */
export async function categoryHistory(deps: SafeguardingDeps, schoolId: string, code: string): Promise<CategoryVersion[]> {
  await ensureCategories(deps.db, schoolId, deps.clock.now());
  const rows = await deps.db
    .selectFrom('safeguarding_category_versions')
    .selectAll()
    .where('school_id', '=', schoolId)
    .where('code', '=', code)
    .orderBy('version')
    .execute();
  if (rows.length === 0) throw safeguardingErrors.categoryNotFound(code);
  return rows.map((r) => ({ ...fromRow(r), reason: r.reason, changedAt: r.changed_at, changedBy: r.changed_by }));
}
