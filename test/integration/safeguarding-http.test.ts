import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createAccount, createToken, ROLE_PERMISSIONS, type Role } from '../../src/identity/index.ts';
import { startTestHaven, type TestHaven } from '../../src/main/testing.ts';
import { DIALECTS, skipDialect } from '../../src/platform/db/testing.ts';
import { buildPerson } from '../../src/safeguarding/testing.ts';
import { runHaven } from '../support/haven-process.ts';

const GOOD = 'tangerine-harbour-lantern';
const PHRASE = 'marmalade-periscope-7731';
const CANARY = Buffer.concat([Buffer.from('ATTACHMENT-CANARY-5521:'), Buffer.from(Array.from({ length: 48 }, (_, i) => (i * 37) % 256))]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: safeguarding over HTTP`, async () => {
    const skip = await skipDialect(dialect);
    let t: TestHaven;
    const tokens = new Map<string, string>();
    let learner: { id: string; name: string };

    const api = async (role: string | null, method: string, path: string, body?: unknown) => {
      const res = await fetch(t.url + path, {
        method,
        headers: { ...(role ? { authorization: `Bearer ${tokens.get(role)}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const buf = Buffer.from(await res.arrayBuffer());
      const json = res.headers.get('content-type')?.includes('json') ? (JSON.parse(buf.toString()) as Record<string, unknown>) : {};
      return { status: res.status, json, buf, headers: res.headers };
    };

    before(async () => {
      if (skip) return;
      t = await startTestHaven(dialect);
      for (const role of ['dsl', 'teacher', 'headteacher'] as Role[]) {
        const account = await createAccount(t.haven.identity, { type: 'cli' }, { email: `${role}@example.school`, roles: [role], password: GOOD });
        tokens.set(role, (await createToken(t.haven.identity, { type: 'cli' }, { account: account.id, name: role, scopes: [...ROLE_PERMISSIONS[role]] })).token);
      }
      learner = await buildPerson(t.haven.database.db, { firstName: 'Morwenna', lastName: 'Tresize' });
    });
    after(async () => {
      if (!skip) await t.close();
    });

    it('audits every read of a concern, list and attachment, and the chain still verifies', { skip }, async () => {
      const created = await api('teacher', 'POST', '/api/v1/concerns', {
        category: 'abusive-messages',
        summary: `Messages mentioning ${PHRASE}`,
        people: [{ personId: learner.id, part: 'subject' }],
        attachments: [{ filename: 'evidence.bin', contentType: 'application/octet-stream', contentBase64: CANARY.toString('base64') }],
      });
      assert.equal(created.status, 201);
      const id = String(created.json.id);
      const detail = await api('dsl', 'GET', `/api/v1/concerns/${id}`);
      assert.equal(detail.status, 200);
      const full = detail.json.full as { attachments: { id: string; filename: string }[] };
      const attachment = full.attachments[0];
      assert.equal(attachment?.filename, 'evidence.bin');
      const download = await api('dsl', 'GET', `/api/v1/concerns/${id}/attachments/${attachment?.id}`);
      assert.equal(download.status, 200);
      assert.deepEqual(download.buf, CANARY);
      assert.match(download.headers.get('content-disposition') ?? '', /^attachment;/);
      assert.equal((await api('dsl', 'GET', '/api/v1/concerns')).status, 200);
      assert.equal((await api('headteacher', 'GET', `/api/v1/concerns/${id}`)).status, 404);

      const entries = await t.haven.audit.query({ subjectId: id, limit: 100 });
      const actions = entries.map((e) => e.action);
      for (const a of ['safeguarding.concern.reported', 'safeguarding.concern.read', 'safeguarding.attachment.read', 'safeguarding.concern.access_refused']) assert.ok(actions.includes(a), a);
      const listed = await t.haven.audit.query({ actionPrefix: 'safeguarding.concern.listed' });
      assert.ok(listed.some((e) => (e.details.concerns as string[]).includes(id)));
      const everything = JSON.stringify(await t.haven.audit.query({ limit: 1000 }));
      assert.ok(!everything.includes(PHRASE) && !everything.includes('Tresize'), 'audit entries hold ids, never text');

      if (dialect === 'sqlite') {
        const path = t.haven.database.sqlite?.name ?? '';
        const r = await runHaven(['audit', 'verify', '--database', `sqlite:${path}`, '--data-dir', t.dataDir]);
        assert.equal(r.code, 0, r.err);
        assert.match(r.out, /intact/);
      } else {
        assert.equal((await t.haven.audit.verify()).ok, true);
      }
    });

    it('keeps concern text and attachments unreadable in the database and data directory without the key', { skip: skip || (dialect !== 'sqlite' && 'the raw-file check reads the SQLite file; PostgreSQL stores the same sealed columns') }, async () => {
      const sqlite = t.haven.database.sqlite;
      assert.ok(sqlite);
      sqlite.pragma('wal_checkpoint(PASSIVE)');
      const files = [sqlite.name, `${sqlite.name}-wal`, ...filesUnder(t.dataDir)].filter((f) => {
        try {
          return statSync(f).isFile();
        } catch {
          return false;
        }
      });
      assert.ok(files.length >= 2);
      const needles = [Buffer.from(PHRASE), Buffer.from('ATTACHMENT-CANARY-5521'), CANARY.subarray(23), Buffer.from('evidence.bin')];
      for (const f of files) {
        const bytes = readFileSync(f);
        for (const n of needles) assert.equal(bytes.indexOf(n), -1, `${f} contains ${n.subarray(0, 24).toString('hex')}`);
      }
    });

    it('takes a learner report without an account, answers only a reference, and rate-limits the address', { skip }, async () => {
      const ok = await api(null, 'POST', '/api/v1/report/learner', { topic: 'stranger-contact', whatHappened: `A stranger asked for my address ${PHRASE}` });
      assert.equal(ok.status, 201);
      assert.deepEqual(Object.keys(ok.json).sort(), ['message', 'reference']);
      assert.ok(!JSON.stringify(ok.json).includes(PHRASE));
      const reference = String(ok.json.reference);
      assert.equal((await api(null, 'GET', `/api/v1/concerns/${reference}`)).status, 401, 'nothing reads back without an account');
      assert.equal((await api(null, 'GET', '/api/v1/concerns')).status, 401);
      const queue = await api('dsl', 'GET', '/api/v1/concerns?status=new');
      assert.ok((queue.json.concerns as { reference: string }[]).some((c) => c.reference === reference), 'it lands in the DSL queue');
      const bot = await api(null, 'POST', '/api/v1/report/learner', { topic: 'something-else', whatHappened: 'cheap pills', website: 'spam.example' });
      assert.equal(bot.status, 201);
      const invalid = await api(null, 'POST', '/api/v1/report/learner', { topic: 'not-a-topic', whatHappened: 'x' });
      assert.equal(invalid.status, 400);
      let last = 0;
      for (let i = 0; i < 4; i++) last = (await api(null, 'POST', '/api/v1/report/learner', { topic: 'feeling-low', whatHappened: 'sad' })).status;
      assert.equal(last, 429);
    });

    it('drives the log from the command line, only with the named account’s access', { skip: skip || (dialect !== 'sqlite' && 'the CLI path is the same on both dialects; it runs once, on SQLite') }, async () => {
      const d = ['--database', `sqlite:${t.haven.database.sqlite?.name ?? ''}`, '--data-dir', t.dataDir];
      const reported = await runHaven(['concerns', 'report', '--as', 'teacher@example.school', '--summary', 'Found crying after a group chat', '--subject', learner.id, '--json', ...d]);
      assert.equal(reported.code, 0, reported.err);
      const ref = (JSON.parse(reported.out) as { reference: string }).reference;
      assert.equal((await runHaven(['concerns', 'show', ref, '--as', 'headteacher@example.school', ...d])).code, 1);
      const triaged = await runHaven(['concerns', 'triage', ref, '--as', 'dsl@example.school', '--category', 'mental-health', '--level', 'early-help', '--rationale', 'Needs support', '--json', ...d]);
      assert.equal(triaged.code, 0, triaged.err);
      assert.equal((JSON.parse(triaged.out) as { full: { level: string } }).full.level, 'early-help');
      const list = await runHaven(['concerns', 'list', '--as', 'teacher@example.school', ...d]);
      assert.equal(list.code, 0, list.err);
      assert.match(list.out, new RegExp(ref));
      assert.equal((await runHaven(['concerns', 'list', ...d])).code, 2, '--as is required');
    });
  });
}
