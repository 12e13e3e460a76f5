import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { after, describe, it } from 'node:test';
import { prepareServerData, runHaven, type ServerData } from '../support/haven-process.ts';
import { openDatabase } from '../../src/platform/db/index.ts';
import { DIALECTS, skipDialect } from '../../src/platform/db/testing.ts';

/** Concurrent clients in the burst, and how many writes (concerns + actions) are acknowledged before the kill. */
const IN_FLIGHT = 6;
const KILL_AFTER_ACKS = 80;

/**
 * Each client reports a concern, then records an action on it, over and over; the server is
 * SIGKILLed once enough writes have been acknowledged. A 201 status line is the acknowledgement.
 */
async function burstThenKill(server: { child: ChildProcess; url: string }, token: string): Promise<{ concerns: string[]; actions: string[] }> {
  const concerns: string[] = [];
  const actions: string[] = [];
  let killed = false;
  const post = async (path: string, body: unknown): Promise<{ id: string } | null> => {
    let response: Response;
    try {
      response = await fetch(server.url + path, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    } catch (err) {
      if (killed) return null;
      throw err;
    }
    if (response.status !== 201) {
      if (killed) return null;
      throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
    }
    try {
      return (await response.json()) as { id: string };
    } catch {
      return null; // acknowledged, but the body was cut off by the kill: we cannot name it, so it is not counted
    }
  };
  const ack = () => {
    if (concerns.length + actions.length >= KILL_AFTER_ACKS && !killed) {
      killed = true;
      server.child.kill('SIGKILL');
    }
  };
  const client = async (n: number) => {
    for (let i = 0; !killed; i += 1) {
      const concern = await post('/api/v1/concerns', { category: 'filter-bypass', summary: `Burst concern ${n}-${i}`, people: [{ name: `Learner ${n}-${i}`, part: 'subject' }] });
      if (!concern) return;
      concerns.push(concern.id);
      ack();
      const action = await post(`/api/v1/concerns/${concern.id}/actions`, { kind: 'other', description: `Follow up ${n}-${i}`, dueOn: '2026-10-01' });
      if (!action) return;
      actions.push(action.id);
      ack();
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, (_, n) => client(n)));
  return { concerns, actions };
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: SIGKILL during a burst of concern and action writes`, async () => {
    const skip = await skipDialect(dialect);
    let data: ServerData | undefined;
    after(async () => {
      await data?.cleanup();
    });

    it('loses no acknowledged concern or action, each with its audit entry, and the chain verifies', { skip, timeout: 90_000 }, async (t) => {
      data = await prepareServerData(dialect, 'haven_sg_crash');
      const { flags, target } = data;
      const dsl = await runHaven(['user', 'add', '--email', 'dsl@example.school', '--role', 'dsl', '--sso-only', ...flags]);
      assert.equal(dsl.code, 0, dsl.err);
      const created = await runHaven(['token', 'create', '--account', 'dsl@example.school', '--scope', 'concerns:report', 'concerns:read-all', 'concerns:triage', '--json', ...flags]);
      assert.equal(created.code, 0, created.err);
      const { token } = JSON.parse(created.out) as { token: string };

      const server = await data.start();
      const acked = await burstThenKill(server, token);
      const [, signal] = (await server.exited) as [number | null, string | null];
      assert.equal(signal, 'SIGKILL');
      assert.ok(acked.concerns.length + acked.actions.length >= KILL_AFTER_ACKS);

      const database = await openDatabase(target);
      try {
        const concerns = new Set((await database.db.selectFrom('safeguarding_concerns').select('id').execute()).map((r) => r.id));
        const actions = new Set((await database.db.selectFrom('safeguarding_actions').select('id').where('source', '=', 'manual').execute()).map((r) => r.id));
        assert.deepEqual(acked.concerns.filter((id) => !concerns.has(id)), [], 'acknowledged concerns lost');
        assert.deepEqual(acked.actions.filter((id) => !actions.has(id)), [], 'acknowledged actions lost');
        const audited = new Set(
          (await database.db.selectFrom('audit_log').select('subject_id').where('action', '=', 'safeguarding.concern.reported').execute()).map((r) => r.subject_id),
        );
        assert.deepEqual([...concerns].filter((id) => !audited.has(id)), [], 'every stored concern committed with its audit entry');
        const matrix = await database.db.selectFrom('safeguarding_actions').select(['concern_id']).where('source', '=', 'matrix').execute();
        assert.equal(matrix.length, concerns.size * 7, 'every stored concern has its proposed actions (all or nothing)');
        t.diagnostic(`${acked.concerns.length} concerns and ${acked.actions.length} actions acknowledged; ${concerns.size} and ${actions.size} stored`);
      } finally {
        await database.close();
      }
      const verify = await runHaven(['audit', 'verify', ...flags]);
      assert.equal(verify.code, 0, `${verify.out}\n${verify.err}`);
      const shown = await runHaven(['concerns', 'show', acked.concerns[0] ?? '', '--as', 'dsl@example.school', '--json', ...flags]);
      assert.equal(shown.code, 0, shown.err);
      assert.match((JSON.parse(shown.out) as { summary: string }).summary, /^Burst concern/);
    });
  });
}
