import type { Kysely } from 'kysely';
import { sealBytes, unsealBytes, uuidv7 } from '../platform/crypto.ts';
import type { Db } from '../platform/db/index.ts';
import { resolveConcern } from './access.ts';
import { imageAccess } from './core/can-see.ts';
import type { SafeguardingDeps } from './deps.ts';
import { safeguardingErrors } from './errors.ts';
import { NUDE_IMAGES } from './model.ts';
import { openText, placeOf, sealText } from './sealed.ts';
import { appendTimeline } from './timeline.ts';
import { permissionsIn, type Viewer } from './viewer.ts';

/** Largest attachment accepted, after base64 decoding (the HTTP body limit is 10 MiB). */
export const MAX_ATTACHMENT_BYTES = 7 * 1024 * 1024;

/** An attachment as uploaded: base64 content, so it travels in the same JSON as the form. */
export interface NewAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
  /** The uploader says this is a nude or semi-nude image (DSL team only). */
  withheldImage?: boolean;
}

const CONTENT_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The sealed-file magic line: it names the attachment, so a blob cannot be moved to another row. */
function magicOf(id: string): string {
  return `HAVEN-ATTACHMENT ${id}`;
}

function cleanFilename(name: string): string {
  const base = name.replace(/\\/g, '/').split('/').pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200);
  return clean || 'attachment';
}

/** Whether a file is an image or video (what the nude-images flow withholds). */
function isPicture(contentType: string): boolean {
  return contentType.startsWith('image/') || contentType.startsWith('video/');
}

/** Whether the viewer is the DSL team in a school (may handle withheld images). */
export function isDslTeam(viewer: Viewer, schoolId: string): boolean {
  const p = permissionsIn(viewer, schoolId);
  return p.has('concerns:read-all') && p.has('concerns:triage');
}

/**
 * Seals and stores one attachment in the caller's transaction: content as a sealed blob in the
 * database (one system of record: backed up with it, shared by every API node, written in the
 * same transaction as the concern and the audit entry), filename sealed too. Pictures on a
 * nude-images concern are withheld automatically; only the DSL team may add withheld images.
 */
export async function storeAttachment(
  trx: Kysely<Db>,
  deps: SafeguardingDeps,
  a: { concernId: string; schoolId: string; category: string; investigationId?: string | null; file: NewAttachment; viewer: Viewer | null; nowMs: number },
): Promise<{ id: string; withheld: boolean; size: number }> {
  const contentType = a.file.contentType.trim().toLowerCase();
  if (!CONTENT_TYPE.test(contentType)) throw safeguardingErrors.attachmentInvalid(`content type ${JSON.stringify(a.file.contentType)} is not valid`);
  const b64 = a.file.contentBase64.replace(/\s+/g, '');
  if (!BASE64.test(b64) || b64.length % 4 !== 0) throw safeguardingErrors.attachmentInvalid('contentBase64 is not base64');
  const content = Buffer.from(b64, 'base64');
  if (content.length === 0) throw safeguardingErrors.attachmentInvalid('the attachment is empty');
  if (content.length > MAX_ATTACHMENT_BYTES) throw safeguardingErrors.attachmentInvalid(`attachments are limited to ${MAX_ATTACHMENT_BYTES} bytes`);
  const withheld = a.file.withheldImage === true || (a.category === NUDE_IMAGES && isPicture(contentType));
  const dsl = a.viewer !== null && isDslTeam(a.viewer, a.schoolId);
  if (withheld && !dsl) throw safeguardingErrors.imageCopyRefused();
  const id = uuidv7(a.nowMs);
  await trx
    .insertInto('safeguarding_attachments')
    .values({
      id,
      concern_id: a.concernId,
      investigation_id: a.investigationId ?? null,
      filename: sealText(deps.masterKey, placeOf('safeguarding_attachments', id, 'filename'), cleanFilename(a.file.filename)),
      content_type: contentType,
      size: content.length,
      withheld_image: withheld ? 1 : 0,
      uploaded_by: a.viewer?.accountId ?? null,
      created_at: new Date(a.nowMs).toISOString(),
      deleted_at: null,
      deleted_by: null,
    })
    .execute();
  await trx.insertInto('safeguarding_attachment_blobs').values({ attachment_id: id, content: sealBytes(deps.masterKey, content, magicOf(id)) }).execute();
  await appendTimeline(trx, {
    concernId: a.concernId,
    kind: 'attachment-added',
    refId: id,
    actorAccountId: a.viewer?.accountId ?? null,
    nowMs: a.nowMs,
    details: { withheld, ...(a.investigationId ? { investigation: a.investigationId } : {}) },
  });
  return { id, withheld, size: content.length };
}

/**
 * Opens an attachment's content for a file the caller has already authorised and audits (the
 * child-protection file, a transfer package); null when its content was deleted.
 */
export async function openAttachmentContent(deps: SafeguardingDeps, attachmentId: string): Promise<Buffer | null> {
  const blob = await deps.db.selectFrom('safeguarding_attachment_blobs').select('content').where('attachment_id', '=', attachmentId).executeTakeFirst();
  return blob ? unsealBytes(deps.masterKey, Buffer.from(blob.content), magicOf(attachmentId)) : null;
}

/** Whether a content type is a picture (image or video): never sent in a transfer package. */
export function isPictureType(contentType: string): boolean {
  return isPicture(contentType);
}

