/**
 * Reads list files from disk into the pure list parser, line by line, without holding the file
 * in memory: a single list (optionally gzip-compressed) or a UT1 blacklists directory
 * (`<category>/domains`, `<category>/urls`). Reports progress in bytes of the file as stored,
 * for the CLI's progress bar.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import type { Category, ListFormat } from './model.ts';
import { createListParser, type ListParseResult, type ListParser, type ListParserOptions } from './core/parse-list.ts';
import { UT1_CATEGORIES } from './core/ut1-categories.ts';

/** Called as bytes are read: bytes of the stored file(s) so far, and in total. */
export type ProgressCallback = (bytesRead: number, totalBytes: number) => void;

/** Options for {@link readListFile}. */
export interface ReadListOptions extends ListParserOptions {
  /** Defaults to `auto`. */
  readonly format?: ListFormat | 'auto';
  readonly onProgress?: ProgressCallback;
  readonly signal?: AbortSignal;
}

/** Streams one list file (`.gz` is decompressed) through a parser and returns its result. */
export async function readListFile(path: string, options: ReadListOptions = {}): Promise<ListParseResult> {
  const { size } = await stat(path);
  const parser = createListParser(options.format ?? 'auto', options);
  await streamLines(path, parser, options.signal, (bytes) => options.onProgress?.(bytes, size));
  return parser.finish();
}

/**
 * Feeds every line of a file to the parser. Splits on `\n` itself (readline is several times
 * slower on million-line files) and decodes UTF-8 across chunk boundaries.
 */
async function streamLines(path: string, parser: ListParser, signal: AbortSignal | undefined, onBytes: (bytesRead: number) => void): Promise<void> {
  const raw = createReadStream(path, { highWaterMark: 1 << 20, ...(signal === undefined ? {} : { signal }) });
  const source = path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let lineNo = 0;
  for await (const chunk of source) {
    if (!(chunk instanceof Uint8Array)) continue;
    const text = carry + decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      parser.push(text.slice(start, end), ++lineNo);
      start = nl + 1;
    }
    carry = text.slice(start);
    onBytes(raw.bytesRead);
  }
  carry += decoder.decode();
  if (carry.endsWith('\r')) carry = carry.slice(0, -1);
  if (carry !== '') parser.push(carry, ++lineNo);
  onBytes(raw.bytesRead);
}

/** One UT1 category read from disk. */
export interface Ut1CategoryResult {
  /** UT1's directory name, e.g. `adult`. */
  readonly ut1Name: string;
  readonly category: Category;
  /** The `domains` file (plain format), if present. */
  readonly domains?: ListParseResult;
  /** The `urls` file (urls format), if present. */
  readonly urls?: ListParseResult;
}

/** A UT1 directory read: the categories imported and the ones left out, with why. */
export interface Ut1ReadResult {
  readonly categories: readonly Ut1CategoryResult[];
  readonly skipped: readonly { readonly ut1Name: string; readonly reason: string }[];
}

/** Options for {@link readUt1Directory}. */
export interface ReadUt1Options extends ListParserOptions {
  /** UT1 category names to import; defaults to the ones marked recommended in `UT1_CATEGORIES`. */
  readonly categories?: readonly string[];
  readonly onProgress?: ProgressCallback;
  readonly signal?: AbortSignal;
}

const UT1_FILES = [
  { name: 'domains', format: 'plain' },
  { name: 'domains.gz', format: 'plain' },
  { name: 'urls', format: 'urls' },
  { name: 'urls.gz', format: 'urls' },
] as const;

/**
 * Reads a UT1 blacklists directory (the extracted tarball, or its `blacklists/` folder). Aliases
 * (symlinks such as `porn` → `adult`) are skipped so nothing is read twice; categories with no
 * Haven equivalent are skipped and listed.
 */
export async function readUt1Directory(dir: string, options: ReadUt1Options = {}): Promise<Ut1ReadResult> {
  const root = (await isDirectory(join(dir, 'blacklists'))) ? join(dir, 'blacklists') : dir;
  const wanted = new Set(options.categories ?? Object.keys(UT1_CATEGORIES).filter((n) => UT1_CATEGORIES[n]?.recommended === true));
  const entries = await readdir(root, { withFileTypes: true });
  const present = new Set(entries.filter((e) => e.isDirectory()).map((e) => e.name));
  const skipped: { ut1Name: string; reason: string }[] = [];
  const plan: { ut1Name: string; category: Category; files: { path: string; format: ListFormat; key: 'domains' | 'urls'; size: number }[] }[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const name = entry.name;
    const mapping = UT1_CATEGORIES[name];
    if (entry.isSymbolicLink()) {
      skipped.push({ ut1Name: name, reason: 'an alias (symlink) of another category' });
      continue;
    }
    if (!entry.isDirectory()) continue;
    if (mapping === undefined) {
      skipped.push({ ut1Name: name, reason: 'not a UT1 category Haven knows' });
      continue;
    }
    if (mapping.aliasOf !== undefined && present.has(mapping.aliasOf)) {
      skipped.push({ ut1Name: name, reason: `a copy of ${mapping.aliasOf}` });
      continue;
    }
    if (mapping.category === null) {
      skipped.push({ ut1Name: name, reason: `no Haven category (${mapping.note})` });
      continue;
    }
    if (!wanted.has(name) && !(mapping.aliasOf !== undefined && wanted.has(mapping.aliasOf))) {
      skipped.push({ ut1Name: name, reason: 'not selected' });
      continue;
    }
    const files: (typeof plan)[number]['files'] = [];
    for (const f of UT1_FILES) {
      const path = join(root, name, f.name);
      const info = await stat(path).catch(() => undefined);
      const key = f.name.startsWith('domains') ? 'domains' : 'urls';
      if (info?.isFile() === true && !files.some((x) => x.key === key)) files.push({ path, format: f.format, key, size: info.size });
    }
    plan.push({ ut1Name: name, category: mapping.category, files });
  }
  const total = plan.reduce((sum, p) => sum + p.files.reduce((s, f) => s + f.size, 0), 0);
  let done = 0;
  const categories: Ut1CategoryResult[] = [];
  for (const p of plan) {
    const result: { domains?: ListParseResult; urls?: ListParseResult } = {};
    for (const f of p.files) {
      const parser = createListParser(f.format, options);
      await streamLines(f.path, parser, options.signal, (bytes) => options.onProgress?.(done + bytes, total));
      done += f.size;
      result[f.key] = parser.finish();
    }
    categories.push({ ut1Name: p.ut1Name, category: p.category, ...result });
  }
  return { categories, skipped };
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() === true;
}
