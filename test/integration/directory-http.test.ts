import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAccount, createToken, ROLE_PERMISSIONS } from '../../src/identity/index.ts';
import { DIALECTS, skipDialect } from '../../src/platform/db/testing.ts';
import { startTestHaven, type TestHaven } from '../../src/main/testing.ts';

const GOOD = 'tangerine-harbour-lantern';
const CSV = 'UPN,Forename,Surname,Year,Class,DOB\r\nA1,Ada,Quill,7,7A,01/09/2014\r\nA2,Bea,Cole,7,7B,2014-03-02\r\n';

type Json = Record<string, unknown>;

for (const dialect of DIALECTS) {
  describe(`${dialect}: school directory over HTTP`, async () => {
    const skip = await skipDialect(dialect);
    let t: TestHaven;
    let admin = '';

    /** Calls the API with a bearer token; bodies are JSON unless a content type is given. */
    async function call(method: string, path: string, body?: unknown, options: { token?: string; type?: string } = {}): Promise<{ status: number; json: Json; type: string }> {
      const headers: Record<string, string> = { authorization: `Bearer ${options.token ?? admin}` };
      if (body !== undefined) headers['content-type'] = options.type ?? 'application/json';
      const res = await fetch(t.url + path, { method, headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
      const text = await res.text();
      return { status: res.status, json: text ? (JSON.parse(text) as Json) : {}, type: res.headers.get('content-type') ?? '' };
    }

    before(async () => {
      if (skip) return;
      t = await startTestHaven(dialect);
      const account = await createAccount(t.haven.identity, { type: 'cli' }, { email: 'admin@example.school', roles: ['administrator'], password: GOOD });
      admin = (await createToken(t.haven.identity, { type: 'cli' }, { account: account.id, name: 'test', scopes: [...ROLE_PERMISSIONS.administrator] })).token;
    });
    after(async () => {
      if (!skip) await t.close();
    });

    it('imports a text/csv body: dry run, real run, and 400 problem+json with every issue', { skip }, async () => {
      const dry = await call('POST', '/api/v1/people/import?dryRun=true', CSV, { type: 'text/csv; charset=utf-8' });
      assert.equal(dry.status, 200, JSON.stringify(dry.json));
      assert.deepEqual([dry.json.dryRun, dry.json.written, dry.json.created], [true, false, 2]);
      const real = await call('POST', '/api/v1/people/import', CSV, { type: 'text/csv' });
      assert.deepEqual([real.status, real.json.written, real.json.created, real.json.groupsCreated], [200, true, 2, 3]);
      const bad = await call('POST', '/api/v1/people/import', 'UPN,Forename,Surname,DOB\nA3,Cy,Dunn,2099-01-01\n,Di,Ash,\n', { type: 'text/csv' });
      assert.equal(bad.status, 400);
      assert.match(bad.type, /application\/problem\+json/);
      assert.equal(bad.json.code, 'identity.import_invalid');
      assert.deepEqual(bad.json.issues, [
        { line: 2, path: 'DOB', message: '2099-01-01 is in the future' },
        { line: 3, path: 'UPN', message: 'is required' },
      ]);
      const skipped = await call('POST', '/api/v1/people/import?skipInvalid=true', 'UPN,Forename,Surname\nA3,Cy,Dunn\n,Di,Ash\n', { type: 'text/csv' });
      assert.deepEqual([skipped.status, skipped.json.created, skipped.json.invalid], [200, 1, 1]);
      const json = await call('POST', '/api/v1/people/import', { csv: CSV });
      assert.deepEqual([json.status, json.json.code], [400, 'request.invalid']);
      assert.match(String(json.json.detail), /content type text\/csv/);
    });

    it('reads and changes people, groups and memberships', { skip }, async () => {
      const list = await call('GET', '/api/v1/people?search=quill');
      const people = list.json.people as { id: string; externalId: string }[];
      assert.deepEqual([list.json.total, people[0]?.externalId], [1, 'A1']);
      const id = people[0]?.id ?? '';
      const patched = await call('PATCH', `/api/v1/people/${id}`, { email: 'ada@example.school' });
      assert.equal(patched.json.email, 'ada@example.school');
      const groups = await call('GET', '/api/v1/people/' + id + '/groups');
      assert.deepEqual((groups.json.groups as { group: { name: string } }[]).map((g) => g.group.name), ['7A', 'Year 7', 'learners']);

      const club = await call('POST', '/api/v1/groups', { name: 'Chess club', kind: 'custom' });
      assert.deepEqual([club.status, club.json.priority, club.json.memberCount], [201, 250, 0]);
      const clubId = String(club.json.id);
      assert.deepEqual((await call('PUT', `/api/v1/groups/${clubId}/members/${id}`)).json, { changed: true });
      const members = await call('GET', `/api/v1/groups/${clubId}/members`);
      assert.deepEqual((members.json.members as { person: { id: string }; source: string }[]).map((m) => [m.person.id, m.source]), [[id, 'manual']]);
      assert.equal((await call('PATCH', `/api/v1/groups/${clubId}`, { name: 'Chess' })).json.name, 'Chess');
      assert.deepEqual((await call('DELETE', `/api/v1/groups/${clubId}/members/${id}`)).json, { changed: true });
      assert.deepEqual((await call('DELETE', `/api/v1/groups/${clubId}`)).json, { ok: true });
      const templates = await call('GET', '/api/v1/groups?kind=template');
      const learners = (templates.json.groups as { id: string; name: string }[]).find((g) => g.name === 'learners');
      const protectedDelete = await call('DELETE', `/api/v1/groups/${learners?.id ?? ''}`);
      assert.deepEqual([protectedDelete.status, protectedDelete.json.code], [409, 'identity.group_template_protected']);
      const missing = await call('GET', '/api/v1/people/no-such-id');
      assert.deepEqual([missing.status, missing.json.code], [404, 'identity.person_not_found']);
    });

    it('keeps an account limited to one school out of the others', { skip }, async () => {
      t.clock.advance(60_000); // a younger school, so the installation's stays the default
      const school = await call('POST', '/api/v1/schools', { name: 'Birchwood Primary', urn: '100001' });
      assert.equal(school.status, 201);
      const birchwood = String(school.json.id);
      const created = await call('POST', '/api/v1/people', { schoolId: birchwood, kind: 'staff', firstName: 'Eve', lastName: 'Ess', externalId: 'S9' });
      assert.equal(created.status, 201);
      const office = await createAccount(t.haven.identity, { type: 'cli' }, { email: 'office@birchwood.example', roles: ['office'], schoolId: birchwood, password: GOOD });
      const token = (await createToken(t.haven.identity, { type: 'cli' }, { account: office.id, name: 'office', scopes: ['people:read', 'school:read', 'people:import'] })).token;
      assert.deepEqual(((await call('GET', '/api/v1/schools', undefined, { token })).json.schools as { id: string }[]).map((s) => s.id), [birchwood]);
      const seen = await call('GET', '/api/v1/people', undefined, { token });
      assert.deepEqual((seen.json.people as { externalId: string }[]).map((p) => p.externalId), ['S9']);
      const someoneElse = (await call('GET', '/api/v1/people?search=A1')).json.people as { id: string }[];
      assert.equal((await call('GET', `/api/v1/people/${someoneElse[0]?.id ?? ''}`, undefined, { token })).status, 404);
      const imported = await call('POST', '/api/v1/people/import', 'ID,First name,Last name\nB1,Fay,Fox\n', { token, type: 'text/csv' });
      assert.deepEqual([imported.json.schoolId, imported.json.created], [birchwood, 1]);
    });
  });
}
