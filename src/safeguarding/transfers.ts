import { randomToken, safeEqual, sealBytes, sha256Hex, unsealBytes, uuidv7 } from '../platform/crypto.ts';
import { openAttachmentContent } from './attachments.ts';
import { loadChildFile, staysWithSender } from './child-file.ts';
import type { SafeguardingDeps } from './deps.ts';
import { safeguardingErrors } from './errors.ts';
import { type TransferEvent, TRANSFER_LINK_DAYS, type TransferStatus } from './model.ts';
import { childFileDocument } from './render/child-file-doc.ts';
import { renderHtml } from './render/html-kit.ts';
import { renderPdf } from './render/pdf-kit.ts';
import { openJson, openText, placeOf, sealJson, sealOptional, sealText } from './sealed.ts';
import { peopleIn } from './store.ts';
import { appendTimeline, queueNotification } from './timeline.ts';
import { newTransferKey, type PackageFile, sealPackage } from './transfer-package.ts';
import { permissionsIn, schoolsWith, type Viewer } from './viewer.ts';

const DAY = 86_400_000;

/** Whoever holds a transfer link: not signed in; their address goes in the audit entry. */
const ANONYMOUS = { type: 'anonymous' as const };

/** What the sending DSL asks for. */
export interface NewTransfer {
  personId: string;
  /** The receiving school's name (and town, URN… as the sender writes it). */
  toSchool: string;
  /** Who the sender expects to collect it: the receiving DSL's name or email. */
  toContact?: string;
  /** Only these concerns; every concern of the learner's file otherwise. */
  concernIds?: string[];
}

/** The sender's record of a transfer. */
export interface TransferView {
  id: string;
  schoolId: string;
  personId: string;
  learnerName: string;
  toSchool: string;
  toContact: string | null;
  status: TransferStatus;
  createdAt: string;
  createdBy: { id: string; name: string };
  expiresAt: string;
  downloadedAt: string | null;
  receiptAt: string | null;
  receivedBy: { name: string; role: string; school: string } | null;
  concerns: string[];
  files: number;
  packageBytes: number;
  packageSha256: string;
  keyId: string;
}

/** What the sender gets once, and only once: the link token and the transfer key. */
export interface CreatedTransfer {
  transfer: TransferView;
  token: string;
  key: string;
  downloadPath: string;
  receiptPath: string;
}

/** The receiver's confirmation of receipt. */
export interface TransferReceipt {
  token: string;
  name: string;
  role: string;
  school: string;
}

type TransferRow = Awaited<ReturnType<typeof findTransfer>>;

const packageMagic = (id: string) => `HAVEN-TRANSFER-PACKAGE ${id}`;

async function findTransfer(deps: SafeguardingDeps, id: string) {
  return deps.db.selectFrom('safeguarding_transfers').selectAll().where('id', '=', id).executeTakeFirst();
}

function statusOf(row: NonNullable<TransferRow>, nowIso: string): TransferStatus {
  if (row.receipt_at) return 'received';
  if (row.downloaded_at) return 'downloaded';
  return row.expires_at <= nowIso ? 'expired' : 'awaiting-download';
}

async function viewsOf(deps: SafeguardingDeps, rows: readonly NonNullable<TransferRow>[]): Promise<TransferView[]> {
  const key = deps.masterKey;
  const people = new Map((await peopleIn(deps.db, null, rows.map((r) => r.person_id))).map((p) => [p.id, `${p.first_name} ${p.last_name}`]));
  const creators = rows.length ? await deps.db.selectFrom('accounts').select(['id', 'display_name', 'email']).where('id', 'in', [...new Set(rows.map((r) => r.created_by))]).execute() : [];
  const names = new Map(creators.map((a) => [a.id, a.display_name || a.email]));
  const nowIso = new Date(deps.clock.now()).toISOString();
  return rows.map((r) => ({
    id: r.id,
    schoolId: r.school_id,
    personId: r.person_id,
    learnerName: people.get(r.person_id) ?? 'Unknown learner',
    toSchool: openText(key, placeOf('safeguarding_transfers', r.id, 'to_school'), r.to_school) ?? '',
    toContact: openText(key, placeOf('safeguarding_transfers', r.id, 'to_contact'), r.to_contact),
    status: statusOf(r, nowIso),
    createdAt: r.created_at,
    createdBy: { id: r.created_by, name: names.get(r.created_by) ?? r.created_by },
    expiresAt: r.expires_at,
    downloadedAt: r.downloaded_at,
    receiptAt: r.receipt_at,
    receivedBy: r.receipt ? openJson<{ name: string; role: string; school: string }>(key, placeOf('safeguarding_transfers', r.id, 'receipt'), r.receipt) : null,
    concerns: JSON.parse(r.concern_ids) as string[],
    files: r.files,
    packageBytes: r.package_bytes,
    packageSha256: r.package_sha256,
    keyId: r.key_id,
  }));
}

