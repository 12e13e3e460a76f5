// Filter events on both dialects: DNS queries become rows in batches, a slow or dead database never
// delays an answer (events are dropped past the bound and counted), retention deletes old rows,
// and the log reads (API and CLI) show names only to those who may see them.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { createDnsEventWriter, dnsEventRow, purgeFilterEvents, readFilterLog } from '../../src/dns/index.ts';
import type { DnsEvent } from '../../src/dns/index.ts';
import { messageRcode } from '../../src/dns/core/message.ts';
import { RCODE, RR_TYPE } from '../../src/dns/core/wire.ts';
import { createAccount, createToken, ROLE_PERMISSIONS, type Role } from '../../src/identity/index.ts';
import { openHaven } from '../../src/main/app.ts';
import { startTestHaven, type TestHaven } from '../../src/main/testing.ts';
import { loadConfig } from '../../src/platform/config/index.ts';
import { createTestDatabase, DIALECTS, skipDialect, type TestDatabase } from '../../src/platform/db/testing.ts';
import { createLogger } from '../../src/platform/log.ts';
import { buildPerson } from '../../src/safeguarding/testing.ts';
import { ask } from '../support/dns-client.ts';
import { startTestDns } from '../support/dns-service.ts';
import { runHaven } from '../support/haven-process.ts';

/** Holds an exclusive lock on the events table (SQLite: the whole file) until the returned function is called. */
async function lockEvents(db: TestDatabase): Promise<() => Promise<void>> {
  if (db.target.dialect === 'sqlite') {
    const lock = new SqliteDatabase(db.target.path);
    lock.exec('begin exclusive');
    return async () => {
      lock.exec('rollback');
      lock.close();
    };
  }
  let release: () => void = () => undefined;
  const released = new Promise<void>((r) => (release = r));
  let locked: () => void = () => undefined;
  const isLocked = new Promise<void>((r) => (locked = r));
  const holder = db.db.transaction().execute(async (trx) => {
    await sql`lock table filter_events in access exclusive mode`.execute(trx);
    locked();
    await released;
  });
  await isLocked;
  return async () => {
    release();
    await holder;
  };
}

