import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, closeSync, existsSync, fsyncSync, linkSync, mkdirSync, mkdtempSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { type Clock, systemClock } from '../clock.ts';
import type { MasterKey } from '../crypto.ts';
import { AppError } from '../errors.ts';
import {
  BACKUP_FORMAT,
  type BackupHeader,
  type BackupManifest,
  damaged,
  digestTables,
  type PayloadVisitor,
  readPayload,
  writePayload,
} from './backup-payload.ts';
import { insertRows, parentsFirst, postgresReader, sqliteReader, type TableReader } from './backup-tables.ts';
import { type Database, type DatabaseTarget, openDatabase } from './database.ts';
import { migrateTo, migrateToLatest, migrations } from './migrate.ts';

export { BACKUP_FORMAT, type BackupManifest, type TableDigest } from './backup-payload.ts';

/** A backup file that has been read end to end and found whole. */
export interface BackupCheck {
  file: string;
  bytes: number;
  keyId: string;
  manifest: BackupManifest;
  /** Migrations this Haven will apply after loading the rows (the backup is from an older version). */
  migrationsToApply: string[];
}

/** The outcome of a restore: the backup restored and the migrations applied on top of it. */
export interface RestoreResult extends BackupCheck {
  migrated: string[];
}

/**
 * Writes an encrypted backup of the whole database to `file` (mode 0600), consistent while
 * Haven keeps writing: SQLite through its online backup API, PostgreSQL inside one
 * `repeatable read` transaction. The file is read back and checked before it takes its name;
 * an existing file is kept unless `force`.
 */