async function onTimeline(trx: SafeguardingDeps['db'], row: { id: string; concern_ids: string }, event: TransferEvent, actor: string | null, nowMs: number): Promise<void> {
  for (const concernId of JSON.parse(row.concern_ids) as string[]) {
    await appendTimeline(trx, { concernId, kind: 'transfer', refId: row.id, actorAccountId: actor, nowMs, details: { event } });
  }
}

/**
 * Sends a learner's file to their new school (R10). The package — the file as PDF and HTML, the
 * chronology and concerns as JSON, non-picture attachments — is built in memory, encrypted with
 * a fresh transfer key the server never keeps, and stored sealed again with the master key until
 * it is collected. The sender gets a one-time link token and the key, to pass on separately.
 */
export async function createTransfer(deps: SafeguardingDeps, viewer: Viewer, input: NewTransfer): Promise<CreatedTransfer> {
  const person = (await peopleIn(deps.db, null, [input.personId]))[0];
  const perms = person ? permissionsIn(viewer, person.school_id) : new Set<string>();
  if (!person || !perms.has('concerns:read-all')) throw safeguardingErrors.chronologyNotFound(input.personId);
  if (!perms.has('concerns:triage')) throw safeguardingErrors.forbidden('send a learner’s file to another school');
  const toSchool = input.toSchool.trim();
  const toContact = input.toContact?.trim() || null;
  const file = await loadChildFile(deps, viewer, input.personId, { embedImages: false, ...(input.concernIds ? { concernIds: input.concernIds } : {}) });
  if (file.concerns.length === 0) throw safeguardingErrors.transferNothing();
  const nowMs = deps.clock.now();
  const id = uuidv7(nowMs);
  const doc = childFileDocument(file, { purpose: 'transfer', toSchool });
  const files: PackageFile[] = [
    { path: 'README.txt', contentType: 'text/plain; charset=utf-8', description: 'What this package is', content: Buffer.from(readme(file.learner.name, file.school.name, toSchool)) },
    { path: 'child-protection-file.pdf', contentType: 'application/pdf', description: 'The child-protection file, printable', content: await renderPdf(doc) },
    { path: 'child-protection-file.html', contentType: 'text/html; charset=utf-8', description: 'The same file as a web page', content: Buffer.from(renderHtml(doc)) },
    { path: 'chronology.json', contentType: 'application/json', description: 'The chronology as data', content: json({ learner: file.learner, entries: file.rows }) },
    {
      path: 'concerns.json',
      contentType: 'application/json',
      description: 'Every concern in full, as data',
      content: json({ staff: Object.fromEntries(file.names), concerns: file.concerns.map((c) => ({ ...c.view, categoryLabel: c.categoryLabel, learnerParts: c.parts })) }),
    },
  ];
  const notSent: { concern: string; attachment: string; contentType: string; reason: string }[] = [];
  for (const c of file.concerns) {
    for (const [n, a] of c.view.full.attachments.entries()) {
      if (staysWithSender(a)) {
        notSent.push({ concern: c.view.reference, attachment: a.id, contentType: a.withheld ? '' : a.contentType, reason: a.withheld ? 'image withheld — held by the DSL' : 'pictures stay with the sending school’s DSL' });
        continue;
      }
      const content = await openAttachmentContent(deps, a.id);
      if (!content) continue;
      files.push({ path: `attachments/${c.view.reference}/${String(n + 1).padStart(2, '0')}-${asciiName(a.filename ?? 'attachment')}`, contentType: a.contentType, description: a.filename ?? 'attachment', content });
    }
  }
  const { key, text } = newTransferKey();
  const sealed = await sealPackage(
    key,
    {
      format: 'haven-transfer-package',
      version: 1,
      transferId: id,
      createdAt: new Date(nowMs).toISOString(),
      createdBy: file.generatedBy,
      from: { school: file.school.name },
      to: { school: toSchool, contact: toContact },
      learner: { name: file.learner.name, dateOfBirth: file.learner.dateOfBirth, yearGroup: file.learner.yearGroup },
      concerns: file.concerns.map((c) => ({ reference: c.view.reference, reportedAt: c.view.reportedAt, category: c.categoryLabel, status: c.view.status })),
      notSent,
    },
    files,
    nowMs,
  );
  const token = randomToken('hvt_');
  const concernIds = file.concerns.map((c) => c.view.id);
  const row = {
    id,
    school_id: person.school_id,
    person_id: person.id,
    to_school: sealText(deps.masterKey, placeOf('safeguarding_transfers', id, 'to_school'), toSchool),
    to_contact: sealOptional(deps.masterKey, placeOf('safeguarding_transfers', id, 'to_contact'), toContact),
    token_hash: sha256Hex(token),
    key_id: key.id,
    package_sha256: sealed.sha256,
    package_bytes: sealed.sealed.length,
    concern_ids: JSON.stringify(concernIds),
    files: files.length,
    created_by: viewer.accountId,
    created_at: new Date(nowMs).toISOString(),
    expires_at: new Date(nowMs + TRANSFER_LINK_DAYS * DAY).toISOString(),
    downloaded_at: null,
    receipt_at: null,
    receipt: null,
    purged_at: null,
  };
  await deps.db.transaction().execute(async (trx) => {
    await trx.insertInto('safeguarding_transfers').values(row).execute();
    await trx.insertInto('safeguarding_transfer_packages').values({ transfer_id: id, content: sealBytes(deps.masterKey, sealed.sealed, packageMagic(id)) }).execute();
    await onTimeline(trx, row, 'sent', viewer.accountId, nowMs);
    await deps.audit.append(
      {
        actor: viewer.actor,
        ip: viewer.actor.ip ?? null,
        action: 'safeguarding.transfer.created',
        subject: { type: 'transfer', id },
        schoolId: person.school_id,
        details: { person: person.id, concerns: concernIds, files: files.length, notSent: notSent.map((x) => x.attachment), bytes: sealed.sealed.length, keyId: key.id },
      },
      trx,
    );
  });
  const [transfer] = await viewsOf(deps, [row]);
  if (!transfer) throw safeguardingErrors.transferLinkInvalid();
  const q = `token=${encodeURIComponent(token)}`;
  return { transfer, token, key: text, downloadPath: `/api/v1/safeguarding/transfers/${id}/package?${q}`, receiptPath: `/api/v1/safeguarding/transfers/${id}/receipt` };
}

