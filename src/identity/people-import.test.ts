import { createIdentityTestDeps } from './testing.ts';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createManualClock } from '../platform/clock.ts';
import { createTestDatabase, DIALECTS, skipDialect, type TestDatabase } from '../platform/db/testing.ts';
import type { Actor, IdentityDeps } from './deps.ts';
import { createPerson, createSchool, listPeople } from './directory.ts';
import { addMember, createGroup, groupsOfPerson, listGroups } from './directory-groups.ts';
import { importPeople, importRejectedError, type PeopleImportSummary } from './people-import.ts';

const ADMIN: Actor = { type: 'account', id: 'admin-1' };
const HEADER = 'UPN,Forename,Surname,Year,Class,DOB,Email,Role';

interface CsvPerson {
  id: string;
  first: string;
  last: string;
  year: string;
  cls: string;
  dob: string;
  email: string;
  role: string;
}

/** A pupil row for a CSV, with whatever differs from the usual. */
function buildPupil(n: number, overrides: Partial<CsvPerson> = {}): CsvPerson {
  return { id: `A${1000 + n}`, first: `First${n}`, last: `Last${n}`, year: '7', cls: '7A', dob: '2014-09-01', email: '', role: 'Pupil', ...overrides };
}

function toCsv(people: CsvPerson[], header = HEADER): string {
  return [header, ...people.map((p) => [p.id, p.first, p.last, p.year, p.cls, p.dob, p.email, p.role].join(','))].join('\r\n');
}

