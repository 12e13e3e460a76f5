/**
 * Block lists: a name, a category, a source, a format and versions. A new version is one row
 * holding the normalised entries as a gzip blob; it replaces the current one in one transaction,
 * so filters see the old list or the new one, never half of either. The last three versions are
 * kept for rollback; an import with no usable entries is refused and the current version stays
 * in force ("keep the last good version").
 */
import type { Kysely, Selectable } from 'kysely';
import { uuidv7 } from '../platform/crypto.ts';
import type { Db, FilterListTable, FilterListVersionTable } from '../platform/db/index.ts';
import { applyNow, checkReason, recordChange } from './changes.ts';
import type { ListParseResult, ListParseStats } from './core/parse-list.ts';
import type { Actor, FilteringDeps } from './deps.ts';
import { filteringErrors } from './errors.ts';
import { encodeListContent } from './list-content.ts';
import { isCategory, LIST_SOURCE_KINDS, type Category, type ListFormat, type ListSourceKind } from './model.ts';

/** Versions kept per list (the current one and two to roll back to). */
export const VERSIONS_KEPT = 3;

/** One stored version, without its content. */
export interface ListVersionView {
  id: string;
  version: number;
  sha256: string;
  domains: number;
  urls: number;
  bytes: number;
  stats: ListParseStats;
  reason: string;
  createdAt: string;
  createdBy: string | null;
  current: boolean;
}

