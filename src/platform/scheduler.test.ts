import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createManualClock } from './clock.ts';
import { createLogger } from './log.ts';
import { createScheduler } from './scheduler.ts';
import { createTestDatabase, DIALECTS, skipDialect, type TestDatabase } from './db/testing.ts';

for (const dialect of DIALECTS) {
  describe(`${dialect}: scheduler`, async () => {
    const skip = await skipDialect(dialect);
    let t: TestDatabase;
    before(async () => {
      if (!skip) t = await createTestDatabase(dialect);
    });
    after(async () => {
      if (!skip) await t.destroy();
    });

    it('runs a job once per interval, and only one node at a time', { skip }, async () => {
      const clock = createManualClock('2026-09-07T08:00:00Z');
      const logger = createLogger({ level: 'silent' });
      let runs = 0;
      let release: () => void = () => {};
      const a = createScheduler({ db: t.db, clock, logger });
      const b = createScheduler({ db: t.db, clock, logger });
      const job = (name: string) => ({
        name,
        intervalMs: 3600_000,
        run: () =>
          new Promise<void>((resolve) => {
            runs += 1;
            release = resolve;
          }),
      });
      a.add(job('test.job'));
      b.add(job('test.job'));
      const first = a.tick('test.job');
      await new Promise((r) => setTimeout(r, 50));
      assert.equal(await b.tick('test.job'), 'locked', 'the other node sees the lease');
      release();
      assert.equal(await first, 'ran');
      assert.equal(await b.tick('test.job'), 'not-due');
      clock.advance(3600_000);
      const again = b.tick('test.job');
      await new Promise((r) => setTimeout(r, 50));
      release();
      assert.equal(await again, 'ran');
      assert.equal(runs, 2);
    });

    it('records a failing job and frees its lease', { skip }, async () => {
      const clock = createManualClock('2026-09-07T08:00:00Z');
      const s = createScheduler({ db: t.db, clock, logger: createLogger({ level: 'silent' }) });
      s.add({ name: 'test.failing', intervalMs: 1000, run: async () => Promise.reject(new Error('boom')) });
      assert.equal(await s.tick('test.failing'), 'failed');
      const row = await t.db.selectFrom('scheduled_jobs').selectAll().where('name', '=', 'test.failing').executeTakeFirst();
      assert.equal(row?.last_status, 'failed');
      assert.equal(row?.locked_until, null);
    });
  });
}
