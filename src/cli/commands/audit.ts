import type { Command } from 'commander';
import { AppError } from '../../platform/errors.ts';
import { type CliIo, type CommonOptions, print, withDataOptions, withHaven, withJson } from '../context.ts';

/** `haven audit verify`: checks the hash chain; exits non-zero naming the first broken entry. */
export function registerAuditCommands(program: Command, io: CliIo): void {
  const audit = program.command('audit').description('the append-only audit log');
  withJson(withDataOptions(audit.command('verify')))
    .description('check every audit entry against the hash chain')
    .action(async (opts: CommonOptions) => {
      const result = await withHaven(io, opts, (h) => h.audit.verify());
      print(io, opts, result, (r) =>
        r.ok ? `audit log intact: ${r.entries} entries` : `audit log BROKEN at entry ${r.firstBroken.seq}${r.firstBroken.id ? ` (${r.firstBroken.id})` : ''}: ${r.firstBroken.reason}`,
      );
      if (!result.ok) throw new AppError('audit.chain_broken', 'internal', `the audit chain is broken at entry ${result.firstBroken.seq}`);
    });
}
