import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { createOidcClient, OIDC_PENDING_TTL_MS, parseOidcIdentity } from './oidc.ts';
import type { OidcClient, OidcIdentity, OidcProviderConfig } from './oidc.ts';
import { isAppError } from '../platform/errors.ts';
import type { ErrorKind } from '../platform/errors.ts';
import { startOidcTestProvider } from './oidc-test-provider.ts';
import type { OidcTestAccount, OidcTestProvider } from './oidc-test-provider.ts';

const redirectUri = 'http://127.0.0.1:8099/auth/oidc/callback';
const tenant = '5f1c2d3e-0000-4000-8000-00000000aaaa';
const otherTenant = '5f1c2d3e-0000-4000-8000-00000000bbbb';

const accounts: Record<string, OidcTestAccount> = {
  'teacher-pwd': {
    claims: { email: 'teacher@school.example', email_verified: true, name: 'Ada Teacher' },
    amr: ['pwd'],
  },
  'dsl-mfa': { claims: { email: 'dsl@school.example', email_verified: true, name: 'Dee Sl' }, amr: ['pwd', 'mfa'] },
  'head-acr': {
    claims: { email: 'head@school.example', email_verified: true },
    acr: 'http://schemas.openid.net/pape/policies/2007/06/multi-factor',
  },
  'unverified': { claims: { email: 'new@school.example', email_verified: false }, amr: ['pwd'] },
  'google-staff': { claims: { email: 'g@school.example', email_verified: true, hd: 'school.example' }, amr: ['pwd'] },
  'google-other': { claims: { email: 'g@other.example', email_verified: true, hd: 'other.example' } },
  'gmail': { claims: { email: 'someone@gmail.example', email_verified: true } },
  'entra-staff': {
    claims: { email: 'e@school.example', tid: tenant, oid: '0a0b0c0d-1111-4222-8333-444455556666', xms_edov: true, name: 'En Tra' },
    amr: ['pwd', 'mfa'],
  },
  'entra-no-edov': { claims: { email: 'x@school.example', tid: tenant, oid: '0a0b0c0d-1111-4222-8333-777788889999' } },
  'entra-foreign': { claims: { email: 'f@other.example', tid: otherTenant, oid: '0a0b0c0d-1111-4222-8333-000000000000' } },
};

/** Runs the whole flow: start, the browser at the provider, finish; returns the identity. */
async function signIn(provider: OidcTestProvider, oidc: OidcClient, accountId: string): Promise<OidcIdentity> {
  const now = Date.now();
  const { url, pending } = await oidc.start(redirectUri, now);
  const callback = await provider.signIn(url, accountId);
  return oidc.finish(callback, pending, now + 5_000);
}

/** An assert.rejects/throws validator for an {@link AppError} with this code (and kind, if given). */
function hasCode(code: string, kind?: ErrorKind): (error: unknown) => boolean {
  return (error) => {
    assert.ok(isAppError(error), String(error));
    assert.equal(error.code, code, error.message);
    if (kind !== undefined) assert.equal(error.kind, kind);
    return true;
  };
}

