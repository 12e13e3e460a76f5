import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { z } from 'zod';
import type { MasterKey } from '../crypto.ts';
import { AppError, isAppError } from '../errors.ts';
import { readSealed, writeSealed } from './backup-seal.ts';
import { type AppliedMigration, fromBackupValue, parentsFirst, type TableReader, type TableShape, toBackupValue } from './backup-tables.ts';
import type { Dialect } from './database.ts';

/**
 * The payload of a backup: a logical export, one JSON line per row, the same for both dialects
 * — so a school's SQLite backup restores into a trust's PostgreSQL, and a restore rebuilds the
 * schema from this Haven's own migrations instead of trusting one carried in the file. It is
 * gzipped and sealed by {@link writeSealed} (AES-256-GCM in 1 MiB frames), so neither writing
 * nor reading ever holds the whole database in memory:
 *
 * ```
 * {"haven":"backup","format":1,"dialect":…,"createdAt":…,"havenVersion":…,"migrations":[…]}
 * {"table":"organisations","columns":["id","name","kind","created_at"]}
 * ["0190…","Oak Primary","school","2026-09-07T08:00:00.000Z"]        one line per row
 * …                                                                  every table, parents first
 * {"tables":[{"name":"organisations","rows":1,"sha256":"…"},…]}       the manifest's digests
 * ```
 *
 * A table's SHA-256 covers its column line and row lines exactly as written; rows come in
 * primary-key order compared byte by byte, so the same content hashes the same on either
 * dialect. Bytes travel as `{"b64":…}`. Limits: 2^32 frames (4 PiB); one row must fit in a
 * JavaScript string (512 MiB).
 */
export const BACKUP_FORMAT = 1;

/** What a backup holds: where it came from, the schema it was taken at, and every table's digest. */
export interface BackupManifest {
  format: number;
  dialect: Dialect;
  createdAt: string;
  havenVersion: string | null;
  migrations: AppliedMigration[];
  tables: TableDigest[];
}

/** A table's row count and the SHA-256 of its lines in the backup. */
export interface TableDigest {
  name: string;
  rows: number;
  sha256: string;
}

/** The first line of a payload: the manifest without the digests, which only the end can know. */
export type BackupHeader = Omit<BackupManifest, 'tables'>;

/** What a reader of a payload is told as it goes; rows come in batches sized for one insert. */
export interface PayloadVisitor {
  header?(header: BackupHeader): void;
  table?(name: string, columns: string[]): void;
  rows?(table: string, columns: string[], rows: unknown[][]): Promise<void>;
}

const GZIP_LEVEL = 6;
/** Values per batch of rows, under SQLite's and PostgreSQL's bound-parameter limits. */
const VALUES_PER_BATCH = 20_000;

/** Writes every table the reader sees as a sealed payload through `fh`; returns the manifest. */
export async function writePayload(
  fh: FileHandle,
  key: MasterKey,
  reader: TableReader,
  header: BackupHeader,
  frameBytes?: number,
): Promise<BackupManifest> {
  const tables: TableDigest[] = [];
  await pipeline(Readable.from(payloadChunks(reader, header, tables)), createGzip({ level: GZIP_LEVEL }), (gzipped) =>
    writeSealed(fh, key, gzipped, frameBytes),
  );
  return { ...header, tables };
}

async function* payloadChunks(reader: TableReader, header: BackupHeader, digests: TableDigest[]): AsyncGenerator<Buffer> {
  yield Buffer.from(`${JSON.stringify({ haven: 'backup', ...header })}\n`);
  for (const table of parentsFirst(await reader.tables())) {
    const hash = createHash('sha256');
    let count = -1;
    let pending = '';
    for await (const line of tableLines(reader, table)) {
      hash.update(line);
      count += 1;
      pending += line;
      if (pending.length >= 1 << 16) {
        yield Buffer.from(pending);
        pending = '';
      }
    }
    if (pending) yield Buffer.from(pending);
    digests.push({ name: table.name, rows: count, sha256: hash.digest('hex') });
  }
  yield Buffer.from(`${JSON.stringify({ tables: digests })}\n`);
}

/** A table's lines as a backup writes them: its columns, then one line per row. */
async function* tableLines(reader: TableReader, table: TableShape): AsyncGenerator<string> {
  yield `${JSON.stringify({ table: table.name, columns: table.columns })}\n`;
  for await (const row of reader.rows(table)) {
    yield `${JSON.stringify(row.map((value, i) => toBackupValue(value, table.name, table.columns[i] ?? String(i))))}\n`;
  }
}

/** Every table's digest as the database stands, to check a restored database against a manifest. */
export async function digestTables(reader: TableReader): Promise<TableDigest[]> {
  const digests: TableDigest[] = [];
  for (const table of parentsFirst(await reader.tables())) {
    const hash = createHash('sha256');
    let count = -1;
    for await (const line of tableLines(reader, table)) {
      hash.update(line);
      count += 1;
    }
    digests.push({ name: table.name, rows: count, sha256: hash.digest('hex') });
  }
  return digests;
}