/** A list as the API shows it. */
export interface ListView {
  id: string;
  name: string;
  category: string;
  format: string;
  sourceKind: ListSourceKind;
  source: string;
  enabled: boolean;
  current: ListVersionView | null;
  refreshMinutes: number | null;
  lastCheckedAt: string | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A parsed list to store as a new version. */
export interface ListImportInput {
  name: string;
  category: Category;
  format: ListFormat;
  sourceKind: ListSourceKind;
  source: string;
  parsed: ListParseResult;
  reason: string;
  /** Subscriptions: how often to refresh, and the validators of the download. */
  refreshMinutes?: number | null;
  etag?: string | null;
  lastModified?: string | null;
}

/** What an import did. */
export interface ListImportResult {
  list: ListView;
  /** The new version, or the current one when the content was unchanged. */
  version: ListVersionView;
  unchanged: boolean;
  stats: ListParseStats;
}

const EMPTY_STATS: ListParseStats = { lines: 0, accepted: 0, duplicates: 0, comments: 0, skippedRules: 0, skippedExceptions: 0, skippedLocal: 0, invalidCount: 0, invalid: [] };

function statsOf(text: string): ListParseStats {
  try {
    return { ...EMPTY_STATS, ...(JSON.parse(text) as Partial<ListParseStats>) };
  } catch {
    return EMPTY_STATS;
  }
}

type VersionRow = Omit<Selectable<FilterListVersionTable>, 'content'>;

function versionView(r: VersionRow, currentId: string | null): ListVersionView {
  return {
    id: r.id,
    version: Number(r.version),
    sha256: r.sha256,
    domains: Number(r.domains),
    urls: Number(r.urls),
    bytes: Number(r.bytes),
    stats: statsOf(r.stats),
    reason: r.reason,
    createdAt: r.created_at,
    createdBy: r.created_by,
    current: r.id === currentId,
  };
}

function listView(r: Selectable<FilterListTable>, current: VersionRow | undefined): ListView {
  return {
    id: r.id,
    name: r.name,
    category: r.category,
    format: r.format,
    sourceKind: LIST_SOURCE_KINDS.find((k) => k === r.source_kind) ?? 'file',
    source: r.source,
    enabled: r.enabled === 1,
    current: current === undefined ? null : versionView(current, r.current_version_id),
    refreshMinutes: r.refresh_minutes === null ? null : Number(r.refresh_minutes),
    lastCheckedAt: r.last_checked_at,
    lastError: r.last_error,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const VERSION_COLUMNS = ['id', 'list_id', 'version', 'sha256', 'domains', 'urls', 'stats', 'bytes', 'reason', 'created_at', 'created_by_type', 'created_by'] as const;

/** Every list with its current version, by category then name. */
export async function listLists(deps: FilteringDeps): Promise<ListView[]> {
  const rows = await deps.db.selectFrom('filter_lists').selectAll().orderBy('category').orderBy('name').execute();
  const currentIds = rows.flatMap((r) => (r.current_version_id === null ? [] : [r.current_version_id]));
  const versions = currentIds.length === 0 ? [] : await deps.db.selectFrom('filter_list_versions').select(VERSION_COLUMNS).where('id', 'in', currentIds).execute();
  const byId = new Map(versions.map((v) => [v.id, v]));
  return rows.map((r) => listView(r, r.current_version_id === null ? undefined : byId.get(r.current_version_id)));
}

async function findList(db: Kysely<Db>, ref: string): Promise<Selectable<FilterListTable>> {
  const row =
    (await db.selectFrom('filter_lists').selectAll().where('id', '=', ref).executeTakeFirst()) ??
    (await db.selectFrom('filter_lists').selectAll().where('name', '=', ref).executeTakeFirst());
  if (row === undefined) throw filteringErrors.listNotFound(ref);
  return row;
}

/** One list (by id or name) with every kept version, newest first. */
export async function getList(deps: FilteringDeps, ref: string): Promise<ListView & { versions: ListVersionView[] }> {
  const row = await findList(deps.db, ref);
  const versions = await deps.db.selectFrom('filter_list_versions').select(VERSION_COLUMNS).where('list_id', '=', row.id).orderBy('version', 'desc').execute();
  return { ...listView(row, versions.find((v) => v.id === row.current_version_id)), versions: versions.map((v) => versionView(v, row.current_version_id)) };
}

/** Checks a list name: 1 to 100 printable characters. */
export function checkListName(name: string): string {
  const text = name.trim();
  if (text.length < 1 || text.length > 100 || /[\u0000-\u001f]/u.test(text)) throw filteringErrors.listInvalid(`the name ${JSON.stringify(name)} must be 1 to 100 printable characters`);
  return text;
}

/** Stores a parsed list as the new current version of the list of that name (creating the list if new). */
export async function importList(deps: FilteringDeps, actor: Actor, input: ListImportInput): Promise<ListImportResult> {
  const reason = checkReason(input.reason, 'importing a list');
  const name = checkListName(input.name);
  if (!isCategory(input.category)) throw filteringErrors.listInvalid(`unknown category ${JSON.stringify(input.category)}`);
  const { domains, urls, stats } = input.parsed;
  if (domains.length + urls.length === 0) throw filteringErrors.listEmpty(name);
  const encoded = await encodeListContent(domains, urls);
  const now = new Date(deps.clock.now()).toISOString();
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('filter_lists').selectAll().where('name', '=', name).executeTakeFirst();
    if (existing !== undefined && existing.category !== input.category) throw filteringErrors.listCategoryMismatch(name, existing.category);
    const subscription = {
      ...(input.refreshMinutes === undefined ? {} : { refresh_minutes: input.refreshMinutes }),
      ...(input.etag === undefined ? {} : { etag: input.etag }),
      ...(input.lastModified === undefined ? {} : { last_modified: input.lastModified }),
    };
    if (existing !== undefined && existing.current_version_id !== null) {
      const current = await trx.selectFrom('filter_list_versions').select(['id', 'sha256']).where('id', '=', existing.current_version_id).executeTakeFirst();
      if (current?.sha256 === encoded.sha256) {
        await trx.updateTable('filter_lists').set({ last_checked_at: now, last_error: null, ...subscription }).where('id', '=', existing.id).execute();
        return { listId: existing.id, versionId: current.id, unchanged: true };
      }
    }
    const listId = existing?.id ?? uuidv7(deps.clock.now());
    if (existing === undefined) {
      await trx
        .insertInto('filter_lists')
        .values({
          id: listId,
          name,
          category: input.category,
          format: input.format,
          source_kind: input.sourceKind,
          source: input.source,
          current_version_id: null,
          enabled: 1,
          refresh_minutes: input.refreshMinutes ?? null,
          etag: input.etag ?? null,
          last_modified: input.lastModified ?? null,
          last_checked_at: now,
          last_error: null,
          created_at: now,
          created_by: actor.id ?? null,
          updated_at: now,
        })
        .execute();
    }
    const last = await trx.selectFrom('filter_list_versions').select((eb) => eb.fn.max('version').as('v')).where('list_id', '=', listId).executeTakeFirst();
    const version = Number(last?.v ?? 0) + 1;
    const versionId = uuidv7(deps.clock.now());
    await trx
      .insertInto('filter_list_versions')
      .values({
        id: versionId,
        list_id: listId,
        version,
        sha256: encoded.sha256,
        domains: encoded.domains,
        urls: encoded.urls,
        stats: JSON.stringify(stats),
        content: encoded.content,
        bytes: encoded.content.byteLength,
        reason,
        created_at: now,
        created_by_type: actor.type,
        created_by: actor.id ?? null,
      })
      .execute();
    await trx
      .updateTable('filter_lists')
      .set({ current_version_id: versionId, format: input.format, source_kind: input.sourceKind, source: input.source, updated_at: now, last_checked_at: now, last_error: null, ...subscription })
      .where('id', '=', listId)
      .execute();
    const old = await trx.selectFrom('filter_list_versions').select('id').where('list_id', '=', listId).orderBy('version', 'desc').offset(VERSIONS_KEPT).limit(1000).execute();
    if (old.length > 0) await trx.deleteFrom('filter_list_versions').where('id', 'in', old.map((o) => o.id)).execute();
    await recordChange(deps, trx, actor, {
      schoolId: null,
      action: 'filtering.list.imported',
      objectType: 'filter-list',
      objectId: listId,
      reason,
      details: { version, category: input.category, format: input.format, domains: encoded.domains, urls: encoded.urls, invalid: stats.invalidCount, sha256: encoded.sha256 },
    });
    return { listId, versionId, unchanged: false };
  });
  if (!outcome.unchanged) await applyNow(deps);
  const list = await getList(deps, outcome.listId);
  const version = list.versions.find((v) => v.id === outcome.versionId);
  if (version === undefined) throw filteringErrors.listNotFound(name);
  const { versions: _versions, ...view } = list;
  return { list: view, version, unchanged: outcome.unchanged, stats };
}

/** Removes a list and its versions. */
export async function removeList(deps: FilteringDeps, actor: Actor, ref: string, reasonText: string): Promise<void> {
  const reason = checkReason(reasonText, 'removing a list');
  const row = await findList(deps.db, ref);
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('filter_list_versions').where('list_id', '=', row.id).execute();
    await trx.deleteFrom('filter_lists').where('id', '=', row.id).execute();
    await recordChange(deps, trx, actor, { schoolId: null, action: 'filtering.list.removed', objectType: 'filter-list', objectId: row.id, reason, details: { category: row.category } });
  });
  await applyNow(deps);
}

