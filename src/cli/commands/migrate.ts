import type { Command } from 'commander';
import { databaseTarget } from '../../main/app.ts';
import { migrateToLatest, openDatabase } from '../../platform/db/index.ts';
import { type CliIo, type CommonOptions, configFrom, print, withDataOptions, withJson } from '../context.ts';

/** `haven migrate`: brings the database schema up to date (idempotent). */
export function registerMigrateCommand(program: Command, io: CliIo): void {
  withJson(withDataOptions(program.command('migrate')))
    .description('apply pending database migrations (safe to run again)')
    .action(async (opts: CommonOptions) => {
      const config = configFrom(io, opts);
      const database = await openDatabase(databaseTarget(config));
      try {
        const applied = await migrateToLatest(database);
        print(io, opts, { applied, dialect: database.dialect }, (d) =>
          d.applied.length ? `applied ${d.applied.length} migration(s): ${d.applied.join(', ')}` : 'the database is up to date',
        );
      } finally {
        await database.close();
      }
    });
}