const headerStart = z.object({ haven: z.literal('backup'), format: z.number().int() });
const headerLine = z.object({
  format: z.literal(BACKUP_FORMAT),
  dialect: z.enum(['sqlite', 'postgres']),
  createdAt: z.string(),
  havenVersion: z.string().nullable(),
  migrations: z.array(z.object({ name: z.string(), appliedAt: z.string() })),
});
const tableLine = z.object({ table: z.string().min(1), columns: z.array(z.string().min(1)).min(1) });
const trailerLine = z.object({
  tables: z.array(z.object({ name: z.string(), rows: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});

/**
 * Reads a sealed payload end to end and returns its manifest once every table's count and hash
 * matched it. Rows reach the visitor before their table is verified: a visitor that writes
 * them must write somewhere it can throw away when this throws `backup.damaged`.
 */
export async function readPayload(file: string, key: MasterKey, visitor: PayloadVisitor = {}): Promise<BackupManifest> {
  let header: BackupHeader | undefined;
  let manifest: BackupManifest | undefined;
  let current: { name: string; columns: string[]; hash: ReturnType<typeof createHash>; rows: number; batch: unknown[][] } | undefined;
  const digests: TableDigest[] = [];
  const finishTable = async () => {
    if (!current) return;
    if (current.batch.length > 0) await visitor.rows?.(current.name, current.columns, current.batch);
    digests.push({ name: current.name, rows: current.rows, sha256: current.hash.digest('hex') });
    current = undefined;
  };
  for await (const line of payloadLines(file, key)) {
    if (manifest) throw damaged(file, 'it holds data after its manifest');
    if (!header) {
      header = parseHeader(line, file);
      visitor.header?.(header);
      continue;
    }
    if (line.startsWith('[')) {
      if (!current) throw damaged(file, 'it holds a row outside any table');
      const values = parseRow(line, current.columns.length);
      if (!values) throw damaged(file, `a row of ${current.name} cannot be read`);
      current.hash.update(`${line}\n`);
      current.rows += 1;
      current.batch.push(values);
      if (current.batch.length * current.columns.length >= VALUES_PER_BATCH) {
        await visitor.rows?.(current.name, current.columns, current.batch);
        current.batch = [];
      }
      continue;
    }
    const object = parseJson(line);
    const table = tableLine.safeParse(object);
    if (table.success) {
      await finishTable();
      if (digests.some((d) => d.name === table.data.table)) throw damaged(file, `it holds table ${table.data.table} twice`);
      visitor.table?.(table.data.table, table.data.columns);
      current = { name: table.data.table, columns: table.data.columns, hash: createHash('sha256').update(`${line}\n`), rows: 0, batch: [] };
      continue;
    }
    const trailer = trailerLine.safeParse(object);
    if (!trailer.success) throw damaged(file, 'it holds a line that is neither a table nor a row');
    await finishTable();
    for (const [i, expected] of trailer.data.tables.entries()) {
      const found = digests[i];
      if (!found || found.name !== expected.name) throw damaged(file, `table ${expected.name} is listed in the manifest but missing`);
      if (found.rows !== expected.rows) throw damaged(file, `table ${expected.name} holds ${found.rows} rows, the manifest says ${expected.rows}`);
      if (found.sha256 !== expected.sha256) throw damaged(file, `the content of table ${expected.name} does not match its SHA-256`);
    }
    if (digests.length !== trailer.data.tables.length) throw damaged(file, 'it holds tables its manifest does not list');
    manifest = { ...header, tables: digests };
  }
  if (!manifest) throw damaged(file, 'it ends without its manifest');
  return manifest;
}

/** The decrypted, decompressed payload split into lines (without their newline). */
async function* payloadLines(file: string, key: MasterKey): AsyncGenerator<string> {
  const source = Readable.from(readSealed(file, key));
  const gunzip = createGunzip();
  source.on('error', (err) => gunzip.destroy(err));
  source.pipe(gunzip);
  let pieces: Buffer[] = [];
  try {
    for await (const chunk of gunzip) {
      if (!Buffer.isBuffer(chunk)) continue;
      let start = 0;
      for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
        pieces.push(chunk.subarray(start, nl));
        yield Buffer.concat(pieces).toString('utf8');
        pieces = [];
        start = nl + 1;
      }
      if (start < chunk.length) pieces.push(chunk.subarray(start));
    }
  } catch (err) {
    if (isAppError(err)) throw err;
    throw damaged(file, `its content cannot be unpacked (${(err as Error).message})`, err);
  } finally {
    source.destroy();
    gunzip.destroy();
  }
  if (pieces.length > 0) throw damaged(file, 'its last line is incomplete');
}

function parseHeader(line: string, file: string): BackupHeader {
  const start = headerStart.safeParse(parseJson(line));
  if (!start.success) throw damaged(file, 'it does not start with a backup header');
  if (start.data.format > BACKUP_FORMAT) {
    throw new AppError('backup.newer_version', 'invalid', `${file} has payload format ${start.data.format}, made by a newer Haven: upgrade Haven to restore it`);
  }
  const parsed = headerLine.safeParse(parseJson(line));
  if (!parsed.success) throw damaged(file, 'its header cannot be read');
  return parsed.data;
}

function parseRow(line: string, width: number): unknown[] | undefined {
  const parsed = parseJson(line);
  if (!Array.isArray(parsed) || parsed.length !== width) return undefined;
  const values: unknown[] = [];
  for (const raw of parsed) {
    const value = fromBackupValue(raw);
    if (value === undefined) return undefined;
    values.push(value);
  }
  return values;
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/** The error for a file that is not what it claims: altered, cut short, or badly written. */
export function damaged(file: string, why: string, cause?: unknown): AppError {
  return new AppError('backup.damaged', 'invalid', `${file} is damaged: ${why}`, cause === undefined ? {} : { cause });
}
