// The web proxy on real loopback sockets, wired as `haven start` wires it: verdicts, the block
// page and its forms, CONNECT, TLS inspection with the school CA, safe search and search
// capture, proxy sign-in, events, and the PAC file. Origin and upstream DNS run on loopback.
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { importTestList } from '../../src/filtering/testing.ts';
import { addMember, createAccount, createPerson, createToken, SYSTEM_ACTOR } from '../../src/identity/index.ts';
import { DIALECTS, skipDialect } from '../../src/platform/db/testing.ts';
import { createAuthority } from '../../src/proxy/index.ts';
import { connectTunnel, httpsViaProxy, viaProxy } from '../support/proxy-client.ts';
import { type ProxyHaven, startProxyHaven } from '../support/proxy-haven.ts';

const NAMES = ['school.test', 'adult.test', 'www.google.com', 'www.bing.com', 'www.youtube.com', 'mybank.test'];
const PASSWORD = 'correct horse battery staple';

for (const dialect of DIALECTS) {
  describe(`${dialect}: web proxy`, async () => {
    const skip = await skipDialect(dialect);
    if (skip) return void it('is skipped', { skip }, () => undefined);
    let t: ProxyHaven;
    let learnersGroup: string;
    let personId: string;
    let caPem: string;
    before(async () => {
      t = await startProxyHaven(dialect, NAMES);
      const { haven } = t;
      await importTestList(haven.filteringService, 'adult', 'pornography', 'adult.test\n');
      await importTestList(haven.filteringService, 'banks', 'finance', 'mybank.test\n');
      await haven.filtering.refresh();
      const school = await haven.database.db.selectFrom('schools').select('id').orderBy('created_at').executeTakeFirstOrThrow();
      learnersGroup = (await haven.database.db.selectFrom('groups').select('id').where('school_id', '=', school.id).where('template', '=', 'learners').executeTakeFirstOrThrow()).id;
      const person = await createPerson(haven.identity, SYSTEM_ACTOR, { kind: 'learner', firstName: 'Ada', lastName: 'Pupil', email: 'ada@pupils.test', yearGroup: 'Year 9' });
      personId = person.id;
      await addMember(haven.identity, SYSTEM_ACTOR, learnersGroup, person.id);
      await createAccount(haven.identity, SYSTEM_ACTOR, { email: 'ada@pupils.test', password: PASSWORD, roles: [], personId: person.id });
      await haven.filtering.refresh();
      const ca = await createAuthority({ db: haven.database.db, clock: haven.clock, audit: haven.audit, masterKey: haven.masterKey }, SYSTEM_ACTOR, {});
      caPem = ca.certPem;
    });
    after(() => t.close());

    it('gives an allowed URL the origin’s page, with Via and the origin’s headers', async () => {
      const r = await viaProxy(t.proxy.port, `http://school.test:${t.origin.httpPort}/timetable?week=3`);
      assert.equal(r.status, 200);
      assert.match(r.body, /^origin school\.test:\d+\/timetable\?week=3/u);
      assert.match(String(r.headers.via), /haven/u);
      assert.deepEqual(r.headers['set-cookie'], ['a=1', 'b=2']);
      assert.match(String(t.origin.hits.at(-1)?.headers.via), /1\.1 haven/u);
    });

    it('streams request bodies to the origin', async () => {
      const body = 'x'.repeat(200_000);
      const r = await viaProxy(t.proxy.port, `http://school.test:${t.origin.httpPort}/upload`, { method: 'POST', body, headers: { 'content-type': 'text/plain' } });
      assert.equal(r.status, 200);
      assert.match(r.body, /received 200000 bytes/u);
    });

    it('answers a blocked URL with the block page naming the category, and keeps the connection alive', async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      try {
        const first = await viaProxy(t.proxy.port, `http://adult.test:${t.origin.httpPort}/<script>alert(1)</script>`, { agent });
        assert.equal(first.status, 403);
        assert.equal(first.headers['x-haven-category'], 'pornography');
        assert.match(first.body, /This site is blocked/u);
        assert.match(first.body, /Pornography/u);
        assert.match(first.body, /learners/u);
        assert.doesNotMatch(first.body, /<script>alert/u, 'nothing from the URL is reflected unescaped');
        assert.match(String(first.headers['content-security-policy']), /default-src 'none'/u);
        const second = await viaProxy(t.proxy.port, `http://school.test:${t.origin.httpPort}/next`, { agent });
        assert.equal(second.status, 200);
        assert.equal(second.reusedSocket, true, 'the block did not close the connection');
      } finally {
        agent.destroy();
      }
    });

    it('turns "ask for access" into a pending unblock request and "tell someone" into a concern', async () => {
      const page = await viaProxy(t.proxy.port, `http://adult.test:${t.origin.httpPort}/page`);
      const token = /name="token" value="([^"]+)"/u.exec(page.body)?.[1] ?? '';
      assert.ok(token.length > 20);
      const form = (action: string, message: string, tok = token) => new URLSearchParams({ token: tok, action, message }).toString();
      const post = (body: string) => viaProxy(t.proxy.port, `http://adult.test:${t.origin.httpPort}/.well-known/haven/blocked`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      const asked = await post(form('request-access', 'needed for the biology lesson on reproduction'));
      assert.equal(asked.status, 200);
      assert.match(asked.body, /Request sent/u);
      const pending = await t.haven.filteringService.listUnblocks({ status: 'pending' });
      const mine = pending.find((u) => u.target.kind === 'site' && u.target.site === 'adult.test');
      assert.ok(mine, 'the unblock request is queued');
      assert.match(mine.reason, /biology lesson/u);

      const told = await post(form('report', 'a boy in my class keeps sending me links to this'));
      assert.equal(told.status, 200);
      assert.match(told.body, /Thank you/u);
      const concerns = await t.haven.database.db.selectFrom('safeguarding_concerns').select(['id', 'route']).execute();
      assert.ok(concerns.some((c) => c.route === 'learner'), 'the report reached the DSL team as a concern');

      const forged = await post(form('report', 'forged', `${token.slice(0, -3)}abc`));
      assert.equal(forged.status, 400, 'a token that does not verify does nothing');
    });

    it('refuses a blocked CONNECT with 403 and a short reason, and tunnels an allowed one', async () => {
      const refused = await connectTunnel(t.proxy.port, `adult.test:${t.origin.httpsPort}`);
      assert.equal(refused.status, 403);
      assert.match(refused.body, /Pornography/u);
      const ok = await httpsViaProxy(t.proxy.port, 'school.test', t.origin.httpsPort, '/secure', t.origin.caPem);
      assert.equal(ok.status, 200);
      assert.equal(ok.peerIssuer, 'Origin test CA', 'without inspection the client sees the origin’s own certificate');
    });

    it('refuses tunnels to ports other than the configured ones', async () => {
      const r = await connectTunnel(t.proxy.port, `school.test:${t.origin.httpPort}`);
      assert.equal(r.status, 403);
    });

    it('writes every request to the filter event log as source proxy, with the verdict', async () => {
      await viaProxy(t.proxy.port, `http://adult.test:${t.origin.httpPort}/logged?secret=1`);
      await t.events.flush();
      const rows = await t.haven.database.db.selectFrom('filter_events').selectAll().where('source', '=', 'proxy').where('host', '=', 'adult.test').execute();
      const row = rows.find((r) => r.path === '/logged');
      assert.ok(row, 'the blocked request is in the log, its query string left out');
      assert.equal(row.verdict, 'block');
      assert.equal(row.category, 'pornography');
      assert.equal(row.query_type, 'GET');
      assert.ok(rows.some((r) => r.query_type === 'CONNECT'));
    });

    it('serves the PAC file and WPAD on the HTTP port, sending local networks direct', async () => {
      for (const path of ['/proxy.pac', '/wpad.dat']) {
        const res = await fetch(`${t.url}${path}`);
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('content-type'), 'application/x-ns-proxy-autoconfig');
        const text = await res.text();
        assert.match(text, /function FindProxyForURL/u);
        assert.match(text, new RegExp(`PROXY 127\\.0\\.0\\.1:${t.haven.config.proxy.port}`, 'u'));
        assert.match(text, /isInNet\(host, "10\.0\.0\.0", "255\.0\.0\.0"\)/u);
      }
      const ca = await fetch(`${t.url}/proxy/ca.pem`);
      assert.equal(ca.status, 200);
      assert.equal((await ca.text()).trim(), caPem.trim());
    });

    describe('with TLS inspection for learners', () => {
      before(async () => {
        await t.restartProxy({ inspection: { groups: ['learners'], exemptHosts: [], exemptCategories: [], noDefaultExemptions: false } });
      });

      it('mints a certificate from the school CA and serves the block page over TLS', async () => {
        const r = await httpsViaProxy(t.proxy.port, 'adult.test', t.origin.httpsPort, '/inside', caPem);
        assert.equal(r.peerIssuer, 'New school filtering CA');
        assert.equal(r.status, 403);
        assert.match(r.body, /This site is blocked/u);
        assert.match(r.body, new RegExp(`https://adult\\.test:${t.origin.httpsPort}/inside`, 'u'));
      });

      it('captures a Google search with the signed-in person and enforces safe search', async () => {
        const auth = `Basic ${Buffer.from(`ada@pupils.test:${PASSWORD}`).toString('base64')}`;
        const r = await httpsViaProxy(t.proxy.port, 'www.google.com', t.origin.httpsPort, '/search?q=how+to+revise+for+gcse+maths', caPem, { 'proxy-authorization': auth });
        assert.equal(r.status, 200);
        const hit = t.origin.hits.at(-1);
        assert.ok(hit?.secure);
        assert.match(hit.url, /safe=active/u, 'Google gets safe=active');
        await t.haven.searches.flush();
        const rows = await t.haven.database.db.selectFrom('search_events').selectAll().where('engine', '=', 'google').execute();
        assert.equal(rows.length, 1);
        assert.equal(rows[0]?.person_id, personId);
        assert.equal(rows[0]?.source, 'proxy');
        assert.equal(rows[0]?.host, 'www.google.com');
      });

      it('sets YouTube-Restrict on YouTube requests', async () => {
        await httpsViaProxy(t.proxy.port, 'www.youtube.com', t.origin.httpsPort, '/results?search_query=volcano+facts', caPem);
        assert.equal(t.origin.hits.at(-1)?.headers['youtube-restrict'], 'Strict');
      });

      it('leaves banking unread: the exempt category is tunnelled with the origin’s own certificate', async () => {
        const r = await httpsViaProxy(t.proxy.port, 'mybank.test', t.origin.httpsPort, '/account', t.origin.caPem);
        assert.equal(r.peerIssuer, 'Origin test CA');
      });
    });

    describe('with the block page’s sign-in on a subnet', () => {
      before(async () => {
        await t.haven.filteringService.addSubnet(SYSTEM_ACTOR, { cidr: '127.0.0.64/26', group: learnersGroup, identityMode: 'sign-in-page' });
        await t.haven.filtering.refresh();
        await t.restartProxy({});
      });

      it('offers sign-in on the block page and then applies the person’s own rules to that address until the end of the day', async () => {
        const from = { localAddress: '127.0.0.65' };
        const blocked = await viaProxy(t.proxy.port, `http://adult.test:${t.origin.httpPort}/`, from);
        assert.equal(blocked.status, 403);
        assert.match(blocked.body, /name="action" value="sign-in"/u);
        const token = /name="token" value="([^"]+)"/u.exec(blocked.body)?.[1] ?? '';
        const post = (password: string) =>
          viaProxy(t.proxy.port, `http://adult.test:${t.origin.httpPort}/.well-known/haven/blocked`, {
            ...from,
            method: 'POST',
            body: new URLSearchParams({ token, action: 'sign-in', email: 'ada@pupils.test', password }).toString(),
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
          });
        const wrong = await post('not her password');
        assert.equal(wrong.status, 403);
        assert.match(wrong.body, /Not signed in/u);
        const right = await post(PASSWORD);
        assert.equal(right.status, 200);
        assert.match(right.body, /You are signed in/u);
        await viaProxy(t.proxy.port, `http://school.test:${t.origin.httpPort}/after-sign-in`, from);
        await t.events.flush();
        const row = await t.haven.database.db.selectFrom('filter_events').select(['person_id', 'client_address']).where('path', '=', '/after-sign-in').executeTakeFirst();
        assert.equal(row?.person_id, personId, 'the address is bound to the person');
        const again = await viaProxy(t.proxy.port, `http://adult.test:${t.origin.httpPort}/`, from);
        assert.doesNotMatch(again.body, /value="sign-in"/u, 'no sign-in offered once signed in');
      });
    });

    describe('with proxy sign-in required on the subnet', () => {
      before(async () => {
        await t.haven.filteringService.addSubnet(SYSTEM_ACTOR, { cidr: '127.0.0.0/8', group: learnersGroup, identityMode: 'required' });
        await t.haven.filtering.refresh();
        await t.restartProxy({});
      });

      it('answers 407 without credentials and serves the person with them', async () => {
        const url = `http://school.test:${t.origin.httpPort}/signed-in`;
        const anonymous = await viaProxy(t.proxy.port, url);
        assert.equal(anonymous.status, 407);
        assert.match(String(anonymous.headers['proxy-authenticate']), /^Basic realm=/u);
        const wrong = await viaProxy(t.proxy.port, url, { headers: { 'proxy-authorization': `Basic ${Buffer.from('ada@pupils.test:wrong password').toString('base64')}` } });
        assert.equal(wrong.status, 407);
        const right = await viaProxy(t.proxy.port, url, { headers: { 'proxy-authorization': `Basic ${Buffer.from(`ada@pupils.test:${PASSWORD}`).toString('base64')}` } });
        assert.equal(right.status, 200);
        const library = await createAccount(t.haven.identity, SYSTEM_ACTOR, { email: 'library-kiosk@school.test', roles: ['teacher'] });
        const kiosk = (await createToken(t.haven.identity, SYSTEM_ACTOR, { account: library.id, name: 'kiosk', scopes: ['concerns:report'] })).token;
        const byToken = await viaProxy(t.proxy.port, url, { headers: { 'proxy-authorization': `Basic ${Buffer.from(`library-kiosk@school.test:${kiosk}`).toString('base64')}` } });
        assert.equal(byToken.status, 200, 'an API token works as the password');
        const wrongOwner = await viaProxy(t.proxy.port, url, { headers: { 'proxy-authorization': `Basic ${Buffer.from(`ada@pupils.test:${kiosk}`).toString('base64')}` } });
        assert.equal(wrongOwner.status, 407, 'a token only signs in its own account');
      });
    });
  });
}