/** Puts an earlier kept version back in force: the one given, or the one before the current. */
export async function rollbackList(deps: FilteringDeps, actor: Actor, ref: string, input: { versionId?: string; reason: string }): Promise<ListView> {
  const reason = checkReason(input.reason, 'rolling a list back');
  const row = await findList(deps.db, ref);
  const versions = await deps.db.selectFrom('filter_list_versions').select(['id', 'version']).where('list_id', '=', row.id).orderBy('version', 'desc').execute();
  const currentVersion = versions.find((v) => v.id === row.current_version_id)?.version ?? Infinity;
  const target = input.versionId === undefined ? versions.find((v) => v.version < currentVersion) : versions.find((v) => v.id === input.versionId && v.id !== row.current_version_id);
  if (target === undefined) throw filteringErrors.versionNotFound(input.versionId ?? 'before the current one');
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('filter_lists').set({ current_version_id: target.id, updated_at: new Date(deps.clock.now()).toISOString() }).where('id', '=', row.id).execute();
    await recordChange(deps, trx, actor, { schoolId: null, action: 'filtering.list.rolled_back', objectType: 'filter-list', objectId: row.id, reason, details: { version: Number(target.version) } });
  });
  await applyNow(deps);
  const { versions: _v, ...view } = await getList(deps, row.id);
  return view;
}

/** Records a failed or refused refresh on the list without touching its versions. */
export async function recordListError(deps: FilteringDeps, listId: string, message: string): Promise<void> {
  await deps.db.updateTable('filter_lists').set({ last_error: message.slice(0, 500), last_checked_at: new Date(deps.clock.now()).toISOString() }).where('id', '=', listId).execute();
}
