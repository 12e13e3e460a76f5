import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createAuditLog } from '../audit/index.ts';
import { ensureInstallation } from '../identity/index.ts';
import { createManualClock } from '../platform/clock.ts';
import { parseMasterKey } from '../platform/crypto.ts';
import { createTestDatabase, DIALECTS, skipDialect, type TestDatabase } from '../platform/db/testing.ts';
import { updateAction } from './actions.ts';
import { addAttachment, deleteAttachment, readAttachment } from './attachments.ts';
import { openBreakGlass } from './break-glass.ts';
import { categoryHistory, saveCategory } from './categories.ts';
import type { SafeguardingDeps } from './deps.ts';
import { addReferral, escalateConcern, recordScreening } from './escalation.ts';
import { governorFigures } from './figures.ts';
import { notificationsFor } from './notifications.ts';
import { chronology, getConcern, listConcerns } from './read.ts';
import { addInvestigation, addRecord } from './records.ts';
import { reportConcern } from './report.ts';
import { buildAccount, buildPerson, firstSchool } from './testing.ts';
import { addFeedback, addPerson, setStatus, triageConcern } from './triage.ts';
import { viewerFromAccount } from './viewer.ts';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.from('otter-pixels-0042')]);
const none = { 'adult-involved': false, 'coercion-or-grooming': false, 'unusual-or-violent': false, 'under-13': false, 'immediate-risk': false };

