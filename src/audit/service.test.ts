import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createManualClock } from '../platform/clock.ts';
import { createTestDatabase, DIALECTS, skipDialect, type TestDatabase } from '../platform/db/testing.ts';
import { type AuditLog, createAuditLog } from './service.ts';

/** Turns the append-only trigger off so a test can play the attacker who edits the database. */
async function asAttacker(t: TestDatabase, change: string): Promise<void> {
  if (t.dialect === 'sqlite') {
    await sql`drop trigger if exists audit_log_no_update`.execute(t.db);
    await sql`drop trigger if exists audit_log_no_delete`.execute(t.db);
  } else {
    await sql`alter table audit_log disable trigger audit_log_append_only`.execute(t.db);
  }
  await sql.raw(change).execute(t.db);
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: audit log`, async () => {
    const skip = await skipDialect(dialect);
    let t: TestDatabase;
    let log: AuditLog;
    const clock = createManualClock();

    before(async () => {
      if (skip) return;
      t = await createTestDatabase(dialect);
      log = createAuditLog({ db: t.db, dialect, clock });
    });
    after(async () => {
      if (!skip) await t.destroy();
    });

    async function fill(n: number): Promise<void> {
      for (let i = 0; i < n; i++) {
        clock.advance(1000);
        await log.append({ actor: { type: 'system' }, action: 'test.event', subject: { type: 'thing', id: `t${i}` }, details: { n: i } });
      }
    }

    it('verifies an empty log and a log of many entries', { skip }, async () => {
      assert.deepEqual(await log.verify(), { ok: true, entries: 0, headSeq: 0 });
      await fill(5);
      const v = await log.verify();
      assert.equal(v.ok, true);
      assert.equal(v.entries, 5);
    });

    it('appends concurrently without breaking the chain', { skip }, async () => {
      await Promise.all(Array.from({ length: 20 }, (_, i) => log.append({ actor: { type: 'system' }, action: 'test.concurrent', details: { i } })));
      const v = await log.verify();
      assert.equal(v.ok, true);
      assert.equal(v.entries, 25);
    });

    it('refuses updates and deletes through the database itself', { skip }, async () => {
      await assert.rejects(sql`update audit_log set action = 'x' where seq = 1`.execute(t.db), /append-only/);
      await assert.rejects(sql`delete from audit_log where seq = 1`.execute(t.db), /append-only/);
    });

    it('queries newest first with filters', { skip }, async () => {
      const rows = await log.query({ actionPrefix: 'test.event', limit: 2 });
      assert.equal(rows.length, 2);
      assert.equal(rows[0]?.subject?.id, 't4');
      assert.deepEqual(rows[0]?.details, { n: 4 });
      const bySubject = await log.query({ subjectType: 'thing', subjectId: 't2' });
      assert.equal(bySubject.length, 1);
    });

    it('names the first edited entry', { skip }, async () => {
      await asAttacker(t, `update audit_log set details = '{"n":99}' where seq = 3`);
      const v = await log.verify();
      assert.equal(v.ok, false);
      assert.equal(v.ok ? 0 : v.firstBroken.seq, 3);
      assert.match(v.ok ? '' : v.firstBroken.reason, /changed/);
    });
  });

  describe(`${dialect}: audit log tampering by deletion and reordering`, async () => {
    const skip = await skipDialect(dialect);
    const clock = createManualClock();

    async function fresh(): Promise<{ t: TestDatabase; log: AuditLog }> {
      const t = await createTestDatabase(dialect);
      const log = createAuditLog({ db: t.db, dialect, clock });
      for (let i = 0; i < 6; i++) await log.append({ actor: { type: 'system' }, action: 'test.event', details: { i } });
      return { t, log };
    }

    it('detects a deleted entry in the middle', { skip }, async () => {
      const { t, log } = await fresh();
      await asAttacker(t, 'delete from audit_log where seq = 4');
      const v = await log.verify();
      assert.equal(v.ok ? 0 : v.firstBroken.seq, 4);
      await t.destroy();
    });

    it('detects a removed tail', { skip }, async () => {
      const { t, log } = await fresh();
      await asAttacker(t, 'delete from audit_log where seq = 6');
      const v = await log.verify();
      assert.equal(v.ok, false);
      assert.equal(v.ok ? 0 : v.firstBroken.seq, 6);
      await t.destroy();
    });

    it('detects two entries swapped', { skip }, async () => {
      const { t, log } = await fresh();
      await asAttacker(t, 'update audit_log set seq = 100 where seq = 2');
      await asAttacker(t, 'update audit_log set seq = 2 where seq = 3');
      await asAttacker(t, 'update audit_log set seq = 3 where seq = 100');
      const v = await log.verify();
      assert.equal(v.ok ? 0 : v.firstBroken.seq, 2);
      await t.destroy();
    });
  });
}