/**
 * Checks a link token against a transfer. Every refusal of a transfer that exists is audited;
 * a wrong token answers exactly as a missing transfer does.
 */
async function checkToken(deps: SafeguardingDeps, id: string, token: string, ip: string | null, use: 'download' | 'receipt'): Promise<NonNullable<TransferRow>> {
  const row = await findTransfer(deps, id);
  if (!row) throw safeguardingErrors.transferLinkInvalid();
  const nowIso = new Date(deps.clock.now()).toISOString();
  const refuse = async (reason: string, err: Error) => {
    await deps.audit.append({ actor: ANONYMOUS, ip, action: 'safeguarding.transfer.link_refused', subject: { type: 'transfer', id }, schoolId: row.school_id, details: { use, reason } });
    return err;
  };
  if (!safeEqual(sha256Hex(token), row.token_hash)) throw await refuse('token', safeguardingErrors.transferLinkInvalid());
  if (use === 'download') {
    if (row.downloaded_at) throw await refuse('used', safeguardingErrors.transferLinkUsed(row.downloaded_at));
    if (row.expires_at <= nowIso) throw await refuse('expired', safeguardingErrors.transferLinkExpired(row.expires_at));
    return row;
  }
  if (row.receipt_at) throw await refuse('receipt-done', safeguardingErrors.transferReceiptDone(row.receipt_at));
  if (!row.downloaded_at) throw await refuse('not-downloaded', safeguardingErrors.transferNotDownloaded());
  const deadline = new Date(Math.max(Date.parse(row.expires_at), Date.parse(row.downloaded_at) + TRANSFER_LINK_DAYS * DAY)).toISOString();
  if (deadline <= nowIso) throw await refuse('expired', safeguardingErrors.transferLinkExpired(deadline));
  return row;
}

/**
 * The receiving school collects the package with the link token: once. The stored copy is
 * deleted as it is handed over (a failed download means a new transfer). Audited as an
 * anonymous caller with their address.
 */
export async function downloadTransfer(deps: SafeguardingDeps, id: string, token: string, ip: string | null): Promise<{ filename: string; sha256: string; content: Buffer }> {
  const row = await checkToken(deps, id, token, ip, 'download');
  const stored = await deps.db.selectFrom('safeguarding_transfer_packages').select('content').where('transfer_id', '=', id).executeTakeFirst();
  if (!stored) throw safeguardingErrors.transferLinkExpired(row.purged_at ?? row.expires_at);
  const content = unsealBytes(deps.masterKey, Buffer.from(stored.content), packageMagic(id));
  const nowMs = deps.clock.now();
  const at = new Date(nowMs).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const done = await trx.updateTable('safeguarding_transfers').set({ downloaded_at: at, purged_at: at }).where('id', '=', id).where('downloaded_at', 'is', null).executeTakeFirst();
    // Two downloads racing with the same token: only one may win.
    if (Number(done.numUpdatedRows) !== 1) throw safeguardingErrors.transferLinkUsed(at);
    await trx.deleteFrom('safeguarding_transfer_packages').where('transfer_id', '=', id).execute();
    await onTimeline(trx, row, 'downloaded', null, nowMs);
    await deps.audit.append(
      { actor: ANONYMOUS, ip, action: 'safeguarding.transfer.downloaded', subject: { type: 'transfer', id }, schoolId: row.school_id, details: { bytes: content.length, sha256: row.package_sha256 } },
      trx,
    );
  });
  return { filename: `haven-transfer-${id}.haven-transfer`, sha256: row.package_sha256, content };
}

