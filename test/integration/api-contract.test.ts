import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { validate } from '@readme/openapi-parser';
import { createAccount, createToken, permissionsFor, ROLE_PERMISSIONS, roles } from '../../src/identity/index.ts';
import { routesOf } from '../../src/main/http.ts';
import { startTestHaven, type TestHaven } from '../../src/main/testing.ts';

const GOOD = 'tangerine-harbour-lantern';

describe('API contract: OpenAPI 3.1 and the access rule of every route', () => {
  let t: TestHaven;
  const tokens = new Map<string, string>();

  before(async () => {
    t = await startTestHaven('sqlite');
    for (const role of roles) {
      const account = await createAccount(t.haven.identity, { type: 'cli' }, { email: `${role}@example.school`, roles: [role], password: GOOD });
      const { token } = await createToken(t.haven.identity, { type: 'cli' }, { account: account.id, name: role, scopes: [...ROLE_PERMISSIONS[role]] });
      tokens.set(role, token);
    }
  });
  after(async () => {
    await t.close();
  });

  it('serves a valid OpenAPI 3.1 document that lists every /api/v1 route', async () => {
    const res = await fetch(`${t.url}/api/v1/openapi.json`);
    assert.equal(res.status, 200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    assert.equal(doc.openapi, '3.1.0');
    const result = await validate(structuredClone(doc) as never);
    assert.equal(result.valid, true, result.valid ? '' : JSON.stringify(result.errors).slice(0, 2000));
    const api = routesOf(t.app).filter((r) => r.url.startsWith('/api/v1/') && r.url !== '/api/v1/openapi.json');
    assert.ok(api.length > 20);
    for (const r of api) {
      const path = r.url.replace(/:(\w+)/g, '{$1}');
      assert.ok(doc.paths[path]?.[r.method.toLowerCase()], `${r.method} ${r.url} missing from OpenAPI`);
    }
  });

  it('declares an access rule on every /api/v1 route', () => {
    for (const r of routesOf(t.app).filter((x) => x.url.startsWith('/api/v1/'))) assert.ok(r.access, `${r.method} ${r.url}`);
  });

  it('refuses every signed-in-only route to a caller without credentials', async () => {
    const api = routesOf(t.app).filter((r) => r.url.startsWith('/api/v1/') && r.access && 'authenticated' in r.access);
    assert.ok(api.length > 5);
    for (const route of api) {
      const hasBody = route.method !== 'GET' && route.method !== 'DELETE';
      const res = await fetch(t.url + route.url.replace(/:(\w+)/g, 'no-such-id'), {
        method: route.method,
        ...(hasBody ? { headers: { 'content-type': 'application/json' }, body: '{}' } : {}),
      });
      assert.equal(res.status, 401, `anonymous ${route.method} ${route.url}`);
    }
  });

  it('allows each role exactly the routes its permissions grant, and nobody without credentials', async () => {
    const api = routesOf(t.app).filter((r) => r.url.startsWith('/api/v1/') && r.access && 'permission' in r.access);
    for (const route of api) {
      const permission = route.access && 'permission' in route.access ? route.access.permission : '';
      const path = route.url.replace(/:(\w+)/g, 'no-such-id');
      const init = (token?: string): RequestInit => ({
        method: route.method,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { 'content-type': 'application/json' }) },
        ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { body: '{}' }),
      });
      const anonymous = await fetch(t.url + path, init());
      assert.equal(anonymous.status, 401, `anonymous ${route.method} ${route.url}`);
      for (const role of roles) {
        const res = await fetch(t.url + path, init(tokens.get(role)));
        const body = (await res.json().catch(() => ({}))) as { code?: string };
        const allowed = permissionsFor([role]).has(permission as never);
        if (allowed) {
          assert.notEqual(res.status, 401, `${role} ${route.method} ${route.url}`);
          assert.ok(res.status !== 403 || body.code !== 'identity.forbidden' || route.url === '/api/v1/tokens', `${role} should reach ${route.method} ${route.url} (${body.code})`);
        } else {
          assert.equal(res.status, 403, `${role} must not reach ${route.method} ${route.url}`);
          assert.equal(body.code, 'identity.forbidden');
        }
      }
    }
  });
});
