import type { Kysely } from 'kysely';
import { uuidv7 } from '../platform/crypto.ts';
import type { Db } from '../platform/db/index.ts';
import type { Viewer } from '../safeguarding/index.ts';
import { requireIn } from './access.ts';
import { buildInTurns, builtinLexiconInTurns } from './build-in-turns.ts';
import { compileLexiconSteps, type Lexicon, type LexiconTerm } from './core/analyse.ts';
import type { MonitoringDeps } from './deps.ts';
import { monitoringErrors } from './errors.ts';
import { isMonitoringCategory, type MonitoringCategory } from './model.ts';

/** Kinds of school term: an extra phrase to look for, or a phrase never to alert on. */
export const TERM_KINDS = ['add', 'exclude'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/** One of a school's own terms. */
export interface SchoolTerm {
  id: string;
  kind: TermKind;
  phrase: string;
  category: MonitoringCategory | null;
  severity: number | null;
  lang: string | null;
  source: 'manual' | 'false-positive';
  alertId: string | null;
  createdAt: string;
  createdBy: string | null;
}

/**
 * Each school's compiled lexicon. A school's terms are re-read at most every `ttlMs` (so other
 * processes' changes arrive within it) but the lexicon is compiled again only when they changed
 * (compiling costs about half a second); this process's own changes drop the entry at once. A
 * school without terms gets `undefined`: the analyser's built-in lexicon, compiled once.
 */
export interface LexiconCache {
  get(db: Kysely<Db>, schoolId: string, nowMs: number): Promise<Lexicon | undefined>;
  invalidate(schoolId: string): void;
}

interface CacheEntry {
  checkedAt: number;
  fingerprint: string;
  lexicon: Lexicon | undefined;
}

/** Creates an empty cache. */
export function createLexiconCache(ttlMs = 30_000): LexiconCache {
  const cache = new Map<string, CacheEntry>();
  return {
    async get(db, schoolId, nowMs) {
      const hit = cache.get(schoolId);
      if (hit && nowMs - hit.checkedAt < ttlMs) return hit.lexicon;
      const rows = await db.selectFrom('monitoring_terms').select(['kind', 'phrase', 'category', 'severity', 'lang']).where('school_id', '=', schoolId).orderBy('kind').orderBy('phrase').execute();
      const fingerprint = JSON.stringify(rows);
      if (hit && hit.fingerprint === fingerprint) {
        hit.checkedAt = nowMs;
        return hit.lexicon;
      }
      // No terms: the built-in lexicon, which the analyser then uses — built once, in turns.
      if (rows.length === 0) await builtinLexiconInTurns();
      const lexicon = rows.length === 0 ? undefined : await lexiconOf(rows);
      cache.set(schoolId, { checkedAt: nowMs, fingerprint, lexicon });
      return lexicon;
    },
    invalidate(schoolId) {
      cache.delete(schoolId);
    },
  };
}

async function lexiconOf(rows: readonly { kind: string; phrase: string; category: string | null; severity: number | null; lang: string | null }[]): Promise<Lexicon> {
  const added: LexiconTerm[] = [];
  const excluded: string[] = [];
  for (const r of rows) {
    if (r.kind === 'exclude') excluded.push(r.phrase);
    else if (r.category && isMonitoringCategory(r.category) && r.severity !== null && r.severity >= 1 && r.severity <= 5) {
      added.push({ phrase: r.phrase, category: r.category, severity: r.severity as 1 | 2 | 3 | 4 | 5, ...(r.lang ? { lang: r.lang } : {}) });
    }
  }
  return buildInTurns(compileLexiconSteps({ added, excluded }));
}

function fromRow(r: { id: string; kind: string; phrase: string; category: string | null; severity: number | null; lang: string | null; source: string; alert_id: string | null; created_at: string; created_by: string | null }): SchoolTerm {
  return {
    id: r.id,
    kind: r.kind === 'exclude' ? 'exclude' : 'add',
    phrase: r.phrase,
    category: r.category && isMonitoringCategory(r.category) ? r.category : null,
    severity: r.severity,
    lang: r.lang,
    source: r.source === 'false-positive' ? 'false-positive' : 'manual',
    alertId: r.alert_id,
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}

/** Normalises a phrase as stored: trimmed, single-spaced, lower case. */
export function normalisePhrase(phrase: string): string {
  return phrase.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A school's terms (the monitoring team: `monitoring:read`). */
export async function listTerms(deps: MonitoringDeps, viewer: Viewer, schoolId: string): Promise<SchoolTerm[]> {
  requireIn(viewer, schoolId, 'monitoring:read', 'read monitoring terms');
  const rows = await deps.db.selectFrom('monitoring_terms').selectAll().where('school_id', '=', schoolId).orderBy('kind').orderBy('phrase').execute();
  return rows.map(fromRow);
}

/** A new school term. */
export interface NewTerm {
  kind: TermKind;
  phrase: string;
  category?: MonitoringCategory;
  severity?: number;
  lang?: string;
}

/** Inserts a term in the caller's transaction (an existing identical term is kept); returns its id. */
export async function insertTermIn(
  trx: Kysely<Db>,
  deps: MonitoringDeps,
  a: { schoolId: string; term: NewTerm; source: 'manual' | 'false-positive'; alertId: string | null; accountId: string | null },
): Promise<string> {
  const phrase = normalisePhrase(a.term.phrase);
  const existing = await trx.selectFrom('monitoring_terms').select('id').where('school_id', '=', a.schoolId).where('kind', '=', a.term.kind).where('phrase', '=', phrase).executeTakeFirst();
  if (existing) return existing.id;
  const nowMs = deps.clock.now();
  const id = uuidv7(nowMs);
  await trx
    .insertInto('monitoring_terms')
    .values({
      id,
      school_id: a.schoolId,
      kind: a.term.kind,
      phrase,
      category: a.term.kind === 'add' ? (a.term.category ?? null) : null,
      severity: a.term.kind === 'add' ? (a.term.severity ?? null) : null,
      lang: a.term.lang ?? null,
      source: a.source,
      alert_id: a.alertId,
      created_at: new Date(nowMs).toISOString(),
      created_by: a.accountId,
    })
    .execute();
  return id;
}

/** Adds a phrase to look for, or one never to alert on (DSL team: `monitoring:triage`); audited. */
export async function addTerm(deps: MonitoringDeps, viewer: Viewer, schoolId: string, term: NewTerm): Promise<SchoolTerm> {
  requireIn(viewer, schoolId, 'monitoring:triage', 'change monitoring terms');
  const phrase = normalisePhrase(term.phrase);
  if (phrase.length < 2 || phrase.length > 200) throw monitoringErrors.termInvalid(`a phrase needs 2 to 200 characters, not ${JSON.stringify(term.phrase)}`);
  if (term.kind === 'add') {
    if (!term.category) throw monitoringErrors.termInvalid('an added phrase needs a category');
    if (term.severity === undefined || !Number.isInteger(term.severity) || term.severity < 1 || term.severity > 5) throw monitoringErrors.termInvalid('an added phrase needs a severity from 1 to 5');
  }
  const id = await deps.db.transaction().execute(async (trx) => {
    const termId = await insertTermIn(trx, deps, { schoolId, term, source: 'manual', alertId: null, accountId: viewer.accountId });
    await deps.audit.append(
      { actor: viewer.actor, ip: viewer.actor.ip ?? null, action: 'monitoring.term.added', subject: { type: 'monitoring-term', id: termId }, schoolId, details: { kind: term.kind, category: term.category ?? null, severity: term.severity ?? null } },
      trx,
    );
    return termId;
  });
  deps.lexicons.invalidate(schoolId);
  const row = await deps.db.selectFrom('monitoring_terms').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return fromRow(row);
}

/** Removes a school term (DSL team); audited. */
export async function removeTerm(deps: MonitoringDeps, viewer: Viewer, id: string): Promise<void> {
  const row = await deps.db.selectFrom('monitoring_terms').select(['id', 'school_id', 'kind']).where('id', '=', id).executeTakeFirst();
  if (!row) throw monitoringErrors.termNotFound(id);
  requireIn(viewer, row.school_id, 'monitoring:triage', 'change monitoring terms');
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('monitoring_terms').where('id', '=', id).execute();
    await deps.audit.append(
      { actor: viewer.actor, ip: viewer.actor.ip ?? null, action: 'monitoring.term.removed', subject: { type: 'monitoring-term', id }, schoolId: row.school_id, details: { kind: row.kind } },
      trx,
    );
  });
  deps.lexicons.invalidate(row.school_id);
}
