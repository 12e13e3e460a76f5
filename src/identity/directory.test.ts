import { createIdentityTestDeps } from './testing.ts';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createManualClock } from '../platform/clock.ts';
import { createTestDatabase, DIALECTS, skipDialect, type TestDatabase } from '../platform/db/testing.ts';
import { type AppError, isAppError } from '../platform/errors.ts';
import type { Actor, IdentityDeps } from './deps.ts';
import { createPerson, createSchool, getPerson, listPeople, listSchools, markPersonLeft, type PersonInput, updatePerson } from './directory.ts';
import { addMember, createGroup, deleteGroup, getGroup, groupsOfPerson, listGroups, listMembers, removeMember, updateGroup } from './directory-groups.ts';
import { defaultSchool } from './store.ts';

const ADMIN: Actor = { type: 'account', id: 'admin-1' };

/** A learner with whatever differs from the usual. */
function buildPerson(overrides: Partial<PersonInput> = {}): PersonInput {
  return { kind: 'learner', firstName: 'Ada', lastName: 'Quill', ...overrides };
}

/** An assert.rejects validator for an AppError with this code. */
function code(expected: string): (err: unknown) => boolean {
  return (err) => {
    assert.ok(isAppError(err), String(err));
    assert.equal((err as AppError).code, expected, (err as AppError).message);
    return true;
  };
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: school directory`, async () => {
    const skip = await skipDialect(dialect);
    let t: TestDatabase;
    let deps: IdentityDeps;
    let schoolId: string;

    before(async () => {
      if (skip) return;
      t = await createTestDatabase(dialect);
      const clock = createManualClock();
      deps = await createIdentityTestDeps(t, clock);
      schoolId = (await defaultSchool(t.db))?.id ?? '';
      // Later schools are younger, so the installation's school stays the default one.
      clock.advance(60_000);
    });
    after(async () => {
      if (!skip) await t.destroy();
    });

    it('adds schools with their template groups, only for organisation-wide accounts', { skip }, async () => {
      const school = await createSchool(deps, ADMIN, { name: 'Larchfield Academy', urn: '123456' });
      assert.deepEqual((await listGroups(deps, { schoolId: school.id })).map((g) => [g.name, g.kind, g.template]), [
        ['guests', 'template', 'guests'],
        ['learners', 'template', 'learners'],
        ['staff', 'template', 'staff'],
      ]);
      await assert.rejects(createSchool(deps, ADMIN, { name: 'larchfield academy' }), code('identity.school_exists'));
      await assert.rejects(createSchool(deps, ADMIN, { name: 'Other', urn: 'abc' }), code('identity.school_invalid'));
      await assert.rejects(createSchool(deps, ADMIN, { name: 'Other' }, [school.id]), code('identity.school_scope'));
      assert.deepEqual((await listSchools(deps, [school.id])).map((s) => s.id), [school.id]);
      assert.equal((await listSchools(deps)).length, 2);
    });

    it('creates, updates and marks people as left, auditing field names but never values', { skip }, async () => {
      const person = await createPerson(deps, ADMIN, buildPerson({ externalId: 'P1', dateOfBirth: '01/09/2014', email: 'ADA@School.Example', yearGroup: '7' }));
      assert.deepEqual([person.schoolId, person.dateOfBirth, person.email, person.yearGroup, person.status], [schoolId, '2014-09-01', 'ada@school.example', 'Year 7', 'active']);
      assert.deepEqual((await groupsOfPerson(deps, person.id)).map((g) => [g.group.name, g.source]), [['learners', 'manual']]);
      await assert.rejects(createPerson(deps, ADMIN, buildPerson({ externalId: 'P1' })), code('identity.person_exists'));
      await assert.rejects(createPerson(deps, ADMIN, buildPerson({ firstName: ' ', dateOfBirth: '2099-01-01' })), (err) => {
        assert.deepEqual((err as AppError).issues?.map((i) => i.path), ['firstName', 'dateOfBirth']);
        return true;
      });

      const updated = await updatePerson(deps, ADMIN, person.id, { lastName: 'Quill-Smith', email: 'ada@school.example', kind: 'staff' });
      assert.equal(updated.lastName, 'Quill-Smith');
      assert.deepEqual((await groupsOfPerson(deps, person.id)).map((g) => g.group.name), ['staff']);
      const left = await markPersonLeft(deps, ADMIN, person.id);
      assert.equal(left.status, 'left');
      const entries = await deps.audit.query({ subjectType: 'person', subjectId: person.id });
      assert.deepEqual(entries.map((e) => e.action), ['identity.person.left', 'identity.person.updated', 'identity.person.created']);
      assert.deepEqual(entries[1]?.details, { fields: ['kind', 'last_name'] });
      assert.doesNotMatch(JSON.stringify(entries), /Quill|Ada|school\.example/);
      await assert.rejects(getPerson(deps, 'no-such-person'), code('identity.person_not_found'));
    });

    it('lists people by school, kind, group, status and name or id, a page at a time', { skip }, async () => {
      const other = await createSchool(deps, ADMIN, { name: 'Birchwood Primary' });
      const group = await createGroup(deps, ADMIN, { schoolId: other.id, name: 'Robins', kind: 'class' });
      const names = ['Bea Cole', 'Cal Dunn', 'Di 100%', 'Ed Ash'];
      const people = [];
      for (const [i, name] of names.entries()) {
        const [firstName = '', lastName = ''] = name.split(' ');
        people.push(await createPerson(deps, ADMIN, buildPerson({ schoolId: other.id, firstName, lastName, externalId: `B${i}`, kind: i === 3 ? 'staff' : 'learner' })));
      }
      for (const p of people.slice(0, 2)) await addMember(deps, ADMIN, group.id, p.id);
      const list = async (q: Parameters<typeof listPeople>[1]) => (await listPeople(deps, { schoolId: other.id, ...q })).people.map((p) => p.firstName);
      assert.deepEqual(await list({}), ['Di', 'Ed', 'Bea', 'Cal']);
      assert.deepEqual(await list({ kind: 'staff' }), ['Ed']);
      assert.deepEqual(await list({ groupId: group.id }), ['Bea', 'Cal']);
      assert.deepEqual(await list({ search: 'cole' }), ['Bea']);
      assert.deepEqual(await list({ search: 'dunn cal' }), ['Cal']);
      assert.deepEqual(await list({ search: '100%' }), ['Di']);
      assert.deepEqual(await list({ search: '%' }), ['Di']);
      assert.deepEqual(await list({ search: 'b3' }), ['Ed']);
      const page = await listPeople(deps, { schoolId: other.id, limit: 2, offset: 1 });
      assert.deepEqual([page.people.map((p) => p.firstName), page.total], [['Ed', 'Bea'], 4]);
      assert.equal((await listPeople(deps, { schoolId: other.id }, [schoolId])).total, 0);
      await assert.rejects(getPerson(deps, people[0]?.id ?? '', [schoolId]), code('identity.person_not_found'));
    });

    it('creates groups with their kind’s priority, renames them, and protects templates', { skip }, async () => {
      const year = await createGroup(deps, ADMIN, { name: 'Year 9', kind: 'year-group' });
      assert.equal(year.priority, 300);
      const team = await createGroup(deps, ADMIN, { name: 'Science', kind: 'staff-team', priority: 500 });
      assert.equal(team.priority, 500);
      await assert.rejects(createGroup(deps, ADMIN, { name: 'year 9', kind: 'class' }), code('identity.group_exists'));
      await assert.rejects(createGroup(deps, ADMIN, { name: 'Mine', kind: 'template' }), code('identity.group_kind_invalid'));
      await assert.rejects(createGroup(deps, ADMIN, { name: 'Odd', kind: 'custom', priority: 1.5 }), code('identity.group_invalid'));
      assert.equal((await updateGroup(deps, ADMIN, year.id, { name: 'Year Nine' })).name, 'Year Nine');
      await assert.rejects(updateGroup(deps, ADMIN, year.id, { name: 'Science' }), code('identity.group_exists'));
      const learners = (await listGroups(deps, { schoolId, kind: 'template' })).find((g) => g.template === 'learners');
      await assert.rejects(updateGroup(deps, ADMIN, learners?.id ?? '', { name: 'Pupils' }), code('identity.group_template_protected'));
      await assert.rejects(deleteGroup(deps, ADMIN, learners?.id ?? ''), code('identity.group_template_protected'));
      assert.equal((await updateGroup(deps, ADMIN, learners?.id ?? '', { priority: 120 })).priority, 120);
      await deleteGroup(deps, ADMIN, team.id);
      await assert.rejects(getGroup(deps, team.id), code('identity.group_not_found'));
    });

    it('adds and removes members idempotently, counting only active people', { skip }, async () => {
      const group = await createGroup(deps, ADMIN, { name: 'Chess club', kind: 'custom' });
      const a = await createPerson(deps, ADMIN, buildPerson({ firstName: 'Al', lastName: 'Bee' }));
      const b = await createPerson(deps, ADMIN, buildPerson({ firstName: 'Cy', lastName: 'Dee' }));
      assert.deepEqual(await addMember(deps, ADMIN, group.id, a.id), { changed: true });
      assert.deepEqual(await addMember(deps, ADMIN, group.id, a.id), { changed: false });
      await addMember(deps, ADMIN, group.id, b.id);
      await markPersonLeft(deps, ADMIN, b.id);
      assert.equal((await getGroup(deps, group.id)).memberCount, 1);
      assert.deepEqual((await listMembers(deps, group.id)).map((m) => [m.person.firstName, m.source]), [['Al', 'manual'], ['Cy', 'manual']]);
      assert.deepEqual(await removeMember(deps, ADMIN, group.id, a.id), { changed: true });
      assert.deepEqual(await removeMember(deps, ADMIN, group.id, a.id), { changed: false });
      const elsewhere = await createSchool(deps, ADMIN, { name: 'Cedar School' });
      const stranger = await createPerson(deps, ADMIN, buildPerson({ schoolId: elsewhere.id }));
      await assert.rejects(addMember(deps, ADMIN, group.id, stranger.id), code('identity.membership_school_mismatch'));
      const actions = (await deps.audit.query({ subjectType: 'group', subjectId: group.id })).map((e) => e.action);
      assert.deepEqual(actions, ['identity.membership.removed', 'identity.membership.added', 'identity.membership.added', 'identity.group.created']);
    });
  });
}
