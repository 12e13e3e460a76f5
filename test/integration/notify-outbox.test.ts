import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerMaintenanceJobs } from '../../src/main/jobs.ts';
import { createOutboxDelivery } from '../../src/main/safeguarding-outbox.ts';
import { startTestHaven, type TestHaven } from '../../src/main/testing.ts';
import { DIALECTS, skipDialect } from '../../src/platform/db/testing.ts';
import { createLogger } from '../../src/platform/log.ts';
import { createScheduler } from '../../src/platform/scheduler.ts';
import { createNotifier, type LiveEvent, type Notifier } from '../../src/platform/notify/index.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../src/platform/notify/testing-smtp.ts';
import { reportConcern, viewerFromAccount } from '../../src/safeguarding/index.ts';
import { buildAccount, buildPerson, firstSchool } from '../../src/safeguarding/testing.ts';

const logger = createLogger({ level: 'silent' });

for (const dialect of DIALECTS) {
  describe(`${dialect}: safeguarding outbox delivery`, () => {
    let t: TestHaven | undefined;
    let smtp: TestSmtpServer;
    let notify: Notifier;
    let skip: string | false = false;
    let teacherEmail = '';
    let learnerId = '';
    const expected: string[] = [];
    const live: LiveEvent[] = [];

    before(async () => {
      skip = await skipDialect(dialect);
      if (skip) return;
      t = await startTestHaven(dialect);
      t.clock.set('2026-11-25T10:00:00Z'); // a Wednesday, school hours
      smtp = await startTestSmtpServer();
      notify = createNotifier({
        config: { smtp: { host: '127.0.0.1', port: smtp.port, secure: false, requireTls: false, from: 'haven@school.example' }, publicUrl: 'https://haven.school.example/' },
        clock: t.clock,
        logger,
      });
      const db = t.haven.database.db;
      const schoolA = await firstSchool(db);
      const schoolB = (await db.insertInto('schools').values({ id: 'school-b', organisation_id: (await db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()).id, name: 'Penwith Academy', urn: null, created_at: new Date().toISOString() }).returning('id').executeTakeFirstOrThrow()).id;
      expected.push((await buildAccount(db, { roles: ['dsl'], schoolId: schoolA, email: 'dsl@example.school' })).email);
      expected.push((await buildAccount(db, { roles: ['deputy-dsl'], email: 'deputy-everywhere@example.school' })).email);
      await buildAccount(db, { roles: ['dsl'], schoolId: schoolB, email: 'dsl-other-school@example.school' });
      await buildAccount(db, { roles: ['headteacher'], schoolId: schoolA, email: 'head@example.school' });
      await buildAccount(db, { roles: ['online-safety-lead'], schoolId: schoolA, email: 'osl@example.school' });
      const gone = await buildAccount(db, { roles: ['dsl'], schoolId: schoolA, email: 'left@example.school' });
      await db.updateTable('accounts').set({ status: 'disabled' }).where('id', '=', gone.id).execute();
      teacherEmail = (await buildAccount(db, { roles: ['teacher'], schoolId: schoolA, email: 'teacher@example.school' })).email;
      learnerId = (await buildPerson(db, { schoolId: schoolA, firstName: 'Tamsin', lastName: 'Kernow' })).id;
      notify.live.subscribe((a) => a.schoolId === schoolA && a.permission === 'concerns:read-all', (e) => live.push(e));
    });
    after(async () => {
      await notify?.close();
      await smtp?.close();
      await t?.close();
    });

    const report = async (summary: string): Promise<string> => {
      assert.ok(t);
      const teacher = await viewerFromAccount(t.haven.database.db, teacherEmail);
      return (await reportConcern(t.haven.safeguarding, teacher, { category: 'abusive-messages', summary, people: [{ personId: learnerId, part: 'subject' }] })).id;
    };
    const pending = async (): Promise<number> =>
      (await t?.haven.database.db.selectFrom('safeguarding_notifications').select('id').where('delivered_at', 'is', null).execute())?.length ?? -1;

    it('emails the DSL team of that school — codes and a link, never the learner’s name or the concern’s text — pushes it live and marks it delivered', async (c) => {
      if (skip || !t) return c.skip(skip || 'no haven');
      const outbox = createOutboxDelivery({ db: t.haven.database.db, notify, clock: t.clock, logger });
      const concernId = await report('Cruel messages about Tamsin in the group chat');
      const summary = await outbox.run();
      assert.equal(summary.delivered, 1);
      const [mail] = await smtp.waitFor(1);
      assert.ok(mail);
      assert.deepEqual(mail.to.sort(), [...expected].sort(), 'the DSL and deputy of that school (or of every school), active accounts only');
      assert.equal(mail.from, 'haven@school.example');
      assert.match(mail.headers.get('subject') ?? '', /New concern received \(severity 3\)/);
      assert.ok(mail.text.includes(`https://haven.school.example/concerns/${concernId}`), mail.text);
      assert.match(mail.text, /Severity: 3 of 5/);
      for (const secret of ['Tamsin', 'Kernow', 'Cruel', 'group chat']) assert.ok(!mail.raw.includes(secret), `email must not contain ${JSON.stringify(secret)}`);
      assert.equal(await pending(), 0);
      const row = await t.haven.database.db.selectFrom('safeguarding_notifications').select('delivered_at').executeTakeFirstOrThrow();
      assert.equal(row.delivered_at, '2026-11-25T10:00:00.000Z');
      assert.equal(live.length, 1);
      assert.equal(live[0]?.type, 'safeguarding.concern.received');
      assert.deepEqual((live[0]?.data as { concernId: string }).concernId, concernId);
      assert.ok(!JSON.stringify(live[0]).includes('Tamsin'));
      assert.equal((await outbox.run()).delivered, 0, 'delivered once');
      assert.equal(smtp.received.length, 1);
    });

    it('holds a severity-3 email through quiet hours and sends it at 07:30, live at once', async (c) => {
      if (skip || !t) return c.skip(skip || 'no haven');
      const outbox = createOutboxDelivery({ db: t.haven.database.db, notify, clock: t.clock, logger });
      t.clock.set('2026-11-25T19:00:00Z');
      const liveBefore = live.length;
      await report('Evening concern');
      assert.equal((await outbox.run()).held, 1);
      assert.equal(live.length, liveBefore + 1, 'the dashboard hears at once');
      t.clock.set('2026-11-26T07:29:00Z');
      assert.equal((await outbox.run()).held, 1);
      assert.equal(smtp.received.length, 1);
      t.clock.set('2026-11-26T07:30:00Z');
      assert.equal((await outbox.run()).delivered, 1);
      await smtp.waitFor(2);
      assert.equal(live.length, liveBefore + 1, 'pushed live once');
    });

    it('keeps a failed email pending and retries it after a backoff', async (c) => {
      if (skip || !t) return c.skip(skip || 'no haven');
      const outbox = createOutboxDelivery({ db: t.haven.database.db, notify, clock: t.clock, logger, backoffMs: 30_000 });
      t.clock.set('2026-11-26T10:00:00Z');
      await report('Concern while the mail server is down');
      smtp.failNext(1);
      assert.equal((await outbox.run()).failed, 1);
      assert.equal(await pending(), 1, 'never lost');
      assert.equal((await outbox.run()).waiting, 1, 'backs off');
      t.clock.advance(31_000);
      assert.equal((await outbox.run()).delivered, 1);
      assert.equal(await pending(), 0);
      assert.equal(smtp.received.length, 3);
    });

    it('without SMTP, pushes rows live and marks them delivered, emailing nobody', async (c) => {
      if (skip || !t) return c.skip(skip || 'no haven');
      const noMail = createNotifier({ config: {}, clock: t.clock, logger });
      try {
        const heard: LiveEvent[] = [];
        noMail.live.subscribe(() => true, (e) => heard.push(e));
        const outbox = createOutboxDelivery({ db: t.haven.database.db, notify: noMail, clock: t.clock, logger });
        const concernId = await report('Concern with no mail server');
        assert.equal((await outbox.run()).dashboardOnly, 1);
        assert.equal(await pending(), 0);
        assert.deepEqual(heard.map((e) => (e.data as { concernId: string }).concernId), [concernId]);
        assert.equal(smtp.received.length, 3, 'no email');
        assert.equal((await outbox.run()).dashboardOnly, 0, 'once');
      } finally {
        await noMail.close();
      }
    });

    it('runs as the scheduled job safeguarding.deliver-notifications', async (c) => {
      if (skip || !t) return c.skip(skip || 'no haven');
      const scheduler = createScheduler({ db: t.haven.database.db, clock: t.clock, logger });
      registerMaintenanceJobs(scheduler, t.haven);
      await report('Concern for the scheduled job');
      assert.equal(await pending(), 1);
      assert.equal(await scheduler.tick('safeguarding.deliver-notifications'), 'ran');
      assert.equal(await pending(), 0, 'this Haven has no SMTP: delivered to the dashboard');
    });
  });
}
