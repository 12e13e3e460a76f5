import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { createHttpServer, type HavenApp } from '../platform/http/index.ts';
import { createLogger } from '../platform/log.ts';
import { loadDashboard, registerDashboard } from './dashboard.ts';

const INDEX = '<!doctype html><html lang="en-GB"><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))});`;

async function appWith(dist: string): Promise<HavenApp> {
  const app = await createHttpServer({ logger: createLogger({ level: 'silent' }), trustProxy: false, title: 'test', version: '0' });
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/api/v1/version', { config: { access: { public: true } } }, async () => ({ version: '0' }));
  registerDashboard(app, loadDashboard(dist), createLogger({ level: 'silent' }));
  await app.ready();
  return app;
}

describe('the dashboard served at /', () => {
  let dist: string;
  let app: HavenApp;
  before(async () => {
    dist = mkdtempSync(join(tmpdir(), 'haven-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), SCRIPT);
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    app = await appWith(dist);
  });
  after(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('answers / with the app under a CSP that allows only its own scripts', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type'] ?? ''), /^text\/html/);
    assert.equal(res.body, INDEX);
    assert.match(String(res.headers['content-security-policy']), /script-src 'self'/);
    assert.equal(String(res.headers['cache-control']), 'no-cache');
  });

  it('answers any other page path with the app, so links and reloads work (SPA fallback)', async () => {
    for (const url of ['/concerns/0190aa00-0000-7000-8000-000000000000', '/people?search=ellis', '/learners/abc/chronology']) {
      const res = await app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 200, url);
      assert.equal(res.body, INDEX, url);
    }
  });

  it('serves hashed assets for good, compressed when the browser accepts gzip', async () => {
    const plain = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    assert.equal(plain.statusCode, 200);
    assert.match(String(plain.headers['content-type'] ?? ''), /^text\/javascript/);
    assert.equal(String(plain.headers['cache-control']), 'public, max-age=31536000, immutable');
    assert.equal(plain.body, SCRIPT);
    const zipped = await app.inject({ method: 'GET', url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip, br' } });
    assert.equal(String(zipped.headers['content-encoding']), 'gzip');
    assert.equal(gunzipSync(zipped.rawPayload).toString(), SCRIPT);
    assert.equal(String((await app.inject({ method: 'GET', url: '/favicon.svg' })).headers['content-type']), 'image/svg+xml');
  });

  it('leaves the API, health routes and missing files to their own answers', async () => {
    assert.deepEqual((await app.inject({ method: 'GET', url: '/healthz' })).json(), { status: 'ok' });
    assert.deepEqual((await app.inject({ method: 'GET', url: '/api/v1/version' })).json(), { version: '0' });
    for (const url of ['/api/v1/nothing-here', '/api/', '/assets/missing-123.js', '/robots.txt', '/readyz']) {
      const res = await app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 404, url);
      assert.match(String(res.headers['content-type'] ?? ''), /application\/problem\+json/, url);
    }
    assert.equal((await app.inject({ method: 'POST', url: '/concerns' })).statusCode, 404);
  });

  it('never reads outside the build: traversal finds nothing', async () => {
    for (const url of ['/../package.json', '/assets/../../package.json', '/%2e%2e/%2e%2e/package.json']) {
      const res = await app.inject({ method: 'GET', url });
      assert.ok(!res.body.includes('"dependencies"'), url);
    }
  });

  it('explains itself when the dashboard was never built, and the API still answers', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'haven-dist-empty-'));
    const bare = await appWith(empty);
    try {
      const res = await bare.inject({ method: 'GET', url: '/' });
      assert.equal(res.statusCode, 503);
      assert.match(res.body, /npm run build:web/);
      assert.equal((await bare.inject({ method: 'GET', url: '/api/v1/version' })).statusCode, 200);
    } finally {
      await bare.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