/** The summary without what differs between a dry run and the real one. */
function outcome(s: PeopleImportSummary): Omit<PeopleImportSummary, 'dryRun' | 'written'> {
  const { dryRun: _d, written: _w, ...rest } = s;
  return rest;
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: people import`, async () => {
    const skip = await skipDialect(dialect);
    let t: TestDatabase;
    let deps: IdentityDeps;
    let schools = 0;

    before(async () => {
      if (skip) return;
      t = await createTestDatabase(dialect);
      const clock = createManualClock();
      deps = await createIdentityTestDeps(t, clock);
    });
    after(async () => {
      if (!skip) await t.destroy();
    });

    /** Each test imports into its own school, so tests share one database and stay independent. */
    async function freshSchool(): Promise<string> {
      schools += 1;
      return (await createSchool(deps, ADMIN, { name: `School ${schools}` })).id;
    }

    async function peopleIn(schoolId: string) {
      return (await listPeople(deps, { schoolId, limit: 1000 })).people;
    }

    async function groupNames(personId: string): Promise<string[]> {
      return (await groupsOfPerson(deps, personId)).map((g) => `${g.group.name}:${g.source}`).sort();
    }

    it('creates people, year groups, classes and template memberships, then changes nothing on re-import', { skip }, async () => {
      const schoolId = await freshSchool();
      const csv = toCsv([buildPupil(1), buildPupil(2, { cls: '7A;Maths 1' }), buildPupil(3, { role: 'Teacher', year: '', cls: '' }), buildPupil(4, { role: 'Visitor', year: '', cls: '' })]);
      const first = await importPeople(deps, ADMIN, csv, { schoolId });
      assert.equal(first.written, true);
      assert.deepEqual([first.created, first.updated, first.unchanged, first.invalid], [4, 0, 0, 0]);
      assert.equal(first.groupsCreated, 3);
      assert.equal(first.membershipsAdded, 2 + 3 + 1 + 1 + 1 + 1);
      const groups = await listGroups(deps, { schoolId });
      const byName = new Map(groups.map((g) => [g.name, g]));
      assert.deepEqual([byName.get('Year 7')?.kind, byName.get('Year 7')?.priority, byName.get('7A')?.kind, byName.get('7A')?.priority], ['year-group', 300, 'class', 400]);
      assert.deepEqual([byName.get('learners')?.memberCount, byName.get('staff')?.memberCount, byName.get('guests')?.memberCount, byName.get('7A')?.memberCount], [2, 1, 1, 2]);
      const pupil = (await peopleIn(schoolId)).find((p) => p.externalId === 'A1002');
      assert.equal(pupil?.yearGroup, 'Year 7');
      assert.deepEqual(await groupNames(pupil?.id ?? ''), ['7A:import', 'Maths 1:import', 'Year 7:import', 'learners:import']);

      const again = await importPeople(deps, ADMIN, csv, { schoolId });
      assert.deepEqual([again.created, again.updated, again.unchanged, again.groupsCreated, again.membershipsAdded, again.membershipsRemoved], [0, 0, 4, 0, 0, 0]);
      assert.deepEqual(again.changes, []);
    });

    it('reports in a dry run exactly what the real run then does, and writes nothing', { skip }, async () => {
      const schoolId = await freshSchool();
      await importPeople(deps, ADMIN, toCsv([buildPupil(1), buildPupil(2), buildPupil(3)]), { schoolId });
      const next = toCsv([buildPupil(1, { cls: '7B' }), buildPupil(2, { email: 'two@school.example' }), buildPupil(4)]);
      const auditBefore = (await deps.audit.verify()).entries;
      const dry = await importPeople(deps, ADMIN, next, { schoolId, dryRun: true, markLeft: true });
      assert.deepEqual([dry.dryRun, dry.written], [true, false]);
      assert.equal((await deps.audit.verify()).entries, auditBefore);
      assert.equal((await peopleIn(schoolId)).filter((p) => p.status === 'active').length, 3);
      assert.equal((await listGroups(deps, { schoolId })).some((g) => g.name === '7B'), false);
      const real = await importPeople(deps, ADMIN, next, { schoolId, markLeft: true });
      assert.deepEqual(outcome(real), outcome(dry));
      assert.deepEqual([real.created, real.updated, real.unchanged, real.groupsCreated, real.membershipsAdded, real.membershipsRemoved, real.notInFile, real.markedLeft], [1, 1, 1, 1, 4, 1, 1, 1]);
      assert.deepEqual(real.changes.find((c) => c.action === 'update-person')?.fields, ['email']);
    });

    it('writes nothing when any row is invalid, and answers with every issue', { skip }, async () => {
      const schoolId = await freshSchool();
      const csv = toCsv([buildPupil(1), buildPupil(2, { cls: 'New class' }), buildPupil(3, { dob: '31/02/2014' }), buildPupil(4, { email: 'nope' })]);
      const auditBefore = (await deps.audit.verify()).entries;
      const summary = await importPeople(deps, ADMIN, csv, { schoolId });
      assert.deepEqual([summary.rejected, summary.written, summary.invalid, summary.rows], [true, false, 2, 4]);
      assert.deepEqual(summary.errors.map((e) => [e.line, e.field]), [[4, 'DOB'], [5, 'Email']]);
      assert.equal((await peopleIn(schoolId)).length, 0);
      assert.equal((await listGroups(deps, { schoolId })).length, 3);
      assert.equal((await deps.audit.verify()).entries, auditBefore);
      const error = importRejectedError(summary);
      assert.equal(error.code, 'identity.import_invalid');
      assert.deepEqual(error.issues?.map((i) => [i.line, i.path]), [[4, 'DOB'], [5, 'Email']]);
    });

    it('imports the valid rows with skipInvalid and reports the others', { skip }, async () => {
      const schoolId = await freshSchool();
      const csv = toCsv([buildPupil(1), buildPupil(2, { role: 'Alien' }), buildPupil(3)]);
      const summary = await importPeople(deps, ADMIN, csv, { schoolId, skipInvalid: true });
      assert.deepEqual([summary.rejected, summary.written, summary.created, summary.invalid], [false, true, 2, 1]);
      assert.deepEqual(summary.errors.map((e) => [e.line, e.field]), [[3, 'Role']]);
      assert.deepEqual((await peopleIn(schoolId)).map((p) => p.externalId).sort(), ['A1001', 'A1003']);
    });

    it('moves a learner who changed class, keeps manual memberships, and leaves classes alone when the file has none', { skip }, async () => {
      const schoolId = await freshSchool();
      await importPeople(deps, ADMIN, toCsv([buildPupil(1, { cls: '7A' }), buildPupil(2, { cls: '7B' })]), { schoolId });
      const pupil = (await peopleIn(schoolId)).find((p) => p.externalId === 'A1001');
      const groups = await listGroups(deps, { schoolId });
      const club = await createGroup(deps, ADMIN, { schoolId, name: 'Chess club', kind: 'custom' });
      const sevenB = groups.find((g) => g.name === '7B');
      await addMember(deps, ADMIN, club.id, pupil?.id ?? '');
      await addMember(deps, ADMIN, sevenB?.id ?? '', pupil?.id ?? '');

      const moved = await importPeople(deps, ADMIN, toCsv([buildPupil(1, { cls: '7C', year: '8' }), buildPupil(2, { cls: '7B' })]), { schoolId });
      assert.deepEqual([moved.updated, moved.membershipsAdded, moved.membershipsRemoved], [1, 2, 2]);
      assert.deepEqual(await groupNames(pupil?.id ?? ''), ['7B:manual', '7C:import', 'Chess club:manual', 'Year 8:import', 'learners:import']);

      const namesOnly = await importPeople(deps, ADMIN, 'UPN,Forename,Surname\nA1001,First1,Last1\nA1002,First2,Last2\n', { schoolId });
      assert.deepEqual([namesOnly.updated, namesOnly.membershipsAdded, namesOnly.membershipsRemoved], [0, 0, 0]);
    });

    it('counts people of the kinds in the file who are missing from it, and marks them left only when asked', { skip }, async () => {
      const schoolId = await freshSchool();
      await importPeople(deps, ADMIN, toCsv([buildPupil(1), buildPupil(2), buildPupil(3, { role: 'Staff' })]), { schoolId });
      await createPerson(deps, ADMIN, { schoolId, kind: 'learner', firstName: 'Manual', lastName: 'Entry' });
      const pupilsOnly = toCsv([buildPupil(1)]);
      const kept = await importPeople(deps, ADMIN, pupilsOnly, { schoolId });
      assert.deepEqual([kept.notInFile, kept.markedLeft], [1, 0]);
      const marked = await importPeople(deps, ADMIN, pupilsOnly, { schoolId, markLeft: true });
      assert.deepEqual([marked.notInFile, marked.markedLeft], [1, 1]);
      const status = new Map((await peopleIn(schoolId)).map((p) => [p.externalId ?? p.firstName, p.status]));
      assert.deepEqual(Object.fromEntries(status), { A1001: 'active', A1002: 'left', A1003: 'active', Manual: 'active' });

      const back = await importPeople(deps, ADMIN, toCsv([buildPupil(1), buildPupil(2)]), { schoolId });
      assert.deepEqual(back.changes.filter((c) => c.action === 'update-person').map((c) => [c.externalId, c.fields]), [['A1002', ['status']]]);
    });

    it('refuses a class that has the name of another kind of group', { skip }, async () => {
      const schoolId = await freshSchool();
      await createGroup(deps, ADMIN, { schoolId, name: 'Drama', kind: 'custom' });
      const summary = await importPeople(deps, ADMIN, toCsv([buildPupil(1), buildPupil(2, { cls: 'drama' })]), { schoolId });
      assert.equal(summary.rejected, true);
      assert.deepEqual(summary.errors.map((e) => [e.line, e.field]), [[3, 'Class']]);
      assert.match(summary.errors[0]?.message ?? '', /already a custom group/);
    });

    it('audits one entry per import with counts and the file hash, never names', { skip }, async () => {
      const schoolId = await freshSchool();
      const summary = await importPeople(deps, ADMIN, toCsv([buildPupil(1, { first: 'Zebedee', last: 'Quaintance' })]), { schoolId });
      const entries = await deps.audit.query({ actionPrefix: 'identity.people.imported', schoolId });
      assert.equal(entries.length, 1);
      assert.equal(entries[0]?.actor.id, 'admin-1');
      assert.deepEqual(entries[0]?.subject, { type: 'school', id: schoolId });
      assert.equal(entries[0]?.details.sha256, summary.sha256);
      assert.equal(entries[0]?.details.created, 1);
      assert.equal(entries[0]?.details.membershipsAdded, 3);
      assert.doesNotMatch(JSON.stringify(entries[0]), /Zebedee|Quaintance|A1001/);
    });

    it('imports 2,000 rows in one go, batching its queries', { skip }, async () => {
      const schoolId = await freshSchool();
      const rows = Array.from({ length: 2000 }, (_, i) => buildPupil(i, { year: String(7 + (i % 5)), cls: `${7 + (i % 5)}${'ABCD'[i % 4] ?? ''}` }));
      const summary = await importPeople(deps, ADMIN, toCsv(rows), { schoolId });
      assert.deepEqual([summary.created, summary.groupsCreated, summary.membershipsAdded], [2000, 25, 6000]);
      const moved = await importPeople(deps, ADMIN, toCsv(rows.map((r) => ({ ...r, year: String(Number(r.year) + 1) }))), { schoolId });
      assert.deepEqual([moved.updated, moved.membershipsAdded, moved.membershipsRemoved], [2000, 2000, 2000]);
    });
  });
}
