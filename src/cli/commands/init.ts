import type { Command } from 'commander';
import { issueSetupToken, isSetupNeeded } from '../../identity/index.ts';
import { type CliIo, type CommonOptions, print, withDataOptions, withHaven, withJson } from '../context.ts';

/** `haven init`: creates the data directory, master key and database, and prints the setup token. */
export function registerInitCommand(program: Command, io: CliIo): void {
  withJson(withDataOptions(program.command('init')))
    .description('prepare the data directory, master key and database (haven start does this too)')
    .action(async (opts: CommonOptions) => {
      const result = await withHaven(io, opts, async (h) => {
        const needed = await isSetupNeeded(h.database.db);
        return {
          dataDir: h.config.dataDir,
          database: h.database.dialect,
          masterKeyId: h.masterKey.id,
          setupToken: needed ? await issueSetupToken(h.identity) : null,
        };
      });
      print(io, opts, result, (r) =>
        [
          `data directory: ${r.dataDir}`,
          `database: ${r.database} (migrated)`,
          `master key: ${r.masterKeyId} — back it up separately from the database (see README, Backups)`,
          r.setupToken ? `setup: after \`haven start\`, open /setup?token=${r.setupToken}` : 'setup: already done',
        ].join('\n'),
      );
    });
}