export async function createBackup(
  database: Database,
  options: { file: string; key: MasterKey; force?: boolean; havenVersion?: string; clock?: Clock; frameBytes?: number },
): Promise<BackupCheck> {
  const file = resolve(options.file);
  if (!options.force && existsSync(file)) throw backupExists(file);
  const partial = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.partial`);
  let fh: FileHandle;
  try {
    fh = await open(partial, 'wx', 0o600);
  } catch (cause) {
    throw new AppError('backup.unwritable', 'invalid', `cannot write ${file}: ${(cause as Error).message}`, { cause });
  }
  try {
    let written: BackupManifest;
    try {
      written = await withReader(database, true, async (reader) => {
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          dialect: database.dialect,
          createdAt: new Date((options.clock ?? systemClock).now()).toISOString(),
          havenVersion: options.havenVersion ?? null,
          migrations: await reader.migrations(),
        };
        return writePayload(fh, options.key, reader, header, options.frameBytes);
      });
      await fh.sync();
    } finally {
      await fh.close();
    }
    const check = await checkBackup(partial, options.key);
    if (!isDeepStrictEqual(check.manifest, written)) {
      throw new AppError('backup.verify_failed', 'internal', `the backup read back from ${file} differs from what was written`);
    }
    if (options.force) renameSync(partial, file);
    else {
      // link() refuses an existing name, so a file that appeared meanwhile is not overwritten.
      try {
        linkSync(partial, file);
      } catch (cause) {
        if ((cause as NodeJS.ErrnoException).code === 'EEXIST') throw backupExists(file);
        throw cause;
      }
      rmSync(partial);
    }
    fsyncPath(dirname(file));
    return { ...check, file };
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
}

/**
 * Reads a backup end to end — authenticating every frame, checking every table's count and
 * hash — and checks that this Haven can restore it. Nothing is written.
 */
export async function inspectBackup(file: string, key: MasterKey): Promise<BackupCheck> {
  const path = resolve(file);
  return checkBackup(path, key, { header: (header) => assertRestorable(header, path) });
}

async function checkBackup(file: string, key: MasterKey, visitor?: PayloadVisitor): Promise<BackupCheck> {
  const manifest = await readPayload(file, key, visitor);
  const applied = new Set(manifest.migrations.map((m) => m.name));
  return {
    file,
    bytes: statSync(file).size,
    keyId: key.id,
    manifest,
    migrationsToApply: Object.keys(migrations)
      .sort()
      .filter((name) => !applied.has(name)),
  };
}

/**
 * Replaces the target database with a backup's content. The whole file is checked first; the
 * rows are then loaded into a fresh database built by this Haven's migrations at the backup's
 * level, checked again against the manifest, and migrated to latest. Only then is the target
 * replaced: SQLite by renaming the new file over it (refused while another process has it
 * open), PostgreSQL in one transaction. A failure at any step leaves the target as it was.
 */
export async function restoreBackup(options: { file: string; key: MasterKey; target: DatabaseTarget }): Promise<RestoreResult> {
  const check = await inspectBackup(options.file, options.key);
  const load = (staging: Database) => loadStaging(staging, check.file, options.key, check.manifest);
  const migrated =
    options.target.dialect === 'sqlite' ? await restoreSqlite(options.target.path, load) : await restorePostgres(options.target, load);
  return { ...check, migrated };
}

/**
 * Gives `fn` one consistent view of the database. SQLite with `snapshot` is first copied by the
 * online backup API into a private directory beside it (same disk, same protection): the copy
 * takes seconds, so the live file is not held open for the slower export and encryption.
 */
async function withReader<T>(database: Database, snapshot: boolean, fn: (reader: TableReader) => Promise<T>): Promise<T> {
  if (database.dialect === 'postgres') {
    return database.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute((trx) => fn(postgresReader(trx)));
  }
  const handle = database.sqlite;
  if (!handle || handle.memory) throw new AppError('backup.unsupported_database', 'internal', 'only a SQLite database in a file can be backed up');
  if (!snapshot) return fn(sqliteReader(handle));
  const dir = mkdtempSync(join(dirname(handle.name), '.haven-backup-'));
  try {
    const copyPath = join(dir, 'snapshot.sqlite');
    // All pages in one step, under one read transaction: a consistent copy, and one that a
    // writer in another process cannot force to start over.
    await handle.backup(copyPath, { progress: () => 0x7fffffff });
    const copy = new SqliteDatabase(copyPath);
    try {
      return await fn(sqliteReader(copy));
    } finally {
      copy.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Refuses a backup this Haven cannot rebuild: a migration it does not know, or out of order. */
function assertRestorable(header: BackupHeader, file: string): void {
  const known = Object.keys(migrations).sort();
  const names = header.migrations.map((m) => m.name);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) {
    throw new AppError(
      'backup.newer_version',
      'invalid',
      `${file} was made by a newer Haven (migration${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} unknown here): upgrade Haven, then restore`,
    );
  }
  if (names.some((name, i) => known[i] !== name)) {
    throw new AppError('backup.incompatible', 'invalid', `${file} records migrations this Haven applies in another order (${names.join(', ')})`);
  }
}

/**
 * Loads a checked backup into a fresh database: schema at the backup's migrations, rows in one
 * transaction, every table compared with the manifest, then migrated to latest. Returns the
 * migrations applied after the load.
 */
async function loadStaging(staging: Database, file: string, key: MasterKey, expected: BackupManifest): Promise<string[]> {
  const last = expected.migrations.at(-1)?.name;
  if (last) await migrateTo(staging, last);
  const shapes = await withReader(staging, false, (reader) => reader.tables());
  const manifest = await staging.db.transaction().execute((trx) =>
    readPayload(file, key, {
      table: (name, columns) => {
        const shape = shapes.find((s) => s.name === name);
        if (!shape || shape.columns.length !== columns.length || !columns.every((c) => shape.columns.includes(c))) {
          throw new AppError(
            'backup.incompatible',
            'invalid',
            `table ${name} in ${file} does not match the table migrations ${last ?? '(none)'} build here`,
          );
        }
      },
      rows: (table, columns, rows) => insertRows(trx, table, columns, rows),
    }),
  );
  if (!isDeepStrictEqual(manifest, expected)) throw damaged(file, 'it changed while it was being restored');
  const loaded = await withReader(staging, false, digestTables);
  for (const digest of loaded) {
    const want = expected.tables.find((t) => t.name === digest.name);
    if (want ? !isDeepStrictEqual(digest, want) : digest.rows > 0) {
      throw new AppError('backup.verify_failed', 'internal', `table ${digest.name} does not read back as it was backed up; nothing was replaced`);
    }
  }
  return migrateToLatest(staging);
}

/** SQLite: build the restored database beside the target, check it, and rename it into place. */
async function restoreSqlite(path: string, load: (staging: Database) => Promise<string[]>): Promise<string[]> {
  const target = resolve(path);
  mkdirSync(dirname(target), { recursive: true });
  claimSqlite(target).release(); // fail before the long part if Haven is running
  const stagingPath = join(dirname(target), `.${basename(target)}.restore-${randomBytes(6).toString('hex')}`);
  closeSync(openSync(stagingPath, 'wx', 0o600));
  try {
    const staging = await openDatabase({ dialect: 'sqlite', path: stagingPath });
    // The file is thrown away on any failure and fsynced before the rename: no sync per commit.
    staging.sqlite?.pragma('synchronous = OFF');
    let migrated: string[];
    try {
      migrated = await load(staging);
      const handle = staging.sqlite;
      if (!handle) throw new AppError('backup.verify_failed', 'internal', 'the restored SQLite database has no handle');
      const integrity = handle.pragma('integrity_check', { simple: true });
      const orphans = handle.pragma('foreign_key_check');
      if (integrity !== 'ok' || (Array.isArray(orphans) && orphans.length > 0)) {
        throw new AppError('backup.verify_failed', 'internal', `the restored database failed its integrity check (${String(integrity)}); nothing was replaced`);
      }
      handle.pragma('journal_mode = DELETE'); // one self-contained file to move into place
    } finally {
      await staging.close();
    }
    fsyncPath(stagingPath);
    const claim = claimSqlite(target);
    try {
      if (existsSync(target)) {
        const before = statSync(target);
        chmodSync(stagingPath, before.mode & 0o777);
        try {
          chownSync(stagingPath, before.uid, before.gid);
        } catch {
          // Only root can give a file away; a restore run as Haven's own user needs not.
        }
      }
      // A journal left beside the old file would be replayed into the new one.
      for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true });
      renameSync(stagingPath, target);
      fsyncPath(dirname(target));
    } finally {
      claim.release();
    }
    return migrated;
  } catch (err) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${stagingPath}${suffix}`, { force: true });
    throw err;
  }
}

