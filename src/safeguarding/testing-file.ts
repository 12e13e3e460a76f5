import { randomBytes } from 'node:crypto';
import { createAuditLog } from '../audit/index.ts';
import { ensureInstallation } from '../identity/index.ts';
import type { ManualClock } from '../platform/clock.ts';
import { parseMasterKey } from '../platform/crypto.ts';
import type { TestDatabase } from '../platform/db/testing.ts';
import { addAttachment } from './attachments.ts';
import type { SafeguardingDeps } from './deps.ts';
import { addReferral } from './escalation.ts';
import { addRecord } from './records.ts';
import { reportConcern } from './report.ts';
import { buildAccount, buildPerson } from './testing.ts';
import { addNote } from './triage.ts';
import { viewerFromAccount } from './viewer.ts';

/** A 1×1 PNG, as a screenshot stands in for in tests. */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** What {@link buildLearnerFile} made: accounts by role, the learner, their concerns in order, the text to look for. */
export interface LearnerFileFixture {
  deps: SafeguardingDeps;
  emails: Record<'dsl' | 'teacher' | 'head' | 'governor' | 'admin', string>;
  learner: { id: string; name: string };
  other: { id: string; name: string };
  /** The learner's concerns, oldest first. */
  concerns: { id: string; reference: string; summary: string }[];
  otherConcern: { id: string; reference: string; summary: string };
  hostile: string;
  textEvidence: Buffer;
  withheldImage: Buffer;
}

/**
 * Seeds a learner's file for export and transfer tests: three concerns a day apart (one with a
 * hostile summary, a note, a referral with a reference, a sharing record, a text file and a
 * screenshot; one nude-images concern with a withheld image), and a concern about another
 * learner that must never appear in this learner's file.
 */
export async function buildLearnerFile(t: TestDatabase, clock: ManualClock): Promise<LearnerFileFixture> {
  await ensureInstallation(t.db, clock.now());
  const deps: SafeguardingDeps = { db: t.db, dialect: t.dialect, clock, audit: createAuditLog({ db: t.db, dialect: t.dialect, clock }), masterKey: parseMasterKey(randomBytes(32).toString('hex')) };
  const emails = {
    dsl: (await buildAccount(t.db, { roles: ['dsl'] })).email,
    teacher: (await buildAccount(t.db, { roles: ['teacher'] })).email,
    head: (await buildAccount(t.db, { roles: ['headteacher'] })).email,
    governor: (await buildAccount(t.db, { roles: ['governor'] })).email,
    admin: (await buildAccount(t.db, { roles: ['administrator'] })).email,
  };
  const learner = await buildPerson(t.db, { firstName: 'Morwenna', lastName: 'Trelawny' });
  const other = await buildPerson(t.db, { firstName: 'Jago', lastName: 'Pendarves' });
  const teacher = await viewerFromAccount(t.db, emails.teacher);
  const dsl = await viewerFromAccount(t.db, emails.dsl);
  const hostile = '<script>alert("owned")</script> & <img src=x onerror=alert(1)>';
  const subject = [{ personId: learner.id, part: 'subject' as const }];
  const summaries = [`First worry: messages at night ${hostile}`, 'Second worry: upset after a group chat about tangerine-lighthouse', 'Third worry: pictures were asked for'];
  const concerns: LearnerFileFixture['concerns'] = [];
  const textEvidence = Buffer.from('chat log: you are worthless — evidence-canary-8812\n');
  const withheldImage = Buffer.concat([TINY_PNG, Buffer.from('withheld-canary-4471')]);
  for (const [i, summary] of summaries.entries()) {
    const category = i === 2 ? 'nude-images' : 'abusive-messages';
    const r = await reportConcern(deps, teacher, { category, summary, people: [...subject, { name: 'A. Witness', part: 'witness' }] });
    concerns.push({ id: r.id, reference: r.reference, summary });
    clock.advance(3_600_000);
    if (i === 0) {
      await addNote(deps, dsl, r.id, 'Spoke to Morwenna; she is safe at home tonight.');
      await addReferral(deps, dsl, r.id, { agency: 'social-care', referredAt: new Date(clock.now()).toISOString(), reference: 'MASH-55501', note: 'Referred by phone' });
      await addRecord(deps, dsl, r.id, { kind: 'sharing', occurredAt: new Date(clock.now()).toISOString(), counterpart: 'School nurse', reason: 'Health plan review', consentSought: true });
      await addAttachment(deps, dsl, r.id, { filename: 'chat-log.txt', contentType: 'text/plain', contentBase64: textEvidence.toString('base64') });
      await addAttachment(deps, dsl, r.id, { filename: 'screenshot.png', contentType: 'image/png', contentBase64: TINY_PNG.toString('base64') });
    }
    if (i === 2) await addAttachment(deps, dsl, r.id, { filename: 'image.png', contentType: 'image/png', contentBase64: withheldImage.toString('base64') });
    clock.advance(86_400_000);
  }
  const otherSummary = 'About someone else entirely: marmalade-quasar';
  const o = await reportConcern(deps, teacher, { summary: otherSummary, people: [{ personId: other.id, part: 'subject' }] });
  return { deps, emails, learner, other, concerns, otherConcern: { id: o.id, reference: o.reference, summary: otherSummary }, hostile, textEvidence, withheldImage };
}
