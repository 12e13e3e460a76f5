import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { after, describe, it } from 'node:test';
import { prepareServerData, runHaven, type ServerData } from '../support/haven-process.ts';
import { openDatabase } from '../../src/platform/db/index.ts';
import { DIALECTS, skipDialect } from '../../src/platform/db/testing.ts';

/** Concurrent requests in the burst, and how many must be acknowledged before the kill. */
const IN_FLIGHT = 8;
const KILL_AFTER_ACKS = 100;

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
    let data: ServerData | undefined;
    after(async () => {
      await data?.cleanup();
    });

    it('loses no acknowledged write, and the audit chain still verifies', { skip, timeout: 60_000 }, async (t) => {
      data = await prepareServerData(dialect, 'haven_crash');
      const { flags, target } = data;
      const admin = await runHaven(['user', 'add', '--email', 'admin@example.school', '--role', 'administrator', '--sso-only', ...flags]);
      assert.equal(admin.code, 0, admin.err);
      const created = await runHaven(['token', 'create', '--account', 'admin@example.school', '--scope', 'accounts:manage', '--json', ...flags]);
      assert.equal(created.code, 0, created.err);
      const { token } = JSON.parse(created.out) as { token: string };

      const server = await data.start();
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
      const verify = await runHaven(['audit', 'verify', ...flags]);
      assert.equal(verify.code, 0, `${verify.out}\n${verify.err}`);
      assert.match(verify.out, /audit log intact/);
    });
  });
}
