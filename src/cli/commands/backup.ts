import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { type AuditDetails, createAuditLog } from '../../audit/index.ts';
import { databaseTarget } from '../../main/app.ts';
import { HAVEN_VERSION } from '../../main/http.ts';
import { systemClock } from '../../platform/clock.ts';
import { type HavenConfig, redactUrl } from '../../platform/config/index.ts';
import { loadOrCreateMasterKey, type MasterKey } from '../../platform/crypto.ts';
import { type BackupCheck, createBackup, inspectBackup, restoreBackup } from '../../platform/db/backup.ts';
import { type Database, type DatabaseTarget, openDatabase } from '../../platform/db/index.ts';
import { type CliIo, CLI_ACTOR, type CommonOptions, configFrom, print, table, withDataOptions, withJson } from '../context.ts';

/**
 * `haven backup <file>` and `haven restore <file>`: an encrypted, verified copy of the whole
 * database, and putting one back. Both use the master key and never write it anywhere.
 */
export function registerBackupCommands(program: Command, io: CliIo): void {
  withJson(withDataOptions(program.command('backup <file>')))
    .description('write an encrypted backup of the whole database (safe while Haven runs); it is read back and verified')
    .option('--force', 'replace the file if it exists')
    .action(async (file: string, opts: CommonOptions & { force?: boolean }) => {
      const config = configFrom(io, opts);
      const key = masterKeyOf(config);
      const database = await openDatabase(databaseTarget(config));
      let written: BackupCheck;
      try {
        written = await createBackup(database, { file: resolve(io.cwd, file), key, force: opts.force === true, havenVersion: HAVEN_VERSION });
        await audit(database, 'platform.backup.created', summaryOf(written));
      } finally {
        await database.close();
      }
      print(io, opts, { ...written, ...summaryOf(written) }, (w) =>
        [
          `backup written to ${w.file} (${size(w.bytes)}, ${w.tables} tables, ${w.rows} rows, key ${w.keyId}), read back and verified`,
          'keep the master key apart from the backup: without it the backup cannot be read, and with it anyone can read it',
        ].join('\n'),
      );
    });

  withJson(withDataOptions(program.command('restore <file>')))
    .description('check a backup and show what it holds; with --yes, replace the database with it (stop Haven first)')
    .option('--yes', 'replace the database (without it, nothing is changed)')
    .action(async (file: string, opts: CommonOptions & { yes?: boolean }) => {
      const config = configFrom(io, opts);
      const key = masterKeyOf(config);
      const target = databaseTarget(config);
      const path = resolve(io.cwd, file);
      if (!opts.yes) {
        const check = await inspectBackup(path, key);
        print(io, opts, { ...check, ...summaryOf(check), target: describe(target), restored: false }, (c) =>
          [
            `${c.file} is intact: a ${c.manifest.dialect} backup made ${c.manifest.createdAt}${c.manifest.havenVersion ? ` by Haven ${c.manifest.havenVersion}` : ''}, key ${c.keyId}`,
            table(['TABLE', 'ROWS'], c.manifest.tables.map((t) => [t.name, t.rows])),
            `${c.tables} tables, ${c.rows} rows; ${c.migrationsToApply.length > 0 ? `after loading, this Haven applies ${c.migrationsToApply.join(', ')}` : "the backup is at this Haven's latest schema"}`,
            `nothing was changed. To replace the database at ${c.target} with this backup, stop Haven and run again with --yes:`,
            `everything written there since ${c.manifest.createdAt} will be lost.`,
          ].join('\n'),
        );
        return;
      }
      const restored = await restoreBackup({ file: path, key, target });
      const database = await openDatabase(target);
      try {
        await audit(database, 'platform.backup.restored', { ...summaryOf(restored), createdAt: restored.manifest.createdAt, from: restored.manifest.dialect });
      } finally {
        await database.close();
      }
      print(io, opts, { ...restored, ...summaryOf(restored), target: describe(target), restored: true }, (r) =>
        `restored ${r.file} into ${r.target}: ${r.tables} tables, ${r.rows} rows as of ${r.manifest.createdAt}; ${r.migrated.length > 0 ? `then applied ${r.migrated.join(', ')}` : 'no migrations needed'}`,
      );
    });
}

/** The master key of this installation; never created here, since a new key could read no backup. */
function masterKeyOf(config: HavenConfig): MasterKey {
  return loadOrCreateMasterKey({
    ...(config.masterKey ? { configured: config.masterKey.reveal() } : {}),
    file: join(config.dataDir, 'master.key'),
    create: false,
  });
}

function summaryOf(check: BackupCheck): { tables: number; rows: number; keyId: string; bytes: number } {
  return { tables: check.manifest.tables.length, rows: check.manifest.tables.reduce((n, t) => n + t.rows, 0), keyId: check.keyId, bytes: check.bytes };
}

/** Records a backup or restore in the audit log: a copy of every record is an access to all of them. */
async function audit(database: Database, action: string, details: AuditDetails): Promise<void> {
  await createAuditLog({ db: database.db, dialect: database.dialect, clock: systemClock }).append({ actor: CLI_ACTOR, action, details });
}

function describe(target: DatabaseTarget): string {
  return target.dialect === 'sqlite' ? target.path : redactUrl(target.url);
}

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 ** 2 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}
