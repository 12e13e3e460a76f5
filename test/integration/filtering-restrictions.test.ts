import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAccount, createToken, ROLE_PERMISSIONS, type Role } from '../../src/identity/index.ts';
import { startTestHaven, type TestHaven } from '../../src/main/testing.ts';
import { DIALECTS, skipDialect } from '../../src/platform/db/testing.ts';
import { buildPerson } from '../../src/safeguarding/testing.ts';

const GOOD = 'tangerine-harbour-lantern';
const HOUR = 3_600_000;
type Json = Record<string, unknown>;
type Decision = { verdict: string; level?: string; category?: string; restriction?: string; reason: string; chain: { stage: string; effect: string; note: string; restriction?: string }[] };

for (const dialect of DIALECTS) {
  describe(`${dialect}: removing network access over HTTP`, async () => {
    const skip = await skipDialect(dialect);
    let t: TestHaven;
    const tokens = new Map<Role, string>();
    let learner = { id: '', name: '' };

    async function call(role: Role, method: string, path: string, body?: unknown): Promise<{ status: number; json: Json }> {
      const headers: Record<string, string> = { authorization: `Bearer ${tokens.get(role) ?? ''}` };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(t.url + path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      const text = await res.text();
      return { status: res.status, json: text ? (JSON.parse(text) as Json) : {} };
    }
    async function check(host: string, person = learner.id): Promise<Decision> {
      const res = await call('it-technician', 'GET', `/api/v1/filtering/check?${new URLSearchParams({ host, person }).toString()}`);
      assert.equal(res.status, 200, JSON.stringify(res.json));
      return res.json.decision as Decision;
    }

    before(async () => {
      if (skip) return;
      t = await startTestHaven(dialect);
      for (const role of ['online-safety-lead', 'dsl', 'teacher', 'it-technician'] as const) {
        const account = await createAccount(t.haven.identity, { type: 'cli' }, { email: `${role}@example.school`, roles: [role], password: GOOD });
        tokens.set(role, (await createToken(t.haven.identity, { type: 'cli' }, { account: account.id, name: role, scopes: [...ROLE_PERMISSIONS[role]] })).token);
      }
      learner = await buildPerson(t.haven.database.db, { firstName: 'Kerensa', lastName: 'Polglase' });
    });
    after(async () => {
      if (!skip) await t.close();
    });

    it('blocks all but the learning sites while in force, never opens illegal content, and lifts at endsAt', { skip }, async () => {
      const empty = await call('teacher', 'GET', '/api/v1/filtering/learning-sites');
      assert.deepEqual([empty.status, (empty.json.sites as unknown[]).length], [200, 0], 'no learning sites by default');
      const noReason = await call('online-safety-lead', 'PUT', '/api/v1/filtering/learning-sites', { sites: ['learn.example'], reason: '' });
      assert.deepEqual([noReason.status, noReason.json.code], [400, 'filtering.reason_required']);
      const bad = await call('online-safety-lead', 'PUT', '/api/v1/filtering/learning-sites', { sites: ['https://learn.example/x'], reason: 'lessons' });
      assert.deepEqual([bad.status, bad.json.code], [400, 'filtering.learning_site_invalid']);
      const teacherPut = await call('teacher', 'PUT', '/api/v1/filtering/learning-sites', { sites: ['learn.example'], reason: 'lessons' });
      assert.equal(teacherPut.status, 403);
      const put = await call('online-safety-lead', 'PUT', '/api/v1/filtering/learning-sites', { sites: ['Learn.Example', 'child-abuse.canary.haven.test'], reason: 'sites for lessons during a restriction' });
      assert.equal(put.status, 200, JSON.stringify(put.json));
      assert.deepEqual((put.json.sites as { site: string }[]).map((s) => s.site), ['child-abuse.canary.haven.test', 'learn.example']);
      assert.ok((put.json.warnings as string[]).some((w) => w.includes('child-abuse.canary.haven.test') && /illegal/.test(w)), 'warns that an illegal site stays blocked');

      assert.equal((await check('news.example')).verdict, 'allow', 'open before any restriction');
      const teacher = await call('teacher', 'POST', '/api/v1/filtering/restrictions', { person: learner.id, until: '2h' });
      assert.deepEqual([teacher.status, teacher.json.code], [403, 'filtering.restriction_forbidden']);
      const created = await call('online-safety-lead', 'POST', '/api/v1/filtering/restrictions', { person: learner.id, until: '2h', reasonCode: 'acceptable-use', reason: 'misuse of a school laptop' });
      assert.equal(created.status, 201, JSON.stringify(created.json));
      const id = String(created.json.id);
      assert.ok(id.startsWith('r-'));
      assert.equal(created.json.active, true);

      const blocked = await check('news.example');
      assert.deepEqual([blocked.verdict, blocked.restriction], ['block', id]);
      assert.match(blocked.reason, new RegExp(`network access removed until .* \\(restriction ${id}\\)`));
      assert.ok(blocked.chain.some((s) => s.stage === 'restriction' && s.effect === 'block' && s.restriction === id), 'the chain names the restriction');
      assert.equal((await check('www.learn.example')).verdict, 'allow', 'a learning site stays open');
      const canary = await check('child-abuse.canary.haven.test');
      assert.deepEqual([canary.verdict, canary.level, canary.category], ['block', 'blocked-illegal', 'child-abuse'], 'illegal always wins, learning site or not');
      const other = await buildPerson(t.haven.database.db, { firstName: 'Jowan', lastName: 'Trevail' });
      assert.equal((await check('news.example', other.id)).verdict, 'allow', 'nobody else is restricted');

      const list = await call('dsl', 'GET', '/api/v1/filtering/restrictions?active=true');
      assert.deepEqual([list.status, (list.json.restrictions as { id: string }[]).map((r) => r.id)], [200, [id]]);
      const teacherList = await call('teacher', 'GET', '/api/v1/filtering/restrictions');
      assert.equal(teacherList.status, 403);

      t.clock.advance(2 * HOUR);
      assert.equal((await check('news.example')).verdict, 'allow', 'lifted at endsAt, with no change made');
      const late = await call('online-safety-lead', 'POST', `/api/v1/filtering/restrictions/${id}/end`, { reason: 'review done' });
      assert.deepEqual([late.status, late.json.code], [409, 'filtering.restriction_ended']);

      const changes = await call('dsl', 'GET', '/api/v1/filtering/changes');
      assert.ok((changes.json.changes as { action: string; reason: string }[]).some((c) => c.action === 'filtering.restriction.created' && c.reason === 'misuse of a school laptop'));
      const audit = await t.haven.database.db.selectFrom('audit_log').select(['action', 'details']).where('action', 'like', 'filtering.restriction.%').execute();
      assert.equal(audit.length, 1);
      assert.ok(!String(audit[0]?.details).includes('laptop'), 'the audit log holds ids and codes only');
    });

    it('ends a restriction early with a reason', { skip }, async () => {
      const created = await call('online-safety-lead', 'POST', '/api/v1/filtering/restrictions', { person: learner.id, until: new Date(t.clock.now() + 48 * HOUR).toISOString(), reasonCode: 'behaviour' });
      assert.equal(created.status, 201, JSON.stringify(created.json));
      assert.equal((await check('news.example')).verdict, 'block');
      const ended = await call('online-safety-lead', 'POST', `/api/v1/filtering/restrictions/${String(created.json.id)}/end`, { reason: 'reviewed with parents' });
      assert.deepEqual([ended.status, ended.json.active], [200, false]);
      assert.equal((await check('news.example')).verdict, 'allow');
      const tooLong = await call('online-safety-lead', 'POST', '/api/v1/filtering/restrictions', { person: learner.id, until: '91d' });
      assert.deepEqual([tooLong.status, tooLong.json.code], [400, 'filtering.restriction_invalid']);
    });

    it("removes access from a concern's remove-access action, links the restriction and completes the action", { skip }, async () => {
      const concern = await call('teacher', 'POST', '/api/v1/concerns', { summary: 'Searched for ways round the filter', people: [{ personId: learner.id, part: 'subject' }] });
      assert.equal(concern.status, 201, JSON.stringify(concern.json));
      const concernId = String(concern.json.id);
      const action = await call('dsl', 'POST', `/api/v1/concerns/${concernId}/actions`, { kind: 'remove-access' });
      assert.equal(action.status, 201, JSON.stringify(action.json));
      const actionId = String(action.json.id);
      const teacher = await call('teacher', 'POST', `/api/v1/concerns/${concernId}/actions/${actionId}/remove-access`, { until: '1d' });
      assert.equal(teacher.status, 403);
      const removed = await call('dsl', 'POST', `/api/v1/concerns/${concernId}/actions/${actionId}/remove-access`, { until: '1d', note: 'Agreed with parents; review on Friday' });
      assert.equal(removed.status, 200, JSON.stringify(removed.json));
      const restrictionId = String(removed.json.restrictionId);

      const d = await check('news.example');
      assert.deepEqual([d.verdict, d.restriction], ['block', restrictionId]);
      const detail = await call('dsl', 'GET', `/api/v1/concerns/${concernId}`);
      const a = ((detail.json.full as Json).actions as { id: string; status: string; restrictionId: string | null; hint: string | null; note: string | null }[]).find((x) => x.id === actionId);
      assert.deepEqual([a?.status, a?.restrictionId, a?.note], ['done', restrictionId, 'Agreed with parents; review on Friday']);
      assert.doesNotMatch(a?.hint ?? '', /tracked task/i);
      const again = await call('dsl', 'POST', `/api/v1/concerns/${concernId}/actions/${actionId}/remove-access`, { until: '1d' });
      assert.deepEqual([again.status, again.json.code], [400, 'safeguarding.action_invalid']);

      const db = t.haven.database.db;
      const restriction = await db.selectFrom('filter_restrictions').selectAll().where('id', '=', restrictionId).executeTakeFirstOrThrow();
      assert.deepEqual([restriction.person_id, restriction.reason_code], [learner.id, 'safeguarding']);
      const history = await db.selectFrom('filter_changes').select('reason').where('object_id', '=', restrictionId).executeTakeFirstOrThrow();
      assert.ok(!history.reason.includes('Friday'), 'the sealed note never reaches filtering');
      const entries = await db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'safeguarding.action.access_removed').execute();
      assert.equal(entries.length, 1);
      assert.ok(String(entries[0]?.details).includes(restrictionId) && !String(entries[0]?.details).includes('Friday'));
      const timeline = await db.selectFrom('safeguarding_timeline').select('details').where('concern_id', '=', concernId).where('kind', '=', 'action-updated').execute();
      assert.ok(timeline.some((e) => String(e.details).includes(restrictionId)));
    });
  });
}