describe('oidc sign-in against a real provider', () => {
  let provider: OidcTestProvider;
  let configOf: (overrides: Partial<OidcProviderConfig>) => OidcProviderConfig;
  const clientFor = (overrides: Partial<OidcProviderConfig> = {}): OidcClient =>
    createOidcClient(configOf(overrides), { allowInsecureLoopback: true });

  before(async () => {
    provider = await startOidcTestProvider({ redirectUris: [redirectUri], accounts });
    configOf = (overrides) => ({
      id: 'test-idp',
      kind: 'oidc',
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      ...overrides,
    });
  });
  after(() => provider.close());

  it('signs in with the code flow, PKCE S256, state and nonce, and returns the identity', async () => {
    const oidc = clientFor();
    const now = Date.now();
    const { url, pending } = await oidc.start(redirectUri, now);
    const authorize = new URL(url);
    assert.equal(authorize.origin, provider.issuer);
    assert.equal(authorize.searchParams.get('response_type'), 'code');
    assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
    assert.ok((authorize.searchParams.get('code_challenge') ?? '').length >= 43);
    assert.equal(authorize.searchParams.get('state'), pending.state);
    assert.equal(authorize.searchParams.get('nonce'), pending.nonce);
    assert.equal(authorize.searchParams.get('redirect_uri'), redirectUri);
    assert.deepEqual(pending, { ...pending, providerId: 'test-idp', redirectUri, createdAt: now });

    const callback = await provider.signIn(url, 'teacher-pwd');
    assert.ok(callback.searchParams.has('code'));
    const identity = await oidc.finish(callback, pending, now + 1_000);
    assert.deepEqual(identity, {
      providerId: 'test-idp',
      kind: 'oidc',
      subject: 'teacher-pwd',
      email: 'teacher@school.example',
      emailVerified: true,
      name: 'Ada Teacher',
      mfa: false,
    });
  });

  it('fetches discovery once per client and reuses it', async () => {
    const oidc = clientFor();
    const before = provider.requests.filter((r) => r.includes('/.well-known/openid-configuration')).length;
    await signIn(provider, oidc, 'teacher-pwd');
    await signIn(provider, oidc, 'dsl-mfa');
    const after = provider.requests.filter((r) => r.includes('/.well-known/openid-configuration')).length;
    assert.equal(after - before, 1);
  });

  it('reports mfa when amr carries a second factor, and not for a password alone', async () => {
    const oidc = clientFor();
    assert.equal((await signIn(provider, oidc, 'dsl-mfa')).mfa, true);
    assert.equal((await signIn(provider, oidc, 'teacher-pwd')).mfa, false);
  });

  it('reports mfa when acr names a multi-factor policy', async () => {
    assert.equal((await signIn(provider, clientFor(), 'head-acr')).mfa, true);
  });

  it('flags an email the provider has not verified', async () => {
    const identity = await signIn(provider, clientFor(), 'unverified');
    assert.equal(identity.email, 'new@school.example');
    assert.equal(identity.emailVerified, false);
  });

  it('rejects a callback whose state belongs to another sign-in (login CSRF)', async () => {
    const oidc = clientFor();
    const now = Date.now();
    const victim = await oidc.start(redirectUri, now);
    const attacker = await oidc.start(redirectUri, now);
    const callback = await provider.signIn(attacker.url, 'teacher-pwd');
    await assert.rejects(oidc.finish(callback, victim.pending, now + 1_000), hasCode('oidc.state_mismatch', 'unauthenticated'));
  });

  it('rejects a callback with no state at all', async () => {
    const oidc = clientFor();
    const now = Date.now();
    const { url, pending } = await oidc.start(redirectUri, now);
    const callback = await provider.signIn(url, 'teacher-pwd');
    callback.searchParams.delete('state');
    await assert.rejects(oidc.finish(callback, pending, now), hasCode('oidc.state_mismatch'));
  });

  it('rejects a pending sign-in older than ten minutes', async () => {
    const oidc = clientFor();
    const now = Date.now();
    const { url, pending } = await oidc.start(redirectUri, now);
    const callback = await provider.signIn(url, 'teacher-pwd');
    await assert.rejects(oidc.finish(callback, pending, now + OIDC_PENDING_TTL_MS + 1), hasCode('oidc.state_expired', 'unauthenticated'));
  });

  it('rejects a pending sign-in started with another provider', async () => {
    const oidc = clientFor();
    const now = Date.now();
    const { url, pending } = await oidc.start(redirectUri, now);
    const callback = await provider.signIn(url, 'teacher-pwd');
    await assert.rejects(oidc.finish(callback, { ...pending, providerId: 'elsewhere' }, now), hasCode('oidc.state_mismatch'));
  });

  it('has the provider refuse the code when the PKCE verifier is not the one challenged', async () => {
    const oidc = clientFor();
    const now = Date.now();
    const first = await oidc.start(redirectUri, now);
    const second = await oidc.start(redirectUri, now);
    const callback = await provider.signIn(first.url, 'teacher-pwd');
    const pending = { ...first.pending, codeVerifier: second.pending.codeVerifier };
    await assert.rejects(oidc.finish(callback, pending, now), hasCode('oidc.code_rejected'));
  });

  it('rejects an id token whose nonce is not the one sent', async () => {
    const oidc = clientFor();
    const now = Date.now();
    const first = await oidc.start(redirectUri, now);
    const second = await oidc.start(redirectUri, now);
    const callback = await provider.signIn(first.url, 'teacher-pwd');
    const pending = { ...first.pending, nonce: second.pending.nonce };
    await assert.rejects(oidc.finish(callback, pending, now), hasCode('oidc.id_token_invalid'));
  });

  it('rejects a code redeemed twice', async () => {
    const oidc = clientFor();
    const now = Date.now();
    const { url, pending } = await oidc.start(redirectUri, now);
    const callback = await provider.signIn(url, 'teacher-pwd');
    await oidc.finish(callback, pending, now);
    await assert.rejects(oidc.finish(callback, pending, now), hasCode('oidc.code_rejected'));
  });

  it('turns a provider error in the callback into authorization_denied', async () => {
    const oidc = clientFor();
    const now = Date.now();
    const { url, pending } = await oidc.start(redirectUri, now);
    const callback = await provider.signIn(url, 'nobody-here');
    assert.equal(callback.searchParams.get('error'), 'access_denied');
    await assert.rejects(oidc.finish(callback, pending, now), hasCode('oidc.authorization_denied'));
  });

  it('refuses a wrong client secret as client_rejected, an outage rather than a bad user', async () => {
    const oidc = clientFor({ clientSecret: 'not-the-secret' });
    const now = Date.now();
    const { url, pending } = await oidc.start(redirectUri, now);
    const callback = await provider.signIn(url, 'teacher-pwd');
    await assert.rejects(oidc.finish(callback, pending, now), hasCode('oidc.client_rejected', 'unavailable'));
  });

  describe('google', () => {
    it('sends the hd hint and accepts an account of the configured hosted domain', async () => {
      const oidc = clientFor({ kind: 'google', domain: 'school.example' });
      const { url } = await oidc.start(redirectUri, Date.now());
      assert.equal(new URL(url).searchParams.get('hd'), 'school.example');
      const identity = await signIn(provider, oidc, 'google-staff');
      assert.equal(identity.kind, 'google');
      assert.equal(identity.subject, 'google-staff');
      assert.equal(identity.hostedDomain, 'school.example');
      assert.equal(identity.emailVerified, true);
    });

    it('rejects an account of another hosted domain', async () => {
      const oidc = clientFor({ kind: 'google', domain: 'school.example' });
      await assert.rejects(signIn(provider, oidc, 'google-other'), hasCode('oidc.domain_mismatch', 'unauthenticated'));
    });

    it('rejects a consumer account with no hosted domain when a domain is configured', async () => {
      const oidc = clientFor({ kind: 'google', domain: 'school.example' });
      await assert.rejects(signIn(provider, oidc, 'gmail'), hasCode('oidc.domain_mismatch'));
    });
  });

  describe('entra', () => {
    it('links on tid:oid and counts the email verified only with xms_edov', async () => {
      const oidc = clientFor({ kind: 'entra', domain: tenant.toUpperCase() });
      const identity = await signIn(provider, oidc, 'entra-staff');
      assert.deepEqual(identity, {
        providerId: 'test-idp',
        kind: 'entra',
        subject: `${tenant}:0a0b0c0d-1111-4222-8333-444455556666`,
        email: 'e@school.example',
        emailVerified: true,
        name: 'En Tra',
        tenantId: tenant,
        mfa: true,
      });
      const plain = await signIn(provider, oidc, 'entra-no-edov');
      assert.equal(plain.subject, `${tenant}:0a0b0c0d-1111-4222-8333-777788889999`);
      assert.equal(plain.emailVerified, false);
    });

    it('rejects an account of another tenant', async () => {
      const oidc = clientFor({ kind: 'entra', domain: tenant });
      await assert.rejects(signIn(provider, oidc, 'entra-foreign'), hasCode('oidc.domain_mismatch'));
    });
  });
});

