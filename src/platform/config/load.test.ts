import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './load.ts';

function dir(): string {
  return mkdtempSync(join(tmpdir(), 'haven-config-'));
}

describe('configuration', () => {
  it('runs on defaults with nothing given', () => {
    const cwd = dir();
    const c = loadConfig({ cwd, env: {} });
    assert.equal(c.dataDir, join(cwd, 'data'));
    assert.deepEqual(c.database, { dialect: 'sqlite', path: join(cwd, 'data', 'haven.sqlite') });
    assert.equal(c.http.port, 8080);
    assert.equal(c.http.host, '127.0.0.1');
    assert.equal(c.dns.port, 5353);
    assert.equal(c.proxy.port, 3128);
    assert.equal(c.role, 'all');
  });

  it('lets flags beat the environment, which beats the file', () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'haven.config.yaml'), 'http:\n  port: 9001\n  host: 0.0.0.0\ndns:\n  port: 5400\nproxy:\n  port: 3200\n');
    const c = loadConfig({ cwd, env: { HAVEN_HTTP_PORT: '9002', HAVEN_DNS_PORT: '5401' }, flags: { httpPort: '9003' } });
    assert.equal(c.http.port, 9003, 'flag wins');
    assert.equal(c.http.host, '0.0.0.0', 'file value kept where nothing overrides it');
    assert.equal(c.dns.port, 5401, 'environment beats file');
    assert.equal(c.proxy.port, 3200, 'file beats default');
    assert.equal(c.sources['http.port'], 'flag');
  });

  it('reads JSON files and an explicit --config path', () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'custom.json'), JSON.stringify({ role: 'api', dns: { upstreams: ['127.0.0.1:5300', '[::1]:53'] } }));
    const c = loadConfig({ cwd, env: {}, flags: { config: 'custom.json' } });
    assert.equal(c.role, 'api');
    assert.deepEqual(c.dns.upstreams, ['127.0.0.1:5300', '[::1]:53']);
    assert.equal(c.configFile, join(cwd, 'custom.json'));
  });

  it('reports every bad field at once, naming where each came from', () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'haven.config.json'), JSON.stringify({ http: { port: 70000 }, colour: 'blue' }));
    try {
      loadConfig({ cwd, env: { HAVEN_DNS_PORT: 'fifty' }, flags: { role: 'everything', dnsUpstream: ['not an ip'] } });
      assert.fail('expected a ConfigError');
    } catch (err) {
      assert.ok(err instanceof ConfigError);
      const paths = (err.issues ?? []).map((i) => i.path).sort();
      assert.deepEqual(paths, ['(root)', 'dns.port', 'dns.upstreams.0', 'http.port', 'role']);
      assert.match(err.message, /HAVEN_DNS_PORT/);
      assert.match(err.message, /--role/);
      assert.match(err.message, /colour/);
    }
  });

  it('splits HAVEN_DNS_UPSTREAM on commas and spaces', () => {
    const c = loadConfig({ cwd: dir(), env: { HAVEN_DNS_UPSTREAM: '127.0.0.1:5300, 127.0.0.2' } });
    assert.deepEqual(c.dns.upstreams, ['127.0.0.1:5300', '127.0.0.2']);
  });

  it('never prints secrets', () => {
    const c = loadConfig({ cwd: dir(), env: { HAVEN_DATABASE_URL: 'postgres://haven:hunter2secret@db/haven', HAVEN_MASTER_KEY: 'a'.repeat(64) } });
    const shown = `${JSON.stringify(c)} ${inspect(c, { depth: 10 })} ${String(c.masterKey)}`;
    assert.ok(!shown.includes('hunter2secret'));
    assert.ok(!shown.includes('a'.repeat(64)));
    assert.equal(c.database.dialect === 'postgres' && c.database.url.reveal(), 'postgres://haven:hunter2secret@db/haven');
  });

  it('refuses a missing explicit config file and an unknown database scheme', () => {
    assert.throws(() => loadConfig({ cwd: dir(), env: { HAVEN_CONFIG: 'nope.yaml' } }), /does not exist/);
    assert.throws(() => loadConfig({ cwd: dir(), env: {}, flags: { database: 'mysql://x' } }), /postgres:\/\//);
  });
});
