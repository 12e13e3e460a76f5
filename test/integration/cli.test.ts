import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { runHaven } from '../support/haven-process.ts';

const GOOD = 'tangerine-harbour-lantern';

describe('the haven command', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'haven-cli-'));
  const d = ['--data-dir', dataDir];

  it('adds a DSL with a good password and refuses common ones', async () => {
    const ok = await runHaven(['user', 'add', '--email', 'dsl@example.school', '--role', 'dsl', '--password', GOOD, ...d]);
    assert.equal(ok.code, 0, ok.err);
    assert.match(ok.out, /created dsl@example\.school \(dsl\)/);
    for (const pw of ['password', 'Password1']) {
      const bad = await runHaven(['user', 'add', '--email', `x@example.school`, '--role', 'teacher', '--password', pw, ...d]);
      assert.equal(bad.code, 2);
      assert.match(bad.err, /common/);
    }
    const viaStdin = await runHaven(['user', 'add', '--email', 'ot@example.school', '--role', 'teacher', '--password-stdin', ...d], `${GOOD}\n`);
    assert.equal(viaStdin.code, 0, viaStdin.err);
    const list = await runHaven(['user', 'list', '--json', ...d]);
    const accounts = JSON.parse(list.out) as { email: string }[];
    assert.deepEqual(accounts.map((a) => a.email).sort(), ['dsl@example.school', 'ot@example.school']);
  });

  it('refuses an unknown role and a missing password choice with exit 2', async () => {
    assert.equal((await runHaven(['user', 'add', '--email', 'y@example.school', '--role', 'wizard', '--password', GOOD, ...d])).code, 2);
    assert.equal((await runHaven(['user', 'add', '--email', 'y@example.school', '--role', 'teacher', ...d])).code, 2);
    assert.equal((await runHaven(['user', 'frobnicate', ...d])).code, 2);
  });

  it('creates and revokes a token, printing the secret once', async () => {
    const created = await runHaven(['token', 'create', '--account', 'dsl@example.school', '--scope', 'audit:read', '--json', ...d]);
    assert.equal(created.code, 0, created.err);
    const { token, record } = JSON.parse(created.out) as { token: string; record: { id: string } };
    assert.match(token, /^hvn_/);
    const listed = await runHaven(['token', 'list', '--json', ...d]);
    assert.ok(!listed.out.includes(token));
    assert.equal((await runHaven(['token', 'revoke', record.id, ...d])).code, 0);
    const bad = await runHaven(['token', 'create', '--account', 'dsl@example.school', '--scope', 'system:manage', ...d]);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /does not hold/);
  });

  it('verifies the audit log, and fails naming the entry after a direct edit', async () => {
    const fine = await runHaven(['audit', 'verify', ...d]);
    assert.equal(fine.code, 0, fine.err);
    assert.match(fine.out, /intact: \d+ entries/);
    const db = new Database(join(dataDir, 'haven.sqlite'));
    db.exec('drop trigger audit_log_no_update');
    db.prepare('update audit_log set action = ? where seq = 2').run('identity.account.nothing_to_see');
    db.close();
    const broken = await runHaven(['audit', 'verify', '--json', ...d]);
    assert.equal(broken.code, 1);
    assert.equal((JSON.parse(broken.out) as { firstBroken: { seq: number } }).firstBroken.seq, 2);
  });

  it('migrates idempotently', async () => {
    const r = await runHaven(['migrate', '--json', ...d]);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(JSON.parse(r.out), { applied: [], dialect: 'sqlite' });
  });

  it('reports bad configuration with exit 2 before doing anything', async () => {
    const r = await runHaven(['doctor', '--http-port', 'eighty', ...d]);
    assert.equal(r.code, 2);
    assert.match(r.err, /http\.port.*--http-port/);
  });

  it('names the flag when a port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const r = await runHaven(['start', '--http-port', String(port), '--log-level', 'silent', ...d]);
      assert.equal(r.code, 1);
      assert.match(r.err, new RegExp(`127\\.0\\.0\\.1:${port}.*--http-port`));
      const doctor = await runHaven(['doctor', '--http-port', String(port), ...d]);
      assert.equal(doctor.code, 1);
      assert.match(doctor.out, /FAIL port http/);
    } finally {
      blocker.close();
    }
  });

  it('runs as the installed binary', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [join(import.meta.dirname, '../../bin/haven.js'), '--help']);
    assert.match(stdout, /Usage: haven/);
    assert.match(stdout, /audit/);
  });
});
