import type { Kysely } from 'kysely';
import type { Clock } from '../platform/clock.ts';
import type { Db, Dialect } from '../platform/db/index.ts';
import { GENESIS_HASH, hashEntry } from './chain.ts';
import type { AuditEntry, AuditEntryInput, AuditVerification } from './model.ts';
import { type AuditQuery, appendAuditEntry, queryAuditEntries, readChainHead, readChainPage } from './store.ts';

/** The audit log: append inside a transaction, read with filters, verify the whole chain. */
export interface AuditLog {
  /** Appends in the given transaction (or a new one): the entry commits with the change it records. */
  append(entry: AuditEntryInput, trx?: Kysely<Db>): Promise<AuditEntry>;
  query(q: AuditQuery): Promise<AuditEntry[]>;
  verify(): Promise<AuditVerification>;
}

export function createAuditLog(deps: { db: Kysely<Db>; dialect: Dialect; clock: Clock }): AuditLog {
  const { db, dialect, clock } = deps;
  return {
    append: (entry, trx) =>
      trx ? appendAuditEntry(trx, dialect, clock, entry) : db.transaction().execute((t) => appendAuditEntry(t, dialect, clock, entry)),
    query: (q) => queryAuditEntries(db, q),
    verify: () => verifyChain(db),
  };
}

/**
 * Walks the chain in order and recomputes every hash. Names the first entry that is out of
 * place: an edited row (hash mismatch), a deleted row (a gap in seq or a prev_hash that does
 * not follow), reordered rows, or a removed tail (the head records more than is there).
 */
export async function verifyChain(db: Kysely<Db>): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let entries = 0;
  const pageSize = 2000;
  for (;;) {
    const page = await readChainPage(db, expectedSeq - 1, pageSize);
    for (const r of page) {
      const seq = Number(r.seq);
      if (seq !== expectedSeq) {
        return { ok: false, entries, firstBroken: { seq: expectedSeq, id: null, reason: `entry ${expectedSeq} is missing (next present is ${seq})` } };
      }
      if (r.prev_hash !== prevHash) {
        return { ok: false, entries, firstBroken: { seq, id: r.id, reason: 'does not follow the entry before it (deleted or reordered)' } };
      }
      const recomputed = hashEntry(prevHash, {
        seq,
        id: r.id,
        at: r.at,
        actorType: r.actor_type,
        actorId: r.actor_id,
        action: r.action,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        schoolId: r.school_id,
        ip: r.ip,
        details: r.details,
      });
      if (recomputed !== r.hash) {
        return { ok: false, entries, firstBroken: { seq, id: r.id, reason: 'content was changed after it was written' } };
      }
      prevHash = r.hash;
      expectedSeq = seq + 1;
      entries += 1;
    }
    if (page.length < pageSize) break;
  }
  const head = await readChainHead(db);
  const headSeq = head?.seq ?? 0;
  if (headSeq !== entries || (head && head.hash !== prevHash)) {
    return {
      ok: false,
      entries,
      firstBroken: { seq: entries + 1, id: null, reason: `the chain head records ${headSeq} entries but ${entries} are present (entries removed from the end)` },
    };
  }
  return { ok: true, entries, headSeq };
}
