import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { ensureInstallation } from '../identity/index.ts';
import { createManualClock } from '../platform/clock.ts';
import { createTestDatabase, DIALECTS, skipDialect, type TestDatabase } from '../platform/db/testing.ts';
import { viewerFromAccount } from '../safeguarding/index.ts';
import type { MonitoringDeps } from './deps.ts';
import { type IdentifiedCapture, recordSearches } from './record-searches.ts';
import { createSearchRecorder } from './search-recorder.ts';
import { addTerm } from './terms.ts';
import { buildAccount, buildCapture, buildMonitoringDeps, buildPerson, firstSchool } from './testing.ts';

const SERIOUS = 'purple otter plan';

for (const dialect of DIALECTS) {
  describe(`${dialect}: search recorder — batching off the hot path, spool while the database is down`, async () => {
    const skip = await skipDialect(dialect);
    let t: TestDatabase;
    let deps: MonitoringDeps;
    let school: string;
    let dataDir: string;
    const clock = createManualClock('2026-11-25T10:00:00Z');

    before(async () => {
      if (skip) return;
      t = await createTestDatabase(dialect);
      await ensureInstallation(t.db, clock.now());
      deps = buildMonitoringDeps(t.db, dialect, clock);
      school = await firstSchool(t.db);
      const dsl = await buildAccount(t.db, { roles: ['dsl'] });
      await addTerm(deps, await viewerFromAccount(t.db, dsl.email), school, { kind: 'add', phrase: SERIOUS, category: 'suicide-self-harm', severity: 4 });
      dataDir = mkdtempSync(join(tmpdir(), 'haven-spool-'));
    });
    after(async () => {
      if (skip) return;
      await t.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    });

    const count = async () => Number((await t.db.selectFrom('search_events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const takeDown = () => sql`alter table search_events rename to search_events_away`.execute(t.db);
    const bringBack = () => sql`alter table search_events_away rename to search_events`.execute(t.db);
    const spoolFile = () => join(dataDir, 'spool', 'monitoring-searches.spool');

    it('never drops a search while the database is down: spools sealed, then replays in order', { skip }, async () => {
      const learner = await buildPerson(t.db);
      const written: string[] = [];
      const record = async (batch: readonly IdentifiedCapture[]) => {
        await recordSearches(deps, batch);
        written.push(...batch.map((b) => b.capture.query));
      };
      const pushed: string[] = [];
      const recorder = createSearchRecorder({ deps, dataDir, flushMs: 20, record });
      const push = (query: string) => {
        pushed.push(query);
        clock.advance(1000);
        recorder.search(buildCapture({ schoolId: school, query, at: clock.now(), personId: learner.id }));
      };
      push('rivers of england');
      push('fractions worksheet');
      await recorder.flush();
      assert.equal(await count(), 2);

      await takeDown();
      push(`the ${SERIOUS}`);
      for (let i = 0; i < 4; i++) push(`spooled search ${i}`);
      await recorder.flush();
      assert.ok(existsSync(spoolFile()));
      const onDisk = readFileSync(spoolFile(), 'utf8');
      assert.equal(onDisk.trim().split('\n').length, 5);
      assert.ok(!onDisk.includes('otter') && !onDisk.includes('spooled search'), 'the spool is sealed');
      push('while still down');
      await recorder.flush();
      assert.equal(readFileSync(spoolFile(), 'utf8').trim().split('\n').length, 6, 'later searches queue behind the spool');

      await bringBack();
      push('after the database came back');
      await recorder.flush();
      assert.equal(await count(), 9);
      assert.ok(!existsSync(spoolFile()), 'the spool is removed once replayed');
      const stats = recorder.stats();
      assert.equal(stats.dropped, 0);
      assert.equal(stats.replayed, 6);
      assert.deepEqual(written, pushed, 'written in the order they arrived, the outage included');
      const rows = await t.db.selectFrom('search_events').select(['id', 'at', 'severity', 'alert_id']).orderBy('at').execute();
      assert.ok(rows.some((r) => r.severity === 4 && r.alert_id !== null), 'a spooled risky search still raises its alert');
      await recorder.close();
    });

    it('replays a spool left by an earlier process, each search once', { skip }, async () => {
      const before = await count();
      const first = createSearchRecorder({ deps, dataDir, flushMs: 20 });
      await takeDown();
      for (let i = 0; i < 3; i++) {
        clock.advance(1000);
        first.search(buildCapture({ schoolId: school, query: `left behind ${i}`, at: clock.now() }));
      }
      await first.close();
      assert.ok(existsSync(spoolFile()));
      await bringBack();
      const second = createSearchRecorder({ deps, dataDir, flushMs: 20 });
      await second.flush();
      assert.equal(await count(), before + 3);
      await second.close();
    });

    it('counts what it drops past the bound of the spool, and never throws into the proxy', { skip }, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'haven-spool-small-'));
      const recorder = createSearchRecorder({ deps, dataDir: dir, flushMs: 20, maxSpoolBytes: 600 });
      await takeDown();
      try {
        for (let i = 0; i < 10; i++) recorder.search(buildCapture({ schoolId: school, query: `search number ${i}`, at: clock.now() }));
        recorder.search(buildCapture({ schoolId: school, query: '   ', at: clock.now() }));
        await recorder.flush();
        const s = recorder.stats();
        assert.ok(s.dropped > 0 && s.spooled > 0 && s.spooled + s.dropped === 10, JSON.stringify(s));
      } finally {
        await bringBack();
        await recorder.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('keeps memory bounded behind a slow database, through the spool, in order', { skip }, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'haven-spool-slow-'));
      const written: string[] = [];
      const recorder = createSearchRecorder({
        deps,
        dataDir: dir,
        flushMs: 20,
        maxBatch: 2,
        maxMemory: 3,
        record: async (batch) => {
          await recordSearches(deps, batch);
          written.push(...batch.map((b) => b.capture.query));
        },
      });
      try {
        const pushed = Array.from({ length: 12 }, (_, i) => `slow ${i}`);
        for (const q of pushed) {
          clock.advance(10);
          recorder.search(buildCapture({ schoolId: school, query: q, at: clock.now() }));
        }
        await recorder.flush();
        await recorder.flush();
        assert.deepEqual(written, pushed);
        assert.ok(recorder.stats().spooled > 0, 'the excess went through the spool');
        assert.ok(!existsSync(join(dir, 'spool', 'monitoring-searches.spool')));
      } finally {
        await recorder.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
