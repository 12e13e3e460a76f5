import { Command, CommanderError } from 'commander';
import { ConfigError } from '../platform/config/index.ts';
import { isAppError } from '../platform/errors.ts';
import { registerAuditCommands } from './commands/audit.ts';
import { registerConcernCommands } from './commands/concerns.ts';
import { registerBackupCommands } from './commands/backup.ts';
import { registerDoctorCommand } from './commands/doctor.ts';
import { registerInitCommand } from './commands/init.ts';
import { registerLogCommands } from './commands/log.ts';
import { registerMigrateCommand } from './commands/migrate.ts';
import { registerPeopleCommands } from './commands/people.ts';
import { registerReportCommands } from './commands/report.ts';
import { registerMonitoringCommands } from './commands/monitoring.ts';
import { registerOidcCommands } from './commands/oidc.ts';
import { registerStartCommand } from './commands/start.ts';
import { registerTokenCommands } from './commands/token.ts';
import { registerUserCommands } from './commands/user.ts';
import { registerCheckCommand } from './commands/check.ts';
import { registerDeviceCommands } from './commands/devices.ts';
import { registerFilterTestCommand } from './commands/filter-test.ts';
import { registerListCommands } from './commands/lists.ts';
import { registerRuleCommands } from './commands/rules.ts';
import { registerUnblockCommands } from './commands/unblock.ts';
import { registerLearningSiteCommands, registerRestrictCommands } from './commands/restrict.ts';
import { registerAnalyseCommand } from './commands/analyse.ts';
import { registerCaCommands } from './commands/ca.ts';
import type { CliIo } from './context.ts';

/** The process's own streams and environment. */
export const processIo: CliIo = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  errRaw: (t) => process.stderr.write(t),
  errIsTty: process.stderr.isTTY === true,
  env: process.env,
  cwd: process.cwd(),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

/** Builds the `haven` command tree; each subject registers its own commands. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('haven')
    .description('Haven: online safety for schools — filtering, monitoring, safeguarding and records')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showHelpAfterError();
  registerInitCommand(program, io);
  registerStartCommand(program, io);
  registerMigrateCommand(program, io);
  registerUserCommands(program, io);
  registerTokenCommands(program, io);
  registerPeopleCommands(program, io);
  registerOidcCommands(program, io);
  registerConcernCommands(program, io);
  registerReportCommands(program, io);
  registerAuditCommands(program, io);
  registerLogCommands(program, io);
  registerCaCommands(program, io);
  registerBackupCommands(program, io);
  registerDoctorCommand(program, io);
  registerListCommands(program, io);
  registerRuleCommands(program, io);
  registerCheckCommand(program, io);
  registerUnblockCommands(program, io);
  registerFilterTestCommand(program, io);
  registerDeviceCommands(program, io);
  registerRestrictCommands(program, io);
  registerLearningSiteCommands(program, io);
  registerMonitoringCommands(program, io);
  registerAnalyseCommand(program, io);
  return program;
}

/**
 * Runs the CLI and returns the exit code: 0 success, 1 failure, 2 bad usage or configuration.
 * Every error prints one clear message; stack traces only with HAVEN_DEBUG=1.
 */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
    }
    if (err instanceof ConfigError) {
      io.err(`haven: ${err.message}`);
      return 2;
    }
    if (isAppError(err)) {
      io.err(`haven: ${err.message}${err.issues ? `\n${err.issues.map((i) => `  ${i.line ? `line ${i.line}: ` : ''}${i.path}: ${i.message}`).join('\n')}` : ''}`);
      if (io.env.HAVEN_DEBUG === '1') io.err(String(err.stack));
      return err.kind === 'invalid' ? 2 : 1;
    }
    io.err(`haven: unexpected error: ${(err as Error).message}`);
    if (io.env.HAVEN_DEBUG === '1') io.err(String((err as Error).stack));
    return 1;
  }
}