describe('oidc sign-in with a provider that keeps profile claims in userinfo', () => {
  let provider: OidcTestProvider;
  before(async () => {
    provider = await startOidcTestProvider({ redirectUris: [redirectUri], accounts, conformIdTokenClaims: true });
  });
  after(() => provider.close());

  it('takes email and its verified flag from userinfo for a generic provider', async () => {
    const config: OidcProviderConfig = { id: 'strict', kind: 'oidc', issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret };
    const identity = await signIn(provider, createOidcClient(config, { allowInsecureLoopback: true }), 'dsl-mfa');
    assert.equal(identity.email, 'dsl@school.example');
    assert.equal(identity.emailVerified, true);
    assert.equal(identity.mfa, true);
    assert.ok(provider.requests.some((r) => r.startsWith('GET /me')));
  });
});

describe('oidc client configuration and outages', () => {
  const base: OidcProviderConfig = { id: 'x', kind: 'oidc', issuer: 'https://idp.example', clientId: 'c' };

  it('refuses a plain-http issuer unless it is loopback and explicitly allowed', () => {
    assert.throws(() => createOidcClient({ ...base, issuer: 'http://idp.example' }, { allowInsecureLoopback: true }), hasCode('oidc.config_invalid'));
    assert.throws(() => createOidcClient({ ...base, issuer: 'http://localhost:8080' }, { allowInsecureLoopback: true }), hasCode('oidc.config_invalid'));
    assert.throws(() => createOidcClient({ ...base, issuer: 'http://127.0.0.1:8080' }), hasCode('oidc.config_invalid'));
    assert.throws(() => createOidcClient({ ...base, issuer: 'not a url' }), hasCode('oidc.config_invalid'));
    assert.doesNotThrow(() => createOidcClient({ ...base, issuer: 'http://127.0.0.1:8080' }, { allowInsecureLoopback: true }));
    assert.doesNotThrow(() => createOidcClient({ ...base, issuer: 'http://[::1]:8080' }, { allowInsecureLoopback: true }));
  });

  it('requires the tenant id for entra', () => {
    assert.throws(() => createOidcClient({ ...base, kind: 'entra' }), hasCode('oidc.config_invalid'));
  });

  it('reports an unreachable provider as unavailable', async () => {
    const port = await closedPort();
    const oidc = createOidcClient({ ...base, issuer: `http://127.0.0.1:${port}` }, { allowInsecureLoopback: true, timeoutSeconds: 2 });
    await assert.rejects(oidc.start(redirectUri, Date.now()), hasCode('oidc.provider_unreachable', 'unavailable'));
  });
});

