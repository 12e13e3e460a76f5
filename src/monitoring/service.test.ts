import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ensureInstallation } from '../identity/index.ts';
import { createManualClock } from '../platform/clock.ts';
import { uuidv7 } from '../platform/crypto.ts';
import { createTestDatabase, DIALECTS, skipDialect, type TestDatabase } from '../platform/db/testing.ts';
import { chronology, viewerFromAccount } from '../safeguarding/index.ts';
import type { MonitoringDeps } from './deps.ts';
import { watchFilterBlocks } from './filter-watch.ts';
import { ingestTexts } from './ingest.ts';
import { runAlertEscalations, sendDueNotifications } from './notify-alerts.ts';
import { getAlert, listAlerts } from './read.ts';
import { readSearchLog } from './read-searches.ts';
import { identify, recordSearches } from './record-searches.ts';
import { saveSettings } from './settings.ts';
import { addTerm, listTerms } from './terms.ts';
import { buildAccount, buildCapture, buildMonitoringDeps, buildPerson, firstSchool } from './testing.ts';
import { acknowledgeAlert, defaultExclusions, escalateAlert, markFalsePositive } from './triage.ts';

// School-added phrases keep these tests about the service, whatever the built-in lexicon holds.
const SERIOUS = 'purple otter plan';
const CONCERNING = 'velvet lantern club';

