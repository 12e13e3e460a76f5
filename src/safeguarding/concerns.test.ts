import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createAuditLog } from '../audit/index.ts';
import { ensureInstallation } from '../identity/index.ts';
import { createManualClock } from '../platform/clock.ts';
import { parseMasterKey } from '../platform/crypto.ts';
import { createTestDatabase, DIALECTS, skipDialect, type TestDatabase } from '../platform/db/testing.ts';
import type { SafeguardingDeps } from './deps.ts';
import { getConcern, listConcerns } from './read.ts';
import { reportConcern } from './report.ts';
import { submitCommunityReport, submitLearnerReport } from './public-forms.ts';
import { buildAccount, buildPerson, firstSchool } from './testing.ts';
import { viewerFromAccount } from './viewer.ts';

for (const dialect of DIALECTS) {
  describe(`${dialect}: reporting and reading concerns`, async () => {
    const skip = await skipDialect(dialect);
    let t: TestDatabase;
    let deps: SafeguardingDeps;
    const clock = createManualClock();
    const as = (email: string) => viewerFromAccount(t.db, email);
    const accounts: Record<string, string> = {};
    let learner: { id: string; name: string };
    let headPerson: { id: string; name: string };
    let teacherPerson: { id: string; name: string };

    before(async () => {
      if (skip) return;
      t = await createTestDatabase(dialect);
      await ensureInstallation(t.db, clock.now());
      deps = { db: t.db, dialect, clock, audit: createAuditLog({ db: t.db, dialect, clock }), masterKey: parseMasterKey(randomBytes(32).toString('hex')) };
      learner = await buildPerson(t.db);
      headPerson = await buildPerson(t.db, { kind: 'staff' });
      teacherPerson = await buildPerson(t.db, { kind: 'staff' });
      for (const [name, roles, personId] of [
        ['dsl', ['dsl'], null],
        ['teacher', ['teacher'], teacherPerson.id],
        ['teacher2', ['teacher'], null],
        ['head', ['headteacher'], headPerson.id],
        ['chair', ['chair-of-governors'], null],
        ['admin', ['administrator'], null],
        ['governor', ['governor'], null],
      ] as const) {
        accounts[name] = (await buildAccount(t.db, { roles: [...roles], personId })).email;
      }
    });
    after(async () => {
      if (!skip) await t.destroy();
    });

    it('records a staff report with the response matrix’s proposed actions, sealed at rest', { skip }, async () => {
      const receipt = await reportConcern(deps, await as(accounts.teacher ?? ''), {
        category: 'filter-bypass',
        summary: 'Used a proxy site called tangerine-otter to reach blocked games',
        location: 'IT suite',
        people: [{ personId: learner.id, part: 'subject' }],
      });
      assert.match(receipt.reference, /^HVN-[0-9A-Z]{8}$/);
      assert.equal(receipt.status, 'new');
      const row = await t.db.selectFrom('safeguarding_concerns').selectAll().where('id', '=', receipt.id).executeTakeFirstOrThrow();
      assert.ok(!row.body.includes('tangerine'), 'the body is sealed');
      const dsl = await getConcern(deps, await as(accounts.dsl ?? ''), receipt.reference);
      assert.equal(dsl.view, 'manage');
      assert.equal(dsl.summary, 'Used a proxy site called tangerine-otter to reach blocked games');
      assert.deepEqual(
        dsl.full?.actions.map((a) => a.kind),
        ['refer-class-teacher', 'refer-computing-lead', 'refer-headteacher', 'refer-la-technical', 'inform-parents', 'remove-access', 'further-sanction'],
      );
      assert.match(dsl.full?.actions.find((a) => a.kind === 'remove-access')?.hint ?? '', /learning sites/i);
      assert.deepEqual(dsl.people?.map((p) => [p.name, p.part, p.yearGroup]), [[learner.name, 'subject', 'Year 8']]);
    });

    it('shows the reporter their report and status, and nobody else without need to know', { skip }, async () => {
      const { id } = await reportConcern(deps, await as(accounts.teacher ?? ''), { summary: 'Upset after messages in a group chat', people: [{ personId: learner.id, part: 'subject' }] });
      const mine = await getConcern(deps, await as(accounts.teacher ?? ''), id);
      assert.equal(mine.view, 'reporter');
      assert.equal(mine.full, undefined);
      for (const who of ['teacher2', 'head', 'chair', 'admin']) {
        await assert.rejects(getConcern(deps, await as(accounts[who] ?? ''), id), { code: 'safeguarding.concern_not_found' }, who);
      }
      await assert.rejects(getConcern(deps, await as(accounts.governor ?? ''), id), { code: 'safeguarding.concern_not_found' });
      const listed = await listConcerns(deps, await as(accounts.teacher2 ?? ''));
      assert.equal(listed.concerns.length, 0);
      await assert.rejects(listConcerns(deps, await as(accounts.governor ?? '')), { code: 'safeguarding.no_access' });
    });

    it('sends an allegation about the headteacher to the chair of governors only', { skip }, async () => {
      const { id } = await reportConcern(deps, await as(accounts.teacher ?? ''), {
        about: 'staff',
        summary: 'Shouted at a pupil and grabbed their arm',
        people: [
          { personId: headPerson.id, part: 'alleged-perpetrator' },
          { personId: learner.id, part: 'subject' },
        ],
      });
      const chair = await getConcern(deps, await as(accounts.chair ?? ''), id);
      assert.equal(chair.view, 'manage');
      assert.deepEqual(chair.full?.actions.map((x) => x.kind), ['refer-lado'], 'an allegation proposes consulting the LADO');
      for (const who of ['dsl', 'head', 'teacher2', 'admin']) {
        await assert.rejects(getConcern(deps, await as(accounts[who] ?? ''), id), { code: 'safeguarding.concern_not_found' }, who);
      }
      assert.equal((await getConcern(deps, await as(accounts.teacher ?? ''), id)).view, 'receipt');
      const row = await t.db.selectFrom('safeguarding_concerns').select(['about_headteacher', 'category']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { about_headteacher: 1, category: 'allegation' });
    });

    it('sends other allegations to the headteacher, never to the person they are about', { skip }, async () => {
      const { id } = await reportConcern(deps, await as(accounts.dsl ?? ''), {
        about: 'staff',
        category: 'low-level-concern',
        summary: 'Messaging pupils from a personal account',
        people: [{ personId: teacherPerson.id, part: 'alleged-perpetrator' }],
      });
      assert.equal((await getConcern(deps, await as(accounts.head ?? ''), id)).view, 'manage');
      await assert.rejects(getConcern(deps, await as(accounts.teacher ?? ''), id), { code: 'safeguarding.concern_not_found' });
      await assert.rejects(getConcern(deps, await as(accounts.chair ?? ''), id), { code: 'safeguarding.concern_not_found' });
      assert.equal((await getConcern(deps, await as(accounts.dsl ?? ''), id)).view, 'receipt');
    });

    it('refuses a learner concern that names staff as alleged perpetrator, and a staff category on a learner concern', { skip }, async () => {
      await assert.rejects(
        reportConcern(deps, await as(accounts.teacher2 ?? ''), { summary: 'x', people: [{ personId: learner.id, part: 'subject' }, { personId: teacherPerson.id, part: 'alleged-perpetrator' }] }),
        { code: 'safeguarding.involvement_invalid' },
      );
      await assert.rejects(reportConcern(deps, await as(accounts.teacher2 ?? ''), { summary: 'x', category: 'allegation', people: [{ personId: learner.id, part: 'subject' }] }), {
        code: 'safeguarding.category_invalid',
      });
      await assert.rejects(reportConcern(deps, await as(accounts.teacher2 ?? ''), { summary: 'x', people: [{ name: 'Someone', part: 'witness' }] }), { code: 'safeguarding.subject_required' });
    });

    it('takes learner and community reports without an account into the DSL queue as new', { skip }, async () => {
      const l = await submitLearnerReport(deps, { topic: 'unkind-online', whatHappened: 'People keep posting about me', whoNeedsHelp: 'me' }, '10.0.0.7');
      const c = await submitCommunityReport(deps, { name: 'Rowan Quill', relationship: 'parent', email: 'rowan@example.org', whatHappened: 'My child got scary messages', learnerName: 'Sam Quill' }, '10.0.0.8');
      const queue = await listConcerns(deps, await as(accounts.dsl ?? ''), { status: 'new' });
      const byRef = new Map(queue.concerns.map((x) => [x.reference, x]));
      assert.equal(byRef.get(l.reference)?.route, 'learner');
      assert.equal(byRef.get(l.reference)?.category, 'abusive-messages');
      assert.equal(byRef.get(c.reference)?.route, 'community');
      const full = await getConcern(deps, await as(accounts.dsl ?? ''), c.reference);
      assert.deepEqual(full.full?.reporterContact, { name: 'Rowan Quill', relationship: 'parent', email: 'rowan@example.org' });
      const bot = await submitLearnerReport(deps, { topic: 'something-else', whatHappened: 'buy now', website: 'http://spam.example' }, '10.0.0.9');
      assert.match(bot.reference, /^HVN-/);
      assert.equal(await t.db.selectFrom('safeguarding_concerns').select('id').where('reference', '=', bot.reference).executeTakeFirst(), undefined);
    });

    it('limits a DSL whose role is for one school to that school’s concerns', { skip }, async () => {
      const org = await t.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow();
      const other = 'school-b-0000';
      await t.db.insertInto('schools').values({ id: other, organisation_id: org.id, name: 'Penhallow Academy', urn: null, created_at: new Date().toISOString() }).execute();
      const otherDsl = (await buildAccount(t.db, { roles: ['dsl'], schoolId: other })).email;
      const pupil = await buildPerson(t.db, { schoolId: other });
      const here = await reportConcern(deps, await as(accounts.teacher ?? ''), { schoolId: (await firstSchool(t.db)), summary: 'Here', people: [{ personId: learner.id, part: 'subject' }] });
      const there = await reportConcern(deps, await as(accounts.teacher ?? ''), { schoolId: other, summary: 'There', people: [{ personId: pupil.id, part: 'subject' }] });
      await assert.rejects(getConcern(deps, await as(otherDsl), here.id), { code: 'safeguarding.concern_not_found' });
      assert.equal((await getConcern(deps, await as(otherDsl), there.id)).view, 'manage');
      assert.deepEqual((await listConcerns(deps, await as(otherDsl))).concerns.map((c) => c.id), [there.id]);
      await assert.rejects(reportConcern(deps, await as(accounts.teacher ?? ''), { schoolId: other, summary: 'x', people: [{ personId: learner.id, part: 'subject' }] }), {
        code: 'safeguarding.person_not_found',
      });
      await t.db.deleteFrom('account_roles').where('school_id', '=', other).execute();
    });

    it('audits every read, list and refusal with ids only', { skip }, async () => {
      const { id } = await reportConcern(deps, await as(accounts.teacher ?? ''), { summary: 'Audit me: velvet-lantern', people: [{ personId: learner.id, part: 'subject' }] });
      await getConcern(deps, await as(accounts.dsl ?? ''), id);
      await listConcerns(deps, await as(accounts.dsl ?? ''));
      await assert.rejects(getConcern(deps, await as(accounts.teacher2 ?? ''), id));
      const entries = await deps.audit.query({ subjectId: id });
      const actions = entries.map((e) => e.action).sort();
      assert.deepEqual(actions, ['safeguarding.concern.access_refused', 'safeguarding.concern.read', 'safeguarding.concern.reported']);
      const listed = await deps.audit.query({ actionPrefix: 'safeguarding.concern.listed', limit: 1 });
      assert.ok((listed[0]?.details.concerns as string[]).includes(id));
      const all = JSON.stringify(await deps.audit.query({ limit: 1000 }));
      assert.ok(!all.includes('velvet-lantern') && !all.includes(learner.name));
      assert.equal((await deps.audit.verify()).ok, true);
    });
  });
}
