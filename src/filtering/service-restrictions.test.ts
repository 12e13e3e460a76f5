import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { uuidv7 } from '../platform/crypto.ts';
import { createTestDatabase, DIALECTS, skipDialect, type TestDatabase } from '../platform/db/testing.ts';
import type { ClientIdentity } from './model.ts';
import { parseUntil } from './service-restrictions.ts';
import { loadRestrictions } from './store.ts';
import { createFilteringTestDeps, openSecondEngine, type FilteringTestDeps } from './testing.ts';

const CLI = { type: 'cli' } as const;
const HOUR = 3_600_000;

/** Waits until `ok()` holds, polling every 20 ms, for at most `ms`. */
async function eventually(ok: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (ok()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return ok();
}

describe('parseUntil', () => {
  const from = Date.UTC(2026, 8, 7, 9);
  it('reads durations from the start and ISO-8601 instants', () => {
    assert.equal(parseUntil('2d', from), from + 48 * HOUR);
    assert.equal(parseUntil('90m', from), from + 90 * 60_000);
    assert.equal(parseUntil('1W', from), from + 7 * 24 * HOUR);
    assert.equal(parseUntil('2026-09-08T10:00:00Z', from), Date.UTC(2026, 8, 8, 10));
  });
  it('refuses anything else with the restriction error', () => {
    for (const bad of ['tomorrow', '2', '2y', '2026-09-08', '']) assert.throws(() => parseUntil(bad, from), { code: 'filtering.restriction_invalid' });
  });
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: access restrictions and learning sites`, async () => {
    const skip = await skipDialect(dialect);
    let t: TestDatabase;
    let f: FilteringTestDeps;
    let person = '';
    const client = (): ClientIdentity => ({ schoolId: f.schoolId, personId: person, groups: [f.groups.learners], source: 'device' });
    const decide = (host: string, at = f.clock.now()) => f.engine.decideFor(client(), host, at);

    before(async () => {
      if (skip) return;
      t = await createTestDatabase(dialect);
      f = await createFilteringTestDeps(t);
      person = uuidv7();
      const at = new Date().toISOString();
      await t.db
        .insertInto('people')
        .values({ id: person, school_id: f.schoolId, external_id: 'kp@example.school', kind: 'learner', first_name: 'Kerensa', last_name: 'Polglase', date_of_birth: null, email: null, year_group: 'Year 8', status: 'active', created_at: at, updated_at: at })
        .execute();
    });
    after(async () => {
      if (skip) return;
      await f.close();
      await t.destroy();
    });

    it('stores learning sites normalised and de-duplicated, adds and removes, and records each change', { skip }, async () => {
      const set = await f.service.changeLearningSites(CLI, { set: ['Learn.Example', 'learn.example', 'maths.example'], reason: 'lesson sites' });
      assert.deepEqual(set.sites.map((s) => s.site), ['learn.example', 'maths.example']);
      const changed = await f.service.changeLearningSites(CLI, { add: ['xn--bcher-kva.example', 'bücher.example'], remove: ['maths.example'], reason: 'new reading site' });
      assert.deepEqual(changed.sites.map((s) => s.site), ['learn.example', 'xn--bcher-kva.example']);
      await assert.rejects(f.service.changeLearningSites(CLI, { add: ['not a host'], reason: 'typo' }), { code: 'filtering.learning_site_invalid' });
      await assert.rejects(f.service.changeLearningSites(CLI, { add: ['ok.example'], reason: '' }), { code: 'filtering.reason_required' });
      const history = await t.db.selectFrom('filter_changes').select(['action', 'reason']).where('action', '=', 'filtering.learning-sites.changed').execute();
      assert.deepEqual(history.map((h) => h.reason).sort(), ['lesson sites', 'new reading site']);
    });

    it('creates a restriction by external id, enforces it at once here and within a second in another process, and ends it', { skip }, async () => {
      const other = await openSecondEngine(t, f.clock, 100);
      try {
        const r = await f.service.createRestriction(CLI, { person: 'kp@example.school', until: '2d', reasonCode: 'behaviour' });
        assert.deepEqual([r.personId, r.reasonCode, r.allowSites, r.active, Date.parse(r.endsAt) - Date.parse(r.startsAt)], [person, 'behaviour', 'learning-sites', true, 48 * HOUR]);
        assert.deepEqual([decide('news.example').verdict, decide('news.example').restriction], ['block', r.id]);
        assert.equal(decide('www.learn.example').verdict, 'allow');
        const there = () => other.engine.decideFor(client(), 'news.example', f.clock.now()).verdict === 'block';
        assert.ok(await eventually(there, 1000), 'another process enforces it within a second');

        assert.deepEqual((await f.service.listRestrictions({ person, active: true })).map((x) => x.id), [r.id]);
        const history = await t.db.selectFrom('filter_changes').select('reason').where('object_id', '=', r.id).executeTakeFirstOrThrow();
        assert.equal(history.reason, 'network access removed under the behaviour policy', "the reason code's sentence when no words are given");

        const ended = await f.service.endRestriction(CLI, r.id, { reason: 'reviewed' });
        assert.equal(ended.active, false);
        assert.equal(decide('news.example').verdict, 'allow');
        assert.ok(await eventually(() => !there(), 1000), 'and lifts it there too');
        assert.deepEqual(await loadRestrictions(t.db, f.clock.now()), [], 'an ended restriction is not compiled');
        await assert.rejects(f.service.endRestriction(CLI, r.id, { reason: 'again' }), { code: 'filtering.restriction_ended' });
      } finally {
        await other.close();
      }
    });

    it('refuses restrictions that cannot apply', { skip }, async () => {
      await assert.rejects(f.service.createRestriction(CLI, { person: 'nobody', until: '1d' }), { code: 'filtering.person_not_found' });
      await assert.rejects(f.service.createRestriction(CLI, { person, until: new Date(f.clock.now() - HOUR).toISOString() }), { code: 'filtering.restriction_invalid' });
      await assert.rejects(f.service.createRestriction(CLI, { person, until: '13w' }), { code: 'filtering.restriction_invalid' });
      await assert.rejects(f.service.createRestriction(CLI, { schoolId: f.schoolId, person, until: '1d' }, ['another-school']), { code: 'filtering.school_not_found' });
    });

    it('schedules a future restriction, which applies only in its window', { skip }, async () => {
      const start = new Date(f.clock.now() + HOUR).toISOString();
      const r = await f.service.createRestriction(CLI, { person, startsAt: start, until: '1h', reasonCode: 'safeguarding' });
      assert.equal(r.active, false);
      assert.equal(decide('news.example').verdict, 'allow');
      assert.equal(decide('news.example', f.clock.now() + HOUR).verdict, 'block');
      assert.equal(decide('news.example', f.clock.now() + 2 * HOUR).verdict, 'allow');
      await f.service.endRestriction(CLI, r.id, { reason: 'not needed after all' });
    });

    it('warns in the self-test and the learning-site view when someone is restricted and no learning sites are listed', { skip }, async () => {
      await f.service.changeLearningSites(CLI, { set: [], reason: 'clearing for the test' });
      const r = await f.service.createRestriction(CLI, { person, until: '1h' });
      assert.match(decide('learn.example').reason, /lists no learning sites/);
      const view = await f.service.listLearningSites();
      assert.equal(view.activeRestrictions, 1);
      assert.ok(view.warnings.some((w) => /no learning sites/.test(w)));
      const test = await f.service.runSelfTest(CLI, {});
      assert.ok(test.problems.some((p) => /network access removed but the school lists no learning sites/.test(p)), test.problems.join('\n'));
      await f.service.endRestriction(CLI, r.id, { reason: 'done' });
    });
  });
}
