import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addMember, createPerson } from '../identity/index.ts';
import { createAuditLog } from '../audit/index.ts';
import { createTestDatabase, DIALECTS, skipDialect, type TestDatabase } from '../platform/db/testing.ts';
import { canaryHost } from './core/list-index.ts';
import { createFilteringTestDeps, type FilteringTestDeps, importTestList, openSecondEngine } from './testing.ts';

const CLI = { type: 'cli' } as const;

async function waitFor(what: string, test: () => boolean, limitMs: number): Promise<number> {
  const started = Date.now();
  while (!test()) {
    if (Date.now() - started > limitMs) assert.fail(`${what} did not happen within ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - started;
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: filter engine`, async () => {
    const skip = await skipDialect(dialect);
    let t: TestDatabase;
    let f: FilteringTestDeps;

    before(async () => {
      if (skip) return;
      t = await createTestDatabase(dialect);
      f = await createFilteringTestDeps(t);
    });
    after(async () => {
      if (skip) return;
      await f.close();
      await t.destroy();
    });

    it('starts with a canary for every category, blocks harmful ones for learners and fails unknown devices safe', { skip }, () => {
      const client = f.engine.identify('10.9.8.7');
      assert.deepEqual(client, { schoolId: f.schoolId, groups: [f.groups.learners], source: 'default' });
      const porn = f.engine.decideFor(client, canaryHost('pornography'), f.clock.now());
      assert.deepEqual([porn.verdict, porn.category, porn.canary], ['block', 'pornography', true]);
      assert.equal(f.engine.decideFor(client, canaryHost('games'), f.clock.now()).verdict, 'allow');
      assert.equal(f.engine.decideFor(client, 'www.example.org', f.clock.now()).safeSearch, 'strict');
      const status = f.engine.status();
      assert.ok(status.revision >= 0 && status.compiledAt > 0 && status.lastError === undefined);
    });

    it('blocks a subdomain of a listed name with its list and category, and allows the parent of a listed sub-entry', { skip }, async () => {
      const imported = await importTestList(f.service, 'adult.test', 'pornography', '# ours\nbad.example\nstatic.good.example\nnot a host!\n');
      assert.deepEqual([imported.version.domains, imported.stats.invalidCount, imported.stats.invalid[0]?.line], [2, 1, 4]);
      const client = f.engine.identify('10.9.8.7');
      const sub = f.engine.decideFor(client, 'www.bad.example', f.clock.now());
      assert.deepEqual([sub.verdict, sub.category, sub.list, sub.entry], ['block', 'pornography', imported.list.id, 'bad.example']);
      assert.match(sub.reason, /adult\.test/);
      assert.equal(f.engine.decideFor(client, 'good.example', f.clock.now()).verdict, 'allow');
      assert.equal(f.engine.decideFor(client, 'cdn.static.good.example', f.clock.now()).verdict, 'block');
    });

    it('keeps three versions, skips an unchanged import and rolls back', { skip }, async () => {
      for (const n of [1, 2, 3]) await importTestList(f.service, 'games.test', 'games', `game${n}.example\n`);
      const again = await importTestList(f.service, 'games.test', 'games', 'game3.example\n');
      assert.equal(again.unchanged, true);
      await importTestList(f.service, 'games.test', 'games', 'game4.example\n');
      const list = await f.service.getList('games.test');
      assert.deepEqual(list.versions.map((v) => [v.version, v.current]), [[4, true], [3, false], [2, false]]);
      await f.service.rollbackList(CLI, 'games.test', { reason: 'the new version is wrong' });
      const snapshot = f.engine.current();
      const games = snapshot.lists.lists.find((l) => l.name === 'games.test');
      assert.equal(games?.domains, 1);
      const rule = await f.service.createRule(CLI, { subject: { kind: 'group', group: 'learners' }, target: { kind: 'category', category: 'games' }, level: 'blocked', reason: 'no games in lessons' }, ['*']);
      const d = f.engine.decideFor(f.engine.identify('10.9.8.7'), 'www.game3.example', f.clock.now());
      assert.deepEqual([d.verdict, d.rule], ['block', rule.id], 'a rule is in force when the call returns');
      assert.equal(f.engine.decideFor(f.engine.identify('10.9.8.7'), 'game4.example', f.clock.now()).verdict, 'allow');
    });

    it('follows changes made through another connection within a second, each part on its own', { skip }, async () => {
      const second = await openSecondEngine(t, f.clock);
      try {
        const other = second.engine;
        const before = other.current();
        const ip = '10.20.30.40';
        await f.service.addDevice(CLI, { ip, group: 'staff', label: 'IT office' });
        const ms = await waitFor('the device', () => other.identify(ip).source === 'device', 1000);
        assert.ok(ms < 1000);
        assert.deepEqual(other.identify(ip).groups, [f.groups.staff]);
        assert.equal(other.current().lists, before.lists, 'an identity change keeps the list index');
        assert.equal(other.current().categoryRules, before.categoryRules, 'and the compiled rules');

        // Identity's own changes (not filtering's) are followed too: a person with a device, then a class.
        const person = await createPerson(f.identity, CLI, { kind: 'learner', firstName: 'Ada', lastName: 'Quill' });
        await f.service.addDevice(CLI, { ip: '10.20.30.41', group: 'learners', personId: person.id });
        await waitFor('the person', () => other.identify('10.20.30.41').personId === person.id, 1000);
        const club = await f.identity.db.selectFrom('groups').select('id').where('template', '=', 'guests').executeTakeFirstOrThrow();
        await addMember(f.identity, CLI, club.id, person.id);
        await waitFor('the membership', () => other.identify('10.20.30.41').groups.includes(club.id), 1000);

        const listsBefore = other.current().lists;
        await importTestList(f.service, 'gambling.test', 'gambling', 'bet.example\n');
        await waitFor('the list', () => other.decideFor(other.identify('1.1.1.1'), 'bet.example', f.clock.now()).verdict === 'block', 1000);
        assert.notEqual(other.current().lists, listsBefore);
        let swaps = 0;
        const off = other.onChange(() => swaps++);
        await f.service.createRule(CLI, { subject: { kind: 'group', group: 'learners' }, target: { kind: 'site', site: 'bet.example' }, level: 'allowed', reason: 'maths lesson on probability' });
        await waitFor('the rule', () => other.decideFor(other.identify('1.1.1.1'), 'bet.example', f.clock.now()).verdict === 'allow', 1000);
        off();
        assert.ok(swaps >= 1);
      } finally {
        await second.close();
      }
    });

    it('keeps the previous snapshot when a reload fails, says why, and recovers', { skip }, async () => {
      const before = f.engine.current();
      const list = await f.service.getList('adult.test');
      const badId = `bad-${dialect}`;
      await t.db
        .insertInto('filter_list_versions')
        .values({ id: badId, list_id: list.id, version: 99, sha256: 'x', domains: 1, urls: 0, stats: '{}', content: Buffer.from('not gzip'), bytes: 8, reason: 'corrupt', created_at: new Date(f.clock.now()).toISOString(), created_by_type: 'cli', created_by: null })
        .execute();
      await t.db.updateTable('filter_lists').set({ current_version_id: badId }).where('id', '=', list.id).execute();
      await createAuditLog({ db: t.db, dialect, clock: f.clock }).append({ actor: CLI, action: 'filtering.list.imported', subject: { type: 'filter-list', id: list.id } });
      await f.engine.refresh();
      assert.match(f.engine.status().lastError ?? '', /header|gzip|incorrect/i);
      assert.equal(f.engine.current(), before, 'the old snapshot stays in force');
      assert.equal(f.engine.decideFor(f.engine.identify('1.1.1.1'), 'bad.example', f.clock.now()).verdict, 'block');
      await f.service.rollbackList(CLI, 'adult.test', { versionId: list.current?.id ?? '', reason: 'the upload was corrupt' });
      assert.equal(f.engine.status().lastError, undefined);
      assert.notEqual(f.engine.current(), before);
    });
  });
}
