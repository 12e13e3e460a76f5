import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { issueSetupToken } from '../../src/identity/setup.ts';
import { createAccount } from '../../src/identity/accounts.ts';
import { createToken } from '../../src/identity/tokens.ts';
import { generateTotp } from '../../src/identity/totp.ts';
import { DIALECTS, skipDialect } from '../../src/platform/db/testing.ts';
import { startTestHaven, type TestHaven } from '../../src/main/testing.ts';

const GOOD = 'tangerine-harbour-lantern';

/** A tiny cookie-carrying client, as a browser would be. */
function client(base: string) {
  let cookie = '';
  let csrf = '';
  return {
    async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
      const h: Record<string, string> = { ...headers };
      if (body !== undefined && !h['content-type']) h['content-type'] = 'application/json';
      if (cookie) h.cookie = cookie;
      if (csrf && method !== 'GET') h['x-csrf-token'] = csrf;
      const res = await fetch(base + path, { method, headers: h, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body), redirect: 'manual' });
      const set = res.headers.get('set-cookie');
      if (set) cookie = set.split(';')[0] ?? '';
      const text = await res.text();
      const json = text && res.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as Record<string, unknown>) : {};
      if (typeof json.csrfToken === 'string' && json.csrfToken) csrf = json.csrfToken;
      return { status: res.status, json, type: res.headers.get('content-type') ?? '', headers: res.headers };
    },
    dropCsrf() {
      csrf = '';
    },
  };
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: sign-in, second factor, tokens and errors over HTTP`, async () => {
    const skip = await skipDialect(dialect);
    let t: TestHaven;
    before(async () => {
      if (!skip) t = await startTestHaven(dialect);
    });
    after(async () => {
      if (!skip) await t.close();
    });

    it('runs first-run setup once with the one-time token', { skip }, async () => {
      const c = client(t.url);
      assert.deepEqual((await c.call('GET', '/api/v1/setup')).json, { needed: true });
      const token = await issueSetupToken(t.haven.identity);
      const body = { token, schoolName: 'Larchfield Primary', email: 'admin@larchfield.example', displayName: 'Ada Quill', password: GOOD };
      const bad = await c.call('POST', '/api/v1/setup', { ...body, token: 'setup_wrong-token-value' });
      assert.equal(bad.status, 401);
      assert.equal(bad.json.code, 'identity.setup_token_invalid');
      const weak = await c.call('POST', '/api/v1/setup', { ...body, password: 'larchfield2024' });
      assert.equal(weak.json.code, 'identity.password_personal');
      const ok = await c.call('POST', '/api/v1/setup', body);
      assert.equal(ok.status, 201);
      assert.equal((await c.call('POST', '/api/v1/setup', body)).status, 401);
      assert.deepEqual((await c.call('GET', '/api/v1/setup')).json, { needed: false });
    });

    it('signs in a DSL, demands second-factor enrolment, then lets them in', { skip }, async () => {
      await createAccount(t.haven.identity, { type: 'cli' }, { email: 'dsl@example.school', roles: ['dsl'], password: GOOD, displayName: 'Morgan Vale' });
      const c = client(t.url);
      const login = await c.call('POST', '/api/v1/auth/login', { email: 'dsl@example.school', password: GOOD });
      assert.equal(login.status, 200);
      assert.equal(login.json.mfa, 'enrol');
      assert.match(login.headers.get('set-cookie') ?? '', /HttpOnly/i);
      assert.match(login.headers.get('set-cookie') ?? '', /SameSite=Lax/i);
      const blocked = await c.call('GET', '/api/v1/audit');
      assert.equal(blocked.status, 403);
      assert.equal(blocked.json.code, 'identity.mfa_enrolment_required');
      const enrol = await c.call('POST', '/api/v1/auth/mfa/totp/enrol');
      assert.equal(enrol.status, 200);
      const secret = String(enrol.json.secret);
      const confirm = await c.call('POST', '/api/v1/auth/mfa/totp/confirm', { code: generateTotp(secret, t.clock.now()) });
      assert.equal(confirm.status, 200);
      assert.equal((confirm.json.recoveryCodes as string[]).length, 10);
      assert.equal((await c.call('GET', '/api/v1/audit')).status, 200);
      const session = await c.call('GET', '/api/v1/auth/session');
      assert.equal(session.json.mfa, 'satisfied');

      // A new sign-in must verify the code; a replayed code is refused.
      const c2 = client(t.url);
      assert.equal((await c2.call('POST', '/api/v1/auth/login', { email: 'dsl@example.school', password: GOOD })).json.mfa, 'verify');
      assert.equal((await c2.call('POST', '/api/v1/auth/mfa/verify', { code: generateTotp(secret, t.clock.now()) })).status, 401);
      t.clock.advance(30_000);
      assert.equal((await c2.call('POST', '/api/v1/auth/mfa/verify', { code: generateTotp(secret, t.clock.now()) })).status, 200);
      // A recovery code works once.
      const c3 = client(t.url);
      await c3.call('POST', '/api/v1/auth/login', { email: 'dsl@example.school', password: GOOD });
      const code = (confirm.json.recoveryCodes as string[])[0];
      assert.equal((await c3.call('POST', '/api/v1/auth/mfa/verify', { recoveryCode: code })).status, 200);
      const c4 = client(t.url);
      await c4.call('POST', '/api/v1/auth/login', { email: 'dsl@example.school', password: GOOD });
      assert.equal((await c4.call('POST', '/api/v1/auth/mfa/verify', { recoveryCode: code })).status, 401);
    });

    it('lets a teacher in without a second factor and enforces CSRF on cookie sessions', { skip }, async () => {
      await createAccount(t.haven.identity, { type: 'cli' }, { email: 'teacher@example.school', roles: ['teacher'], password: GOOD });
      const c = client(t.url);
      const login = await c.call('POST', '/api/v1/auth/login', { email: 'teacher@example.school', password: GOOD });
      assert.equal(login.json.mfa, 'satisfied');
      assert.equal((await c.call('GET', '/api/v1/accounts')).status, 403);
      c.dropCsrf();
      const noCsrf = await c.call('POST', '/api/v1/auth/logout');
      assert.equal(noCsrf.status, 403);
      assert.equal(noCsrf.json.code, 'identity.csrf_failed');
    });

    it('refuses common passwords with identity.password_common', { skip }, async () => {
      const admin = await createAccount(t.haven.identity, { type: 'cli' }, { email: 'it@example.school', roles: ['administrator'], password: GOOD });
      const { token } = await createToken(t.haven.identity, { type: 'cli' }, { account: admin.id, name: 'test', scopes: ['accounts:manage', 'accounts:read'] });
      const c = client(t.url);
      for (const password of ['password', 'Password1']) {
        const r = await c.call('POST', '/api/v1/accounts', { email: `x${password}@example.school`, roles: ['teacher'], password }, { authorization: `Bearer ${token}` });
        assert.equal(r.status, 400);
        assert.equal(r.json.code, 'identity.password_common');
        assert.match(r.type, /application\/problem\+json/);
      }
      const okay = await c.call('POST', '/api/v1/accounts', { email: 'new@example.school', roles: ['teacher'], password: GOOD }, { authorization: `Bearer ${token}` });
      assert.equal(okay.status, 201);
      const badScope = await c.call('GET', '/api/v1/audit', undefined, { authorization: `Bearer ${token}` });
      assert.equal(badScope.status, 403);
      assert.equal((await c.call('GET', '/api/v1/accounts', undefined, { authorization: 'Bearer hvn_nonsense' })).status, 401);
    });

    it('answers malformed bodies and unknown routes with problem+json', { skip }, async () => {
      const c = client(t.url);
      const bad = await c.call('POST', '/api/v1/auth/login', '{not json', { 'content-type': 'application/json' });
      assert.equal(bad.status, 400);
      assert.equal(bad.json.code, 'request.malformed_json');
      assert.match(bad.type, /application\/problem\+json/);
      const invalid = await c.call('POST', '/api/v1/auth/login', { email: 'a' });
      assert.equal(invalid.status, 400);
      assert.equal(invalid.json.code, 'request.invalid');
      const missing = await c.call('GET', '/api/v1/nothing-here');
      assert.equal(missing.status, 404);
      assert.equal(missing.json.code, 'request.not_found');
    });

    it('throttles 20 wrong passwords in a row with 429', { skip }, async () => {
      const c = client(t.url);
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await c.call('POST', '/api/v1/auth/login', { email: 'teacher@example.school', password: `wrong-${i}-password` })).status);
      assert.equal(statuses[0], 401);
      assert.equal(statuses.at(-1), 429);
      const last = await c.call('POST', '/api/v1/auth/login', { email: 'teacher@example.school', password: GOOD });
      assert.equal(last.status, 429, 'even the right password waits out the backoff');
      assert.ok(Number(last.headers.get('retry-after')) > 0);
      t.clock.advance(3600_000);
      assert.equal((await c.call('POST', '/api/v1/auth/login', { email: 'teacher@example.school', password: GOOD })).status, 200);
    });

    it('ends sessions after the idle timeout and on sign-out everywhere', { skip }, async () => {
      const c = client(t.url);
      await c.call('POST', '/api/v1/auth/login', { email: 'teacher@example.school', password: GOOD });
      assert.equal((await c.call('GET', '/api/v1/auth/session')).status, 200);
      t.clock.advance(61 * 60_000);
      const expired = await c.call('GET', '/api/v1/auth/session');
      assert.equal(expired.status, 401);
      assert.equal(expired.json.code, 'identity.session_expired');
      const a = client(t.url);
      const b = client(t.url);
      await a.call('POST', '/api/v1/auth/login', { email: 'teacher@example.school', password: GOOD });
      await b.call('POST', '/api/v1/auth/login', { email: 'teacher@example.school', password: GOOD });
      assert.equal((await a.call('POST', '/api/v1/auth/logout-everywhere')).status, 200);
      assert.equal((await b.call('GET', '/api/v1/auth/session')).status, 401);
    });

    it('records sign-ins and failures in an intact audit chain', { skip }, async () => {
      const rows = await t.haven.audit.query({ actionPrefix: 'identity.sign_in', limit: 1000 });
      assert.ok(rows.some((r) => r.action === 'identity.sign_in.failed'));
      assert.ok(rows.some((r) => r.action === 'identity.sign_in.succeeded'));
      for (const r of rows) assert.ok(!JSON.stringify(r.details).includes('wrong-'), 'no passwords in audit details');
      assert.deepEqual(await t.haven.audit.verify(), { ok: true, entries: (await t.haven.audit.query({ limit: 1 }))[0]?.seq, headSeq: (await t.haven.audit.query({ limit: 1 }))[0]?.seq });
    });
  });
}
