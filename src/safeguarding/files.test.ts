import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { darkFraction, pdfPages, pdfPageToPng, pdfText } from '../../test/support/pdf.ts';
import { createManualClock } from '../platform/clock.ts';
import { createTestDatabase, DIALECTS, skipDialect, type TestDatabase } from '../platform/db/testing.ts';
import { exportChildFile } from './export.ts';
import { governorReport, renderGovernorReport } from './governor-report.ts';
import { patterns } from './patterns.ts';
import { reportConcern } from './report.ts';
import { buildPerson } from './testing.ts';
import { buildLearnerFile, type LearnerFileFixture, TINY_PNG } from './testing-file.ts';
import { setStatus } from './triage.ts';
import { viewerFromAccount } from './viewer.ts';

for (const dialect of DIALECTS) {
  describe(`${dialect}: the child-protection file, the governor report and patterns`, async () => {
    const skip = await skipDialect(dialect);
    let t: TestDatabase;
    let f: LearnerFileFixture;
    const clock = createManualClock('2026-09-07T08:00:00Z');
    const as = (email: string) => viewerFromAccount(t.db, email);

    before(async () => {
      if (skip) return;
      t = await createTestDatabase(dialect);
      f = await buildLearnerFile(t, clock);
    });
    after(async () => {
      if (!skip) await t.destroy();
    });

    it('exports the file as HTML: the concerns in order, nothing from other learners, hostile text escaped', { skip }, async () => {
      const doc = await exportChildFile(f.deps, await as(f.emails.dsl), f.learner.id, 'html');
      const html = doc.body.toString('utf8');
      assert.equal(doc.contentType, 'text/html; charset=utf-8');
      assert.ok(!doc.filename.includes('Trelawny'), 'no name in the file name');
      assert.ok(html.includes(f.learner.name));
      const at = f.concerns.map((c) => html.indexOf(`Concern ${c.reference}`));
      assert.ok(at.every((i, k) => i > 0 && (k === 0 || i > (at[k - 1] ?? 0))), 'concern sections in the order they were reported');
      const chronology = f.concerns.map((c) => html.indexOf(c.reference));
      assert.ok(chronology.every((i, k) => i > 0 && (k === 0 || i > (chronology[k - 1] ?? 0))), 'the chronology is in time order');
      assert.ok(!html.includes(f.otherConcern.reference) && !html.includes('marmalade-quasar') && !html.includes('Pendarves'), 'nothing about another learner');
      assert.ok(!html.includes('<script>alert') && !html.includes('<img src=x'), 'hostile text is not markup');
      assert.ok(html.includes('&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;'));
      assert.ok(!/<script\b/i.test(html), 'the document carries no script at all');
      assert.ok(html.includes('MASH-55501') && html.includes('School nurse') && html.includes('Spoke to Morwenna'), 'referrals, sharing records and notes in full');
      assert.ok(html.includes('Image withheld — held by the DSL'));
      assert.ok(!html.includes(f.withheldImage.toString('base64')), 'a withheld image is never embedded');
      assert.ok(html.includes(`data:image/png;base64,${TINY_PNG.toString('base64')}`), 'an ordinary screenshot is printed');
      assert.match(html, /counter\(pages\)/);
      assert.match(html, /Confidential — safeguarding/);
    });

    it('exports the file as a PDF that renders, with the name, a summary and the confidentiality line on every page', { skip }, async () => {
      const doc = await exportChildFile(f.deps, await as(f.emails.dsl), f.learner.id, 'pdf');
      assert.equal(doc.body.subarray(0, 5).toString(), '%PDF-');
      const ink = darkFraction(pdfPageToPng(doc.body, 1));
      assert.ok(ink > 0.002 && ink < 0.5, `page 1 has ink (${ink})`);
      const pages = pdfPages(doc.body);
      assert.ok(pages >= 4, `cover, chronology and one page per concern (${pages})`);
      const text = pdfText(doc.body);
      assert.ok(text.includes(f.learner.name));
      assert.match(text.replace(/\s+/g, ' '), /Second worry: upset after a group chat about tangerine-lighthouse/);
      assert.ok(!text.includes('marmalade-quasar') && !text.includes('Pendarves'));
      assert.equal(text.match(/Confidential — safeguarding/g)?.length, pages + 1, 'the footer on every page, and once on the cover');
      assert.match(text, new RegExp(`Page ${pages} of ${pages}`));
      assert.match(text, /Image withheld — held by the DSL/);
    });

    it('lets only the DSL team export the file, and audits the export with ids only', { skip }, async () => {
      for (const who of ['teacher', 'head', 'governor', 'admin'] as const) {
        await assert.rejects(exportChildFile(f.deps, await as(f.emails[who]), f.learner.id, 'html'), { code: 'safeguarding.person_not_found' }, who);
      }
      const entries = await f.deps.audit.query({ actionPrefix: 'safeguarding.file.exported', limit: 10 });
      assert.ok(entries.length >= 2);
      assert.deepEqual(entries[0]?.details.concerns, f.concerns.map((c) => c.id));
      const text = JSON.stringify(entries);
      assert.ok(!text.includes('Trelawny') && !text.includes('worry'), 'ids and codes only');
    });

    it('gives governors counts only: no names or references, 1–2 suppressed, trend against the previous period', { skip }, async () => {
      const teacher = await as(f.emails.teacher);
      const learners = await Promise.all([0, 1, 2, 3].map(() => buildPerson(t.db, { yearGroup: 'Year 9' })));
      clock.set('2026-06-15T10:00:00Z');
      for (const l of learners.slice(0, 3)) await reportConcern(f.deps, teacher, { category: 'filter-bypass', summary: 'Proxy site', people: [{ personId: l.id, part: 'subject' }] });
      clock.set('2026-10-01T10:00:00Z');
      const gov = await as(f.emails.governor);
      const r = await governorReport(f.deps, gov, { from: '2026-09-01', to: '2026-11-30', format: 'json' });
      assert.equal(r.current.from, '2026-09-01T00:00:00.000Z');
      assert.equal(r.current.to, '2026-12-01T00:00:00.000Z');
      assert.equal(r.previous.from, '2026-06-02T00:00:00.000Z');
      const cat = (code: string) => r.current.byCategory.find((c) => c.key === code)?.count;
      assert.equal(cat('abusive-messages'), null, 'two concerns: suppressed');
      assert.equal(cat('nude-images'), null, 'one concern: suppressed');
      assert.equal(r.current.total, 4);
      assert.equal(r.previous.total, 3);
      assert.equal(r.trend.total.direction, 'up');
      const bypass = r.trend.byCategory.find((c) => c.key === 'filter-bypass');
      assert.deepEqual([bypass?.current, bypass?.previous, bypass?.direction], [0, 3, 'down']);
      assert.equal(r.trend.byCategory.find((c) => c.key === 'abusive-messages')?.direction, null, 'no direction from a suppressed count');
      for (const format of ['html', 'pdf'] as const) {
        const doc = await renderGovernorReport(r, format);
        const text = format === 'pdf' ? pdfText(doc.body) : doc.body.toString('utf8');
        for (const secret of ['Trelawny', 'Pendarves', 'Morwenna', 'HVN-', 'worry', 'marmalade']) assert.ok(!text.includes(secret), `${format} has no ${secret}`);
        assert.match(text, /fewer than 3/);
        if (format === 'html') assert.match(text, /<svg[^>]*class="chart"/);
        else assert.ok(darkFraction(pdfPageToPng(doc.body, 1)) > 0.002);
      }
      await assert.rejects(governorReport(f.deps, teacher, { format: 'json' }), { code: 'safeguarding.forbidden' });
      const audit = await f.deps.audit.query({ actionPrefix: 'safeguarding.governor_report.read', limit: 5 });
      assert.equal(audit.length, 1);
    });

    it('shows the DSL team repeat concerns by learner, rising categories and concerns open too long', { skip }, async () => {
      clock.set('2026-10-20T10:00:00Z');
      const view = await patterns(f.deps, await as(f.emails.dsl), {});
      const me = view.repeat.find((r) => r.personId === f.learner.id);
      assert.equal(me?.count, 3);
      assert.equal(me?.name, f.learner.name);
      assert.deepEqual(me?.byCategory.map((c) => [c.category, c.count]), [['abusive-messages', 2], ['nude-images', 1]]);
      assert.ok(!view.repeat.some((r) => r.personId === f.other.id), 'one concern is not a pattern');
      assert.ok(!view.rising.some((r) => r.category === 'filter-bypass'), 'fewer than before is not rising');
      const mine = new Set(f.concerns.map((c) => c.reference));
      assert.deepEqual(view.longOpen.map((c) => c.reference).filter((r) => mine.has(r)), f.concerns.map((c) => c.reference), 'oldest first');
      assert.ok(view.longOpen.every((c) => c.daysOpen >= 30 && c.status !== 'closed'));
      await setStatus(f.deps, await as(f.emails.dsl), f.concerns[0]?.id ?? '', { status: 'closed', outcome: 'early-help', outcomeNote: 'Support in place' }).catch(() => undefined);
      const rising = await patterns(f.deps, await as(f.emails.dsl), { days: 60, risingAtLeast: 2 });
      assert.deepEqual(rising.rising.map((r) => [r.category, r.current, r.previous]), [['abusive-messages', 2, 0]]);
      for (const who of ['teacher', 'head', 'governor'] as const) {
        await assert.rejects(patterns(f.deps, await as(f.emails[who]), {}), { code: 'safeguarding.forbidden' }, who);
      }
      const audit = await f.deps.audit.query({ actionPrefix: 'safeguarding.patterns.read', limit: 5 });
      assert.deepEqual(audit.at(-1)?.details.learners, [f.learner.id]);
      assert.equal((await f.deps.audit.verify()).ok, true);
    });
  });
}
