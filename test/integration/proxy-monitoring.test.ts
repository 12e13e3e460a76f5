// Issue 10's end-to-end promise through the real proxy: a learner's risky search, seen by the web
// proxy (plain HTTP, and inspected HTTPS), becomes an alert and an email to the DSL team within
// 2 s; acknowledging stops the escalation; escalating makes a concern in the learner's chronology.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addMember, createAccount, createPerson, createToken, SYSTEM_ACTOR } from '../../src/identity/index.ts';
import { builtinLexiconInTurns, runAlertEscalations } from '../../src/monitoring/index.ts';
import { DIALECTS, skipDialect } from '../../src/platform/db/testing.ts';
import { createNotifier } from '../../src/platform/notify/index.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../src/platform/notify/testing-smtp.ts';
import { createAuthority } from '../../src/proxy/index.ts';
import { httpsViaProxy, viaProxy } from '../support/proxy-client.ts';
import { type ProxyHaven, startProxyHaven } from '../support/proxy-haven.ts';

const PASSWORD = 'quiet-meadow-copper-kettle';

for (const dialect of DIALECTS) {
  describe(`${dialect}: a risky search through the web proxy reaches the DSL`, async () => {
    const skip = await skipDialect(dialect);
    let t: ProxyHaven;
    let smtp: TestSmtpServer;
    let dslToken = '';
    let learnerId = '';
    let caPem = '';
    const auth = `Basic ${Buffer.from(`sam@pupils.test:${PASSWORD}`).toString('base64')}`;

    before(async () => {
      if (skip) return;
      smtp = await startTestSmtpServer();
      t = await startProxyHaven(dialect, ['www.google.com', 'www.bing.com']);
      const { haven } = t;
      haven.searches.warm();
      haven.monitoring.notifier = createNotifier({
        config: { smtp: { host: '127.0.0.1', port: smtp.port, secure: false, requireTls: false, from: 'Haven <haven@school.test>' }, publicUrl: t.url },
        clock: t.clock,
        logger: haven.logger,
      });
      const dsl = await createAccount(haven.identity, SYSTEM_ACTOR, { email: 'dsl@school.test', roles: ['dsl'], password: PASSWORD });
      dslToken = (await createToken(haven.identity, SYSTEM_ACTOR, { account: dsl.id, name: 'dsl', scopes: ['monitoring:read', 'monitoring:triage', 'concerns:report', 'concerns:read-all'] })).token;
      const school = await haven.database.db.selectFrom('schools').select('id').orderBy('created_at').executeTakeFirstOrThrow();
      const learners = await haven.database.db.selectFrom('groups').select('id').where('school_id', '=', school.id).where('template', '=', 'learners').executeTakeFirstOrThrow();
      const person = await createPerson(haven.identity, SYSTEM_ACTOR, { kind: 'learner', firstName: 'Sam', lastName: 'Learner', email: 'sam@pupils.test', yearGroup: 'Year 8' });
      learnerId = person.id;
      await addMember(haven.identity, SYSTEM_ACTOR, learners.id, person.id);
      await createAccount(haven.identity, SYSTEM_ACTOR, { email: 'sam@pupils.test', password: PASSWORD, roles: [], personId: person.id });
      await haven.filtering.refresh();
      caPem = (await createAuthority({ db: haven.database.db, clock: haven.clock, audit: haven.audit, masterKey: haven.masterKey }, SYSTEM_ACTOR, {})).certPem;
      await t.restartProxy({ inspection: { groups: ['learners'], exemptHosts: [], exemptCategories: [], noDefaultExemptions: false } });
    });
    after(async () => {
      if (skip) return;
      await t.haven.monitoring.notifier?.close();
      await t.close();
      await smtp.close();
    });

    const api = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${t.url}${path}`, { method, headers: { authorization: `Bearer ${dslToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };

    it('alerts and emails the DSL within 2 s of an inspected HTTPS search; acknowledging stops the escalation', { skip }, async () => {
      // A server builds its analyser once, in turns, as it starts; the 2 s run from a started server.
      await builtinLexiconInTurns();
      const started = Date.now();
      const r = await httpsViaProxy(t.proxy.port, 'www.google.com', t.origin.httpsPort, '/search?q=how+many+paracetamol+to+die', caPem, { 'proxy-authorization': auth });
      assert.equal(r.status, 200);
      const [mail] = await smtp.waitFor(1, 2000);
      assert.ok(mail, 'the DSL was emailed');
      assert.ok(Date.now() - started < 2000, `within 2 s (took ${Date.now() - started} ms)`);
      assert.ok(mail.to.includes('dsl@school.test'));
      assert.match(mail.headers.get('subject') ?? '', /severity 5/u);
      const list = await api('GET', `/api/v1/monitoring/alerts?personId=${learnerId}`);
      const alerts = list.body.alerts as { id: string; severity: number; source: string }[];
      assert.equal(alerts.length, 1);
      assert.equal(alerts[0]?.severity, 5);
      const id = alerts[0]?.id ?? '';
      assert.equal((await api('POST', `/api/v1/monitoring/alerts/${id}/acknowledge`, { note: 'Seen; speaking to Sam now' })).status, 200);
      t.clock.advance(60 * 60_000);
      assert.equal(await runAlertEscalations(t.haven.monitoring), 0, 'acknowledged: nobody else is woken');
    });

    it('alerts on a plain-HTTP search too, and escalating it puts a concern in the learner’s chronology', { skip }, async () => {
      const before = smtp.received.length;
      const r = await viaProxy(t.proxy.port, `http://www.bing.com:${t.origin.httpPort}/search?q=where+to+buy+a+knife+to+stab+someone`, { headers: { 'proxy-authorization': auth } });
      assert.equal(r.status, 200);
      await smtp.waitFor(before + 1, 2000);
      const list = await api('GET', `/api/v1/monitoring/alerts?status=open&personId=${learnerId}`);
      const alert = (list.body.alerts as { id: string }[])[0];
      assert.ok(alert, 'an open alert for the learner');
      const escalated = await api('POST', `/api/v1/monitoring/alerts/${alert.id}/escalate`, {});
      assert.equal(escalated.status, 200);
      const chron = await api('GET', `/api/v1/safeguarding/chronology/${learnerId}`);
      const entries = chron.body.entries as { concernId: string; kind: string }[];
      assert.ok(entries.some((e) => e.concernId === escalated.body.concernId && e.kind === 'event-linked'));
    });
  });
}
