import { createHash, randomBytes } from 'node:crypto';
import { bufferSource, type ByteSource, fileSource, openStream, sealBuffer, type SealedFormat, type StreamKey } from '../platform/sealed-stream.ts';
import { readTar, tarChunks, type TarEntry } from '../platform/tar.ts';
import { safeguardingErrors } from './errors.ts';

/**
 * A transfer package (R10): a tar of the learner's file — manifest, README, the PDF and HTML
 * file, the chronology and concerns as JSON, and non-picture attachments — sealed in Haven's
 * streamed envelope (`HAVEN-TRANSFER-1`, see {@link sealStream}) under a fresh random transfer
 * key. The receiving school has no key of ours, so the transfer key travels to their DSL by a
 * separate channel, and `haven concerns transfer-open` (or any AES-GCM implementation of the
 * documented format) opens it.
 */
export const TRANSFER_FORMAT: SealedFormat = {
  family: 'HAVEN-TRANSFER-',
  version: 1,
  info: 'haven transfer v1',
  noun: 'a Haven transfer package',
  newerHint: 'open it with a newer version of Haven',
  keyNoun: 'transfer key',
  givenKey: 'the key given is',
  codes: {
    notOurs: 'safeguarding.package_invalid',
    newer: 'safeguarding.package_newer',
    wrongKey: 'safeguarding.transfer_key_wrong',
    damaged: 'safeguarding.package_damaged',
    unreadable: 'safeguarding.package_unreadable',
  },
};

/** What the manifest says about each file in the package. */
export interface PackageFileEntry {
  path: string;
  contentType: string;
  bytes: number;
  sha256: string;
  description: string;
}

/** The package's first file: what it is, who it is about, and the checksum of every other file. */
export interface PackageManifest {
  format: 'haven-transfer-package';
  version: 1;
  transferId: string;
  createdAt: string;
  createdBy: string;
  from: { school: string };
  to: { school: string; contact: string | null };
  learner: { name: string; dateOfBirth: string | null; yearGroup: string | null };
  concerns: { reference: string; reportedAt: string; category: string; status: string }[];
  files: PackageFileEntry[];
  /** Evidence that stays with the sending school's DSL (pictures, withheld images). */
  notSent: { concern: string; attachment: string; contentType: string; reason: string }[];
}

/** A file to put in a package. */
export interface PackageFile {
  path: string;
  contentType: string;
  description: string;
  content: Buffer;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const KEY_PREFIX = 'HVT';

function fingerprint(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 8);
}

function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** Formats a 256-bit key to read out or type: `HVT-XXXX-XXXX-…` in Crockford base32 (13 groups). */
export function formatTransferKey(bytes: Buffer): string {
  return [KEY_PREFIX, ...(base32(bytes).match(/.{1,4}/g) ?? [])].join('-');
}

/** A fresh random transfer key, and how the sending DSL passes it on. */
export function newTransferKey(): { key: StreamKey; text: string } {
  const bytes = randomBytes(32);
  return { key: { bytes, id: fingerprint(bytes) }, text: formatTransferKey(bytes) };
}

/** Reads a transfer key as typed: case, spaces and dashes do not matter; O reads as 0, I and L as 1. */
export function parseTransferKey(text: string): StreamKey {
  const clean = text
    .trim()
    .toUpperCase()
    .replace(/^HVT/, '')
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (clean.length !== 52 || ![...clean].every((c) => ALPHABET.includes(c))) throw safeguardingErrors.transferKeyInvalid();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const c of clean) {
    value = (value << 5) | ALPHABET.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  if (out.length !== 32 || value !== 0) throw safeguardingErrors.transferKeyInvalid();
  const bytes = Buffer.from(out);
  return { bytes, id: fingerprint(bytes) };
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * Builds and seals a package in memory (transfer content is never written to disk unencrypted
 * on the server). The manifest goes first and lists each other file with its SHA-256.
 */
export async function sealPackage(key: StreamKey, manifest: Omit<PackageManifest, 'files'>, files: readonly PackageFile[], nowMs: number): Promise<{ sealed: Buffer; sha256: string; manifest: PackageManifest }> {
  const full: PackageManifest = {
    ...manifest,
    files: files.map((f) => ({ path: f.path, contentType: f.contentType, bytes: f.content.length, sha256: sha256(f.content), description: f.description })),
  };
  const entries: TarEntry[] = [{ name: 'manifest.json', content: Buffer.from(`${JSON.stringify(full, null, 2)}\n`) }, ...files.map((f) => ({ name: f.path, content: f.content }))];
  const sealed = await sealBuffer([...tarChunks(entries, nowMs)], key, TRANSFER_FORMAT);
  return { sealed, sha256: sha256(sealed), manifest: full };
}

/**
 * Opens a package with its transfer key and checks it: authenticated frame by frame, then every
 * file against the manifest's checksum. Throws `safeguarding.transfer_key_wrong` for another key
 * and `safeguarding.package_damaged` (or `package_invalid`) for anything altered.
 */
export async function openPackage(source: Buffer | ByteSource, key: StreamKey, label = 'the package'): Promise<{ manifest: PackageManifest; files: TarEntry[] }> {
  const parts: Buffer[] = [];
  for await (const part of openStream(Buffer.isBuffer(source) ? bufferSource(source) : source, key, TRANSFER_FORMAT, label)) parts.push(part);
  const entries = readTar(Buffer.concat(parts));
  const first = entries[0];
  if (!first || first.name !== 'manifest.json') throw safeguardingErrors.packageInvalid('it does not start with manifest.json');
  let manifest: PackageManifest;
  try {
    manifest = JSON.parse(first.content.toString('utf8')) as PackageManifest;
  } catch (cause) {
    throw safeguardingErrors.packageInvalid(`its manifest is not JSON (${(cause as Error).message})`);
  }
  if (manifest.format !== 'haven-transfer-package' || !Array.isArray(manifest.files)) throw safeguardingErrors.packageInvalid('its manifest is not a Haven transfer manifest');
  const files = entries.slice(1);
  for (const f of manifest.files) {
    const found = files.find((e) => e.name === f.path);
    if (!found) throw safeguardingErrors.packageInvalid(`${f.path} is listed but missing`);
    if (sha256(found.content) !== f.sha256) throw safeguardingErrors.packageInvalid(`${f.path} does not match its checksum`);
  }
  if (files.length !== manifest.files.length) throw safeguardingErrors.packageInvalid('it holds files its manifest does not list');
  return { manifest, files: [first, ...files] };
}

/** Opens a package file on disk with its transfer key (for `haven concerns transfer-open`). */
export async function openPackageFile(path: string, key: StreamKey): Promise<{ manifest: PackageManifest; files: TarEntry[] }> {
  return openPackage(await fileSource(path, TRANSFER_FORMAT), key, path);
}
