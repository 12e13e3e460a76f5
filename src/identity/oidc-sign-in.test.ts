import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createAuditLog } from '../audit/index.ts';
/* eslint-disable no-restricted-imports -- end to end on purpose: the wiring in main/ (routes, options, cookies) is what is under test */
import type { Haven } from '../main/app.ts';
import { openHaven } from '../main/app.ts';
import { buildHttpApp } from '../main/http.ts';
/* eslint-enable no-restricted-imports */
import { createManualClock } from '../platform/clock.ts';
import { loadConfig } from '../platform/config/index.ts';
import { parseMasterKey, seal, unseal } from '../platform/crypto.ts';
import { createTestDatabase, DIALECTS, skipDialect } from '../platform/db/testing.ts';
import type { TestDatabase } from '../platform/db/testing.ts';
import { isAppError } from '../platform/errors.ts';
import type { HavenApp } from '../platform/http/index.ts';
import { createAccount, setAccountStatus } from './accounts.ts';
import { SYSTEM_ACTOR } from './deps.ts';
import type { IdentityDeps } from './deps.ts';
import { createLoginThrottle } from './login-throttle.ts';
import { OIDC_PENDING_COOKIE } from './oidc-http.ts';
import { createOidcProvider, entraIssuer, getOidcProvider, listOidcProviders, readEnabledOidcProvider, updateOidcProvider } from './oidc-providers.ts';
import type { OidcProvider } from './oidc-providers.ts';
import { OIDC_PENDING_AAD, unlinkOidcAccount } from './oidc-sign-in.ts';
import { startOidcTestProvider } from './oidc-test-provider.ts';
import type { OidcTestAccount, OidcTestProvider } from './oidc-test-provider.ts';
import { ensureInstallation } from './setup.ts';

const TENANT = '5f1c2d3e-0000-4000-8000-00000000aaaa';
const CLIENT_SECRET = 'test-client-secret-4f1d9a';

/** The provider's people, by account id (their `sub`); tests change claims to play the provider's side. */
const idpAccounts: Record<string, OidcTestAccount> = {
  teacher: { claims: { email: 'teacher@school.example', email_verified: true }, amr: ['pwd'] },
  'dsl-mfa': { claims: { email: 'dsl@school.example', email_verified: true }, amr: ['pwd', 'mfa'] },
  'dsl-pwd': { claims: { email: 'deputy@school.example', email_verified: true }, amr: ['pwd'] },
  'admin-mfa': { claims: { email: 'admin@school.example', email_verified: true }, amr: ['pwd', 'mfa'] },
  unverified: { claims: { email: 'office@school.example', email_verified: false }, amr: ['pwd'] },
  stranger: { claims: { email: 'stranger@school.example', email_verified: true }, amr: ['pwd'] },
  leaver: { claims: { email: 'leaver@school.example', email_verified: true }, amr: ['pwd'] },
  'rehired-old': { claims: { email: 'rehired@school.example', email_verified: true }, amr: ['pwd'] },
  'rehired-new': { claims: { email: 'rehired@school.example', email_verified: true }, amr: ['pwd'] },
  'google-staff': { claims: { email: 'g.staff@school.example', email_verified: true, hd: 'school.example' }, amr: ['pwd'] },
  'google-other': { claims: { email: 'g.other@school.example', email_verified: true, hd: 'other.example' }, amr: ['pwd'] },
};

interface Flow {
  status: number;
  location: string;
  session: string | undefined;
  pendingCleared: boolean;
}

function cookieOf(res: Response, name: string): { value: string; attributes: string } | undefined {
  for (const line of res.headers.getSetCookie()) {
    const [pair = '', ...attributes] = line.split(';');
    const eq = pair.indexOf('=');
    if (pair.slice(0, eq).trim() === name) return { value: pair.slice(eq + 1).trim(), attributes: attributes.join(';').toLowerCase() };
  }
  return undefined;
}

