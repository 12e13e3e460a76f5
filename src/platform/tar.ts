import { AppError } from './errors.ts';

/**
 * A minimal POSIX ustar writer and reader for regular files with short, plain names: enough to
 * carry a bundle of files inside one sealed stream (a safeguarding transfer package), in a
 * layout any `tar` can list once decrypted. Links, devices, directories and extended headers
 * are never written and are refused when read.
 */
export interface TarEntry {
  /** Relative path with `/` separators, at most 100 bytes, no `..`. */
  name: string;
  content: Buffer;
}

const BLOCK = 512;

/** Whether a name is safe to write and to extract: relative, plain, no parent references. */
export function isSafeTarName(name: string): boolean {
  if (name.length === 0 || Buffer.byteLength(name) > 100) return false;
  if (name.startsWith('/') || name.includes('\\') || name.includes('\0')) return false;
  if (!/^[\x20-\x7e]+$/.test(name)) return false;
  return name.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function header(name: string, size: number, mtimeSeconds: number): Buffer {
  const h = Buffer.alloc(BLOCK, 0);
  h.write(name, 0, 100, 'ascii');
  h.write(octal(0o644, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  h.write(octal(size, 12), 124, 'ascii');
  h.write(octal(mtimeSeconds, 12), 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h.write('0', 156, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return h;
}

/** Yields a tar archive of the entries, piece by piece (headers, contents, padding, end marker). */
export function* tarChunks(entries: readonly TarEntry[], mtimeMs: number): Generator<Buffer> {
  const mtime = Math.floor(mtimeMs / 1000);
  for (const e of entries) {
    if (!isSafeTarName(e.name)) throw new AppError('tar.name_invalid', 'invalid', `cannot archive a file named ${JSON.stringify(e.name)}`);
    yield header(e.name, e.content.length, mtime);
    yield e.content;
    const pad = (BLOCK - (e.content.length % BLOCK)) % BLOCK;
    if (pad > 0) yield Buffer.alloc(pad, 0);
  }
  yield Buffer.alloc(BLOCK * 2, 0);
}

function field(h: Buffer, start: number, length: number): string {
  const raw = h.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? length : end).toString('ascii');
}

function broken(why: string): AppError {
  return new AppError('tar.invalid', 'invalid', `the archive is not valid: ${why}`);
}

/** Reads an archive written by {@link tarChunks}; refuses anything but regular files with safe names. */
export function readTar(archive: Buffer): TarEntry[] {
  const out: TarEntry[] = [];
  let pos = 0;
  while (pos + BLOCK <= archive.length) {
    const h = archive.subarray(pos, pos + BLOCK);
    if (h.every((b) => b === 0)) return out;
    const stored = parseInt(field(h, 148, 8).trim() || 'x', 8);
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (h[i] ?? 0);
    if (stored !== sum) throw broken(`header checksum mismatch at byte ${pos}`);
    if (field(h, 257, 6) !== 'ustar') throw broken('not a ustar archive');
    const type = field(h, 156, 1);
    if (type !== '0' && type !== '') throw broken(`entry type ${JSON.stringify(type)} is not a regular file`);
    const prefix = field(h, 345, 155);
    const name = prefix ? `${prefix}/${field(h, 0, 100)}` : field(h, 0, 100);
    if (!isSafeTarName(name)) throw broken(`unsafe file name ${JSON.stringify(name)}`);
    const size = parseInt(field(h, 124, 12).trim() || 'x', 8);
    if (!Number.isSafeInteger(size) || size < 0) throw broken(`bad size for ${name}`);
    const start = pos + BLOCK;
    if (start + size > archive.length) throw broken(`${name} is cut short`);
    out.push({ name, content: archive.subarray(start, start + size) });
    pos = start + Math.ceil(size / BLOCK) * BLOCK;
  }
  throw broken('it has no end marker');
}
