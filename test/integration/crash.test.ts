import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import type { CliIo } from '../../src/cli/context.ts';
import { main } from '../../src/cli/main.ts';
import { type DatabaseTarget, openDatabase } from '../../src/platform/db/index.ts';
import { createScratchPostgresDatabase, DIALECTS, skipDialect } from '../../src/platform/db/testing.ts';

const BIN = fileURLToPath(new URL('../../bin/haven.js', import.meta.url));
/** Concurrent requests in the burst, and how many must be acknowledged before the kill. */
const IN_FLIGHT = 8;
const KILL_AFTER_ACKS = 100;

/** Runs `haven …` in-process with captured output and no environment of its own. */
async function haven(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), env: {}, cwd: tmpdir(), readStdin: async () => '' };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/**
 * Starts the real server as a child process on a free port and resolves with its address once
 * it prints its ready line. The child sees none of this process's HAVEN_* settings.
 */
async function startServer(dataDir: string, flags: string[]): Promise<{ child: ChildProcess; url: string; exited: Promise<unknown> }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('HAVEN_')));
  const child = spawn(process.execPath, [BIN, 'start', '--http-port', '0', '--log-level', 'error', ...flags], {
    env: { ...env, HAVEN_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit');
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /Haven is ready at (https?:\/\/\S+?)\/? /.exec(output);
      if (ready?.[1]) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the server exited before it was ready:\n${output}`));
    });
  });
  return { child, url, exited };
}

/**
 * Creates accounts as fast as `IN_FLIGHT` clients can, and SIGKILLs the server once
 * `KILL_AFTER_ACKS` have been acknowledged. Returns every email the server answered 201 for:
 * the status line is the acknowledgement, whether or not the body arrives before the kill.
 */
async function burstThenKill(server: { child: ChildProcess; url: string }, token: string): Promise<string[]> {
  const acked: string[] = [];
  let killed = false;
  const client = async (n: number) => {
    for (let i = 0; ; i += 1) {
      const email = `burst-${n}-${i}@example.school`;
      let response: Response;
      try {
        response = await fetch(`${server.url}/api/v1/accounts`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          // No password: argon2 would make each request slow, and the write is the point.
          body: JSON.stringify({ email, roles: ['teacher'] }),
        });
      } catch (err) {
        if (killed) return; // the server is gone: this request was never acknowledged
        throw err;
      }
      if (response.status !== 201) {
        if (killed) return;
        throw new Error(`POST /api/v1/accounts answered ${response.status}: ${await response.text()}`);
      }
      acked.push(email);
      if (acked.length >= KILL_AFTER_ACKS && !killed) {
        killed = true;
        server.child.kill('SIGKILL');
      }
      await response.arrayBuffer().catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, (_, n) => client(n)));
  return acked;
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: the server killed with SIGKILL during a burst of writes`, async () => {
    const skip = await skipDialect(dialect);
    const dataDir = mkdtempSync(join(tmpdir(), 'haven-crash-'));
    let scratch: { url: string; drop(): Promise<void> } | undefined;
    let child: ChildProcess | undefined;
    after(async () => {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await scratch?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('loses no acknowledged write, and the audit chain still verifies', { skip, timeout: 60_000 }, async (t) => {
      let target: DatabaseTarget = { dialect: 'sqlite', path: join(dataDir, 'haven.sqlite') };
      const flags = ['--data-dir', dataDir];
      if (dialect === 'postgres') {
        scratch = await createScratchPostgresDatabase('haven_crash');
        target = { dialect: 'postgres', url: scratch.url };
        flags.push('--database', scratch.url);
      }
      const admin = await haven(['user', 'add', '--email', 'admin@example.school', '--role', 'administrator', '--sso-only', ...flags]);
      assert.equal(admin.code, 0, admin.err);
      const created = await haven(['token', 'create', '--account', 'admin@example.school', '--scope', 'accounts:manage', '--json', ...flags]);
      assert.equal(created.code, 0, created.err);
      const { token } = JSON.parse(created.out) as { token: string };

      const server = await startServer(dataDir, dialect === 'postgres' && scratch ? ['--database', scratch.url] : []);
      child = server.child;
      const burstStarted = Date.now();
      const acked = await burstThenKill(server, token);
      const burstMs = Date.now() - burstStarted;
      const [, signal] = (await server.exited) as [number | null, string | null];
      assert.equal(signal, 'SIGKILL', 'the server was killed, not stopped');
      assert.ok(acked.length >= KILL_AFTER_ACKS);

      const database = await openDatabase(target);
      try {
        const stored = await database.db.selectFrom('accounts').select(['id', 'email']).where('email', 'like', 'burst-%').execute();
        const emails = new Set(stored.map((a) => a.email));
        const lost = acked.filter((e) => !emails.has(e));
        assert.deepEqual(lost, [], `${lost.length} of ${acked.length} acknowledged accounts were lost`);
        t.diagnostic(`${acked.length} accounts acknowledged in ${burstMs} ms before the kill; ${stored.length} stored (the rest were in flight)`);
        // Each account committed together with its audit entry, or not at all.
        const audited = await database.db
          .selectFrom('audit_log')
          .select('subject_id')
          .where('action', '=', 'identity.account.created')
          .execute();
        const auditedIds = new Set(audited.map((a) => a.subject_id));
        assert.deepEqual(stored.filter((a) => !auditedIds.has(a.id)).map((a) => a.email), []);
      } finally {
        await database.close();
      }
      const verify = await haven(['audit', 'verify', ...flags]);
      assert.equal(verify.code, 0, `${verify.out}\n${verify.err}`);
      assert.match(verify.out, /audit log intact/);
    });
  });
}
