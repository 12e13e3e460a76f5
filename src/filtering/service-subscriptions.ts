/**
 * Subscriptions: a list that Haven downloads from a catalogue source or a URL and refreshes on a
 * schedule. Every refresh asks conditionally (ETag / If-Modified-Since); a download that fails,
 * or that shrinks suspiciously (under half the entries of the version in force), is refused:
 * the last good version stays in force, the list records why, and the audit log says so. Each
 * accepted download is recorded as a version like any import.
 */
import { findCatalogueEntry, LIST_CATALOGUE, type CatalogueEntry } from './catalogue.ts';
import { checkReason, recordChange } from './changes.ts';
import type { Actor, FilteringDeps } from './deps.ts';
import { filteringErrors } from './errors.ts';
import { downloadList } from './list-download.ts';
import { isCategory, LIST_FORMATS, type Category } from './model.ts';
import { getList, importList, recordListError, type ListImportResult } from './service-lists.ts';

/** A refresh that leaves under this share of the current entries is refused as suspicious. */
export const SHRINK_LIMIT = 0.5;
/** Minutes between refreshes unless the subscription says otherwise (daily). */
export const DEFAULT_REFRESH_MINUTES = 1440;

/** A subscription to make: a catalogue id or an http(s) URL. */
export interface SubscribeInput {
  source: string;
  category?: string;
  name?: string;
  format?: string;
  refreshMinutes?: number;
  reason: string;
}

/** What one refresh did. */
export type RefreshOutcome =
  | { status: 'imported' | 'unchanged'; result: ListImportResult }
  | { status: 'not-modified' }
  | { status: 'refused' | 'failed'; message: string };

