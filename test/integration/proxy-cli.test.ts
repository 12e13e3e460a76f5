// `haven ca` and `haven log web` from the server's shell (SQLite data directory).
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runHaven } from '../support/haven-process.ts';

describe('the haven command: web proxy', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'haven-proxy-cli-'));
  const d = ['--data-dir', dataDir];
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates the school CA once, shows it, exports it as PEM and DER, and replaces it only when asked', async () => {
    const none = await runHaven(['ca', 'show', ...d]);
    assert.equal(none.code, 0, none.err);
    assert.match(none.out, /no school CA yet/u);
    const created = await runHaven(['ca', 'create', '--name', 'Test Academy filtering CA', '--json', ...d]);
    assert.equal(created.code, 0, created.err);
    const ca = JSON.parse(created.out) as { fingerprint: string; certPem: string };
    const cert = new X509Certificate(ca.certPem);
    assert.ok(cert.ca);
    assert.match(cert.subject, /CN=Test Academy filtering CA/u);
    assert.equal(cert.fingerprint256, ca.fingerprint);

    const again = await runHaven(['ca', 'create', ...d]);
    assert.equal(again.code, 1);
    assert.match(again.err, /--replace/u);

    const pem = await runHaven(['ca', 'export', ...d]);
    assert.equal(pem.out.trim(), ca.certPem.trim());
    const derFile = join(dataDir, 'ca.crt');
    const der = await runHaven(['ca', 'export', '--der', '--out', derFile, ...d]);
    assert.equal(der.code, 0, der.err);
    assert.equal(new X509Certificate(readFileSync(derFile)).fingerprint256, ca.fingerprint);
    assert.equal((await runHaven(['ca', 'export', '--der', ...d])).code, 2, 'binary to a terminal is refused');

    const replaced = await runHaven(['ca', 'create', '--replace', '--json', ...d]);
    assert.equal(replaced.code, 0, replaced.err);
    assert.notEqual((JSON.parse(replaced.out) as { fingerprint: string }).fingerprint, ca.fingerprint);
    const shown = await runHaven(['ca', 'show', ...d]);
    assert.match(shown.out, /Retired:/u);
    assert.match(shown.out, new RegExp(ca.fingerprint.slice(0, 20), 'u'));
  });

  it('reads the web log (empty at first) as text and JSON', async () => {
    const text = await runHaven(['log', 'web', ...d]);
    assert.equal(text.code, 0, text.err);
    assert.match(text.out, /no events/u);
    const json = await runHaven(['log', 'web', '--json', '--blocked', '--since', '1d', ...d]);
    assert.deepEqual(JSON.parse(json.out), { events: [], topBlocked: [] });
    assert.equal((await runHaven(['log', 'web', '--limit', '0', ...d])).code, 2);
  });
});