describe('oidc sign-in end to end: a real provider and a real Haven on 127.0.0.1', () => {
  let dataDir: string;
  let haven: Haven;
  let app: HavenApp;
  let base: string;
  let idp: OidcTestProvider;
  let generic: OidcProvider;
  let google: OidcProvider;
  let deps: IdentityDeps;

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'haven-oidc-'));
    haven = await openHaven(loadConfig({ flags: { dataDir, logLevel: 'silent' }, env: {}, cwd: dataDir }));
    deps = haven.identity;
    app = await buildHttpApp(haven, { oidc: { allowInsecureLoopback: true } });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    // The provider must know the redirect URIs, which hold the Haven provider ids: create, then point at the provider.
    const loopback = { allowInsecureLoopback: true };
    const placeholder = 'http://127.0.0.1:9';
    generic = (await createOidcProvider(deps, SYSTEM_ACTOR, { kind: 'oidc', name: 'School IdP', issuer: placeholder, clientId: 'haven-test', clientSecret: CLIENT_SECRET }, loopback)).provider;
    google = (await createOidcProvider(deps, SYSTEM_ACTOR, { kind: 'google', name: 'Google', issuer: placeholder, clientId: 'haven-test', clientSecret: CLIENT_SECRET, domain: 'school.example' }, loopback))
      .provider;
    idp = await startOidcTestProvider({
      redirectUris: [base + generic.callbackPath, base + google.callbackPath],
      accounts: idpAccounts,
      clientId: 'haven-test',
      clientSecret: CLIENT_SECRET,
    });
    for (const p of [generic, google]) await updateOidcProvider(deps, SYSTEM_ACTOR, p.id, { issuer: idp.issuer }, loopback);
    const staff: Array<[string, string]> = [
      ['teacher@school.example', 'teacher'],
      ['dsl@school.example', 'dsl'],
      ['deputy@school.example', 'deputy-dsl'],
      ['admin@school.example', 'administrator'],
      ['office@school.example', 'office'],
      ['leaver@school.example', 'teacher'],
      ['rehired@school.example', 'teacher'],
      ['g.staff@school.example', 'teacher'],
      ['g.other@school.example', 'teacher'],
    ];
    for (const [email, role] of staff) await createAccount(deps, SYSTEM_ACTOR, { email, roles: [role] });
    await setAccountStatus(deps, SYSTEM_ACTOR, 'leaver@school.example', 'disabled');
  });

  after(async () => {
    await app.close();
    await idp.close();
    await haven.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(providerId: string, returnTo?: string): Promise<Response> {
    const url = new URL(`/api/v1/auth/oidc/${providerId}/start`, base);
    if (returnTo !== undefined) url.searchParams.set('returnTo', returnTo);
    return fetch(url, { redirect: 'manual' });
  }

  /** Start → the provider → the callback, as a browser would; `pending` may swap the cookie sent back. */
  async function signIn(providerId: string, accountId: string, options: { returnTo?: string; pending?: (sealed: string) => string | undefined } = {}): Promise<Flow> {
    const started = await start(providerId, options.returnTo);
    assert.equal(started.status, 302);
    const sealed = cookieOf(started, OIDC_PENDING_COOKIE)?.value ?? '';
    const callback = await idp.signIn(started.headers.get('location') ?? '', accountId);
    const cookie = options.pending ? options.pending(sealed) : sealed;
    const done = await fetch(callback, { redirect: 'manual', headers: cookie === undefined ? {} : { cookie: `${OIDC_PENDING_COOKIE}=${cookie}` } });
    const pending = cookieOf(done, OIDC_PENDING_COOKIE);
    return {
      status: done.status,
      location: done.headers.get('location') ?? '',
      session: cookieOf(done, 'haven_session')?.value,
      pendingCleared: pending !== undefined && pending.value === '',
    };
  }

  async function sessionOf(cookie: string | undefined): Promise<{ status: number; body: { account?: { email: string }; mfa?: string; csrfToken?: string; permissions?: string[] } }> {
    const res = await fetch(`${base}/api/v1/auth/session`, { headers: { cookie: `haven_session=${cookie ?? ''}` } });
    return { status: res.status, body: (await res.json()) as { account?: { email: string }; mfa?: string } };
  }

  async function lastFailure(): Promise<Record<string, unknown> | undefined> {
    return (await haven.audit.query({ actionPrefix: 'identity.sign_in.failed', limit: 1 }))[0]?.details;
  }

  it('lists the enabled providers for the login buttons, without any configuration detail', async () => {
    const res = await fetch(`${base}/api/v1/auth/oidc/providers`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as { providers: Array<Record<string, unknown>> };
    assert.deepEqual(body.providers, [
      { id: generic.id, name: 'School IdP', kind: 'oidc' },
      { id: google.id, name: 'Google', kind: 'google' },
    ]);
  });

  it('links by verified email on first sign-in, then by subject, even after the email changes at the provider', async () => {
    const started = await start(generic.id);
    const pending = cookieOf(started, OIDC_PENDING_COOKIE);
    assert.ok(pending);
    assert.match(pending.attributes, /httponly/);
    assert.match(pending.attributes, /samesite=lax/);
    assert.match(pending.attributes, /path=\/api\/v1\/auth\/oidc/);
    assert.equal(new URL(started.headers.get('location') ?? '').origin, idp.issuer);
    assert.equal(new URL(started.headers.get('location') ?? '').searchParams.get('redirect_uri'), base + generic.callbackPath);

    const first = await signIn(generic.id, 'teacher');
    assert.equal(first.status, 302);
    assert.equal(first.location, '/');
    assert.ok(first.pendingCleared);
    const session = await sessionOf(first.session);
    assert.equal(session.status, 200);
    assert.equal(session.body.account?.email, 'teacher@school.example');
    assert.equal(session.body.mfa, 'satisfied');
    const links = await haven.audit.query({ actionPrefix: 'identity.oidc.linked' });
    assert.equal(links.length, 1);
    assert.deepEqual(links[0]?.details, { provider: generic.id, kind: 'oidc' });

    const teacher = idpAccounts.teacher;
    assert.ok(teacher);
    teacher.claims = { email: 'ada.renamed@elsewhere.example', email_verified: false };
    const again = await signIn(generic.id, 'teacher');
    assert.equal((await sessionOf(again.session)).body.account?.email, 'teacher@school.example');
    assert.equal((await haven.audit.query({ actionPrefix: 'identity.oidc.linked' })).length, 1);
    const succeeded = await haven.audit.query({ actionPrefix: 'identity.sign_in.succeeded', limit: 1 });
    assert.equal(succeeded[0]?.details.method, 'oidc');
  });

  it('satisfies the second factor for a DSL when the provider asserts mfa in amr', async () => {
    const flow = await signIn(generic.id, 'dsl-mfa');
    const session = await sessionOf(flow.session);
    assert.equal(session.body.mfa, 'satisfied');
    assert.ok(session.body.permissions?.includes('concerns:read-all'));
  });

  it('still asks a DSL to enrol Haven\'s second factor when the provider asserts a password only', async () => {
    const flow = await signIn(generic.id, 'dsl-pwd');
    const session = await sessionOf(flow.session);
    assert.equal(session.status, 200);
    assert.equal(session.body.mfa, 'enrol');
    assert.deepEqual(session.body.permissions, []);
  });

  const refusals: Array<{ name: string; account: string; code: string }> = [
    { name: 'refuses an email the provider has not verified, even when a Haven account has it', account: 'unverified', code: 'oidc.email_unverified' },
    { name: 'refuses a verified email with no Haven account, and creates none', account: 'stranger', code: 'oidc.no_account' },
    { name: 'refuses a disabled Haven account', account: 'leaver', code: 'oidc.account_disabled' },
    { name: 'refuses when the provider denies the sign-in', account: 'nobody-at-the-provider', code: 'oidc.authorization_denied' },
  ];
  for (const c of refusals) {
    it(c.name, async () => {
      const flow = await signIn(generic.id, c.account);
      assert.equal(flow.status, 302);
      assert.equal(flow.location, `/?signInError=${c.code}`);
      assert.equal(flow.session, undefined);
      assert.ok(flow.pendingCleared);
      assert.deepEqual(await lastFailure(), { method: 'oidc', reason: c.code, provider: generic.id });
    });
  }

  it('never creates an account from a sign-in', async () => {
    const emails = (await deps.db.selectFrom('accounts').select('email').execute()).map((r) => r.email);
    assert.ok(!emails.includes('stranger@school.example'));
  });

  it('checks the google hosted domain before any linking', async () => {
    assert.equal((await sessionOf((await signIn(google.id, 'google-staff')).session)).body.account?.email, 'g.staff@school.example');
    const other = await signIn(google.id, 'google-other');
    assert.equal(other.location, '/?signInError=oidc.domain_mismatch');
    assert.equal(other.session, undefined);
  });

  it('refuses a tampered, foreign, missing or another browser\'s pending cookie', async () => {
    const flip = (sealed: string): string => `${sealed.slice(0, -3)}${sealed.at(-3) === 'A' ? 'B' : 'A'}${sealed.slice(-2)}`;
    assert.equal((await signIn(generic.id, 'teacher', { pending: flip })).location, '/?signInError=oidc.pending_invalid');
    assert.deepEqual(await lastFailure(), { method: 'oidc', reason: 'oidc.pending_invalid', provider: generic.id });
    const resealed = (sealed: string): string => seal(haven.masterKey, unseal(haven.masterKey, sealed, OIDC_PENDING_AAD), 'account:x:totp');
    assert.equal((await signIn(generic.id, 'teacher', { pending: resealed })).location, '/?signInError=oidc.pending_invalid');
    assert.equal((await signIn(generic.id, 'teacher', { pending: () => undefined })).location, '/?signInError=oidc.pending_missing');
    // Login CSRF: the victim's browser holds its own pending sign-in, the callback carries the attacker's.
    const victim = cookieOf(await start(generic.id), OIDC_PENDING_COOKIE)?.value ?? '';
    const attacker = await signIn(generic.id, 'teacher', { pending: () => victim });
    assert.equal(attacker.location, '/?signInError=oidc.state_mismatch');
    assert.equal(attacker.session, undefined);
  });

  it('returns to a same-site path given at the start', async () => {
    const flow = await signIn(generic.id, 'teacher', { returnTo: '/concerns/42?tab=chronology' });
    assert.equal(flow.location, '/concerns/42?tab=chronology');
    assert.ok(flow.session);
  });

  for (const returnTo of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', '/\t/evil.example', 'javascript:alert(1)', 'concerns']) {
    it(`refuses the open redirect ${JSON.stringify(returnTo)} before reaching the provider`, async () => {
      const before = idp.requests.length;
      const res = await start(generic.id, returnTo);
      assert.equal(res.status, 302);
      assert.equal(res.headers.get('location'), '/?signInError=oidc.return_to_invalid');
      assert.equal(cookieOf(res, OIDC_PENDING_COOKIE), undefined);
      assert.equal(idp.requests.length, before);
    });
  }

  it('refuses to link a second provider account to an account already linked, until an administrator unlinks it', async () => {
    assert.ok((await signIn(generic.id, 'rehired-old')).session);
    const replaced = await signIn(generic.id, 'rehired-new');
    assert.equal(replaced.location, '/?signInError=oidc.link_conflict');
    assert.equal(await unlinkOidcAccount(deps, SYSTEM_ACTOR, 'rehired@school.example', generic.id), 1);
    assert.equal((await sessionOf((await signIn(generic.id, 'rehired-new')).session)).body.account?.email, 'rehired@school.example');
  });

  it('lets an administrator manage providers over the API without ever seeing a secret', async () => {
    const admin = await signIn(generic.id, 'admin-mfa');
    const session = await sessionOf(admin.session);
    assert.equal(session.body.mfa, 'satisfied');
    const headers = { cookie: `haven_session=${admin.session ?? ''}`, 'x-csrf-token': session.body.csrfToken ?? '', 'content-type': 'application/json' };

    const listed = await fetch(`${base}/api/v1/oidc-providers`, { headers });
    assert.equal(listed.status, 200);
    const text = await listed.text();
    assert.ok(!text.includes(CLIENT_SECRET));
    const providers = (JSON.parse(text) as { providers: Array<Record<string, unknown>> }).providers;
    assert.equal(providers[0]?.hasSecret, true);
    assert.ok(providers.every((p) => !('clientSecret' in p)));

    const noTenant = await fetch(`${base}/api/v1/oidc-providers`, { method: 'POST', headers, body: JSON.stringify({ kind: 'entra', name: 'Microsoft', clientId: 'app' }) });
    assert.equal(noTenant.status, 400);
    assert.equal(((await noTenant.json()) as { code: string }).code, 'oidc.config_invalid');

    const noDomain = await fetch(`${base}/api/v1/oidc-providers`, { method: 'POST', headers, body: JSON.stringify({ kind: 'google', name: 'Any Google', clientId: 'app', clientSecret: 's3cret-value' }) });
    assert.equal(noDomain.status, 201);
    const created = (await noDomain.json()) as { provider: OidcProvider; warnings: string[] };
    assert.equal(created.provider.issuer, 'https://accounts.google.com');
    assert.equal(created.provider.hasSecret, true);
    assert.match(created.warnings.join(' '), /any google account/);

    const patched = await fetch(`${base}/api/v1/oidc-providers/${created.provider.id}`, { method: 'PATCH', headers, body: JSON.stringify({ enabled: false }) });
    assert.equal(patched.status, 200);
    assert.equal(((await patched.json()) as { provider: OidcProvider }).provider.enabled, false);
    const buttons = (await (await fetch(`${base}/api/v1/auth/oidc/providers`)).json()) as { providers: Array<{ id: string }> };
    assert.ok(!buttons.providers.some((p) => p.id === created.provider.id));
    const disabledStart = await start(created.provider.id);
    assert.equal(disabledStart.headers.get('location'), '/?signInError=oidc.provider_not_found');

    const dsl = await signIn(generic.id, 'dsl-mfa');
    const forbidden = await fetch(`${base}/api/v1/oidc-providers`, { headers: { cookie: `haven_session=${dsl.session ?? ''}` } });
    assert.equal(forbidden.status, 403);
  });

  it('keeps the audit chain whole through every sign-in', async () => {
    assert.equal((await haven.audit.verify()).ok, true);
    const created = await haven.audit.query({ actionPrefix: 'identity.oidc_provider.' });
    assert.ok(created.length >= 4);
    assert.ok(created.every((e) => JSON.stringify(e.details) === JSON.stringify({ kind: e.details.kind })));
  });
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: oidc providers`, async () => {
    const skip = await skipDialect(dialect);
    let t: TestDatabase;
    let deps: IdentityDeps;
    const clock = createManualClock();
    const secret = 'GOCSPX-super-secret-value';

    before(async () => {
      if (skip) return;
      t = await createTestDatabase(dialect);
      await ensureInstallation(t.db, clock.now());
      deps = {
        db: t.db,
        dialect,
        clock,
        audit: createAuditLog({ db: t.db, dialect, clock }),
        masterKey: parseMasterKey(randomBytes(32).toString('base64')),
        session: { idleMinutes: 60, absoluteHours: 12 },
        throttle: createLoginThrottle(clock),
      };
    });
    after(async () => {
      if (!skip) await t.destroy();
    });

    const rejects = (code: string) => (error: unknown) => isAppError(error) && error.code === code;

    it('seals the client secret to its row and never shows it', { skip }, async () => {
      const { provider, warnings } = await createOidcProvider(deps, SYSTEM_ACTOR, { kind: 'google', name: ' Google ', clientId: 'cid', clientSecret: secret, domain: 'School.Example' });
      assert.deepEqual(warnings, []);
      assert.equal(provider.name, 'Google');
      assert.equal(provider.issuer, 'https://accounts.google.com');
      assert.equal(provider.domain, 'school.example');
      assert.equal(provider.hasSecret, true);
      const row = await t.db.selectFrom('oidc_providers').selectAll().where('id', '=', provider.id).executeTakeFirstOrThrow();
      assert.ok(row.client_secret !== null && !row.client_secret.includes(secret));
      assert.equal((await readEnabledOidcProvider(deps, provider.id))?.config.clientSecret, secret);
      // The sealed value is bound to its row: copied to another provider, it does not open.
      const other = (await createOidcProvider(deps, SYSTEM_ACTOR, { kind: 'oidc', name: 'Other', clientId: 'c2', issuer: 'https://idp.example' })).provider;
      await t.db.updateTable('oidc_providers').set({ client_secret: row.client_secret }).where('id', '=', other.id).execute();
      await assert.rejects(readEnabledOidcProvider(deps, other.id), rejects('crypto.unseal_failed'));
      assert.ok(!JSON.stringify(await listOidcProviders(deps)).includes(secret));
      const audit = await deps.audit.query({ actionPrefix: 'identity.oidc_provider.created' });
      assert.deepEqual(audit.map((e) => e.details), [{ kind: 'oidc' }, { kind: 'google' }]);
    });

    it('defaults the issuers and checks each kind\'s settings', { skip }, async () => {
      const entra = await createOidcProvider(deps, SYSTEM_ACTOR, { kind: 'entra', name: 'Microsoft', clientId: 'app', clientSecret: 'x', domain: TENANT.toUpperCase() });
      assert.equal(entra.provider.issuer, entraIssuer(TENANT));
      const anyGoogle = await createOidcProvider(deps, SYSTEM_ACTOR, { kind: 'google', name: 'Google', clientId: 'app' });
      assert.equal(anyGoogle.warnings.length, 2);
      const invalid: Array<Parameters<typeof createOidcProvider>[2]> = [
        { kind: 'entra', name: 'M', clientId: 'app' },
        { kind: 'entra', name: 'M', clientId: 'app', domain: 'common' },
        { kind: 'entra', name: 'M', clientId: 'app', domain: 'contoso.onmicrosoft.com' },
        { kind: 'google', name: 'G', clientId: 'app', domain: 'not a domain' },
        { kind: 'oidc', name: 'O', clientId: 'app' },
        { kind: 'oidc', name: 'O', clientId: 'app', issuer: 'https://idp.example', domain: 'school.example' },
        { kind: 'oidc', name: 'O', clientId: 'app', issuer: 'http://idp.example' },
        { kind: 'oidc', name: 'O', clientId: 'app', issuer: 'http://127.0.0.1:8080' },
        { kind: 'oidc', name: '', clientId: 'app', issuer: 'https://idp.example' },
        { kind: 'saml', name: 'S', clientId: 'app', issuer: 'https://idp.example' },
      ];
      for (const input of invalid) await assert.rejects(createOidcProvider(deps, SYSTEM_ACTOR, input), rejects('oidc.config_invalid'), JSON.stringify(input));
      const loopback = await createOidcProvider(deps, SYSTEM_ACTOR, { kind: 'oidc', name: 'O', clientId: 'app', issuer: 'http://127.0.0.1:8080' }, { allowInsecureLoopback: true });
      assert.equal(loopback.provider.issuer, 'http://127.0.0.1:8080');
    });

    it('updates, rotates and removes the secret, moves a default issuer with the tenant, disables and enables, auditing each', { skip }, async () => {
      const { provider } = await createOidcProvider(deps, SYSTEM_ACTOR, { kind: 'entra', name: 'Microsoft', clientId: 'app', clientSecret: 'one', domain: TENANT });
      const other = '5f1c2d3e-0000-4000-8000-00000000bbbb';
      const moved = await updateOidcProvider(deps, SYSTEM_ACTOR, provider.id, { domain: other, clientSecret: 'two' });
      assert.equal(moved.provider.issuer, entraIssuer(other));
      assert.equal((await readEnabledOidcProvider(deps, provider.id))?.config.clientSecret, 'two');
      const removed = await updateOidcProvider(deps, SYSTEM_ACTOR, provider.id, { clientSecret: null });
      assert.equal(removed.provider.hasSecret, false);
      assert.match(removed.warnings.join(' '), /no client secret/);
      await updateOidcProvider(deps, SYSTEM_ACTOR, provider.id, { enabled: false });
      assert.equal(await readEnabledOidcProvider(deps, provider.id), undefined);
      assert.ok(!(await listOidcProviders(deps, { enabledOnly: true })).some((p) => p.id === provider.id));
      await updateOidcProvider(deps, SYSTEM_ACTOR, provider.id, { enabled: true });
      await updateOidcProvider(deps, SYSTEM_ACTOR, provider.id, { enabled: true });
      await assert.rejects(updateOidcProvider(deps, SYSTEM_ACTOR, provider.id, { domain: null }), rejects('oidc.config_invalid'));
      const trail = await deps.audit.query({ subjectType: 'oidc_provider', subjectId: provider.id });
      assert.deepEqual(
        trail.map((e) => e.action).reverse(),
        ['created', 'updated', 'updated', 'disabled', 'enabled'].map((a) => `identity.oidc_provider.${a}`),
      );
    });

    it('keeps an administrator of one school to that school\'s providers', { skip }, async () => {
      const access = { schoolIds: ['another-school'] };
      const any = (await listOidcProviders(deps))[0];
      assert.ok(any);
      assert.deepEqual(await listOidcProviders(deps, access), []);
      await assert.rejects(getOidcProvider(deps, any.id, access), rejects('oidc.provider_not_found'));
      await assert.rejects(updateOidcProvider(deps, SYSTEM_ACTOR, any.id, { name: 'x' }, access), rejects('oidc.provider_not_found'));
      await assert.rejects(createOidcProvider(deps, SYSTEM_ACTOR, { kind: 'google', name: 'G', clientId: 'a', schoolId: any.schoolId }, access), rejects('identity.school_not_found'));
    });
  });
}
