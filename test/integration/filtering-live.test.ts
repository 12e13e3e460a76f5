import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Haven, openHaven } from '../../src/main/app.ts';
import { startTestHaven, type TestHaven } from '../../src/main/testing.ts';
import { loadConfig } from '../../src/platform/config/index.ts';
import { createScratchPostgresDatabase, DIALECTS, skipDialect } from '../../src/platform/db/testing.ts';
import { createLogger } from '../../src/platform/log.ts';
import { runHaven, startServerProcess } from '../support/haven-process.ts';

const CLI = { type: 'cli' } as const;
const GOOD = 'tangerine-harbour-lantern';

/** Polls until `test` holds; returns how long it took, failing past `limitMs`. */
async function within(limitMs: number, what: string, test: () => boolean | Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await test())) {
    if (Date.now() - started > limitMs) assert.fail(`${what}: not in force within ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return Date.now() - started;
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: a change through a second Haven on the same database`, async () => {
    const skip = await skipDialect(dialect);
    let first: TestHaven;
    let second: Haven;

    before(async () => {
      if (skip) return;
      first = await startTestHaven(dialect);
      const config = loadConfig({ flags: { dataDir: first.dataDir, logLevel: 'silent' }, env: {}, cwd: first.dataDir });
      second = await openHaven(config, { target: first.target, clock: first.clock, logger: createLogger({ level: 'silent' }), filtering: 'lazy' });
    });
    after(async () => {
      if (skip) return;
      await second.close();
      await first.close();
    });

    it('is enforced by the first within a second: lists, rules, devices, unblocks', { skip }, async (t) => {
      const engine = first.haven.filtering;
      const learner = () => engine.identify('192.0.2.10');
      const at = () => first.clock.now();
      const timings: number[] = [];

      await second.filteringService.importList(CLI, { name: 'adult.test', category: 'pornography', format: 'plain', sourceKind: 'upload', source: 'adult.test', parsed: { format: 'plain', domains: ['bad.example'], urls: [], stats: { lines: 1, accepted: 1, duplicates: 0, comments: 0, skippedRules: 0, skippedExceptions: 0, skippedLocal: 0, invalidCount: 0, invalid: [] } }, reason: 'demo' });
      timings.push(await within(1000, 'a list import', () => engine.decideFor(learner(), 'www.bad.example', at()).verdict === 'block'));

      const rule = await second.filteringService.createRule(CLI, { subject: { kind: 'group', group: 'learners' }, target: { kind: 'site', site: 'bad.example/lesson' }, level: 'allowed', reason: 'a lesson page' });
      timings.push(await within(1000, 'a rule', () => engine.decideFor(learner(), 'bad.example', at(), 'https://bad.example/lesson/1').rule === rule.id));

      await second.filteringService.addDevice(CLI, { ip: '192.0.2.10', group: 'staff' });
      timings.push(await within(1000, 'a device', () => learner().source === 'device'));

      const request = await second.filteringService.requestUnblock(CLI, { subject: { kind: 'group', group: 'staff' }, target: { kind: 'site', site: 'bad.example' }, endsAt: new Date(at() + 3_600_000).toISOString(), reason: 'checking the list' });
      await second.filteringService.decideUnblock(CLI, request.id, { decision: 'approve', note: 'for the check' });
      timings.push(await within(1000, 'an approval', () => engine.decideFor(learner(), 'bad.example', at()).approval === request.id));
      t.diagnostic(`in force after ${timings.join(', ')} ms`);
    });
  });

  describe(`${dialect}: a CLI change while haven start runs`, async () => {
    const skip = await skipDialect(dialect);
    const dataDir = mkdtempSync(join(tmpdir(), 'haven-live-'));
    const flags = ['--data-dir', dataDir];
    let child: ChildProcess | undefined;
    let scratch: { url: string; drop(): Promise<void> } | undefined;

    before(async () => {
      if (skip || dialect !== 'postgres') return;
      scratch = await createScratchPostgresDatabase('haven_live');
      flags.push('--database', scratch.url);
    });
    after(async () => {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await scratch?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('is enforced by the running server within a second', { skip, timeout: 60_000 }, async () => {
      assert.equal((await runHaven(['user', 'add', '--email', 'it@example.school', '--role', 'it-technician', '--password', GOOD, ...flags])).code, 0);
      const created = await runHaven(['token', 'create', '--account', 'it@example.school', '--scope', 'filtering:read', '--json', ...flags]);
      const { token } = JSON.parse(created.out) as { token: string };
      const server = await startServerProcess(dataDir, flags.slice(2));
      child = server.child;
      const verdict = async (): Promise<string> => {
        const res = await fetch(`${server.url}/api/v1/filtering/check?host=www.casino.example&group=learners`, { headers: { authorization: `Bearer ${token}` } });
        return ((await res.json()) as { decision: { verdict: string } }).decision.verdict;
      };
      assert.equal(await verdict(), 'allow');
      const file = join(dataDir, 'bets.txt');
      writeFileSync(file, 'casino.example\n');
      const imported = await runHaven(['lists', 'import', file, '--category', 'gambling', '--name', 'bets.test', ...flags]);
      assert.equal(imported.code, 0, imported.err);
      await within(1000, 'a list imported with the CLI', async () => (await verdict()) === 'block');
      const added = await runHaven(['rules', 'add', '--group', 'learners', '--site', 'casino.example', '--level', 'allowed', '--reason', 'probability lesson', ...flags]);
      assert.equal(added.code, 0, added.err);
      await within(1000, 'a rule added with the CLI', async () => (await verdict()) === 'allow');
    });
  });
}
