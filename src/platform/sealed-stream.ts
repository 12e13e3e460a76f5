import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { type FileHandle, open } from 'node:fs/promises';
import { AppError } from './errors.ts';

/**
 * A streamed, encrypted envelope for files of any size (backups, safeguarding transfer
 * packages), with memory bounded by one frame:
 *
 * ```
 * <FAMILY><version>\n     magic and envelope version, e.g. HAVEN-BACKUP-1
 * <key id>\n              which key (8 hex of its SHA-256), so a wrong key is named before decrypting
 * <salt>\n                32 random bytes, base64url: file key = HKDF-SHA256(key, salt, info)
 * frame*                  u32 BE ciphertext length, ciphertext, 16-byte GCM tag
 * ```
 *
 * Each frame is AES-256-GCM under the per-file key with nonce = frame index (u32 BE at bytes
 * 7–10) and a last-frame flag (byte 11), and the three header lines as additional data (the
 * STREAM construction): frames cannot be reordered, dropped, cut short or moved to another
 * file, and the header cannot be edited, without failing authentication. The HKDF `info`
 * differs per format, so a key used for one kind of file derives nothing usable for another.
 */
export interface SealedFormat {
  /** The magic line's family, up to the version number: `HAVEN-BACKUP-`. */
  family: string;
  version: number;
  /** HKDF info string, distinct per format. */
  info: string;
  /** How a file of this kind is named in messages: "a Haven backup". */
  noun: string;
  /** What to do with a file from a newer version: "upgrade Haven to restore it". */
  newerHint: string;
  /** Which key in a wrong-key message: "master key", "transfer key". */
  keyNoun: string;
  /** How the key given is named in a wrong-key message: "this Haven's key is". */
  givenKey: string;
  /** Error codes, so each format reports in its own vocabulary. */
  codes: { notOurs: string; newer: string; wrongKey: string; damaged: string; unreadable: string };
}

/** A 256-bit key and its short, non-secret fingerprint (the {@link MasterKey} shape). */
export interface StreamKey {
  readonly bytes: Buffer;
  readonly id: string;
}

/** Random-access reading of a sealed file, wherever it lies (a file, a buffer). */
export interface ByteSource {
  size: number;
  readAt(position: number, length: number): Promise<Buffer>;
  close(): Promise<void>;
}

/** Plaintext bytes per frame. */
export const FRAME_BYTES = 1 << 20;

const SALT_BYTES = 32;
const TAG_BYTES = 16;
const MAX_HEADER_BYTES = 128;
const MAX_FRAME_BYTES = 64 << 20;

/**
 * Seals a byte stream in the format, handing each piece of ciphertext to `write` in order;
 * returns the bytes written. `frameBytes` is smaller only in tests, to exercise many frames.
 */
