import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { type FileHandle, open } from 'node:fs/promises';
import type { MasterKey } from '../crypto.ts';
import { AppError } from '../errors.ts';

/**
 * The encrypted envelope of a backup file, streamed so that memory stays bounded whatever the
 * size of the database:
 *
 * ```
 * HAVEN-BACKUP-1\n        magic and envelope version
 * <key id>\n              which master key (8 hex), so a wrong key is named before decrypting
 * <salt>\n                32 random bytes, base64url: file key = HKDF-SHA256(master key, salt)
 * frame*                  u32 BE ciphertext length, ciphertext, 16-byte GCM tag
 * ```
 *
 * Each frame is AES-256-GCM under the per-file key with nonce = frame index (u32 BE at bytes
 * 7–10) and a last-frame flag (byte 11), and the three header lines as additional data (the
 * STREAM construction): frames cannot be reordered, dropped, cut short or moved to another
 * file, and the header cannot be edited, without failing authentication.
 */
const BACKUP_MAGIC = 'HAVEN-BACKUP-1';

/** Plaintext bytes per frame. */
const FRAME_BYTES = 1 << 20;

const MAGIC_PREFIX = 'HAVEN-BACKUP-';
const SALT_BYTES = 32;
const TAG_BYTES = 16;
const MAX_HEADER_BYTES = 128;
const MAX_FRAME_BYTES = 64 << 20;

/** A backup file's header as read, before any decryption. */
interface SealedHeader {
  bytes: Buffer;
  keyId: string;
  salt: Buffer;
}

/**
 * Seals a byte stream into a backup file through an open handle; returns the bytes written.
 * `frameBytes` is smaller only in tests, to exercise many frames.
 */
export async function writeSealed(fh: FileHandle, key: MasterKey, source: AsyncIterable<Buffer>, frameBytes = FRAME_BYTES): Promise<number> {
  const salt = randomBytes(SALT_BYTES);
  const header = Buffer.from(`${BACKUP_MAGIC}\n${key.id}\n${salt.toString('base64url')}\n`);
  const fileKey = fileKeyOf(key, salt);
  let written = 0;
  const put = async (data: Buffer) => {
    for (let offset = 0; offset < data.length; ) {
      const { bytesWritten } = await fh.write(data, offset, data.length - offset, null);
      offset += bytesWritten;
    }
    written += data.length;
  };
  let index = 0;
  const putFrame = async (plain: Buffer, final: boolean) => {
    const cipher = createCipheriv('aes-256-gcm', fileKey, nonceOf(index, final));
    cipher.setAAD(header);
    const data = Buffer.concat([cipher.update(plain), cipher.final()]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    await put(Buffer.concat([length, data, cipher.getAuthTag()]));
    index += 1;
  };

  await put(header);
  let parts: Buffer[] = [];
  let pendingBytes = 0;
  for await (const chunk of source) {
    parts.push(chunk);
    pendingBytes += chunk.length;
    // Keep at least one byte back: only the end of the source knows which frame is the last.
    if (pendingBytes > frameBytes) {
      let pending = Buffer.concat(parts, pendingBytes);
      while (pending.length > frameBytes) {
        await putFrame(pending.subarray(0, frameBytes), false);
        pending = pending.subarray(frameBytes);
      }
      parts = [pending];
      pendingBytes = pending.length;
    }
  }
  await putFrame(Buffer.concat(parts, pendingBytes), true);
  return written;
}

/**
 * Reads a backup file frame by frame, yielding each frame's plaintext only once it has been
 * authenticated. Throws `backup.not_a_backup`, `backup.newer_version`, `backup.wrong_key`
 * or `backup.damaged` (altered, truncated, or with bytes after the last frame).
 */
export async function* readSealed(path: string, key: MasterKey): AsyncGenerator<Buffer> {
  const fh = await openBackupFile(path);
  try {
    const size = (await fh.stat()).size;
    const header = parseSealedHeader(await readAt(fh, 0, Math.min(MAX_HEADER_BYTES, size)), path);
    if (header.keyId !== key.id) {
      throw new AppError('backup.wrong_key', 'invalid', `${path} was encrypted with another master key (${header.keyId}); this Haven's key is ${key.id}`);
    }
    const fileKey = fileKeyOf(key, header.salt);
    let position = header.bytes.length;
    for (let index = 0; ; index += 1) {
      if (size - position < 4 + TAG_BYTES) throw damaged(path, 'it ends before its last part (truncated)');
      const length = (await readAt(fh, position, 4)).readUInt32BE(0);
      const end = position + 4 + length + TAG_BYTES;
      if (length > MAX_FRAME_BYTES) throw damaged(path, `part ${index + 1} has an impossible length`);
      if (end > size) throw damaged(path, 'it ends before its last part (truncated)');
      const body = await readAt(fh, position + 4, length + TAG_BYTES);
      // Only the frame that ends the file may carry the last-frame flag, so a file cut at a
      // frame boundary fails here rather than passing as a shorter backup.
      const final = end === size;
      let plain: Buffer;
      try {
        const decipher = createDecipheriv('aes-256-gcm', fileKey, nonceOf(index, final));
        decipher.setAAD(header.bytes);
        decipher.setAuthTag(body.subarray(length));
        plain = Buffer.concat([decipher.update(body.subarray(0, length)), decipher.final()]);
      } catch (cause) {
        throw damaged(path, final ? 'it was altered or cut short' : 'it was altered', cause);
      }
      yield plain;
      if (final) return;
      position = end;
    }
  } finally {
    await fh.close();
  }
}

function parseSealedHeader(head: Buffer, path: string): SealedHeader {
  const text = head.toString('latin1');
  if (!text.startsWith(MAGIC_PREFIX)) throw new AppError('backup.not_a_backup', 'invalid', `${path} is not a Haven backup`);
  const lines = text.split('\n');
  const [magic = '', keyId = '', salt = ''] = lines;
  if (magic !== BACKUP_MAGIC) {
    if (/^HAVEN-BACKUP-\d+$/.test(magic)) {
      throw new AppError('backup.newer_version', 'invalid', `${path} is a ${magic} file, made by a newer Haven: upgrade Haven to restore it`);
    }
    throw new AppError('backup.not_a_backup', 'invalid', `${path} is not a Haven backup`);
  }
  const saltBytes = Buffer.from(salt, 'base64url');
  if (lines.length < 4 || !/^[0-9a-f]{8}$/.test(keyId) || saltBytes.length !== SALT_BYTES) throw damaged(path, 'its header is incomplete');
  return { bytes: head.subarray(0, magic.length + keyId.length + salt.length + 3), keyId, salt: saltBytes };
}

async function openBackupFile(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'r');
  } catch (cause) {
    throw new AppError('backup.unreadable', 'invalid', `cannot read ${path}: ${(cause as Error).message}`, { cause });
  }
}

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await fh.read(buffer, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return buffer.subarray(0, done);
}

function fileKeyOf(key: MasterKey, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', key.bytes, salt, 'haven backup v1', 32));
}

function nonceOf(index: number, final: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeUInt32BE(index, 7);
  nonce[11] = final ? 1 : 0;
  return nonce;
}

function damaged(path: string, why: string, cause?: unknown): AppError {
  return new AppError('backup.damaged', 'invalid', `${path} is damaged: ${why}`, cause === undefined ? {} : { cause });
}
