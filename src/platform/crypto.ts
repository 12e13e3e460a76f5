import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from './errors.ts';

/** A 256-bit key for AES-256-GCM: safeguarding attachments, TOTP secrets, backups. */
export interface MasterKey {
  readonly bytes: Buffer;
  /** A short, non-secret fingerprint (first 8 hex of SHA-256) to tell keys apart. */
  readonly id: string;
}

/** Builds a key from 32 bytes written as base64 or hex (the `HAVEN_MASTER_KEY` format). */
export function parseMasterKey(text: string): MasterKey {
  const t = text.trim();
  const bytes = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (bytes.length !== 32) {
    throw new AppError('crypto.key_invalid', 'invalid', 'the master key must be 32 bytes, as 64 hex digits or base64');
  }
  return { bytes, id: sha256Hex(bytes).slice(0, 8) };
}

/**
 * Loads the master key from config, or from `<dataDir>/master.key` (mode 0600), creating that
 * file on first run. The key never goes in the database, so a stolen database file reveals
 * nothing sealed with it.
 */
export function loadOrCreateMasterKey(options: { configured?: string; file: string; create: boolean }): MasterKey {
  if (options.configured) return parseMasterKey(options.configured);
  if (existsSync(options.file)) {
    const mode = statSync(options.file).mode & 0o777;
    if (mode & 0o077) chmodSync(options.file, 0o600);
    return parseMasterKey(readFileSync(options.file, 'utf8'));
  }
  if (!options.create) {
    throw new AppError('crypto.key_missing', 'unavailable', `no master key: set HAVEN_MASTER_KEY or create ${options.file}`);
  }
  mkdirSync(dirname(options.file), { recursive: true });
  const key = randomBytes(32).toString('base64');
  writeFileSync(options.file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  return parseMasterKey(key);
}

const SEAL_VERSION = 'v1';

/**
 * Encrypts text with AES-256-GCM under the master key; `aad` binds the ciphertext to its
 * place (e.g. `account:<id>:totp`) so a sealed value cannot be moved to another row.
 * Output: `v1.<keyid>.<iv>.<tag>.<ciphertext>` in base64url.
 */
export function seal(key: MasterKey, plaintext: string | Buffer, aad = ''): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.bytes, iv);
  cipher.setAAD(Buffer.from(aad));
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return [SEAL_VERSION, key.id, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
}

/** Reverses {@link seal}; throws `crypto.unseal_failed` on a wrong key, aad or tampering. */
export function unsealBuffer(key: MasterKey, sealed: string, aad = ''): Buffer {
  const parts = sealed.split('.');
  if (parts.length !== 5 || parts[0] !== SEAL_VERSION) {
    throw new AppError('crypto.unseal_failed', 'internal', 'sealed value has an unknown format');
  }
  const [, keyId, iv, tag, data] = parts as [string, string, string, string, string];
  if (keyId !== key.id) throw new AppError('crypto.unseal_failed', 'internal', `sealed with another key (${keyId})`);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.bytes, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]);
  } catch (cause) {
    throw new AppError('crypto.unseal_failed', 'internal', 'sealed value failed authentication', { cause });
  }
}

export function unseal(key: MasterKey, sealed: string, aad = ''): string {
  return unsealBuffer(key, sealed, aad).toString('utf8');
}

/** Streams are sealed in one piece here; binary framing for files: magic, iv, tag, data. */
export function sealBytes(key: MasterKey, plaintext: Buffer, magic: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.bytes, iv);
  const header = Buffer.from(`${magic}\n${key.id}\n`);
  cipher.setAAD(header);
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, iv, cipher.getAuthTag(), data]);
}

/** Reverses {@link sealBytes}; checks the magic line and the key before decrypting. */
export function unsealBytes(key: MasterKey, sealed: Buffer, magic: string): Buffer {
  const expected = Buffer.from(`${magic}\n`);
  if (sealed.length < expected.length || !sealed.subarray(0, expected.length).equals(expected)) {
    throw new AppError('crypto.format_invalid', 'invalid', `not a ${magic} file`);
  }
  const nl = sealed.indexOf(0x0a, expected.length);
  if (nl < 0) throw new AppError('crypto.format_invalid', 'invalid', `truncated ${magic} file`);
  const keyId = sealed.subarray(expected.length, nl).toString();
  if (keyId !== key.id) {
    throw new AppError('crypto.wrong_key', 'invalid', `the file was encrypted with another key (${keyId}, this one is ${key.id})`);
  }
  const header = sealed.subarray(0, nl + 1);
  const iv = sealed.subarray(nl + 1, nl + 13);
  const tag = sealed.subarray(nl + 13, nl + 29);
  if (tag.length !== 16) throw new AppError('crypto.format_invalid', 'invalid', `truncated ${magic} file`);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.bytes, iv);
    decipher.setAAD(header);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed.subarray(nl + 29)), decipher.final()]);
  } catch (cause) {
    throw new AppError('crypto.tampered', 'invalid', `the ${magic} file is damaged or was altered`, { cause });
  }
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A random bearer secret (256 bits), base64url, optionally with a readable prefix. */
export function randomToken(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** Compares two strings in constant time (for tokens and codes). */
export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

/**
 * A UUIDv7 (RFC 9562): time-ordered ids made at the source, so rows sort by creation and
 * events from many filter nodes never collide.
 */
export function uuidv7(nowMs: number = Date.now()): string {
  const b = randomBytes(16);
  const ms = BigInt(nowMs);
  b[0] = Number((ms >> 40n) & 0xffn);
  b[1] = Number((ms >> 32n) & 0xffn);
  b[2] = Number((ms >> 24n) & 0xffn);
  b[3] = Number((ms >> 16n) & 0xffn);
  b[4] = Number((ms >> 8n) & 0xffn);
  b[5] = Number(ms & 0xffn);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x70;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * UUIDv7s for many rows at once (event batches): one call for the random bits of all of them,
 * and no BigInt, so ids made at the source cost a fraction of {@link uuidv7} each.
 */
export function uuidv7Batch(times: readonly number[]): string[] {
  const rnd = randomBytes(times.length * 10);
  const out = new Array<string>(times.length);
  for (let i = 0; i < times.length; i++) {
    const ms = Math.max(0, Math.floor(times[i] ?? 0));
    const t = ms.toString(16).padStart(12, '0').slice(-12);
    const r = i * 10;
    out[i] =
      `${t.slice(0, 8)}-${t.slice(8, 12)}-${hex2(((rnd[r] ?? 0) & 0x0f) | 0x70)}${hex2(rnd[r + 1])}-` +
      `${hex2(((rnd[r + 2] ?? 0) & 0x3f) | 0x80)}${hex2(rnd[r + 3])}-${hex2(rnd[r + 4])}${hex2(rnd[r + 5])}${hex2(rnd[r + 6])}${hex2(rnd[r + 7])}${hex2(rnd[r + 8])}${hex2(rnd[r + 9])}`;
  }
  return out;
}

function hex2(v: number | undefined): string {
  return HEX[v ?? 0] ?? '00';
}
