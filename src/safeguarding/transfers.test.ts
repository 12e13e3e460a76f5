import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { pdfText } from '../../test/support/pdf.ts';
import { createManualClock } from '../platform/clock.ts';
import { unsealBytes } from '../platform/crypto.ts';
import { createTestDatabase, DIALECTS, skipDialect, type TestDatabase } from '../platform/db/testing.ts';
import { chronology } from './read.ts';
import { buildLearnerFile, type LearnerFileFixture, TINY_PNG } from './testing-file.ts';
import { formatTransferKey, newTransferKey, openPackage, parseTransferKey, sealPackage } from './transfer-package.ts';
import { confirmReceipt, createTransfer, downloadTransfer, listTransfers, purgeExpiredTransfers } from './transfers.ts';
import { viewerFromAccount } from './viewer.ts';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const RECEIVER = { name: 'Demelza Rowe', role: 'Designated safeguarding lead', school: 'Penwith Academy' };

describe('transfer keys', () => {
  it('reads back what it writes, forgiving case, spaces and look-alike letters', () => {
    const bytes = randomBytes(32);
    const text = formatTransferKey(bytes);
    assert.match(text, /^HVT(-[0-9A-Z]{4}){13}$/);
    assert.deepEqual(parseTransferKey(text).bytes, bytes);
    const sloppy = ` ${text.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
    assert.deepEqual(parseTransferKey(sloppy).bytes, bytes);
  });
  it('refuses keys of the wrong length or with letters outside the alphabet', () => {
    const text = formatTransferKey(randomBytes(32));
    for (const bad of [text.slice(0, -1), `${text}Q`, text.replace(/-[0-9A-Z]/, '-U'), '']) {
      assert.throws(() => parseTransferKey(bad), { code: 'safeguarding.transfer_key_invalid' }, bad);
    }
  });
});

describe('transfer packages', () => {
  const manifest = {
    format: 'haven-transfer-package' as const,
    version: 1 as const,
    transferId: 't1',
    createdAt: '2026-09-07T08:00:00.000Z',
    createdBy: 'Ms Rowe',
    from: { school: 'A' },
    to: { school: 'B', contact: null },
    learner: { name: 'L', dateOfBirth: null, yearGroup: null },
    concerns: [],
    notSent: [],
  };
  const files = [{ path: 'README.txt', contentType: 'text/plain', description: 'readme', content: Buffer.from('hello') }, { path: 'big.bin', contentType: 'application/octet-stream', description: 'big', content: randomBytes(3 << 20) }];

  it('opens with its key, across many frames, every file checked against the manifest', async () => {
    const { key, text } = newTransferKey();
    const sealed = await sealPackage(key, manifest, files, Date.UTC(2026, 8, 7));
    assert.equal(sealed.sha256, sha256(sealed.sealed));
    const opened = await openPackage(sealed.sealed, parseTransferKey(text));
    assert.deepEqual(opened.files.slice(1).map((f) => f.content), files.map((f) => f.content));
    assert.deepEqual(opened.manifest.files.map((f) => f.sha256), files.map((f) => sha256(f.content)));
  });

  it('refuses a package altered, cut short or extended', async () => {
    const { key } = newTransferKey();
    const { sealed } = await sealPackage(key, manifest, files, 0);
    const flipped = Buffer.from(sealed);
    flipped[sealed.length >> 1] = (flipped[sealed.length >> 1] ?? 0) ^ 1;
    await assert.rejects(openPackage(flipped, key), { code: 'safeguarding.package_damaged' });
    await assert.rejects(openPackage(sealed.subarray(0, sealed.length - 100), key), { code: 'safeguarding.package_damaged' });
    await assert.rejects(openPackage(Buffer.concat([sealed, Buffer.from('x')]), key), { code: 'safeguarding.package_damaged' });
    await assert.rejects(openPackage(Buffer.from('HAVEN-BACKUP-1\nabc'), key), { code: 'safeguarding.package_invalid' });
  });
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: transferring a learner's file to a new school`, async () => {
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

    it('round-trips: created, downloaded once with the token, opened with the key, receipt confirmed, recorded', { skip }, async () => {
      const dsl = await as(f.emails.dsl);
      const created = await createTransfer(f.deps, dsl, { personId: f.learner.id, toSchool: 'Penwith Academy, Penzance', toContact: 'Demelza Rowe' });
      assert.match(created.token, /^hvt_/);
      assert.match(created.downloadPath, new RegExp(`/api/v1/safeguarding/transfers/${created.transfer.id}/package\\?token=`));
      assert.equal(created.transfer.status, 'awaiting-download');
      assert.deepEqual(created.transfer.concerns, f.concerns.map((c) => c.id));

      // Stored: sealed with the master key around a package sealed with the transfer key; no plaintext either way.
      const row = await t.db.selectFrom('safeguarding_transfers').selectAll().where('id', '=', created.transfer.id).executeTakeFirstOrThrow();
      assert.ok(!row.to_school.includes('Penwith') && row.token_hash !== created.token && !JSON.stringify(row).includes(created.token));
      const stored = await t.db.selectFrom('safeguarding_transfer_packages').select('content').where('transfer_id', '=', created.transfer.id).executeTakeFirstOrThrow();
      const blob = Buffer.from(stored.content);
      const inner = unsealBytes(f.deps.masterKey, blob, `HAVEN-TRANSFER-PACKAGE ${created.transfer.id}`);
      assert.equal(inner.subarray(0, 17).toString(), 'HAVEN-TRANSFER-1\n');
      for (const secret of ['Trelawny', 'tangerine-lighthouse', 'evidence-canary-8812', 'MASH-55501', '%PDF']) {
        assert.equal(blob.indexOf(secret), -1, `the stored blob hides ${secret}`);
        assert.equal(inner.indexOf(secret), -1, `the package hides ${secret} without the transfer key`);
      }
      await assert.rejects(openPackage(inner, parseTransferKey(formatTransferKey(randomBytes(32)))), { code: 'safeguarding.transfer_key_wrong' });

      await assert.rejects(downloadTransfer(f.deps, created.transfer.id, 'hvt_not-the-token-at-all', '198.51.100.7'), { code: 'safeguarding.transfer_link_invalid' });
      await assert.rejects(downloadTransfer(f.deps, 'no-such-transfer', created.token, '198.51.100.7'), { code: 'safeguarding.transfer_link_invalid' });
      await assert.rejects(confirmReceipt(f.deps, created.transfer.id, { token: created.token, ...RECEIVER }, '198.51.100.7'), { code: 'safeguarding.transfer_not_downloaded' });

      clock.advance(3_600_000);
      const pkg = await downloadTransfer(f.deps, created.transfer.id, created.token, '198.51.100.7');
      assert.equal(sha256(pkg.content), created.transfer.packageSha256);
      assert.deepEqual(pkg.content, inner, 'the receiver gets exactly the package that was sealed');
      assert.equal(await t.db.selectFrom('safeguarding_transfer_packages').select('transfer_id').where('transfer_id', '=', created.transfer.id).executeTakeFirst(), undefined, 'deleted once collected');
      await assert.rejects(downloadTransfer(f.deps, created.transfer.id, created.token, '198.51.100.7'), { code: 'safeguarding.transfer_link_used' });

      const opened = await openPackage(pkg.content, parseTransferKey(created.key));
      const names = opened.files.map((x) => x.name);
      assert.deepEqual(names.slice(0, 6), ['manifest.json', 'README.txt', 'child-protection-file.pdf', 'child-protection-file.html', 'chronology.json', 'concerns.json']);
      const file = (n: string) => opened.files.find((x) => x.name === n)?.content ?? Buffer.alloc(0);
      const evidence = opened.files.filter((x) => x.name.startsWith('attachments/'));
      assert.deepEqual(evidence.map((x) => x.content), [f.textEvidence], 'non-picture attachments travel, byte for byte');
      assert.match(evidence[0]?.name ?? '', new RegExp(`^attachments/${f.concerns[0]?.reference}/0[12]-chat-log\\.txt$`));
      assert.equal(opened.manifest.learner.name, f.learner.name);
      assert.deepEqual(opened.manifest.concerns.map((c) => c.reference), f.concerns.map((c) => c.reference));
      assert.deepEqual(opened.manifest.notSent.map((n) => n.reason).sort(), ['image withheld — held by the DSL', 'pictures stay with the sending school’s DSL']);
      const all = Buffer.concat(opened.files.map((x) => x.content));
      assert.equal(all.indexOf(f.withheldImage), -1, 'no withheld image anywhere in the package');
      assert.equal(all.indexOf(TINY_PNG), -1, 'no picture anywhere in the package');
      assert.ok(!all.toString('utf8').includes('marmalade-quasar'), 'nothing about another learner');
      const pdf = pdfText(file('child-protection-file.pdf'));
      assert.ok(pdf.includes(f.learner.name) && pdf.includes('Penwith Academy'));
      const concernsJson = JSON.parse(file('concerns.json').toString()) as { concerns: { reference: string; summary: string }[] };
      assert.deepEqual(concernsJson.concerns.map((c) => c.summary), f.concerns.map((c) => c.summary));

      clock.advance(86_400_000);
      const receipt = await confirmReceipt(f.deps, created.transfer.id, { token: created.token, ...RECEIVER }, '198.51.100.7');
      await assert.rejects(confirmReceipt(f.deps, created.transfer.id, { token: created.token, ...RECEIVER }, '198.51.100.7'), { code: 'safeguarding.transfer_receipt_done' });
      const [record] = await listTransfers(f.deps, dsl, { personId: f.learner.id });
      assert.equal(record?.status, 'received');
      assert.equal(record?.toSchool, 'Penwith Academy, Penzance');
      assert.equal(record?.createdBy.id, dsl.accountId);
      assert.ok(record?.downloadedAt && record.downloadedAt < receipt.receivedAt);
      assert.deepEqual(record?.receivedBy, RECEIVER);

      const kinds = (await chronology(f.deps, dsl, f.learner.id)).entries.filter((e) => e.kind === 'transfer').map((e) => e.details.event);
      assert.deepEqual([...new Set(kinds)], ['sent', 'downloaded', 'received']);
    });

    it('refuses an expired link, and purges a package nobody collected', { skip }, async () => {
      const dsl = await as(f.emails.dsl);
      const created = await createTransfer(f.deps, dsl, { personId: f.learner.id, toSchool: 'Kernow Primary', concernIds: [f.concerns[1]?.id ?? ''] });
      assert.deepEqual(created.transfer.concerns, [f.concerns[1]?.id]);
      clock.advance(15 * 86_400_000);
      await assert.rejects(downloadTransfer(f.deps, created.transfer.id, created.token, null), { code: 'safeguarding.transfer_link_expired' });
      assert.ok((await purgeExpiredTransfers(f.deps)) >= 1);
      assert.equal(await t.db.selectFrom('safeguarding_transfer_packages').select('transfer_id').where('transfer_id', '=', created.transfer.id).executeTakeFirst(), undefined);
      const list = await listTransfers(f.deps, dsl);
      assert.equal(list.find((x) => x.id === created.transfer.id)?.status, 'expired');
    });

    it('lets only the DSL team send or list transfers, and audits every use and refusal with ids only', { skip }, async () => {
      for (const who of ['teacher', 'head', 'governor', 'admin'] as const) {
        await assert.rejects(createTransfer(f.deps, await as(f.emails[who]), { personId: f.learner.id, toSchool: 'Anywhere' }), { code: 'safeguarding.person_not_found' }, who);
        await assert.rejects(listTransfers(f.deps, await as(f.emails[who])), { code: 'safeguarding.forbidden' }, who);
      }
      const actions = (await f.deps.audit.query({ actionPrefix: 'safeguarding.transfer', limit: 100 })).map((e) => e.action);
      for (const a of ['created', 'downloaded', 'receipt_confirmed', 'link_refused', 'listed']) assert.ok(actions.includes(`safeguarding.transfer.${a}`), a);
      const text = JSON.stringify(await f.deps.audit.query({ limit: 1000 }));
      for (const secret of ['Penwith', 'Demelza', 'Trelawny', 'hvt_']) assert.ok(!text.includes(secret), `the audit log holds no ${secret}`);
      assert.equal((await f.deps.audit.verify()).ok, true);
    });
  });
}