for (const dialect of DIALECTS) {
  describe(`${dialect}: monitoring service — searches, alerts, triage`, async () => {
    const skip = await skipDialect(dialect);
    let t: TestDatabase;
    let deps: MonitoringDeps;
    let school: string;
    const clock = createManualClock('2026-11-25T10:00:00Z'); // a Wednesday morning: outside quiet hours
    const a: Record<string, string> = {};
    const as = (who: string) => viewerFromAccount(t.db, a[who] ?? who);

    before(async () => {
      if (skip) return;
      t = await createTestDatabase(dialect);
      await ensureInstallation(t.db, clock.now());
      deps = buildMonitoringDeps(t.db, dialect, clock);
      school = await firstSchool(t.db);
      for (const role of ['dsl', 'deputy-dsl', 'online-safety-lead', 'headteacher', 'teacher', 'it-technician', 'administrator']) a[role] = (await buildAccount(t.db, { roles: [role] })).email;
      await addTerm(deps, await as('dsl'), school, { kind: 'add', phrase: SERIOUS, category: 'suicide-self-harm', severity: 4 });
      await addTerm(deps, await as('dsl'), school, { kind: 'add', phrase: CONCERNING, category: 'bullying-abuse', severity: 2 });
    });
    after(async () => {
      if (!skip) await t.destroy();
    });

    const search = async (query: string, personId: string | null, over: { deviceId?: string; atOffset?: number } = {}) => {
      const item = identify(buildCapture({ schoolId: school, query, at: clock.now() + (over.atOffset ?? 0), personId, deviceId: over.deviceId ?? null }));
      await recordSearches(deps, [item]);
      return item.id;
    };
    const alertOf = async (eventId: string) => (await t.db.selectFrom('search_events').select('alert_id').where('id', '=', eventId).executeTakeFirstOrThrow()).alert_id;

    it('stores every search sealed and raises an alert only at or above the threshold', { skip }, async () => {
      const learner = await buildPerson(t.db);
      const quiet = await search('volcano homework help', learner.id);
      clock.advance(20_000);
      const mild = await search(`${CONCERNING} meeting times`, learner.id);
      clock.advance(20_000);
      const risky = await search(`tell me about the ${SERIOUS} tonight`, learner.id);
      const rows = await t.db.selectFrom('search_events').selectAll().where('id', 'in', [quiet, mild, risky]).execute();
      assert.equal(rows.length, 3);
      for (const r of rows) assert.ok(!r.query.includes('volcano') && !r.query.includes('otter') && r.query.startsWith('v1.'), 'query is sealed at rest');
      assert.equal(await alertOf(quiet), null);
      assert.equal(await alertOf(mild), null, `severity 2 is under the default threshold of 3: ${JSON.stringify(rows.map((r) => [r.severity, r.categories]))}`);
      const alertId = await alertOf(risky);
      assert.ok(alertId);
      const alert = await getAlert(deps, await as('dsl'), alertId);
      assert.equal(alert.severity, 4);
      assert.equal(alert.category, 'suicide-self-harm');
      assert.equal(alert.person?.id, learner.id);
      assert.equal(alert.person?.name, learner.name);
      const item = alert.items[0];
      assert.ok(item);
      assert.equal(item.text, `tell me about the ${SERIOUS} tonight`);
      assert.deepEqual(
        item.segments.map((s) => [s.text, s.match?.category ?? null]),
        [
          ['tell me about the ', null],
          [SERIOUS, 'suicide-self-harm'],
          [' tonight', null],
        ],
      );
      assert.deepEqual(alert.context.before.map((c) => c.query), ['volcano homework help', `${CONCERNING} meeting times`], 'the searches just before are the context');
      assert.deepEqual(
        alert.history.map((h) => h.action),
        ['raised', 'notified'],
      );

      // The threshold is the school's: at 2, the mild phrase alerts too.
      await saveSettings(deps, await as('dsl'), school, { threshold: 2 });
      const mildAgain = await search(`the ${CONCERNING} again`, learner.id);
      assert.ok(await alertOf(mildAgain));
      await saveSettings(deps, await as('dsl'), school, { threshold: 3 });
      await assert.rejects(saveSettings(deps, await as('online-safety-lead'), school, { threshold: 1 }), { code: 'monitoring.forbidden' });
    });

    it('groups repeats by the same person into the open alert, and keeps other people apart', { skip }, async () => {
      const one = await buildPerson(t.db);
      const two = await buildPerson(t.db);
      const first = await alertOf(await search(`${SERIOUS} how`, one.id));
      clock.advance(60_000);
      const repeat = await alertOf(await search(`${SERIOUS} where`, one.id));
      const other = await alertOf(await search(`${SERIOUS} when`, two.id));
      assert.ok(first);
      assert.equal(repeat, first);
      assert.notEqual(other, first);
      const alert = await getAlert(deps, await as('dsl'), first);
      assert.equal(alert.occurrences, 2);
      assert.equal(alert.items.length, 2);
      // A replayed batch (same ids) is stored once and raises nothing new.
      const item = identify(buildCapture({ schoolId: school, query: `${SERIOUS} replay`, at: clock.now(), personId: one.id }));
      assert.equal(await recordSearches(deps, [item]), 1);
      assert.equal(await recordSearches(deps, [item]), 0);
      assert.equal((await getAlert(deps, await as('dsl'), first)).occurrences, 3);
    });

    it('shows alerts with names and text only to the monitoring team, and audits every read', { skip }, async () => {
      const learner = await buildPerson(t.db);
      const id = await alertOf(await search(`${SERIOUS} need-to-know`, learner.id));
      assert.ok(id);
      for (const role of ['teacher', 'it-technician', 'administrator', 'headteacher']) {
        await assert.rejects(getAlert(deps, await as(role), id), { code: 'monitoring.alert_not_found' }, role);
        await assert.rejects(listAlerts(deps, await as(role)), { code: 'monitoring.forbidden' }, role);
      }
      const osl = await getAlert(deps, await as('online-safety-lead'), id);
      assert.equal(osl.person?.name, learner.name);
      await assert.rejects(acknowledgeAlert(deps, await as('online-safety-lead'), id), { code: 'monitoring.forbidden' });
      const listed = await listAlerts(deps, await as('deputy-dsl'), { status: 'open' });
      assert.ok(listed.alerts.some((x) => x.id === id));
      const audit = await t.db.selectFrom('audit_log').select(['action', 'actor_id', 'details']).where('action', 'in', ['monitoring.alert.read', 'monitoring.alert.listed']).execute();
      assert.ok(audit.some((e) => e.action === 'monitoring.alert.read'));
      assert.ok(audit.some((e) => e.action === 'monitoring.alert.listed'));
      for (const e of audit) assert.ok(!e.details.includes('otter') && !e.details.includes(learner.name), 'audit holds ids and codes only');
    });

    it('shows the search log to IT by device and to the monitoring team by name', { skip }, async () => {
      const learner = await buildPerson(t.db);
      await search('tudor houses homework', learner.id, { deviceId: 'laptop-42' });
      const it = await readSearchLog(deps, await as('it-technician'), { sinceMs: clock.now() - 60_000, deviceId: 'laptop-42' });
      assert.equal(it.searches[0]?.query, 'tudor houses homework');
      assert.equal(it.searches[0]?.deviceId, 'laptop-42');
      assert.equal(it.searches[0]?.person, undefined, 'IT staff see devices, not names');
      await assert.rejects(readSearchLog(deps, await as('it-technician'), { sinceMs: 0, personId: learner.id }), { code: 'monitoring.forbidden' });
      const dsl = await readSearchLog(deps, await as('dsl'), { sinceMs: clock.now() - 60_000, personId: learner.id });
      assert.deepEqual(dsl.searches.map((x) => [x.query, x.person?.name]), [['tudor houses homework', learner.name]]);
      await assert.rejects(readSearchLog(deps, await as('teacher'), { sinceMs: 0 }), { code: 'monitoring.forbidden' });
      const audit = await t.db.selectFrom('audit_log').select('action').where('action', '=', 'monitoring.searches.read').execute();
      assert.equal(audit.length, 1, 'only the read that showed names is audited');
    });

    it('escalates an unacknowledged serious alert up the ladder, and acknowledging stops it', { skip }, async () => {
      const learner = await buildPerson(t.db);
      const id = await alertOf(await search(`${SERIOUS} ladder`, learner.id));
      assert.ok(id);
      const row = await t.db.selectFrom('monitoring_alerts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.ok(row.notified_at, 'the rota was told at once');
      assert.equal(await runAlertEscalations(deps), 0, 'not before the escalation time');
      clock.advance(15 * 60_000 + 1000);
      assert.ok((await runAlertEscalations(deps)) >= 1);
      let detail = await getAlert(deps, await as('dsl'), id);
      assert.equal(detail.escalationLevel, 1);
      assert.deepEqual(detail.history.find((h) => h.action === 'escalated')?.details.to, ['headteacher']);
      await acknowledgeAlert(deps, await as('dsl'), id, 'Spoke to the learner with their tutor');
      clock.advance(60 * 60_000);
      await runAlertEscalations(deps);
      detail = await getAlert(deps, await as('dsl'), id);
      assert.equal(detail.status, 'acknowledged');
      assert.equal(detail.escalationLevel, 1, 'no further step after acknowledgement');
      assert.equal(detail.history.find((h) => h.action === 'acknowledged')?.note, 'Spoke to the learner with their tutor');
      await assert.rejects(acknowledgeAlert(deps, await as('dsl'), id), { code: 'monitoring.alert_closed' });
    });

    it('marks a false positive and excludes its phrase from the school lexicon (audited)', { skip }, async () => {
      const learner = await buildPerson(t.db);
      const id = await alertOf(await search(`${SERIOUS} false alarm`, learner.id));
      assert.ok(id);
      const result = await markFalsePositive(deps, await as('dsl'), id, { note: 'A board game' });
      assert.deepEqual(result.excluded, [`${SERIOUS} false alarm`], 'a short text is excluded whole, never the bare phrase');
      const terms = await listTerms(deps, await as('online-safety-lead'), school);
      assert.ok(terms.some((x) => x.kind === 'exclude' && x.phrase === `${SERIOUS} false alarm` && x.source === 'false-positive' && x.alertId === id));
      clock.advance(60_000);
      assert.equal(await alertOf(await search(`${SERIOUS} FALSE alarm`, learner.id)), null, 'the excluded text no longer alerts');
      assert.ok(await alertOf(await search(`${SERIOUS} for real`, learner.id)), 'the phrase elsewhere still does');
      assert.deepEqual(defaultExclusions(`${'x'.repeat(120)} then ${SERIOUS} again`, [{ start: 126, end: 126 + SERIOUS.length, severity: 4 }]), [`then ${SERIOUS} again`]);
      assert.deepEqual(defaultExclusions('how to kill myself', [{ start: 7, end: 18, severity: 5 }]), [], 'risk-to-life phrases are never excluded by default');
      const audit = await t.db.selectFrom('audit_log').select('action').where('subject_id', '=', id).execute();
      assert.ok(audit.some((e) => e.action === 'monitoring.alert.false-positive'));
      // Put the phrase back for the other tests.
      await t.db.deleteFrom('monitoring_terms').where('kind', '=', 'exclude').execute();
      deps.lexicons.invalidate(school);
    });

    it("escalates an alert to a concern in the online-safety category, tagged and in the learner's chronology", { skip }, async () => {
      const learner = await buildPerson(t.db);
      const id = await alertOf(await search(`${SERIOUS} escalate`, learner.id));
      assert.ok(id);
      const result = await escalateAlert(deps, await as('dsl'), id);
      assert.equal(result.status, 'escalated');
      assert.ok(result.concernId);
      const concern = await t.db.selectFrom('safeguarding_concerns').selectAll().where('id', '=', result.concernId).executeTakeFirstOrThrow();
      assert.equal(concern.route, 'monitoring');
      assert.equal(concern.category, 'online-safety');
      const chron = await chronology(deps.safeguarding, await as('dsl'), learner.id);
      const linked = chron.entries.find((e) => e.kind === 'event-linked');
      assert.ok(linked);
      assert.equal(linked.concernId, result.concernId);
      assert.deepEqual(linked.details, { source: 'monitoring', event: id, tags: ['suicide-self-harm'] });
      const detail = await getAlert(deps, await as('dsl'), id);
      assert.equal(detail.status, 'escalated');
      assert.equal(detail.concernId, result.concernId);
      await assert.rejects(escalateAlert(deps, await as('dsl'), id), { code: 'monitoring.alert_closed' });
    });

    it('takes text through ingestion with per-row errors, keeping only what raises an alert', { skip }, async () => {
      const learner = await buildPerson(t.db, { email: 'ingest.learner@pupils.example.school' });
      const before = await t.db.selectFrom('monitoring_alert_occurrences').select('id').execute();
      const result = await ingestTexts(deps, { viewer: await as('administrator') }, [
        { text: `I have a ${SERIOUS} for friday`, source: 'chat', personEmail: 'ingest.learner@pupils.example.school', at: new Date(clock.now() - 60_000).toISOString() },
        { text: 'see you at football', source: 'chat', personId: learner.id },
        { text: '', source: 'chat', personId: learner.id },
        { text: 'hello', source: 'chat', personEmail: 'nobody@example.school' },
        { text: 'hello', source: 'chat', personId: learner.id, at: 'yesterday' },
        { text: 'hello', source: 'chat' },
      ]);
      assert.deepEqual(
        { received: result.received, accepted: result.accepted, rejected: result.rejected },
        { received: 6, accepted: 2, rejected: 4 },
      );
      assert.deepEqual(
        result.errors.map((e) => e.index),
        [2, 3, 4, 5],
      );
      const occ = await t.db.selectFrom('monitoring_alert_occurrences').select(['id', 'source']).execute();
      assert.equal(occ.length - before.length, 1, 'only the risky text is kept');
      const alerts = await listAlerts(deps, await as('dsl'), { personId: learner.id });
      assert.equal(alerts.alerts[0]?.source, 'ingest');
      await assert.rejects(ingestTexts(deps, { viewer: await as('teacher') }, [{ text: 'x', source: 'chat', personId: learner.id }]), { code: 'monitoring.forbidden' });
    });

    it('raises an alert for a burst of risky blocks in the filter log, once per burst', { skip }, async () => {
      const learner = await buildPerson(t.db);
      const base = clock.now();
      const block = (host: string, offset: number, category = 'self-harm') =>
        t.db
          .insertInto('filter_events')
          .values({ id: uuidv7(base + offset), at: new Date(base + offset).toISOString(), source: 'dns', school_id: school, client_address: '10.1.1.9', device_id: null, person_id: learner.id, groups: '[]', host, path: null, query_type: 'A', verdict: 'block', category, list: 'demo', rule: null, bytes: null })
          .execute();
      await watchFilterBlocks(deps); // sets the cursor
      await block('a.example', 1000);
      await block('a.example', 2000);
      await block('b.example', 3000);
      await block('c.example', 60_000, 'gambling');
      clock.advance(2 * 60_000);
      assert.equal(await watchFilterBlocks(deps), 0, 'two sites are not a burst');
      await block('d.example', 2 * 60_000 + 1000);
      clock.advance(60_000);
      assert.equal(await watchFilterBlocks(deps), 1);
      clock.advance(60_000);
      assert.equal(await watchFilterBlocks(deps), 0, 'the same burst is not reported twice');
      const alerts = await listAlerts(deps, await as('dsl'), { personId: learner.id });
      assert.equal(alerts.alerts.length, 1);
      assert.equal(alerts.alerts[0]?.source, 'filter');
      assert.equal(alerts.alerts[0]?.severity, 4);
      const detail = await getAlert(deps, await as('dsl'), alerts.alerts[0]?.id ?? '');
      assert.match(detail.items[0]?.text ?? '', /Blocked 3 sites in suicide-self-harm.*a\.example, b\.example, d\.example/);
    });

    it('holds a severity-4 email in quiet hours until they end; severity 5 goes at once', { skip }, async () => {
      clock.set('2026-11-25T20:00:00Z'); // Wednesday evening, after 18:00 in London
      const four = await alertOf(await search(`${SERIOUS} at night`, (await buildPerson(t.db)).id));
      const five = await alertOf(await search('how to kill myself', (await buildPerson(t.db)).id));
      assert.ok(four && five);
      const row = (id: string) => t.db.selectFrom('monitoring_alerts').select(['notify_due_at', 'notified_at', 'severity']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.deepEqual(await row(four), { notify_due_at: '2026-11-26T07:30:00.000Z', notified_at: null, severity: 4 });
      assert.equal((await row(five)).severity, 5);
      assert.ok((await row(five)).notified_at, 'severity 5 ignores quiet hours');
      await sendDueNotifications(deps);
      assert.equal((await row(four)).notified_at, null);
      clock.set('2026-11-26T07:31:00Z');
      await sendDueNotifications(deps);
      assert.equal((await row(four)).notified_at, '2026-11-26T07:31:00.000Z');
    });
  });
}