const event = (over: Partial<DnsEvent> & { name: string }): DnsEvent => ({
  at: Date.now(),
  address: '10.0.0.5',
  client: { schoolId: 'school-1', groups: ['learners'], source: 'default' },
  type: RR_TYPE.A,
  verdict: 'allow',
  ...over,
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: DNS events`, async () => {
    const skip = await skipDialect(dialect);
    let db: TestDatabase;
    before(async () => {
      if (!skip) db = await createTestDatabase(dialect);
    });
    after(async () => {
      if (!skip) await db.destroy();
    });

    it('writes every answered query as a row, in batches', { skip }, async () => {
      const writer = createDnsEventWriter({ database: db, options: { maxQueue: 1000, batchSize: 50, flushMs: 20 } });
      const t = await startTestDns();
      try {
        const sink = t.events;
        for (const name of ['school.example', 'porn.example', 'www.google.com']) await ask(t.port, name, RR_TYPE.A, { from: '127.0.0.2' });
        for (const e of sink) writer.record(e);
        await writer.flush();
        const rows = await db.db.selectFrom('filter_events').selectAll().orderBy('at').execute();
        assert.equal(rows.length, 3);
        const blocked = rows.find((r) => r.host === 'porn.example');
        assert.equal(blocked?.verdict, 'block');
        assert.equal(blocked?.category, 'pornography');
        assert.equal(blocked?.query_type, 'A');
        assert.equal(blocked?.device_id, 'laptop-1');
        assert.equal(blocked?.person_id, 'p-staff');
        assert.equal(blocked?.client_address, '127.0.0.2');
        assert.match(rows.find((r) => r.host === 'www.google.com')?.rule ?? '', /^safe-search:google:moderate$/u);
        assert.match(blocked?.id ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-7/u, 'UUIDv7');
      } finally {
        await writer.close();
        await t.close();
      }
    });

    it('keeps answering while the events table is locked, and counts the events it drops', { skip }, async () => {
      const t = await startTestDns();
      const writer = createDnsEventWriter({ database: db, options: { maxQueue: 5, batchSize: 2, flushMs: 10 } });
      const unlock = await lockEvents(db);
      try {
        const started = Date.now();
        for (let i = 0; i < 20; i++) {
          const asked = Date.now();
          assert.equal(messageRcode(await ask(t.port, `slow${i}.example`)), RCODE.NOERROR);
          assert.ok(Date.now() - asked < 500, 'an answer never waits for the database');
          writer.record(t.events[t.events.length - 1] ?? event({ name: 'x' }));
          await new Promise((r) => setTimeout(r, 2));
        }
        assert.ok(Date.now() - started < 5000);
        const stats = writer.stats();
        assert.ok(stats.dropped >= 13, `dropped ${stats.dropped}`);
        assert.ok(stats.queued <= 5);
      } finally {
        await unlock();
        await writer.close();
        await t.close();
      }
    });

    it('deletes events past the retention period', { skip }, async () => {
      const now = Date.now();
      await db.db.insertInto('filter_events').values([dnsEventRow(event({ name: 'old.example', at: now - 91 * 86_400_000 })), dnsEventRow(event({ name: 'new.example', at: now - 1000 }))]).execute();
      assert.equal(await purgeFilterEvents(db.db, now - 90 * 86_400_000, 1), 1);
      const hosts = (await db.db.selectFrom('filter_events').select('host').execute()).map((r) => r.host);
      assert.ok(hosts.includes('new.example'));
      assert.ok(!hosts.includes('old.example'));
    });

    it('reads the log newest first with the most blocked names, filtered by group and verdict', { skip }, async () => {
      const now = Date.now();
      const rows = [
        event({ name: 'bet.example', verdict: 'block', category: 'gambling', at: now - 3000 }),
        event({ name: 'bet.example', verdict: 'block', category: 'gambling', at: now - 2000 }),
        event({ name: 'porn.example', verdict: 'block', category: 'pornography', at: now - 1000 }),
        event({ name: 'staff.example', client: { schoolId: 'school-1', groups: ['staff'], source: 'subnet' }, at: now - 500 }),
      ];
      await db.db.insertInto('filter_events').values(rows.map(dnsEventRow)).execute();
      const r = await readFilterLog(db.db, { source: 'dns', sinceMs: now - 10_000, schoolIds: ['*'], names: false, blockedOnly: true });
      assert.deepEqual(r.events.map((e) => e.host).slice(0, 3), ['porn.example', 'bet.example', 'bet.example']);
      assert.deepEqual(r.topBlocked[0], { host: 'bet.example', count: 2 });
      const staff = await readFilterLog(db.db, { sinceMs: now - 10_000, schoolIds: ['*'], names: false, group: 'staff' });
      assert.deepEqual(staff.events.map((e) => e.host), ['staff.example']);
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: the filter log over HTTP and the CLI`, async () => {
    const skip = await skipDialect(dialect);
    let t: TestHaven;
    const tokens = new Map<string, string>();
    let learner: { id: string; name: string };
    before(async () => {
      if (skip) return;
      t = await startTestHaven(dialect);
      for (const role of ['dsl', 'it-technician', 'teacher'] as Role[]) {
        const account = await createAccount(t.haven.identity, { type: 'cli' }, { email: `${role}@example.school`, roles: [role], password: 'tangerine-harbour-lantern' });
        tokens.set(role, (await createToken(t.haven.identity, { type: 'cli' }, { account: account.id, name: role, scopes: [...ROLE_PERMISSIONS[role]] })).token);
      }
      learner = await buildPerson(t.haven.database.db, { firstName: 'Rowan', lastName: 'Testpupil' });
      const school = await t.haven.database.db.selectFrom('schools').select('id').executeTakeFirstOrThrow();
      await t.haven.database.db
        .insertInto('filter_events')
        .values(dnsEventRow(event({ name: 'bet.example', verdict: 'block', category: 'gambling', at: t.clock.now() - 1000, client: { schoolId: school.id, personId: learner.id, deviceId: 'tab-7', groups: ['learners'], source: 'device' } })))
        .execute();
    });
    after(async () => {
      if (!skip) await t.close();
    });

    const get = async (role: string, query: string) => {
      const res = await fetch(`${t.url}/api/v1/filtering/log${query}`, { headers: { authorization: `Bearer ${tokens.get(role)}` } });
      return { status: res.status, json: (await res.json()) as { events: { host: string; deviceId: string | null; person?: { name: string } | null }[]; topBlocked: { host: string; count: number }[] } };
    };

    it('shows the DSL who it was', { skip }, async () => {
      const r = await get('dsl', '?source=dns&since=1h&blocked=true');
      assert.equal(r.status, 200);
      assert.equal(r.json.events[0]?.person?.name, learner.name);
      assert.deepEqual(r.json.topBlocked, [{ host: 'bet.example', count: 1 }]);
      const audited = await t.haven.audit.query({ actionPrefix: 'filtering.log.read' });
      assert.equal(audited.length, 1);
    });

    it('shows IT staff the device, not the person', { skip }, async () => {
      const r = await get('it-technician', '?source=dns&since=1h');
      assert.equal(r.status, 200);
      assert.equal(r.json.events[0]?.deviceId, 'tab-7');
      assert.equal(r.json.events[0]?.person, undefined);
      assert.doesNotMatch(JSON.stringify(r.json), /Rowan|Testpupil/u);
    });

    it('refuses teachers', { skip }, async () => {
      assert.equal((await get('teacher', '')).status, 403);
    });

    // The CLI opens its own data directory (SQLite); the PostgreSQL read path is the same function.
    if (dialect === 'sqlite') it('prints the log from the CLI without names unless the account may see them', { skip }, async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'haven-log-'));
      try {
        const config = loadConfig({ flags: { dataDir }, env: {}, cwd: dataDir });
        const h = await openHaven(config, { logger: createLogger({ level: 'silent' }) });
        const school = await h.database.db.selectFrom('schools').select('id').executeTakeFirstOrThrow();
        const pupil = await buildPerson(h.database.db, { firstName: 'Rowan', lastName: 'Clipupil' });
        await createAccount(h.identity, { type: 'cli' }, { email: 'dsl@example.school', roles: ['dsl'], password: 'tangerine-harbour-lantern' });
        await h.database.db.insertInto('filter_events').values(dnsEventRow(event({ name: 'bet.example', verdict: 'block', category: 'gambling', client: { schoolId: school.id, personId: pupil.id, groups: ['learners'], source: 'device' } }))).execute();
        await h.close();
        const plain = await runHaven(['log', 'dns', '--data-dir', dataDir, '--blocked']);
        assert.equal(plain.code, 0, plain.err);
        assert.match(plain.out, /bet\.example/u);
        assert.doesNotMatch(plain.out, /Rowan/u);
        const named = await runHaven(['log', 'dns', '--data-dir', dataDir, '--json', '--as', 'dsl@example.school']);
        assert.equal(named.code, 0, named.err);
        assert.match(named.out, /Rowan Clipupil/u);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
}