function resolveSource(input: SubscribeInput): { entry?: CatalogueEntry; url: string; category: Category; format: string; name: string; kind: 'catalogue' | 'url' } {
  const entry = findCatalogueEntry(input.source);
  const category = input.category ?? entry?.category;
  if (category === undefined || !isCategory(category)) throw filteringErrors.listInvalid(`--category must name a category for ${JSON.stringify(input.source)}`);
  if (entry !== undefined) return { entry, url: entry.url, category, format: entry.format, name: input.name ?? entry.id, kind: 'catalogue' };
  let url: URL;
  try {
    url = new URL(input.source);
  } catch {
    throw filteringErrors.catalogueUnknown(input.source);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw filteringErrors.listInvalid(`only http and https sources can be subscribed to, not ${url.protocol}`);
  // A UT1 category tarball is recognised by its name, wherever it is mirrored.
  const format = input.format ?? (url.pathname.endsWith('.tar.gz') ? 'ut1-tar' : 'auto');
  if (format !== 'auto' && format !== 'ut1-tar' && !LIST_FORMATS.some((f) => f === format)) throw filteringErrors.listInvalid(`unknown format ${JSON.stringify(format)}`);
  const name = input.name ?? `${url.hostname}${url.pathname}`.replace(/[^a-z0-9.-]+/gi, '-').replace(/-+$/, '').slice(0, 100);
  return { url: url.toString(), category, format, name, kind: 'url' };
}

/** The catalogue, for `haven lists catalogue` and the dashboard. */
export function listCatalogue(): readonly CatalogueEntry[] {
  return LIST_CATALOGUE;
}

/** Subscribes: downloads the source now, stores it as the list's first (or next) version, and schedules refreshes. */
export async function subscribe(deps: FilteringDeps, actor: Actor, input: SubscribeInput): Promise<ListImportResult> {
  const reason = checkReason(input.reason, 'subscribing to a list');
  const source = resolveSource(input);
  const refreshMinutes = input.refreshMinutes ?? DEFAULT_REFRESH_MINUTES;
  if (!Number.isInteger(refreshMinutes) || refreshMinutes < 15 || refreshMinutes > 43_200) throw filteringErrors.listInvalid('refresh every 15 minutes to 30 days');
  const format = source.format === 'ut1-tar' ? 'ut1-tar' : source.format === 'auto' ? 'auto' : (LIST_FORMATS.find((f) => f === source.format) ?? 'auto');
  const download = await downloadList(deps.fetch ?? fetch, source.url, format, { etag: null, lastModified: null });
  if (download.status !== 'ok') throw filteringErrors.downloadFailed(`${source.url} answered "not modified" to a first download`);
  return importList(deps, actor, {
    name: source.name,
    category: source.category,
    format: download.parsed.format,
    sourceKind: source.kind,
    source: source.kind === 'catalogue' ? (source.entry?.id ?? source.url) : source.url,
    parsed: download.parsed,
    reason,
    refreshMinutes,
    etag: download.etag,
    lastModified: download.lastModified,
  });
}

/** Refreshes one subscribed list now; never throws for a failed or refused download (it is recorded instead). */
export async function refreshList(deps: FilteringDeps, actor: Actor, ref: string): Promise<RefreshOutcome> {
  const list = await getList(deps, ref);
  if (list.sourceKind !== 'url' && list.sourceKind !== 'catalogue') throw filteringErrors.listInvalid(`${list.name} was imported from a file: import it again instead`);
  const entry = list.sourceKind === 'catalogue' ? findCatalogueEntry(list.source) : undefined;
  const url = entry?.url ?? list.source;
  const row = await deps.db.selectFrom('filter_lists').select(['etag', 'last_modified']).where('id', '=', list.id).executeTakeFirst();
  // A URL source is detected afresh each time (its publisher may change format); catalogue sources have theirs.
  const format = entry?.format ?? (new URL(url).pathname.endsWith('.tar.gz') ? 'ut1-tar' : 'auto');
  const refuse = async (status: 'refused' | 'failed', message: string): Promise<RefreshOutcome> => {
    await recordListError(deps, list.id, message);
    await deps.db.transaction().execute((trx) =>
      recordChange(deps, trx, actor, { schoolId: null, action: `filtering.list.refresh_${status}`, objectType: 'filter-list', objectId: list.id, reason: null, details: { version: list.current?.version ?? 0 } }),
    );
    deps.logger.warn({ list: list.name, status }, message);
    return { status, message };
  };
  let download;
  try {
    download = await downloadList(deps.fetch ?? fetch, url, format, { etag: row?.etag ?? null, lastModified: row?.last_modified ?? null });
  } catch (err) {
    return refuse('failed', `${err instanceof Error ? err.message : String(err)}; version ${list.current?.version ?? '-'} stays in force`);
  }
  if (download.status === 'not-modified') {
    await deps.db.updateTable('filter_lists').set({ last_checked_at: new Date(deps.clock.now()).toISOString(), last_error: null }).where('id', '=', list.id).execute();
    return { status: 'not-modified' };
  }
  const entries = download.parsed.domains.length + download.parsed.urls.length;
  const current = (list.current?.domains ?? 0) + (list.current?.urls ?? 0);
  if (entries === 0 || entries < current * SHRINK_LIMIT) {
    return refuse('refused', `the download has ${entries} entries against ${current} in version ${list.current?.version ?? '-'}: it shrank suspiciously, so that version stays in force`);
  }
  try {
    const result = await importList(deps, actor, {
      name: list.name,
      category: isCategory(list.category) ? list.category : 'malware',
      format: download.parsed.format,
      sourceKind: list.sourceKind,
      source: list.source,
      parsed: download.parsed,
      reason: `scheduled refresh from ${url}`,
      etag: download.etag,
      lastModified: download.lastModified,
    });
    return { status: result.unchanged ? 'unchanged' : 'imported', result };
  } catch (err) {
    return refuse('failed', `${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Refreshes every subscription that is due (the scheduler runs this every few minutes); returns how many were tried. */
export async function refreshDueLists(deps: FilteringDeps): Promise<number> {
  const now = deps.clock.now();
  const rows = await deps.db.selectFrom('filter_lists').select(['id', 'refresh_minutes', 'last_checked_at']).where('refresh_minutes', 'is not', null).where('enabled', '=', 1).execute();
  const due = rows.filter((r) => r.last_checked_at === null || Date.parse(r.last_checked_at) + Number(r.refresh_minutes) * 60_000 <= now);
  for (const r of due) await refreshList(deps, { type: 'system' }, r.id);
  return due.length;
}