describe('parseOidcIdentity', () => {
  const generic: OidcProviderConfig = { id: 'g', kind: 'oidc', issuer: 'https://idp.example', clientId: 'c' };
  const cases: Array<{ name: string; claims: Record<string, unknown>; mfa: boolean; emailVerified: boolean }> = [
    { name: 'password only', claims: { amr: ['pwd'] }, mfa: false, emailVerified: false },
    { name: 'amr mfa', claims: { amr: ['pwd', 'mfa'] }, mfa: true, emailVerified: false },
    { name: 'amr otp', claims: { amr: ['otp'] }, mfa: true, emailVerified: false },
    { name: 'amr hwk', claims: { amr: ['hwk'] }, mfa: true, emailVerified: false },
    { name: 'amr fido', claims: { amr: ['fido'] }, mfa: true, emailVerified: false },
    { name: 'amr as a string is not a list', claims: { amr: 'mfa' }, mfa: false, emailVerified: false },
    { name: 'acr phr', claims: { acr: 'phr' }, mfa: true, emailVerified: false },
    { name: 'acr of an unknown level', claims: { acr: '1' }, mfa: false, emailVerified: false },
    { name: 'email verified', claims: { email: 'a@b.example', email_verified: true }, mfa: false, emailVerified: true },
    { name: 'email_verified as the string "true"', claims: { email: 'a@b.example', email_verified: 'true' }, mfa: false, emailVerified: false },
    { name: 'verified flag without an email', claims: { email_verified: true }, mfa: false, emailVerified: false },
  ];
  for (const c of cases) {
    it(`generic: ${c.name}`, () => {
      const identity = parseOidcIdentity(generic, { sub: 's1', ...c.claims });
      assert.equal(identity.mfa, c.mfa);
      assert.equal(identity.emailVerified, c.emailVerified);
      assert.equal(identity.subject, 's1');
    });
  }

  it('ignores email_verified from entra unless xms_edov or email_verified is true', () => {
    const entra: OidcProviderConfig = { ...generic, kind: 'entra', domain: tenant };
    const claims = { sub: 'pairwise', tid: tenant, oid: 'o1', email: 'e@school.example' };
    assert.equal(parseOidcIdentity(entra, claims).emailVerified, false);
    assert.equal(parseOidcIdentity(entra, { ...claims, xms_edov: true }).emailVerified, true);
    assert.equal(parseOidcIdentity(entra, { ...claims, email_verified: true }).emailVerified, true);
    assert.equal(parseOidcIdentity(entra, { ...claims, xms_edov: 'true' }).emailVerified, false);
  });

  it('requires oid and tid for entra, and sub always', () => {
    const entra: OidcProviderConfig = { ...generic, kind: 'entra', domain: tenant };
    assert.throws(() => parseOidcIdentity(entra, { sub: 's', tid: tenant }), hasCode('oidc.claim_missing'));
    assert.throws(() => parseOidcIdentity(entra, { sub: 's', oid: 'o' }), hasCode('oidc.claim_missing'));
    assert.throws(() => parseOidcIdentity(generic, { email: 'a@b.example' }), hasCode('oidc.claim_missing'));
  });

  it('accepts any google account when no hosted domain is configured', () => {
    const google: OidcProviderConfig = { ...generic, kind: 'google' };
    assert.equal(parseOidcIdentity(google, { sub: 's' }).subject, 's');
    assert.equal(parseOidcIdentity({ ...google, domain: 'School.Example' }, { sub: 's', hd: 'school.example' }).hostedDomain, 'school.example');
  });
});

/** A 127.0.0.1 port nobody listens on: bind one, then release it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