export async function sealStream(write: (data: Buffer) => Promise<void>, key: StreamKey, source: AsyncIterable<Buffer>, format: SealedFormat, frameBytes = FRAME_BYTES): Promise<number> {
  const salt = randomBytes(SALT_BYTES);
  const header = Buffer.from(`${format.family}${format.version}\n${key.id}\n${salt.toString('base64url')}\n`);
  const fileKey = fileKeyOf(key, salt, format);
  let written = 0;
  const put = async (data: Buffer) => {
    await write(data);
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
 * Reads a sealed file frame by frame, yielding each frame's plaintext only once it has been
 * authenticated. Throws the format's `notOurs`, `newer`, `wrongKey` or `damaged` code
 * (altered, truncated, or with bytes after the last frame). `label` names the file in messages.
 */
export async function* openStream(src: ByteSource, key: StreamKey, format: SealedFormat, label: string): AsyncGenerator<Buffer> {
  try {
    const size = src.size;
    const header = parseHeader(await src.readAt(0, Math.min(MAX_HEADER_BYTES, size)), format, label);
    if (header.keyId !== key.id) {
      throw new AppError(format.codes.wrongKey, 'invalid', `${label} was encrypted with another ${format.keyNoun} (${header.keyId}); ${format.givenKey} ${key.id}`);
    }
    const fileKey = fileKeyOf(key, header.salt, format);
    let position = header.bytes.length;
    for (let index = 0; ; index += 1) {
      if (size - position < 4 + TAG_BYTES) throw damaged(format, label, 'it ends before its last part (truncated)');
      const length = (await src.readAt(position, 4)).readUInt32BE(0);
      const end = position + 4 + length + TAG_BYTES;
      if (length > MAX_FRAME_BYTES) throw damaged(format, label, `part ${index + 1} has an impossible length`);
      if (end > size) throw damaged(format, label, 'it ends before its last part (truncated)');
      const body = await src.readAt(position + 4, length + TAG_BYTES);
      // Only the frame that ends the file may carry the last-frame flag, so a file cut at a
      // frame boundary fails here rather than passing as a shorter one.
      const final = end === size;
      let plain: Buffer;
      try {
        const decipher = createDecipheriv('aes-256-gcm', fileKey, nonceOf(index, final));
        decipher.setAAD(header.bytes);
        decipher.setAuthTag(body.subarray(length));
        plain = Buffer.concat([decipher.update(body.subarray(0, length)), decipher.final()]);
      } catch (cause) {
        throw damaged(format, label, final ? 'it was altered or cut short' : 'it was altered', cause);
      }
      yield plain;
      if (final) return;
      position = end;
    }
  } finally {
    await src.close();
  }
}

/** Reads a whole sealed buffer into memory (for files that are small enough to hold). */
export async function openBuffer(sealed: Buffer, key: StreamKey, format: SealedFormat, label: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of openStream(bufferSource(sealed), key, format, label)) parts.push(part);
  return Buffer.concat(parts);
}

/** Seals a buffer (or a list of pieces) into one sealed buffer, in memory. */
export async function sealBuffer(pieces: readonly Buffer[], key: StreamKey, format: SealedFormat, frameBytes = FRAME_BYTES): Promise<Buffer> {
  const out: Buffer[] = [];
  await sealStream(async (d) => void out.push(d), key, fromPieces(pieces), format, frameBytes);
  return Buffer.concat(out);
}

async function* fromPieces(pieces: readonly Buffer[]): AsyncGenerator<Buffer> {
  for (const p of pieces) yield p;
}

/** A {@link ByteSource} over a buffer in memory. */
export function bufferSource(buffer: Buffer): ByteSource {
  return {
    size: buffer.length,
    readAt: async (position, length) => buffer.subarray(position, Math.min(position + length, buffer.length)),
    close: async () => undefined,
  };
}

/** A {@link ByteSource} over a file; throws the format's `unreadable` code if it cannot be opened. */
export async function fileSource(path: string, format: SealedFormat): Promise<ByteSource> {
  let fh: FileHandle;
  try {
    fh = await open(path, 'r');
  } catch (cause) {
    throw new AppError(format.codes.unreadable, 'invalid', `cannot read ${path}: ${(cause as Error).message}`, { cause });
  }
  const size = (await fh.stat()).size;
  return {
    size,
    readAt: async (position, length) => {
      const buffer = Buffer.alloc(length);
      let done = 0;
      while (done < length) {
        const { bytesRead } = await fh.read(buffer, done, length - done, position + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return buffer.subarray(0, done);
    },
    close: () => fh.close(),
  };
}

/** A sealed file's header as read, before any decryption. */
interface SealedHeader {
  bytes: Buffer;
  keyId: string;
  salt: Buffer;
}

function parseHeader(head: Buffer, format: SealedFormat, label: string): SealedHeader {
  const text = head.toString('latin1');
  if (!text.startsWith(format.family)) throw new AppError(format.codes.notOurs, 'invalid', `${label} is not ${format.noun}`);
  const lines = text.split('\n');
  const [magic = '', keyId = '', salt = ''] = lines;
  if (magic !== `${format.family}${format.version}`) {
    const version = magic.slice(format.family.length);
    if (/^\d+$/.test(version) && Number(version) > format.version) {
      throw new AppError(format.codes.newer, 'invalid', `${label} is a ${magic} file, made by a newer Haven: ${format.newerHint}`);
    }
    throw new AppError(format.codes.notOurs, 'invalid', `${label} is not ${format.noun}`);
  }
  const saltBytes = Buffer.from(salt, 'base64url');
  if (lines.length < 4 || !/^[0-9a-f]{8}$/.test(keyId) || saltBytes.length !== SALT_BYTES) throw damaged(format, label, 'its header is incomplete');
  return { bytes: head.subarray(0, magic.length + keyId.length + salt.length + 3), keyId, salt: saltBytes };
}

function fileKeyOf(key: StreamKey, salt: Buffer, format: SealedFormat): Buffer {
  return Buffer.from(hkdfSync('sha256', key.bytes, salt, format.info, 32));
}

function nonceOf(index: number, final: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeUInt32BE(index, 7);
  nonce[11] = final ? 1 : 0;
  return nonce;
}

function damaged(format: SealedFormat, label: string, why: string, cause?: unknown): AppError {
  return new AppError(format.codes.damaged, 'invalid', `${label} is damaged: ${why}`, cause === undefined ? {} : { cause });
}
