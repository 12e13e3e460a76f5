import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createAccount, createToken, ROLE_PERMISSIONS, type Role } from '../../src/identity/index.ts';
import { startTestHaven, type TestHaven } from '../../src/main/testing.ts';
import { createManualClock } from '../../src/platform/clock.ts';
import { DIALECTS, skipDialect } from '../../src/platform/db/testing.ts';
import { openPackage, parseTransferKey } from '../../src/safeguarding/index.ts';
import { buildPerson } from '../../src/safeguarding/testing.ts';
import { runHaven } from '../support/haven-process.ts';
import { darkFraction, pdfPageToPng, pdfText } from '../support/pdf.ts';

const GOOD = 'tangerine-harbour-lantern';
const PHRASE = 'periwinkle-gantry-6043';
const HOSTILE = '<script>document.title="pwned"</script>';
const CANARY = Buffer.from('TRANSFER-CANARY-3390 evidence file');
const TO_SCHOOL = 'Zennor Community School';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: the child-protection file, reports, patterns and transfers over HTTP`, async () => {
    const skip = await skipDialect(dialect);
    let t: TestHaven;
    const tokens = new Map<string, string>();
    let learner: { id: string; name: string };
    const references: string[] = [];

    const api = async (role: string | null, method: string, path: string, body?: unknown) => {
      const res = await fetch(t.url + path, {
        method,
        headers: { ...(role ? { authorization: `Bearer ${tokens.get(role)}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const buf = Buffer.from(await res.arrayBuffer());
      const json = res.headers.get('content-type')?.includes('json') ? (JSON.parse(buf.toString()) as Record<string, unknown>) : {};
      return { status: res.status, json, buf, text: buf.toString('utf8'), headers: res.headers };
    };

    before(async () => {
      if (skip) return;
      // The server's clock starts ten days back, so the CLI (on the real clock) sees the same concerns in the past.
      t = await startTestHaven(dialect, { clock: createManualClock(Date.now() - 10 * 86_400_000) });
      for (const role of ['dsl', 'teacher', 'governor', 'headteacher'] as Role[]) {
        const account = await createAccount(t.haven.identity, { type: 'cli' }, { email: `${role}@example.school`, roles: [role], password: GOOD });
        tokens.set(role, (await createToken(t.haven.identity, { type: 'cli' }, { account: account.id, name: role, scopes: [...ROLE_PERMISSIONS[role]] })).token);
      }
      learner = await buildPerson(t.haven.database.db, { firstName: 'Tamsin', lastName: 'Penrose' });
      for (const [i, summary] of [`Worried about messages ${HOSTILE}`, `Upset after a chat about ${PHRASE}`, 'Asked for pictures online'].entries()) {
        const r = await api('teacher', 'POST', '/api/v1/concerns', {
          category: 'abusive-messages',
          summary,
          people: [{ personId: learner.id, part: 'subject' }],
          ...(i === 1 ? { attachments: [{ filename: 'chat.txt', contentType: 'text/plain', contentBase64: CANARY.toString('base64') }] } : {}),
        });
        assert.equal(r.status, 201);
        references.push(String(r.json.reference));
        t.clock.advance(86_400_000);
      }
    });
    after(async () => {
      if (!skip) await t.close();
    });

    it('serves the file as sandboxed, escaped HTML and as a PDF, to the DSL team only', { skip }, async () => {
      const html = await api('dsl', 'GET', `/api/v1/safeguarding/chronology/${learner.id}/export?format=html`);
      assert.equal(html.status, 200);
      assert.match(html.headers.get('content-type') ?? '', /^text\/html/);
      assert.match(html.headers.get('content-security-policy') ?? '', /sandbox/);
      assert.doesNotMatch(html.headers.get('content-security-policy') ?? '', /script-src/);
      assert.match(html.headers.get('content-disposition') ?? '', /^inline; filename="child-protection-file-[0-9a-f-]+\.html"$/);
      assert.ok(!html.text.includes(HOSTILE) && html.text.includes('&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;'));
      assert.ok(references.every((ref, i) => i === 0 || html.text.indexOf(`Concern ${references[i - 1]}`) < html.text.indexOf(`Concern ${ref}`)));
      const pdf = await api('dsl', 'GET', `/api/v1/safeguarding/chronology/${learner.id}/export?format=pdf`);
      assert.equal(pdf.status, 200);
      assert.equal(pdf.headers.get('content-type'), 'application/pdf');
      assert.match(pdf.headers.get('content-disposition') ?? '', /^attachment;/);
      assert.ok(darkFraction(pdfPageToPng(pdf.buf, 1)) > 0.002, 'page 1 is not blank');
      const text = pdfText(pdf.buf);
      assert.ok(text.includes(learner.name) && text.includes(PHRASE));
      for (const role of ['teacher', 'governor', 'headteacher']) assert.equal((await api(role, 'GET', `/api/v1/safeguarding/chronology/${learner.id}/export`)).status, 403, role);
      assert.equal((await api(null, 'GET', `/api/v1/safeguarding/chronology/${learner.id}/export`)).status, 401);
    });

    it('gives governors the report as JSON, HTML and PDF with counts only', { skip }, async () => {
      const json = await api('governor', 'GET', '/api/v1/safeguarding/reports/governor?format=json');
      assert.equal(json.status, 200);
      assert.equal((json.json.current as { total: number }).total, 3);
      const html = await api('governor', 'GET', '/api/v1/safeguarding/reports/governor?format=html&from=2026-01-01');
      assert.equal(html.status, 200);
      assert.match(html.text, /<svg[^>]*class="chart"/);
      assert.doesNotMatch(html.text, /<script/i);
      const pdf = await api('governor', 'GET', '/api/v1/safeguarding/reports/governor?format=pdf');
      assert.equal(pdf.headers.get('content-type'), 'application/pdf');
      for (const body of [json.text, html.text, pdfText(pdf.buf)]) {
        for (const secret of ['Penrose', 'Tamsin', 'HVN-', PHRASE, 'pwned']) assert.ok(!body.includes(secret), `no ${secret}`);
      }
      const bad = await api('governor', 'GET', '/api/v1/safeguarding/reports/governor?from=2026-12-01&to=2026-01-01');
      assert.deepEqual([bad.status, bad.json.code], [400, 'safeguarding.period_invalid']);
      assert.equal((await api('teacher', 'GET', '/api/v1/safeguarding/reports/governor')).status, 403);
    });

    it('shows the DSL team the learners with repeat concerns, by name', { skip }, async () => {
      const r = await api('dsl', 'GET', '/api/v1/safeguarding/patterns?days=30&repeat=3');
      assert.equal(r.status, 200);
      const repeat = r.json.repeat as { name: string; count: number }[];
      assert.deepEqual(repeat.map((x) => [x.name, x.count]), [[learner.name, 3]]);
      assert.equal((await api('governor', 'GET', '/api/v1/safeguarding/patterns')).status, 403);
    });

    it('sends a transfer end to end: link and key once, a single-use public download, receipt, the sender’s record', { skip }, async () => {
      const created = await api('dsl', 'POST', '/api/v1/safeguarding/transfers', { personId: learner.id, toSchool: TO_SCHOOL, toContact: 'Jenna Hosking (DSL)' });
      assert.equal(created.status, 201);
      const c = created.json as { token: string; key: string; downloadUrl: string; receiptUrl: string; transfer: { id: string; packageSha256: string } };
      assert.ok(c.downloadUrl.startsWith(`${t.url}/api/v1/safeguarding/transfers/`));

      if (dialect === 'sqlite') {
        const sqlite = t.haven.database.sqlite;
        assert.ok(sqlite);
        sqlite.pragma('wal_checkpoint(PASSIVE)');
        for (const file of [sqlite.name, `${sqlite.name}-wal`, ...filesUnder(t.dataDir)].filter((x) => statSync(x, { throwIfNoEntry: false })?.isFile())) {
          const bytes = readFileSync(file);
          for (const needle of [PHRASE, TO_SCHOOL, 'TRANSFER-CANARY-3390', c.token, c.key]) assert.equal(bytes.indexOf(needle), -1, `${file} holds ${needle}`);
        }
      }

      const wrong = await fetch(c.downloadUrl.replace(/token=[^&]+/, 'token=hvt_wrong-wrong-wrong-wrong'));
      assert.equal(wrong.status, 404);
      const res = await fetch(c.downloadUrl);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'application/octet-stream');
      assert.equal(res.headers.get('x-haven-package-sha256'), c.transfer.packageSha256);
      const pkg = Buffer.from(await res.arrayBuffer());
      assert.equal(pkg.indexOf(PHRASE), -1);
      const opened = await openPackage(pkg, parseTransferKey(c.key));
      assert.deepEqual(opened.files.find((f) => f.name.endsWith('chat.txt'))?.content, CANARY);
      assert.ok(pdfText(opened.files.find((f) => f.name === 'child-protection-file.pdf')?.content ?? Buffer.alloc(0)).includes(learner.name));
      const again = await fetch(c.downloadUrl);
      assert.equal(again.status, 409);

      const receipt = await fetch(c.receiptUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: c.token, name: 'Jenna Hosking', role: 'DSL', school: TO_SCHOOL }) });
      assert.equal(receipt.status, 201);
      const list = await api('dsl', 'GET', `/api/v1/safeguarding/transfers?personId=${learner.id}`);
      const record = (list.json.transfers as { id: string; status: string; toSchool: string; receivedBy: { name: string } | null; downloadedAt: string | null }[]).find((x) => x.id === c.transfer.id);
      assert.deepEqual([record?.status, record?.toSchool, record?.receivedBy?.name, Boolean(record?.downloadedAt)], ['received', TO_SCHOOL, 'Jenna Hosking', true]);
      assert.equal((await api('teacher', 'GET', '/api/v1/safeguarding/transfers')).status, 403);
      assert.equal((await api('headteacher', 'POST', '/api/v1/safeguarding/transfers', { personId: learner.id, toSchool: 'X school' })).status, 403);
    });

    it('drives files, reports and transfers from the command line, and the audit chain verifies', { skip: skip || dialect !== 'sqlite' }, async () => {
      const d = ['--database', `sqlite:${t.haven.database.sqlite?.name ?? ''}`, '--data-dir', t.dataDir];
      const dir = mkdtempSync(join(tmpdir(), 'haven-cli-files-'));
      try {
        const out = join(dir, 'file.pdf');
        const exported = await runHaven(['concerns', 'export', learner.id, '--format', 'pdf', '--out', out, '--as', 'dsl@example.school', ...d]);
        assert.equal(exported.code, 0, exported.err);
        assert.equal(statSync(out).mode & 0o777, 0o600);
        assert.ok(pdfText(readFileSync(out)).includes(learner.name));
        assert.equal((await runHaven(['concerns', 'export', learner.id, '--out', join(dir, 'x.pdf'), '--as', 'teacher@example.school', ...d])).code, 1, 'a teacher may not export a file');

        const report = await runHaven(['report', 'governor', '--format', 'html', '--out', join(dir, 'report.html'), '--as', 'governor@example.school', ...d]);
        assert.equal(report.code, 0, report.err);
        assert.ok(!readFileSync(join(dir, 'report.html'), 'utf8').includes('Penrose'));
        const reportJson = await runHaven(['report', 'governor', '--json', '--as', 'governor@example.school', ...d]);
        assert.equal(reportJson.code, 0, reportJson.err);
        assert.equal((JSON.parse(reportJson.out) as { current: { total: number } }).current.total, 3);

        const patterns = await runHaven(['concerns', 'patterns', '--days', '30', '--as', 'dsl@example.school', ...d]);
        assert.equal(patterns.code, 0, patterns.err);
        assert.match(patterns.out, new RegExp(learner.name));

        const sent = await runHaven(['concerns', 'transfer', learner.id, '--to-school', 'St Ives Academy', '--as', 'dsl@example.school', '--json', ...d]);
        assert.equal(sent.code, 0, sent.err);
        const s = JSON.parse(sent.out) as { downloadPath: string; key: string; transfer: { id: string } };
        const pkg = Buffer.from(await (await fetch(t.url + s.downloadPath)).arrayBuffer());
        writeFileSync(join(dir, 'package.haven-transfer'), pkg);
        const wrongKey = await runHaven(['concerns', 'transfer-open', join(dir, 'package.haven-transfer'), '--key', `HVT-${'0000-'.repeat(12)}0000`, '--out', join(dir, 'nope')]);
        assert.equal(wrongKey.code, 2);
        assert.match(wrongKey.err, /another transfer key/);
        const opened = await runHaven(['concerns', 'transfer-open', join(dir, 'package.haven-transfer'), '--key', s.key, '--out', join(dir, 'received'), '--json']);
        assert.equal(opened.code, 0, opened.err);
        assert.deepEqual(readFileSync(join(dir, 'received', 'child-protection-file.pdf')).subarray(0, 5).toString(), '%PDF-');
        assert.ok(readdirSync(join(dir, 'received', 'attachments')).length === 1);
        const listed = await runHaven(['concerns', 'transfers', '--as', 'dsl@example.school', '--json', ...d]);
        assert.equal(listed.code, 0, listed.err);
        assert.ok((JSON.parse(listed.out) as { transfers: { id: string; status: string }[] }).transfers.some((x) => x.id === s.transfer.id && x.status === 'downloaded'));

        const verify = await runHaven(['audit', 'verify', ...d]);
        assert.equal(verify.code, 0, verify.err);
        assert.match(verify.out, /intact/);
        const actions = new Set((await t.haven.audit.query({ actionPrefix: 'safeguarding.', limit: 1000 })).map((e) => e.action));
        for (const a of ['safeguarding.file.exported', 'safeguarding.governor_report.read', 'safeguarding.patterns.read', 'safeguarding.transfer.created', 'safeguarding.transfer.downloaded', 'safeguarding.transfer.listed']) {
          assert.ok(actions.has(a), a);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