for (const dialect of DIALECTS) {
  describe(`${dialect}: triage, actions, escalation and evidence`, async () => {
    const skip = await skipDialect(dialect);
    let t: TestDatabase;
    let deps: SafeguardingDeps;
    const clock = createManualClock();
    const a: Record<string, string> = {};
    const as = (who: string) => viewerFromAccount(t.db, a[who] ?? who);
    let learner: { id: string; name: string };

    before(async () => {
      if (skip) return;
      t = await createTestDatabase(dialect);
      await ensureInstallation(t.db, clock.now());
      deps = { db: t.db, dialect, clock, audit: createAuditLog({ db: t.db, dialect, clock }), masterKey: parseMasterKey(randomBytes(32).toString('hex')) };
      learner = await buildPerson(t.db, { yearGroup: 'Year 9' });
      for (const role of ['dsl', 'deputy-dsl', 'teacher', 'headteacher', 'online-safety-lead', 'governor']) a[role] = (await buildAccount(t.db, { roles: [role] })).email;
    });
    after(async () => {
      if (!skip) await t.destroy();
    });

    const report = async (category = 'abusive-messages', extra = {}) =>
      (await reportConcern(deps, await as('teacher'), { category, summary: 'Sent cruel messages in class chat', people: [{ personId: learner.id, part: 'subject' }], ...extra })).id;

    it('triages with a level and rationale, tracks actions to done, and closes only with an outcome', { skip }, async () => {
      const id = await report();
      const dsl = await as('dsl');
      await assert.rejects(triageConcern(deps, dsl, id, { level: 'early-help' }), { code: 'safeguarding.rationale_required' });
      await assert.rejects(triageConcern(deps, await as('teacher'), id, { level: 'universal', levelRationale: 'x' }), { code: 'safeguarding.forbidden' });
      await triageConcern(deps, dsl, id, { level: 'early-help', levelRationale: 'Second incident this term', assignedTo: (await as('deputy-dsl')).accountId });
      await assert.rejects(triageConcern(deps, dsl, id, { assignedTo: (await as('teacher')).accountId }), { code: 'safeguarding.forbidden' });
      let c = await getConcern(deps, dsl, id);
      assert.equal(c.status, 'in-progress');
      assert.equal(c.full?.levelRationale, 'Second incident this term');
      await assert.rejects(setStatus(deps, dsl, id, { status: 'closed' }), (e: { details?: { blockers: string[] } }) => {
        assert.deepEqual(e.details?.blockers, ['outcome-missing', 'actions-open']);
        return true;
      });
      for (const action of c.full?.actions ?? []) {
        await updateAction(deps, dsl, id, action.id, action.kind === 'further-sanction' ? { status: 'not-needed', note: 'Warning was enough' } : { status: 'done' });
      }
      await assert.rejects(updateAction(deps, dsl, id, c.full?.actions[0]?.id ?? '', { status: 'not-needed' }), { code: 'safeguarding.reason_required' });
      await addFeedback(deps, dsl, id, { audience: 'reporter', text: 'Thanked the teacher; parents met' });
      await setStatus(deps, dsl, id, { status: 'closed', outcome: 'resolved-in-school', outcomeNote: 'Restorative meeting held' });
      c = await getConcern(deps, await as('teacher'), id);
      assert.equal(c.status, 'closed');
      assert.equal(c.feedbackGivenAt?.length, 1);
      await assert.rejects(setStatus(deps, dsl, id, { status: 'in-progress' }), { code: 'safeguarding.reason_required' });
      await setStatus(deps, dsl, id, { status: 'in-progress', reason: 'New messages found' });
    });

    it('shows the reporter only what they reported: no later people, no classification', { skip }, async () => {
      const id = await report('unclassified');
      const dsl = await as('dsl');
      await addPerson(deps, dsl, id, { name: 'An older sibling', part: 'alleged-perpetrator', kind: 'other' });
      await triageConcern(deps, dsl, id, { category: 'exploitation' });
      const mine = await getConcern(deps, await as('teacher'), id);
      assert.equal(mine.view, 'reporter');
      assert.equal(mine.category, undefined);
      assert.deepEqual(mine.people?.map((p) => p.name), [learner.name]);
      const full = await getConcern(deps, dsl, id);
      assert.deepEqual([full.category, full.full?.escalated, full.people?.length], ['exploitation', true, 2]);
    });

    it('re-proposes the matrix when the category changes, withdrawing untouched proposals', { skip }, async () => {
      const id = await report('file-sharing');
      const dsl = await as('dsl');
      await triageConcern(deps, dsl, id, { category: 'filter-bypass' });
      const c = await getConcern(deps, dsl, id);
      const open = (c.full?.actions ?? []).filter((x) => x.status === 'open').map((x) => x.kind);
      assert.deepEqual(open, ['refer-class-teacher', 'refer-computing-lead', 'refer-headteacher', 'refer-la-technical', 'inform-parents', 'remove-access', 'further-sanction']);
      await triageConcern(deps, dsl, id, { category: 'file-sharing' });
      const after = await getConcern(deps, dsl, id);
      assert.deepEqual((after.full?.actions ?? []).filter((x) => x.status === 'open').map((x) => x.kind), ['refer-class-teacher', 'refer-computing-lead']);
    });

    it('keeps an escalated concern open until the referral is recorded, which completes the matrix action', { skip }, async () => {
      const id = await report('illegal-material');
      const dsl = await as('dsl');
      let c = await getConcern(deps, dsl, id);
      assert.equal(c.full?.escalated, true, 'the category escalates on report');
      await escalateConcern(deps, dsl, id, 'Possible indecent images');
      assert.deepEqual(c.full?.closeBlockers, ['referral-missing', 'actions-open']);
      await addReferral(deps, dsl, id, { agency: 'police', referredAt: '2026-09-07T09:00:00Z', reference: 'CAD-2211' });
      c = await getConcern(deps, dsl, id);
      assert.equal(c.full?.actions.find((x) => x.kind === 'refer-police-social-care')?.status, 'done');
      assert.equal(c.full?.referrals[0]?.reference, 'CAD-2211');
      const notes = await notificationsFor(deps, dsl);
      assert.ok(notes.some((n) => n.kind === 'concern.escalated' && n.concernId === id && n.severity === 5));
      assert.ok(!JSON.stringify(notes).includes(learner.name));
    });

    it('runs the nude-images flow: withheld images, DSL-only handling, screening that demands a referral', { skip }, async () => {
      const file = { filename: 'IMG_1.png', contentType: 'image/png', contentBase64: PNG.toString('base64') };
      await assert.rejects(reportConcern(deps, await as('teacher'), { category: 'nude-images', summary: 'Image shared', people: [{ personId: learner.id, part: 'subject' }], attachments: [file] }), {
        code: 'safeguarding.image_copy_refused',
      });
      const id = await report('nude-images');
      const dsl = await as('dsl');
      const stored = await addAttachment(deps, dsl, id, file);
      assert.equal(stored.withheld, true);
      const blob = await t.db.selectFrom('safeguarding_attachment_blobs').select('content').where('attachment_id', '=', stored.id).executeTakeFirstOrThrow();
      assert.ok(!Buffer.from(blob.content).includes(Buffer.from('otter-pixels')));
      await assert.rejects(readAttachment(deps, dsl, id, stored.id, false), { code: 'safeguarding.reveal_required' });
      assert.deepEqual((await readAttachment(deps, dsl, id, stored.id, true)).content, PNG);
      await openBreakGlass(deps, await as('headteacher'), id, 'DSL away; parent in reception');
      assert.equal((await getConcern(deps, await as('headteacher'), id)).full?.attachments[0]?.mayView, false);
      await assert.rejects(readAttachment(deps, await as('headteacher'), id, stored.id, true), { code: 'safeguarding.image_withheld' });
      await assert.rejects(recordScreening(deps, await as('headteacher'), id, { answers: none }), { code: 'safeguarding.forbidden' });
      const result = await recordScreening(deps, dsl, id, { answers: { ...none, 'under-13': true } });
      assert.deepEqual([result.immediateReferral, result.reasons], [true, ['under-13']]);
      assert.deepEqual((await getConcern(deps, dsl, id)).full?.closeBlockers, ['referral-missing']);
      await assert.rejects(deleteAttachment(deps, await as('deputy-dsl'), id, stored.id, ''), { code: 'safeguarding.reason_required' });
      await deleteAttachment(deps, await as('deputy-dsl'), id, stored.id, 'Referred to police; image no longer needed');
      assert.equal(await t.db.selectFrom('safeguarding_attachment_blobs').select('attachment_id').where('attachment_id', '=', stored.id).executeTakeFirst(), undefined);
    });

    it('opens break-glass for senior staff only, read-only, and tells the DSL team', { skip }, async () => {
      const id = await report();
      await assert.rejects(getConcern(deps, await as('online-safety-lead'), id), { code: 'safeguarding.concern_not_found' });
      await assert.rejects(openBreakGlass(deps, await as('dsl'), id, 'x'), { code: 'safeguarding.break_glass_refused' });
      const grant = await openBreakGlass(deps, await as('online-safety-lead'), id, 'Parent on the phone, DSL on a course');
      const c = await getConcern(deps, await as('online-safety-lead'), id);
      assert.deepEqual([c.view, c.full?.reason, c.full?.breakGlassUntil], ['read', 'break-glass', grant.expiresAt]);
      assert.deepEqual((await listConcerns(deps, await as('online-safety-lead'))).concerns.map((x) => [x.id, x.view]), [[id, 'read']]);
      await assert.rejects(triageConcern(deps, await as('online-safety-lead'), id, { level: 'universal', levelRationale: 'x' }), { code: 'safeguarding.forbidden' });
      assert.ok((await notificationsFor(deps, await as('dsl'))).some((n) => n.kind === 'break-glass.opened' && n.concernId === id));
      clock.advance(61 * 60_000);
      await assert.rejects(getConcern(deps, await as('online-safety-lead'), id), { code: 'safeguarding.concern_not_found' });
    });

    it('records sharing with or without consent, and device investigations with two senior staff', { skip }, async () => {
      const id = await report();
      const dsl = await as('dsl');
      await assert.rejects(addRecord(deps, dsl, id, { kind: 'sharing', occurredAt: '2026-09-08T10:00:00Z', counterpart: "Children's social care", reason: 'Strategy meeting', consentSought: false }), {
        code: 'safeguarding.record_invalid',
      });
      await addRecord(deps, dsl, id, { kind: 'sharing', occurredAt: '2026-09-08T10:00:00Z', counterpart: "Children's social care", reason: 'Strategy meeting', consentSought: false, consentNote: 'Seeking consent would put the child at risk' });
      await assert.rejects(addInvestigation(deps, dsl, id, { staff: [a.dsl ?? '', a.teacher ?? ''], device: 'Investigation laptop 2', urls: [], decision: 'no-substance', startedAt: '2026-09-08T11:00:00Z' }), {
        code: 'safeguarding.investigation_invalid',
      });
      const inv = await addInvestigation(deps, dsl, id, {
        staff: [a.dsl ?? '', a.headteacher ?? ''],
        device: 'Investigation laptop 2',
        urls: ['https://example.net/thread/77'],
        decision: 'internal-response',
        startedAt: '2026-09-08T11:00:00Z',
        screenshots: [{ filename: 'thread.png', contentType: 'image/png', contentBase64: PNG.toString('base64') }],
      });
      const c = await getConcern(deps, dsl, id);
      assert.equal(c.full?.records[0]?.consentNote, 'Seeking consent would put the child at risk');
      assert.equal(c.full?.investigations[0]?.staff.length, 2);
      assert.equal(c.full?.attachments.find((x) => x.id === inv.screenshots[0])?.investigationId, inv.id);
    });

    it('keeps the response matrix editable per school, with every version kept', { skip }, async () => {
      const dsl = await as('dsl');
      const school = await firstSchool(t.db);
      await saveCategory(deps, dsl, school, 'file-sharing', { actions: ['refer-class-teacher', 'warning'], reason: 'Governors agreed a warning first' });
      await saveCategory(deps, dsl, school, 'vaping-videos', { label: 'Filming vaping', group: 'online-misuse', actions: ['inform-parents'], reason: 'New trend' });
      const history = await categoryHistory(deps, school, 'file-sharing');
      assert.deepEqual(history.map((v) => [v.version, v.actions.join(',')]), [[1, 'refer-class-teacher,refer-computing-lead'], [2, 'refer-class-teacher,warning']]);
      const id = await report('vaping-videos');
      assert.deepEqual((await getConcern(deps, dsl, id)).full?.actions.map((x) => x.kind), ['inform-parents']);
    });

    it('gives governors counts without names, and the DSL a chronology in order', { skip }, async () => {
      const figures = await governorFigures(deps, await as('governor'));
      assert.ok(figures.total >= 5);
      assert.ok(!JSON.stringify(figures).includes(learner.name));
      assert.deepEqual(figures.byYearGroup, [{ key: 'Year 9', count: figures.total }]);
      await assert.rejects(governorFigures(deps, await as('teacher')), { code: 'safeguarding.forbidden' });
      const chrono = await chronology(deps, await as('dsl'), learner.id);
      assert.equal(chrono.name, learner.name);
      const times = chrono.entries.map((e) => e.at);
      assert.deepEqual(times, [...times].sort());
      assert.equal(chrono.entries[0]?.kind, 'reported');
      await assert.rejects(chronology(deps, await as('teacher'), learner.id), { code: 'safeguarding.person_not_found' });
    });
  });
}
