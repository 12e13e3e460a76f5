import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { createAccount, createToken } from '../../src/identity/index.ts';
import { builtinLexiconInTurns, makeWeeklyReport, runAlertEscalations, weekStartOf } from '../../src/monitoring/index.ts';
import { buildPerson } from '../../src/monitoring/testing.ts';
import { createManualClock } from '../../src/platform/clock.ts';
import { DIALECTS, skipDialect } from '../../src/platform/db/testing.ts';
import { createNotifier, type Notifier, verifyWebhook } from '../../src/platform/notify/index.ts';
import { openSse } from '../support/sse-client.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../src/platform/notify/testing-smtp.ts';
import { startTestHaven, type TestHaven } from '../../src/main/testing.ts';

const GOOD = 'tangerine-harbour-lantern';

for (const dialect of DIALECTS) {
  describe(`${dialect}: monitoring end to end — a risky search becomes an alert, an email, a concern`, async () => {
    const skip = await skipDialect(dialect);
    let t: TestHaven;
    let smtp: TestSmtpServer;
    const tokens: Record<string, string> = {};
    const emails: Record<string, string> = {};
    let learner: { id: string; name: string };
    let hooks: Server;
    const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
    const SECRET = 'a-webhook-secret-of-some-length';

    before(async () => {
      if (skip) return;
      smtp = await startTestSmtpServer();
      hooks = createServer((req, res) => {
        let body = '';
        req.on('data', (c: Buffer) => (body += c.toString('utf8')));
        req.on('end', () => {
          received.push({ headers: req.headers, body });
          res.writeHead(204).end();
        });
      });
      await new Promise<void>((resolve) => hooks.listen(0, '127.0.0.1', resolve));
      t = await startTestHaven(dialect, { clock: createManualClock('2026-11-25T10:00:00Z') }); // a Wednesday morning
      t.haven.searches.warm(); // as `haven start` does: the lexicon is compiled before the first search
      // The same notifier main/ builds, pointed at the test SMTP server, with the live hub the
      // running server's /api/v1/live streams from.
      const mail = createNotifier({
        config: { smtp: { host: '127.0.0.1', port: smtp.port, secure: false, requireTls: false, from: 'Haven <haven@school.example>' }, publicUrl: t.url },
        clock: t.clock,
        logger: t.haven.logger,
      });
      const notifier: Notifier = {
        email: (m) => mail.email(m),
        get emailEnabled() {
          return mail.emailEnabled;
        },
        webhook: (url, secret, event) => mail.webhook(url, secret, event),
        live: t.haven.notify.live,
        link: (path) => mail.link(path),
        status: () => mail.status(),
        close: () => mail.close(),
      };
      t.haven.monitoring.notifier = notifier;
      const scopes: Record<string, string[]> = {
        dsl: ['monitoring:read', 'monitoring:triage', 'concerns:report', 'concerns:read-all'],
        'deputy-dsl': ['monitoring:read'],
        'online-safety-lead': ['monitoring:read'],
        headteacher: ['school:read'],
        administrator: ['monitoring:ingest'],
        teacher: ['concerns:report'],
      };
      for (const [role, list] of Object.entries(scopes)) {
        const email = `${role}@monitoring.example.school`;
        const account = await createAccount(t.haven.identity, { type: 'cli' }, { email, roles: [role], password: GOOD });
        tokens[role] = (await createToken(t.haven.identity, { type: 'cli' }, { account: account.id, name: role, scopes: list })).token;
        emails[role] = email;
      }
      learner = await buildPerson(t.haven.database.db, { email: 'rowan.learner@pupils.example.school' });
    });
    after(async () => {
      if (skip) return;
      await t.haven.monitoring.notifier?.close();
      await t.close();
      await smtp.close();
      await new Promise<void>((resolve) => hooks.close(() => resolve()));
    });

    const api = async (role: string, method: string, path: string, body?: unknown) => {
      const res = await fetch(`${t.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${tokens[role] ?? ''}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> & { alerts?: { id: string; source: string; severity: number }[] } };
    };

    it('a risky search produces an alert and an email to the DSL within 2 s; acknowledging it stops the escalation', { skip }, async () => {
      const dslLive = await openSse(`${t.url}/api/v1/live`, { authorization: `Bearer ${tokens.dsl ?? ''}` });
      const teacherLive = await openSse(`${t.url}/api/v1/live`, { authorization: `Bearer ${tokens.teacher ?? ''}` });
      const address = hooks.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const settings = await api('dsl', 'PUT', '/api/v1/monitoring/settings', { webhookUrl: `http://127.0.0.1:${port}/haven`, webhookSecret: SECRET });
      assert.equal(settings.status, 200);
      assert.deepEqual(settings.body.webhook, { url: `http://127.0.0.1:${port}/haven`, secretSet: true }, 'the secret never comes back');
      // A server builds its analyser once, in turns, as it starts; the 2 s run from a started server.
      await builtinLexiconInTurns();
      t.haven.searches.search({ at: t.clock.now(), schoolId: (await t.haven.database.db.selectFrom('schools').select('id').executeTakeFirstOrThrow()).id, source: 'proxy', engine: 'google', host: 'www.google.com', query: 'how to kill myself', personId: learner.id, deviceId: 'chromebook-17', clientAddress: '10.20.0.17', groups: [] });
      // The recorder writes off the hot path; the rota's email must arrive within 2 s.
      const [mail] = await smtp.waitFor(1, 2000);
      assert.ok(mail);
      for (const role of ['dsl', 'deputy-dsl', 'online-safety-lead']) assert.ok(mail.to.includes(emails[role] ?? ''), `${role} is on the rota`);
      assert.ok(!mail.to.includes(emails.headteacher ?? ''));
      assert.match(mail.headers.get('subject') ?? '', /severity 5, suicide-self-harm/);
      assert.ok(!mail.raw.includes('kill') && !mail.raw.includes(learner.name.split(' ')[1] ?? '~'), 'no text or name in the email');

      const list = await api('dsl', 'GET', '/api/v1/monitoring/alerts');
      assert.equal(list.status, 200);
      const alert = list.body.alerts?.[0];
      assert.ok(alert);
      assert.equal(alert.severity, 5);
      assert.ok(mail.text.includes(`/monitoring/alerts/${alert.id}`), 'the email links to the alert');
      const detail = await api('online-safety-lead', 'GET', `/api/v1/monitoring/alerts/${alert.id}`);
      assert.equal(detail.status, 200);
      assert.equal((detail.body.items as { text: string }[])[0]?.text, 'how to kill myself');
      assert.equal((await api('teacher', 'GET', `/api/v1/monitoring/alerts/${alert.id}`)).status, 403);

      // Open dashboards of the monitoring team hear of it at once; a teacher's does not.
      const live = await dslLive.waitFor((e) => e.event === 'monitoring.alert', 2000);
      assert.deepEqual((JSON.parse(live.data) as { data: unknown }).data, { alertId: alert.id, severity: 5, category: 'suicide-self-harm', status: 'open' });
      assert.ok(!teacherLive.events.some((e) => e.event.startsWith('monitoring.')));
      dslLive.close();
      teacherLive.close();

      // The signed webhook went at once, with codes and a link only.
      for (let i = 0; i < 40 && received.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      const hook = received[0];
      assert.ok(hook);
      verifyWebhook({ headers: hook.headers, body: hook.body, secret: SECRET, now: t.clock.now() });
      const event = JSON.parse(hook.body) as { type: string; data: Record<string, unknown> };
      assert.equal(event.type, 'monitoring.alert.raised');
      assert.deepEqual([event.data.alertId, event.data.severity, event.data.category], [alert.id, 5, 'suicide-self-harm']);
      assert.ok(!hook.body.includes('kill') && !hook.body.includes(learner.id));

      // Nobody acknowledges: after the school's 15 minutes the headteacher is told.
      t.clock.advance(15 * 60_000 + 1000);
      assert.equal(await runAlertEscalations(t.haven.monitoring), 1);
      const after = await smtp.waitFor(2, 2000);
      assert.deepEqual(after[1]?.to, [emails.headteacher]);
      assert.match(after[1]?.headers.get('subject') ?? '', /Unacknowledged/);

      const ack = await api('dsl', 'POST', `/api/v1/monitoring/alerts/${alert.id}/acknowledge`, { note: 'Learner seen by the DSL' });
      assert.equal(ack.status, 200);
      t.clock.advance(60 * 60_000);
      assert.equal(await runAlertEscalations(t.haven.monitoring), 0, 'acknowledged: no further escalation');
      assert.equal(smtp.received.length, 2);
    });

    it("text through the ingestion API becomes an alert; escalating it creates a concern linked in the learner's chronology", { skip }, async () => {
      const before = smtp.received.length;
      const sent = await api('administrator', 'POST', '/api/v1/monitoring/events', {
        items: [
          { text: 'nobody would miss me if i was gone, i want to die', source: 'chat', personEmail: 'rowan.learner@pupils.example.school', at: new Date(t.clock.now() - 60_000).toISOString() },
          { text: 'hello', source: 'carrier-pigeon', personId: learner.id },
        ],
      });
      assert.equal(sent.status, 400, 'the schema refuses an unknown source');
      const ok = await api('administrator', 'POST', '/api/v1/monitoring/events', {
        items: [
          { text: 'nobody would miss me if i was gone, i want to die', source: 'chat', personEmail: 'rowan.learner@pupils.example.school', at: new Date(t.clock.now() - 60_000).toISOString() },
          { text: 'hello', source: 'chat', personId: 'no-such-person' },
        ],
      });
      assert.equal(ok.status, 200);
      assert.deepEqual(ok.body, { received: 2, accepted: 1, rejected: 1, errors: [{ index: 1, message: 'no person "no-such-person"' }] });
      await smtp.waitFor(before + 1, 2000);
      assert.equal((await api('administrator', 'GET', '/api/v1/monitoring/alerts')).status, 403, 'the ingest token cannot read alerts');

      const list = await api('dsl', 'GET', `/api/v1/monitoring/alerts?status=open&personId=${learner.id}`);
      const alert = list.body.alerts?.find((a) => a.source === 'ingest');
      assert.ok(alert);
      const escalated = await api('dsl', 'POST', `/api/v1/monitoring/alerts/${alert.id}/escalate`, {});
      assert.equal(escalated.status, 200);
      const concernId = escalated.body.concernId;
      assert.equal(typeof concernId, 'string');
      const chron = await api('dsl', 'GET', `/api/v1/safeguarding/chronology/${learner.id}`);
      assert.equal(chron.status, 200);
      const entries = chron.body.entries as { concernId: string; kind: string; details: Record<string, unknown> }[];
      assert.ok(entries.some((e) => e.concernId === concernId && e.kind === 'reported'));
      const link = entries.find((e) => e.concernId === concernId && e.kind === 'event-linked');
      assert.deepEqual(link?.details, { source: 'monitoring', event: alert.id, tags: ['suicide-self-harm'] });
    });

    it('emails the weekly report to the DSL and the online-safety lead, counts only', { skip }, async () => {
      const before = smtp.received.length;
      const school = (await t.haven.database.db.selectFrom('schools').select('id').executeTakeFirstOrThrow()).id;
      const report = await makeWeeklyReport(t.haven.monitoring, school, weekStartOf(t.clock.now()), { send: true });
      assert.ok(report.sentAt);
      const mails = await smtp.waitFor(before + 1, 2000);
      const mail = mails.at(-1);
      assert.ok(mail);
      assert.deepEqual([...mail.to].sort(), [emails.dsl, emails['online-safety-lead']].sort());
      assert.match(mail.headers.get('subject') ?? '', /Weekly monitoring report/);
      assert.ok(mail.raw.includes('svg'), 'the charts travel in the HTML body');
      assert.ok(!mail.raw.includes('kill') && !mail.raw.includes('die'), 'no text');
      assert.equal(report.figures.alerts.total, 2);
    });

    it('publishes what is monitored at /transparency, without sign-in', { skip }, async () => {
      const page = await fetch(`${t.url}/transparency`);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /text\/html/);
      const html = await page.text();
      assert.match(html, /What is monitored/);
      assert.match(html, /<td>Searches<\/td><td>90 days<\/td>/);
      const json = await fetch(`${t.url}/api/v1/monitoring/transparency`);
      assert.equal(json.status, 200);
    });
  });
}