/** The receiving school confirms receipt (name, role, school), once, after downloading; the DSL team is told. */
export async function confirmReceipt(deps: SafeguardingDeps, id: string, receipt: TransferReceipt, ip: string | null): Promise<{ id: string; receivedAt: string }> {
  const row = await checkToken(deps, id, receipt.token, ip, 'receipt');
  const nowMs = deps.clock.now();
  const at = new Date(nowMs).toISOString();
  const who = { name: receipt.name.trim(), role: receipt.role.trim(), school: receipt.school.trim() };
  await deps.db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('safeguarding_transfers')
      .set({ receipt_at: at, receipt: sealJson(deps.masterKey, placeOf('safeguarding_transfers', id, 'receipt'), who) })
      .where('id', '=', id)
      .where('receipt_at', 'is', null)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw safeguardingErrors.transferReceiptDone(at);
    await onTimeline(trx, row, 'received', null, nowMs);
    await queueNotification(trx, { schoolId: row.school_id, kind: 'transfer.received', recipient: 'dsl-team', severity: 2, concernId: null, nowMs, payload: { transfer: id } });
    await deps.audit.append({ actor: ANONYMOUS, ip, action: 'safeguarding.transfer.receipt_confirmed', subject: { type: 'transfer', id }, schoolId: row.school_id }, trx);
  });
  return { id, receivedAt: at };
}

/** The sender's records of transfers in the viewer's schools (DSL team), newest first; audited. */
export async function listTransfers(deps: SafeguardingDeps, viewer: Viewer, query: { personId?: string } = {}): Promise<TransferView[]> {
  const schools = schoolsWith(viewer, 'concerns:read-all');
  if (schools.length === 0) throw safeguardingErrors.forbidden('see transfers');
  let q = deps.db.selectFrom('safeguarding_transfers').selectAll();
  if (!schools.includes('*')) q = q.where('school_id', 'in', schools);
  if (query.personId) q = q.where('person_id', '=', query.personId);
  const views = await viewsOf(deps, await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(500).execute());
  await deps.audit.append({ actor: viewer.actor, ip: viewer.actor.ip ?? null, action: 'safeguarding.transfer.listed', subject: null, details: { transfers: views.map((v) => v.id) } });
  return views;
}

/** Deletes packages nobody collected before their link expired (the record stays); for the daily job. */
export async function purgeExpiredTransfers(deps: SafeguardingDeps): Promise<number> {
  const nowIso = new Date(deps.clock.now()).toISOString();
  const expired = await deps.db.selectFrom('safeguarding_transfers').select('id').where('purged_at', 'is', null).where('expires_at', '<=', nowIso).execute();
  if (expired.length === 0) return 0;
  const ids = expired.map((r) => r.id);
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('safeguarding_transfer_packages').where('transfer_id', 'in', ids).execute();
    await trx.updateTable('safeguarding_transfers').set({ purged_at: nowIso }).where('id', 'in', ids).execute();
  });
  return ids.length;
}

function json(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`);
}

/** A file name safe in any file system and archive: ASCII letters, digits, dot, dash, underscore. */
function asciiName(name: string): string {
  const folded = name.normalize('NFKD').replace(/\p{M}/gu, '');
  const clean = folded.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(-60);
  return clean || 'attachment';
}

function readme(learner: string, from: string, to: string): string {
  return [
    'CONFIDENTIAL — SAFEGUARDING',
    '',
    `The child-protection file of ${learner}, sent by ${from} to ${to}.`,
    '',
    'child-protection-file.pdf   the file to read and print',
    'child-protection-file.html  the same file as a web page',
    'chronology.json, concerns.json  the same information as data, for import',
    'attachments/                evidence other than pictures (pictures stay with the sending school’s DSL)',
    'manifest.json               what is in this package, with a SHA-256 checksum of every file',
    '',
    'Keep these files secure and share them only with those who need to know. Please confirm',
    'receipt to the sending school as their message asks.',
    '',
  ].join('\n');
}
