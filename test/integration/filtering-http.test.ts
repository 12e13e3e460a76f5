import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAccount, createToken, ROLE_PERMISSIONS, type Role } from '../../src/identity/index.ts';
import { DIALECTS, skipDialect } from '../../src/platform/db/testing.ts';
import { startTestHaven, type TestHaven } from '../../src/main/testing.ts';

const GOOD = 'tangerine-harbour-lantern';
type Json = Record<string, unknown>;
type Decision = { verdict: string; category?: string; list?: string; entry?: string; rule?: string; approval?: string; reason: string; chain: unknown[] };

for (const dialect of DIALECTS) {
  describe(`${dialect}: filtering over HTTP`, async () => {
    const skip = await skipDialect(dialect);
    let t: TestHaven;
    const tokens = new Map<Role, string>();

    async function call(role: Role, method: string, path: string, body?: unknown, type = 'application/json'): Promise<{ status: number; json: Json }> {
      const headers: Record<string, string> = { authorization: `Bearer ${tokens.get(role) ?? ''}` };
      if (body !== undefined) headers['content-type'] = type;
      const res = await fetch(t.url + path, { method, headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
      const text = await res.text();
      return { status: res.status, json: text ? (JSON.parse(text) as Json) : {} };
    }
    async function check(query: Record<string, string>): Promise<Decision & { listName: string | null }> {
      const res = await call('it-technician', 'GET', `/api/v1/filtering/check?${new URLSearchParams(query).toString()}`);
      assert.equal(res.status, 200, JSON.stringify(res.json));
      return { ...(res.json.decision as Decision), listName: res.json.listName as string | null };
    }
    const iso = (ms: number): string => new Date(ms).toISOString();

    before(async () => {
      if (skip) return;
      t = await startTestHaven(dialect);
      for (const role of ['administrator', 'online-safety-lead', 'dsl', 'teacher', 'it-technician'] as const) {
        const account = await createAccount(t.haven.identity, { type: 'cli' }, { email: `${role}@example.school`, roles: [role], password: GOOD });
        tokens.set(role, (await createToken(t.haven.identity, { type: 'cli' }, { account: account.id, name: role, scopes: [...ROLE_PERMISSIONS[role]] })).token);
      }
    });
    after(async () => {
      if (!skip) await t.close();
    });

    it('imports a list as text, reports bad lines by number, and blocks subdomains of its names but not the parent of a sub-entry', { skip }, async () => {
      const list = 'bad.example\n# comment\nads.good.example\nthis is not a host\nwww.bad.example\n';
      const imported = await call('online-safety-lead', 'POST', '/api/v1/filtering/lists/import?name=adult.test&category=pornography&reason=demo%20list', list, 'text/plain');
      assert.equal(imported.status, 200, JSON.stringify(imported.json));
      const stats = imported.json.stats as { invalidCount: number; invalid: { line: number }[]; duplicates: number };
      assert.deepEqual([stats.invalidCount, stats.invalid[0]?.line], [1, 4]);
      const sub = await check({ host: 'cdn.bad.example', group: 'learners' });
      assert.deepEqual([sub.verdict, sub.category, sub.listName, sub.entry], ['block', 'pornography', 'adult.test', 'bad.example']);
      assert.equal((await check({ host: 'good.example', group: 'learners' })).verdict, 'allow');
      assert.equal((await check({ host: 'https://ads.good.example/x', group: 'staff' })).verdict, 'block');
      const noReason = await call('online-safety-lead', 'POST', '/api/v1/filtering/lists/import?name=x.test&category=games&reason=', 'x.example\n', 'text/plain');
      assert.equal(noReason.status, 400);
      const lists = await call('teacher', 'GET', '/api/v1/filtering/lists');
      assert.deepEqual((lists.json.lists as { name: string }[]).map((l) => l.name), ['adult.test']);
    });

    it('changes rules with a reason; a time window allows inside and blocks outside (Europe/London)', { skip }, async () => {
      await call('online-safety-lead', 'POST', '/api/v1/filtering/lists/import?name=games.test&category=games&reason=demo', 'play.example\n', 'text/plain');
      const missing = await call('online-safety-lead', 'POST', '/api/v1/filtering/rules', { subject: { kind: 'group', group: 'learners' }, target: { kind: 'category', category: 'games' }, level: 'blocked', reason: '' });
      assert.deepEqual([missing.status, missing.json.code], [400, 'filtering.reason_required']);
      const rule = await call('online-safety-lead', 'POST', '/api/v1/filtering/rules', {
        subject: { kind: 'group', group: 'learners' },
        target: { kind: 'category', category: 'games' },
        level: 'allowed-at-certain-times',
        windows: [{ weekday: 1, start: '12:00', end: '13:00' }],
        reason: 'games club at lunch',
      });
      assert.equal(rule.status, 201, JSON.stringify(rule.json));
      // Monday 7 September 2026 is in British Summer Time: 12:30 in London is 11:30 UTC.
      const inside = await check({ host: 'play.example', group: 'learners', at: '2026-09-07T11:30:00Z' });
      const outside = await check({ host: 'play.example', group: 'learners', at: '2026-09-07T12:30:00Z' });
      assert.deepEqual([inside.verdict, inside.rule, outside.verdict, outside.rule], ['allow', rule.json.id, 'block', rule.json.id]);
      const rules = await call('teacher', 'GET', '/api/v1/filtering/rules');
      const all = rules.json.rules as { id: string; origin: string; subject: { name: string }; target: { category?: string } }[];
      assert.ok(all.some((r) => r.origin === 'template' && r.subject.name === 'learners' && r.target.category === 'social-media'), 'template lines are listed as rules');
      const changes = await call('dsl', 'GET', '/api/v1/filtering/changes');
      assert.ok((changes.json.changes as { reason: string }[]).some((c) => c.reason === 'games club at lunch'));
      const del = await call('online-safety-lead', 'DELETE', `/api/v1/filtering/rules/${String(rule.json.id)}?reason=club%20ended`);
      assert.equal(del.status, 200);
      assert.equal((await check({ host: 'play.example', group: 'learners', at: '2026-09-07T11:30:00Z' })).verdict, 'allow', 'games fall back to allowed by default');
    });

    it('refuses every attempt to open illegal content', { skip }, async () => {
      await call('online-safety-lead', 'POST', '/api/v1/filtering/lists/import?name=iwf.test&category=child-abuse&reason=demo', 'abuse.example\n', 'text/plain');
      const asRule = await call('online-safety-lead', 'POST', '/api/v1/filtering/rules', { subject: { kind: 'group', group: 'staff' }, target: { kind: 'category', category: 'terrorism' }, level: 'allowed', reason: 'research' });
      const asSite = await call('online-safety-lead', 'POST', '/api/v1/filtering/rules', { subject: { kind: 'group', group: 'staff' }, target: { kind: 'site', site: 'www.abuse.example' }, level: 'allowed', reason: 'research' });
      const asUnblock = await call('teacher', 'POST', '/api/v1/filtering/unblocks', { subject: { kind: 'group', group: 'staff' }, target: { kind: 'category', category: 'child-abuse' }, endsAt: iso(t.clock.now() + 3_600_000), reason: 'research' });
      for (const r of [asRule, asSite, asUnblock]) assert.deepEqual([r.status, r.json.code], [403, 'filtering.illegal_category']);
      const d = await check({ host: 'abuse.example', group: 'staff' });
      assert.deepEqual([d.verdict, d.category], ['block', 'child-abuse']);
    });

    it('unblock request → approval → open in the window → blocked after expiry, all in the audit log', { skip }, async () => {
      await call('online-safety-lead', 'POST', '/api/v1/filtering/lists/import?name=social.test&category=social-media&reason=demo', 'social.example\n', 'text/plain');
      const now = t.clock.now();
      assert.equal((await check({ host: 'social.example', group: 'learners', at: iso(now + 60_000) })).verdict, 'block');
      const body = { subject: { kind: 'group', group: 'learners' }, target: { kind: 'category', category: 'social-media' }, startsAt: iso(now), endsAt: iso(now + 3_600_000), reason: 'media studies lesson on advertising' };
      assert.equal((await call('dsl', 'POST', '/api/v1/filtering/unblocks', body)).status, 403, 'the DSL decides, it does not request');
      const requested = await call('teacher', 'POST', '/api/v1/filtering/unblocks', body);
      assert.equal(requested.status, 201, JSON.stringify(requested.json));
      const id = String(requested.json.id);
      assert.equal((await call('teacher', 'POST', `/api/v1/filtering/unblocks/${id}/approve`, { note: 'ok' })).status, 403);
      assert.equal((await check({ host: 'social.example', group: 'learners', at: iso(now + 60_000) })).verdict, 'block', 'pending opens nothing');
      const approved = await call('dsl', 'POST', `/api/v1/filtering/unblocks/${id}/approve`, { note: 'fine for this lesson' });
      assert.deepEqual([approved.status, approved.json.status, approved.json.active], [200, 'approved', true]);
      const open = await check({ host: 'social.example', group: 'learners', at: iso(now + 30 * 60_000) });
      assert.deepEqual([open.verdict, open.approval], ['allow', id]);
      assert.match(open.reason, new RegExp(id));
      assert.equal((await check({ host: 'social.example', group: 'staff', at: iso(now + 30 * 60_000) })).verdict, 'allow');
      const after = await check({ host: 'social.example', group: 'learners', at: iso(now + 3_600_000) });
      assert.deepEqual([after.verdict, after.approval], ['block', undefined]);
      const again = await call('dsl', 'POST', `/api/v1/filtering/unblocks/${id}/refuse`, { note: 'not now' });
      assert.deepEqual([again.status, again.json.code], [409, 'filtering.request_decided']);

      t.clock.advance(2 * 3_600_000);
      assert.equal(await t.haven.filteringService.expireUnblocks(), 1);
      const listed = await call('teacher', 'GET', '/api/v1/filtering/unblocks?status=expired');
      assert.deepEqual((listed.json.unblocks as { id: string }[]).map((u) => u.id), [id]);
      const audit = await call('administrator', 'GET', '/api/v1/audit?action=filtering.unblock');
      const actions = (audit.json.entries as { action: string; subject: { id: string } }[]).filter((e) => e.subject.id === id).map((e) => e.action);
      assert.deepEqual(actions, ['filtering.unblock.expired', 'filtering.unblock.approved', 'filtering.unblock.requested']);
      const counts = await call('teacher', 'GET', '/api/v1/filtering/unblocks/counts');
      assert.deepEqual(counts.json.counts, [{ target: { kind: 'category', category: 'social-media' }, requests: 1, approved: 1, refused: 0, pending: 0 }]);
    });

    it('identifies clients by device, then subnet, then the default group', { skip }, async () => {
      const device = await call('administrator', 'POST', '/api/v1/filtering/devices', { ip: '10.1.2.3', group: 'staff', label: 'office' });
      assert.equal(device.status, 201, JSON.stringify(device.json));
      const subnet = await call('administrator', 'POST', '/api/v1/filtering/subnets', { cidr: '10.2.0.0/16', group: 'guests' });
      assert.equal(subnet.status, 201);
      const bad = await call('administrator', 'POST', '/api/v1/filtering/subnets', { cidr: '10.2.0.1/16', group: 'guests' });
      assert.deepEqual([bad.status, bad.json.code], [400, 'filtering.subnet_invalid']);
      const who = async (address: string): Promise<string[]> => {
        const res = await call('it-technician', 'GET', `/api/v1/filtering/check?host=social.example&address=${address}`);
        return (res.json.client as { groups: { name: string }[] }).groups.map((g) => g.name);
      };
      assert.deepEqual(await who('10.1.2.3'), ['staff']);
      assert.deepEqual(await who('10.2.9.9'), ['guests']);
      assert.deepEqual(await who('192.0.2.1'), ['learners']);
      assert.equal((await call('administrator', 'DELETE', `/api/v1/filtering/devices/${String(device.json.id)}`)).status, 200);
      assert.deepEqual(await who('10.1.2.3'), ['learners']);
    });

    it('runs the self-test, stores it, and fails when a required category is open for learners', { skip }, async () => {
      const passed = await call('it-technician', 'POST', '/api/v1/filtering/self-test', {});
      assert.equal(passed.status, 200, JSON.stringify(passed.json));
      assert.equal(passed.json.passed, true, JSON.stringify(passed.json.problems));
      const coverage = passed.json.coverage as { category: string; empty: boolean; entries: number }[];
      assert.equal(coverage.find((c) => c.category === 'pornography')?.entries, 3);
      assert.equal(coverage.find((c) => c.category === 'gambling')?.empty, true, 'blocked with nothing to block it with');
      await call('online-safety-lead', 'POST', '/api/v1/filtering/rules', { subject: { kind: 'group', group: 'learners' }, target: { kind: 'category', category: 'gambling' }, level: 'allowed', reason: 'maths lesson' });
      t.clock.advance(60_000);
      const failed = await call('it-technician', 'POST', '/api/v1/filtering/self-test', { group: 'learners' });
      assert.equal(failed.json.passed, false);
      assert.match((failed.json.problems as string[]).join('\n'), /gambling is open for learners/);
      const stored = await call('dsl', 'GET', '/api/v1/filtering/self-tests');
      assert.deepEqual((stored.json.results as { passed: boolean }[]).map((r) => r.passed), [false, true]);
      const status = await call('teacher', 'GET', '/api/v1/filtering/status');
      assert.ok((status.json.revision as number) > 0 && status.json.lastError === null);
    });

    it('counts the log by category, group and hour without naming anyone, for readers of logs only', { skip }, async () => {
      const db = t.haven.database.db;
      const school = await db.selectFrom('schools').select('id').executeTakeFirstOrThrow();
      const learners = await db.selectFrom('groups').select('id').where('school_id', '=', school.id).where('name', '=', 'learners').executeTakeFirstOrThrow();
      const now = t.clock.now();
      const row = (i: number, over: { verdict: string; category: string | null; groups: string[]; at: number }) => ({
        id: `0190e8a0-0000-7000-8000-${String(i).padStart(12, '0')}`,
        at: iso(over.at),
        source: 'dns',
        school_id: school.id,
        client_address: '10.0.0.9',
        device_id: null,
        person_id: 'p-summary',
        groups: JSON.stringify(over.groups),
        host: `h${i}.example`,
        path: null,
        query_type: 'A',
        verdict: over.verdict,
        category: over.category,
        list: null,
        rule: null,
        bytes: null,
      });
      await db
        .insertInto('filter_events')
        .values([
          row(1, { verdict: 'block', category: 'gambling', groups: [learners.id], at: now - 3_600_000 }),
          row(2, { verdict: 'block', category: 'gambling', groups: [learners.id, 'other'], at: now - 60_000 }),
          row(3, { verdict: 'block', category: 'pornography', groups: ['gone-group'], at: now - 60_000 }),
          row(4, { verdict: 'allow', category: null, groups: [learners.id], at: now - 60_000 }),
          row(5, { verdict: 'block', category: 'games', groups: [learners.id], at: now - 3 * 86_400_000 }),
        ])
        .execute();
      const day = await call('online-safety-lead', 'GET', '/api/v1/filtering/log/summary?since=24h');
      assert.equal(day.status, 200, JSON.stringify(day.json));
      assert.deepEqual([day.json.total, day.json.blocked, day.json.interval], [4, 3, 'hour']);
      assert.deepEqual(day.json.byCategory, [
        { category: 'gambling', blocked: 2 },
        { category: 'pornography', blocked: 1 },
      ]);
      assert.deepEqual(day.json.byGroup, [
        { groupId: learners.id, group: 'learners', blocked: 2 },
        { groupId: 'gone-group', group: 'gone-group', blocked: 1 },
      ]);
      const hours = day.json.byTime as { start: string; total: number; blocked: number }[];
      assert.equal(hours.reduce((n, h) => n + h.total, 0), 4);
      assert.ok(hours.every((h) => /^\d{4}-\d{2}-\d{2}T\d{2}:00:00\.000Z$/.test(h.start)), JSON.stringify(hours));
      assert.deepEqual(day.json.topBlocked, [
        { host: 'h1.example', count: 1 },
        { host: 'h2.example', count: 1 },
        { host: 'h3.example', count: 1 },
      ]);
      assert.doesNotMatch(JSON.stringify(day.json), /p-summary/, 'no person in the summary');
      const week = await call('it-technician', 'GET', `/api/v1/filtering/log/summary?since=${encodeURIComponent(iso(now - 7 * 86_400_000))}`);
      assert.deepEqual([week.status, week.json.total, week.json.interval], [200, 5, 'day']);
      assert.equal((await call('teacher', 'GET', '/api/v1/filtering/log/summary')).status, 403);
      assert.equal((await call('it-technician', 'GET', '/api/v1/filtering/log/summary?since=yesterday')).status, 400);
    });
  });
}
