import { type Kysely, type Selectable, sql } from 'kysely';
import type { Clock } from '../platform/clock.ts';
import { uuidv7 } from '../platform/crypto.ts';
import type { AuditLogTable, Db, Dialect } from '../platform/db/index.ts';
import { canonicalDetails, GENESIS_HASH, hashEntry } from './chain.ts';
import type { AuditEntry, AuditEntryInput } from './model.ts';

const CHAIN = 'main';

/** Filters for reading the log; all optional, newest first, paged by `beforeSeq`. */
export interface AuditQuery {
  actorId?: string;
  actionPrefix?: string;
  subjectType?: string;
  subjectId?: string;
  schoolId?: string;
  since?: string;
  until?: string;
  beforeSeq?: number;
  limit?: number;
}

/**
 * Appends one entry inside the caller's transaction (so a change and its audit entry commit
 * together). The chain head row is locked first, which serialises appenders across processes
 * on PostgreSQL; SQLite serialises writers itself.
 */
export async function appendAuditEntry(
  trx: Kysely<Db>,
  dialect: Dialect,
  clock: Clock,
  input: AuditEntryInput,
): Promise<AuditEntry> {
  const head =
    dialect === 'postgres'
      ? await sql<{ seq: number; hash: string }>`select seq, hash from audit_head where chain = ${CHAIN} for update`
          .execute(trx)
          .then((r) => r.rows[0])
      : await trx.selectFrom('audit_head').select(['seq', 'hash']).where('chain', '=', CHAIN).executeTakeFirst();
  const prevHash = head?.hash ?? GENESIS_HASH;
  const seq = Number(head?.seq ?? 0) + 1;
  const at = new Date(clock.now()).toISOString();
  const row = {
    seq,
    id: uuidv7(clock.now()),
    at,
    actor_type: input.actor.type,
    actor_id: input.actor.id ?? null,
    action: input.action,
    subject_type: input.subject?.type ?? null,
    subject_id: input.subject?.id ?? null,
    school_id: input.schoolId ?? null,
    ip: input.ip ?? null,
    details: canonicalDetails(input.details),
  };
  const hash = hashEntry(prevHash, {
    seq,
    id: row.id,
    at,
    actorType: row.actor_type,
    actorId: row.actor_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    schoolId: row.school_id,
    ip: row.ip,
    details: row.details,
  });
  await trx.insertInto('audit_log').values({ ...row, prev_hash: prevHash, hash }).execute();
  if (head) await trx.updateTable('audit_head').set({ seq, hash }).where('chain', '=', CHAIN).execute();
  else await trx.insertInto('audit_head').values({ chain: CHAIN, seq, hash }).execute();
  return fromRow({ ...row, prev_hash: prevHash, hash });
}

/** Reads entries in chain order from `afterSeq`, for verification. */
export async function readChainPage(db: Kysely<Db>, afterSeq: number, limit: number) {
  return db.selectFrom('audit_log').selectAll().where('seq', '>', afterSeq).orderBy('seq', 'asc').limit(limit).execute();
}

/** The recorded head of the chain (seq and hash of the last entry), if any entry exists. */
export async function readChainHead(db: Kysely<Db>): Promise<{ seq: number; hash: string } | undefined> {
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('chain', '=', CHAIN).executeTakeFirst();
  return head ? { seq: Number(head.seq), hash: head.hash } : undefined;
}

/** Entries matching the query, newest first. */
export async function queryAuditEntries(db: Kysely<Db>, q: AuditQuery): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (q.actorId) query = query.where('actor_id', '=', q.actorId);
  if (q.actionPrefix) {
    const pattern = `${q.actionPrefix.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    query = query.where(sql<boolean>`action like ${pattern} escape '\\'`);
  }
  if (q.subjectType) query = query.where('subject_type', '=', q.subjectType);
  if (q.subjectId) query = query.where('subject_id', '=', q.subjectId);
  if (q.schoolId) query = query.where('school_id', '=', q.schoolId);
  if (q.since) query = query.where('at', '>=', q.since);
  if (q.until) query = query.where('at', '<', q.until);
  if (q.beforeSeq) query = query.where('seq', '<', q.beforeSeq);
  const rows = await query
    .orderBy('seq', 'desc')
    .limit(Math.min(Math.max(q.limit ?? 100, 1), 1000))
    .execute();
  return rows.map(fromRow);
}

type Row = Selectable<AuditLogTable>;

/** Maps a stored row to an {@link AuditEntry}. */
export function fromRow(r: Row): AuditEntry {
  return {
    seq: Number(r.seq),
    id: r.id,
    at: r.at,
    actor: { type: r.actor_type as AuditEntry['actor']['type'], id: r.actor_id },
    action: r.action,
    subject: r.subject_type && r.subject_id ? { type: r.subject_type, id: r.subject_id } : null,
    schoolId: r.school_id,
    ip: r.ip,
    details: JSON.parse(r.details) as AuditEntry['details'],
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}