/**
 * Takes the target SQLite file for ourselves: leaving WAL mode needs every other connection
 * gone, so a running Haven (which keeps its connection open) makes this fail with
 * `backup.database_in_use`; then an exclusive lock keeps a starting one out until release.
 */
function claimSqlite(path: string): { release(): void } {
  const none = { release: () => undefined };
  if (!existsSync(path)) return none;
  const handle = new SqliteDatabase(path, { fileMustExist: true, timeout: 1000 });
  try {
    if (handle.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') throw databaseInUse(path);
    handle.exec('begin exclusive');
  } catch (err) {
    handle.close();
    const code = err instanceof SqliteDatabase.SqliteError ? err.code : undefined;
    // A file that is not a database cannot be in use by Haven: restoring over it is the point.
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return none;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw databaseInUse(path, err);
    throw err;
  }
  return {
    release: () => {
      if (handle.inTransaction) handle.exec('rollback');
      handle.close();
    },
  };
}

/**
 * PostgreSQL: build the restored tables in a scratch schema, then in one transaction empty the
 * live tables and copy them in. The live schema is migrated to latest first so both sides have
 * the same shape; user triggers (the audit log's append-only guard) are off for that
 * transaction only, and a lock timeout makes a busy server fail the restore rather than stall it.
 */
async function restorePostgres(target: Extract<DatabaseTarget, { dialect: 'postgres' }>, load: (staging: Database) => Promise<string[]>): Promise<string[]> {
  const live = await openDatabase({ ...target, poolSize: 2 });
  try {
    await migrateToLatest(live);
    const scratch = `haven_restore_${randomBytes(6).toString('hex')}`;
    const staging = await openDatabase({ dialect: 'postgres', url: target.url, schema: scratch, poolSize: 2 });
    try {
      const migrated = await load(staging);
      const tables = parentsFirst(await withReader(staging, false, (reader) => reader.tables()));
      await live.db.transaction().execute(async (trx) => {
        await sql`set local lock_timeout = '10s'`.execute(trx);
        const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(trx);
        const schema = rows[0]?.schema ?? 'public';
        const own = (name: string) => sql.id(schema, name);
        for (const t of tables) await sql`alter table ${own(t.name)} disable trigger user`.execute(trx);
        await sql`truncate table ${sql.join(tables.map((t) => own(t.name)))}`.execute(trx);
        for (const t of tables) {
          const columns = sql.join(t.columns.map((c) => sql.id(c)));
          await sql`insert into ${own(t.name)} (${columns}) select ${columns} from ${sql.id(scratch, t.name)}`.execute(trx);
        }
        for (const t of tables) await sql`alter table ${own(t.name)} enable trigger user`.execute(trx);
      });
      return migrated;
    } finally {
      await sql`drop schema if exists ${sql.id(scratch)} cascade`.execute(staging.db);
      await staging.close();
    }
  } finally {
    await live.close();
  }
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function backupExists(file: string): AppError {
  return new AppError('backup.exists', 'conflict', `${file} already exists: choose another name, or pass --force to replace it`);
}

function databaseInUse(path: string, cause?: unknown): AppError {
  return new AppError('backup.database_in_use', 'conflict', `${path} is open in another process (is Haven running?): stop Haven, then restore`, cause === undefined ? {} : { cause });
}