/** Adds evidence to a concern: its managers, or its reporter while it is open. */
export async function addAttachment(deps: SafeguardingDeps, viewer: Viewer, ref: string, file: NewAttachment): Promise<{ id: string; withheld: boolean; size: number }> {
  const c = await resolveConcern(deps, viewer, ref, 'reporter', 'add_attachment');
  if (c.visibility.access !== 'manage' && c.row.status === 'closed') throw safeguardingErrors.closed();
  const nowMs = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const stored = await storeAttachment(trx, deps, { concernId: c.row.id, schoolId: c.row.school_id, category: c.row.category, file, viewer, nowMs });
    await trx.updateTable('safeguarding_concerns').set({ updated_at: new Date(nowMs).toISOString() }).where('id', '=', c.row.id).execute();
    await deps.audit.append(
      {
        actor: viewer.actor,
        ip: viewer.actor.ip ?? null,
        action: 'safeguarding.attachment.added',
        subject: { type: 'concern', id: c.row.id },
        schoolId: c.row.school_id,
        details: { attachment: stored.id, withheld: stored.withheld, size: stored.size },
      },
      trx,
    );
    return stored;
  });
}

/** A decrypted attachment, ready to send. */
export interface AttachmentContent {
  filename: string;
  contentType: string;
  content: Buffer;
}

async function loadAttachment(deps: SafeguardingDeps, concernId: string, attachmentId: string) {
  const row = await deps.db
    .selectFrom('safeguarding_attachments')
    .selectAll()
    .where('id', '=', attachmentId)
    .where('concern_id', '=', concernId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw safeguardingErrors.attachmentNotFound(attachmentId);
  return row;
}

/**
 * Opens an attachment for someone who may read the whole concern; the read is audited before
 * the bytes leave. Withheld images need the DSL team and an explicit `reveal`.
 */
export async function readAttachment(deps: SafeguardingDeps, viewer: Viewer, ref: string, attachmentId: string, reveal: boolean): Promise<AttachmentContent> {
  const c = await resolveConcern(deps, viewer, ref, 'full', 'read_attachment');
  const row = await loadAttachment(deps, c.row.id, attachmentId);
  if (row.withheld_image === 1) {
    if (!imageAccess(c.visibility).view) throw safeguardingErrors.imageWithheld();
    if (!reveal) throw safeguardingErrors.revealRequired();
  }
  const blob = await deps.db.selectFrom('safeguarding_attachment_blobs').select('content').where('attachment_id', '=', row.id).executeTakeFirst();
  if (!blob) throw safeguardingErrors.attachmentNotFound(attachmentId);
  const content = unsealBytes(deps.masterKey, Buffer.from(blob.content), magicOf(row.id));
  await deps.audit.append({
    actor: viewer.actor,
    ip: viewer.actor.ip ?? null,
    action: row.withheld_image === 1 ? 'safeguarding.attachment.revealed' : 'safeguarding.attachment.read',
    subject: { type: 'concern', id: c.row.id },
    schoolId: c.row.school_id,
    details: { attachment: row.id, reason: c.visibility.reason },
  });
  return {
    filename: openText(deps.masterKey, placeOf('safeguarding_attachments', row.id, 'filename'), row.filename) ?? 'attachment',
    contentType: row.content_type,
    content,
  };
}

/**
 * Deletes an attachment's content for good (the record that it existed stays). Managers only;
 * withheld images only by the DSL team, as the guidance on nude images expects once they have
 * been dealt with.
 */
export async function deleteAttachment(deps: SafeguardingDeps, viewer: Viewer, ref: string, attachmentId: string, reason: string): Promise<void> {
  const c = await resolveConcern(deps, viewer, ref, 'manage', 'delete_attachment');
  const row = await loadAttachment(deps, c.row.id, attachmentId);
  if (row.withheld_image === 1 && !imageAccess(c.visibility).remove) throw safeguardingErrors.imageWithheld();
  if (!reason.trim()) throw safeguardingErrors.reasonRequired('deleting evidence');
  const nowMs = deps.clock.now();
  const at = new Date(nowMs).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('safeguarding_attachment_blobs').where('attachment_id', '=', row.id).execute();
    await trx.updateTable('safeguarding_attachments').set({ deleted_at: at, deleted_by: viewer.accountId }).where('id', '=', row.id).execute();
    const noteId = uuidv7(nowMs);
    await trx
      .insertInto('safeguarding_notes')
      .values({
        id: noteId,
        concern_id: c.row.id,
        kind: 'note',
        audience: null,
        body: sealText(deps.masterKey, placeOf('safeguarding_notes', noteId, 'body'), `Evidence deleted: ${reason.trim()}`),
        author_account_id: viewer.accountId,
        given_at: null,
        created_at: at,
      })
      .execute();
    await appendTimeline(trx, { concernId: c.row.id, kind: 'attachment-deleted', refId: row.id, actorAccountId: viewer.accountId, nowMs, details: { withheld: row.withheld_image === 1 } });
    await deps.audit.append(
      {
        actor: viewer.actor,
        ip: viewer.actor.ip ?? null,
        action: 'safeguarding.attachment.deleted',
        subject: { type: 'concern', id: c.row.id },
        schoolId: c.row.school_id,
        details: { attachment: row.id, withheld: row.withheld_image === 1 },
      },
      trx,
    );
  });
}
