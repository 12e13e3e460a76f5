import { parse as parseCsv } from 'csv-parse/sync';
import { uuidv7 } from '../platform/crypto.ts';
import type { Actor } from '../identity/index.ts';
import type { Viewer } from '../safeguarding/index.ts';
import { schoolsWhere } from './access.ts';
import { type RaisedAlert, raiseAlertIn } from './alerts.ts';
import { analyse } from './core/analyse.ts';
import type { MonitoringDeps } from './deps.ts';
import { monitoringErrors } from './errors.ts';
import { INGEST_SOURCES, type IngestSource } from './model.ts';
import { afterRaise } from './notify-alerts.ts';
import { type LoadedSettings, loadSettings } from './settings.ts';

/** Longest text taken in one item (a chat message or an email body). */
export const MAX_INGEST_TEXT = 20_000;
/** Most items in one request or import chunk. */
export const MAX_INGEST_ITEMS = 1000;

/** One text a school routes in (school chat or email exports, typed text from managed devices). */
export interface IngestItem {
  text: string;
  source: IngestSource;
  /** Who wrote it: a directory id, an email address of a person, or the MIS external id. */
  personId?: string;
  personEmail?: string;
  externalId?: string;
  deviceId?: string;
  /** When it was written (ISO-8601); default now. */
  at?: string;
  schoolId?: string;
}

/** A row that was refused, with why; `line` for file imports. */
export interface IngestError {
  index: number;
  line?: number;
  message: string;
}

/**
 * What the sender learns: counts and per-row errors, never the analysis — whoever feeds the
 * API (an integration token, the administrator's import) is not on the monitoring team.
 */
export interface IngestResult {
  received: number;
  accepted: number;
  rejected: number;
  errors: IngestError[];
}

/** Who is sending: an API caller (limited to schools where it holds `monitoring:ingest`) or the server's shell. */
export type IngestCaller = { viewer: Viewer } | { actor: Actor };

interface Resolved {
  index: number;
  schoolId: string;
  personId: string | null;
  deviceId: string | null;
  at: number;
  text: string;
  source: IngestSource;
}

/**
 * Analyses texts sent in and raises alerts for those at or above each school's threshold. Only
 * texts that raise (or repeat) an alert are kept — sealed, with the alert — the rest are analysed
 * and forgotten (M5: keep only what is needed). Bad rows are reported one by one and never stop
 * the good ones. Audited with counts.
 */
export async function ingestTexts(deps: MonitoringDeps, caller: IngestCaller, items: readonly IngestItem[], lines?: readonly number[]): Promise<IngestResult> {
  if (items.length > MAX_INGEST_ITEMS) throw monitoringErrors.importInvalid(`at most ${MAX_INGEST_ITEMS} items at once, not ${items.length}`);
  const nowMs = deps.clock.now();
  const allSchools = (await deps.db.selectFrom('schools').select('id').execute()).map((s) => s.id);
  const allowed = 'viewer' in caller ? schoolsWhere(caller.viewer, 'monitoring:ingest', allSchools) : allSchools;
  if (allowed.length === 0) throw monitoringErrors.forbidden('send text for monitoring');
  const errors: IngestError[] = [];
  const ok: Resolved[] = [];
  const refuse = (index: number, message: string) => errors.push({ index, ...(lines?.[index] === undefined ? {} : { line: lines[index] }), message });

  for (const [index, item] of items.entries()) {
    const text = typeof item.text === 'string' ? item.text.trim() : '';
    if (text === '') {
      refuse(index, 'text is empty');
      continue;
    }
    if (text.length > MAX_INGEST_TEXT) {
      refuse(index, `text is longer than ${MAX_INGEST_TEXT} characters`);
      continue;
    }
    if (!INGEST_SOURCES.some((s) => s === item.source)) {
      refuse(index, `source ${JSON.stringify(item.source)} is not one of ${INGEST_SOURCES.join(', ')}`);
      continue;
    }
    let at = nowMs;
    if (item.at !== undefined && item.at !== '') {
      at = Date.parse(item.at);
      if (Number.isNaN(at)) {
        refuse(index, `at ${JSON.stringify(item.at)} is not a date and time (ISO-8601)`);
        continue;
      }
      if (at > nowMs + 5 * 60_000) {
        refuse(index, `at ${JSON.stringify(item.at)} is in the future`);
        continue;
      }
    }
    let person: { id: string; school_id: string } | undefined;
    const ref = item.personId ?? item.personEmail ?? item.externalId;
    if (ref !== undefined && ref !== '') {
      let q = deps.db.selectFrom('people').select(['id', 'school_id']);
      q = item.personId ? q.where('id', '=', item.personId) : item.personEmail ? q.where('email', '=', item.personEmail.trim().toLowerCase()) : q.where('external_id', '=', item.externalId ?? '');
      if (item.schoolId) q = q.where('school_id', '=', item.schoolId);
      const found = await q.limit(2).execute();
      if (found.length !== 1) {
        refuse(index, found.length === 0 ? `no person ${JSON.stringify(ref)}` : `${JSON.stringify(ref)} matches more than one person: give personId`);
        continue;
      }
      person = found[0];
    }
    const schoolId = item.schoolId ?? person?.school_id ?? (allowed.length === 1 ? allowed[0] : undefined);
    if (!schoolId) {
      refuse(index, 'say which school (schoolId) or who wrote it');
      continue;
    }
    if (!allowed.includes(schoolId)) {
      refuse(index, `you may not send text for school ${JSON.stringify(schoolId)}`);
      continue;
    }
    if (!person && !item.deviceId) {
      refuse(index, 'say who wrote it (personId, personEmail or externalId) or on which device (deviceId)');
      continue;
    }
    ok.push({ index, schoolId, personId: person?.id ?? null, deviceId: item.deviceId?.trim() || null, at, text, source: item.source });
  }

  const settings = new Map<string, LoadedSettings>();
  const due: { r: Resolved; severity: number; analysis: ReturnType<typeof analyse> }[] = [];
  for (const r of ok) {
    if (!settings.has(r.schoolId)) settings.set(r.schoolId, await loadSettings(deps, r.schoolId));
    const lexicon = await deps.lexicons.get(deps.db, r.schoolId, nowMs);
    const analysis = analyse(r.text, lexicon ? { lexicon } : {});
    const threshold = settings.get(r.schoolId)?.threshold ?? 3;
    if (analysis.severity >= threshold) due.push({ r, severity: analysis.severity, analysis });
  }
  const actor: Actor = 'viewer' in caller ? caller.viewer.actor : caller.actor;
  const raised: (RaisedAlert & { schoolId: string })[] = [];
  await deps.db.transaction().execute(async (trx) => {
    for (const { r, analysis } of due) {
      const s = settings.get(r.schoolId);
      if (!s) continue;
      const alert = await raiseAlertIn(
        trx,
        deps,
        { schoolId: r.schoolId, source: 'ingest', eventId: uuidv7(r.at), at: r.at, personId: r.personId, deviceId: r.deviceId, clientAddress: null, text: r.text, severity: analysis.severity, categories: analysis.categories, matches: analysis.matches },
        s,
      );
      raised.push({ ...alert, schoolId: r.schoolId });
    }
    await deps.audit.append(
      { actor, ip: actor.ip ?? null, action: 'monitoring.ingest.received', details: { received: items.length, accepted: ok.length, rejected: errors.length, sources: [...new Set(ok.map((r) => r.source))] } },
      trx,
    );
  });
  if (raised.length > 0) await afterRaise(deps, raised).catch((err: unknown) => deps.logger.error({ err }, 'alert notification failed; the notify job retries emails'));
  return { received: items.length, accepted: ok.length, rejected: errors.length, errors };
}

