import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ensureInstallation } from '../identity/index.ts';
import { createManualClock } from '../platform/clock.ts';
import { uuidv7 } from '../platform/crypto.ts';
import { createTestDatabase, DIALECTS, skipDialect, type TestDatabase } from '../platform/db/testing.ts';
import { viewerFromAccount } from '../safeguarding/index.ts';
import type { MonitoringDeps } from './deps.ts';
import { ingestTexts } from './ingest.ts';
import { identify, recordSearches } from './record-searches.ts';
import { applyRetention } from './retention.ts';
import { saveSettings } from './settings.ts';
import { buildAccount, buildCapture, buildMonitoringDeps, buildPerson, firstSchool } from './testing.ts';
import { renderTransparencyPage, transparencyNotice } from './transparency.ts';
import { acknowledgeAlert } from './triage.ts';
import { londonMidnight, parseWeek, runWeeklyReports, weekStartOf, weeklyFigures } from './weekly-report.ts';

const DAY = 86_400_000;

describe('weeks in Europe/London', () => {
  it('starts weeks on Monday at local midnight, in summer and in winter time', () => {
    assert.equal(weekStartOf(Date.parse('2026-11-25T10:00:00Z')), '2026-11-23');
    assert.equal(weekStartOf(Date.parse('2026-11-22T23:30:00Z')), '2026-11-16', 'Sunday 23:30 GMT is still last week');
    assert.equal(weekStartOf(Date.parse('2026-06-14T23:30:00Z')), '2026-06-15', 'Sunday 23:30 UTC is Monday 00:30 BST');
    assert.equal(new Date(londonMidnight('2026-06-15')).toISOString(), '2026-06-14T23:00:00.000Z');
    assert.equal(new Date(londonMidnight('2026-11-23')).toISOString(), '2026-11-23T00:00:00.000Z');
    assert.equal(parseWeek('2026-11-27'), '2026-11-23');
    assert.throws(() => parseWeek('last week'), { code: 'monitoring.week_invalid' });
  });
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: weekly report, retention and the transparency notice`, async () => {
    const skip = await skipDialect(dialect);
    let t: TestDatabase;
    let deps: MonitoringDeps;
    let school: string;
    let dsl: string;
    const clock = createManualClock('2026-11-18T10:00:00Z'); // Wednesday of the week of 16 November

    before(async () => {
      if (skip) return;
      t = await createTestDatabase(dialect);
      await ensureInstallation(t.db, clock.now());
      deps = buildMonitoringDeps(t.db, dialect, clock);
      school = await firstSchool(t.db);
      dsl = (await buildAccount(t.db, { roles: ['dsl', 'administrator'] })).email;
    });
    after(async () => {
      if (!skip) await t.destroy();
    });

    const block = (at: number, category: string, groups: string[], rule: string | null = null, verdict = 'block') =>
      t.db
        .insertInto('filter_events')
        .values({ id: uuidv7(at), at: new Date(at).toISOString(), source: 'dns', school_id: school, client_address: '10.0.0.9', device_id: null, person_id: null, groups: JSON.stringify(groups), host: 'x.example', path: null, query_type: 'A', verdict, category, list: 'demo', rule, bytes: null })
        .execute();

    it('counts a week: searches, blocks by category and group, safe search, Prevent, alerts and outcomes, trend', { skip }, async () => {
      const learner = await buildPerson(t.db);
      const group = uuidv7();
      await t.db.insertInto('groups').values({ id: group, school_id: school, name: 'Year 9', kind: 'year', priority: 50, template: null, created_at: new Date(clock.now()).toISOString() }).execute();
      const now = clock.now();
      await recordSearches(deps, [
        identify(buildCapture({ schoolId: school, query: 'photosynthesis', at: now, personId: learner.id, groups: [group] })),
        identify(buildCapture({ schoolId: school, query: 'how to join isis', at: now + 1000, personId: learner.id, engine: 'bing', groups: [group] })),
        identify(buildCapture({ schoolId: school, query: 'rivers', at: now - 7 * DAY, personId: learner.id })),
      ]);
      await block(now, 'gambling', [group]);
      await block(now, 'terrorism', [group]);
      await block(now, 'gambling', []);
      await block(now - 7 * DAY, 'gambling', []);
      await block(now, 'search-engines', [], 'safe-search:google:strict', 'allow');
      const list = await t.db.selectFrom('monitoring_alerts').select('id').execute();
      assert.equal(list.length, 1);
      await acknowledgeAlert(deps, await viewerFromAccount(t.db, dsl), list[0]?.id ?? '');

      const f = await weeklyFigures(deps, school, '2026-11-16');
      assert.equal(f.searches.total, 2);
      assert.equal(f.searches.flagged, 1);
      assert.deepEqual(f.searches.byEngine, [{ key: 'bing', count: 1 }, { key: 'google', count: 1 }]);
      assert.deepEqual(f.searches.byGroup, [{ key: 'Year 9', count: 2 }]);
      assert.deepEqual(f.searches.flaggedByGroup, [{ key: 'Year 9', count: 1 }]);
      assert.equal(f.blocks.total, 3);
      assert.deepEqual(f.blocks.byCategory, [{ key: 'gambling', count: 2 }, { key: 'terrorism', count: 1 }]);
      assert.deepEqual(f.blocks.byGroup, [{ key: 'Year 9', count: 2 }, { key: 'no group', count: 1 }]);
      assert.deepEqual(f.safeSearch, { enforced: 1, byEngine: [{ key: 'google', count: 1 }] });
      assert.deepEqual(f.prevent, { searches: 1, blocks: 1, alerts: 1 });
      assert.deepEqual(f.alerts.byOutcome, [{ key: 'acknowledged', count: 1 }]);
      assert.deepEqual(f.trend.at(-1), { weekStart: '2026-11-09', searches: 1, flagged: 0, blocks: 1, alerts: 0 });
    });

    it('makes last week’s report on Monday from 07:00 London time, once', { skip }, async () => {
      clock.set('2026-11-23T06:30:00Z');
      assert.equal(await runWeeklyReports(deps), 0, 'not before 07:00 on Monday');
      clock.set('2026-11-23T07:05:00Z');
      assert.equal(await runWeeklyReports(deps), 1);
      const row = await t.db.selectFrom('monitoring_weekly_reports').selectAll().executeTakeFirstOrThrow();
      assert.equal(row.week_start, '2026-11-16');
      assert.match(row.html, /<svg role="img"/);
      assert.doesNotMatch(row.html, /isis/i, 'the report holds counts, never text');
      assert.equal(await runWeeklyReports(deps), 0, 'made once (no email configured to send)');
    });

    it('applies retention per school: old searches and closed alerts go, open alerts stay; audited', { skip }, async () => {
      const viewer = await viewerFromAccount(t.db, dsl);
      await saveSettings(deps, viewer, school, { searchRetentionDays: 30, alertRetentionDays: 60 });
      const learner = await buildPerson(t.db);
      await ingestTexts(deps, { viewer }, [{ text: 'i want to die', source: 'chat', personId: learner.id }]);
      clock.advance(90 * DAY);
      await recordSearches(deps, [identify(buildCapture({ schoolId: school, query: 'recent search', at: clock.now() - DAY }))]);
      const [r] = await applyRetention(deps);
      assert.ok(r);
      assert.ok(r.searches >= 3, `old searches deleted (${r.searches})`);
      assert.equal(r.alerts, 1, 'the acknowledged alert from November is deleted');
      assert.equal(Number((await t.db.selectFrom('search_events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n), 1);
      const open = await t.db.selectFrom('monitoring_alerts').select(['status']).execute();
      assert.deepEqual(open.map((a) => a.status), ['open'], 'open alerts are kept however old');
      const audit = await t.db.selectFrom('audit_log').select(['details']).where('action', '=', 'monitoring.retention.applied').execute();
      assert.equal(audit.length, 1);
      assert.equal((JSON.parse(audit[0]?.details ?? '{}') as { alerts: number }).alerts, 1);
    });

    it('tells everyone what is monitored, why, who sees it and how long each kind is kept', { skip }, async () => {
      const n = await transparencyNotice(deps, { filterRetentionDays: 90 });
      assert.deepEqual(
        n.retention.filter((x) => x.days !== null && x.days > 0).map((x) => [x.data, x.days]),
        [
          ['Searches', 30],
          ['Websites visited (filter log)', 90],
          ['Alerts the safeguarding team has dealt with', 60],
          ['Weekly reports (numbers only, no names)', 1095],
        ],
      );
      const page = renderTransparencyPage({ ...n, schoolName: 'St <Mary>' });
      assert.match(page, /St &#60;Mary&#62;/);
      assert.match(page, /<h2>Who sees it<\/h2>/);
    });
  });
}