/** Rows of an import file, with the line each came from, or the per-line parse errors. */
export interface ParsedImport {
  items: IngestItem[];
  lines: number[];
  errors: IngestError[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

function toItem(o: Record<string, unknown>): IngestItem {
  const person = str(o.person);
  const item: IngestItem = { text: typeof o.text === 'string' ? o.text : '', source: (str(o.source) ?? 'other') as IngestSource };
  const personId = str(o.personId) ?? (person && /^[0-9a-f-]{36}$/i.test(person) ? person : undefined);
  const personEmail = str(o.personEmail) ?? (person?.includes('@') ? person : undefined);
  const externalId = str(o.externalId) ?? (person && !personId && !personEmail ? person : undefined);
  if (personId) item.personId = personId;
  if (personEmail) item.personEmail = personEmail;
  if (externalId) item.externalId = externalId;
  const device = str(o.deviceId) ?? str(o.device);
  if (device) item.deviceId = device;
  const at = str(o.at) ?? str(o.time);
  if (at) item.at = at;
  const school = str(o.schoolId) ?? str(o.school);
  if (school) item.schoolId = school;
  return item;
}

/**
 * Parses `haven monitoring import` input: CSV with a header row (`text`, `source`, `person` —
 * id, email or MIS id — `device`, `at`, `school`) or JSON Lines with the API's field names.
 * Lines that do not parse are reported with their number; the rest go on.
 */
export function parseImport(content: string, format: 'csv' | 'jsonl'): ParsedImport {
  const items: IngestItem[] = [];
  const lines: number[] = [];
  const errors: IngestError[] = [];
  if (format === 'jsonl') {
    const all = content.split(/\r?\n/);
    for (const [i, line] of all.entries()) {
      if (line.trim() === '') continue;
      try {
        const value: unknown = JSON.parse(line);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
        items.push(toItem(value as Record<string, unknown>));
        lines.push(i + 1);
      } catch (err) {
        errors.push({ index: -1, line: i + 1, message: `not a JSON object: ${(err as Error).message}` });
      }
    }
    return { items, lines, errors };
  }
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parseCsv(content, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, bom: true, info: true, relax_column_count: true }) as typeof records;
  } catch (err) {
    throw monitoringErrors.importInvalid(`the CSV file does not parse: ${(err as Error).message}`);
  }
  for (const { record, info } of records) {
    items.push(toItem(record));
    lines.push(info.lines);
  }
  if (records.length > 0 && !('text' in (records[0]?.record ?? {}))) throw monitoringErrors.importInvalid('the CSV file needs a "text" column');
  return { items, lines, errors };
}
