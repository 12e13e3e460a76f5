import type { Command } from 'commander';
import { type Account, createAccount, listAccounts, roles, setAccountStatus, setPassword } from '../../identity/index.ts';
import { type CliIo, CLI_ACTOR, type CommonOptions, print, table, usageError, withDataOptions, withHaven, withJson } from '../context.ts';

interface PasswordOptions {
  password?: string;
  passwordStdin?: boolean;
}

async function passwordFrom(io: CliIo, opts: PasswordOptions): Promise<string | undefined> {
  if (opts.password !== undefined && opts.passwordStdin) throw usageError('give --password or --password-stdin, not both');
  if (opts.passwordStdin) return (await io.readStdin()).replace(/\r?\n$/, '');
  return opts.password;
}

function accountLine(a: Account): string {
  return `${a.email} (${a.roles.map((r) => r.role).join(', ')}) ${a.status}${a.mfaEnabled ? ', second factor on' : ''} — id ${a.id}`;
}

/** `haven user add|list|disable|enable|reset-password`: staff accounts from the server's shell. */
export function registerUserCommands(program: Command, io: CliIo): void {
  const user = program.command('user').description('staff accounts');

  withJson(withDataOptions(user.command('add')))
    .description('create a staff account')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--role <role...>', `one or more of: ${roles.join(', ')}`)
    .option('--name <name>', 'display name')
    .option('--password <password>', 'initial password (prefer --password-stdin: arguments show in process lists)')
    .option('--password-stdin', 'read the password from standard input')
    .option('--sso-only', 'no password: the person signs in with Google or Microsoft only')
    .option('--school <id>', 'limit the roles to one school (default: every school)')
    .action(async (opts: CommonOptions & PasswordOptions & { email: string; role: string[]; name?: string; ssoOnly?: boolean; school?: string }) => {
      const password = await passwordFrom(io, opts);
      if (password === undefined && !opts.ssoOnly) throw usageError('give --password, --password-stdin or --sso-only');
      const account = await withHaven(io, opts, (h) =>
        createAccount(h.identity, CLI_ACTOR, {
          email: opts.email,
          roles: opts.role,
          ...(opts.name ? { displayName: opts.name } : {}),
          ...(password !== undefined ? { password } : {}),
          ...(opts.school ? { schoolId: opts.school } : {}),
        }),
      );
      print(io, opts, account, (a) => `created ${accountLine(a)}`);
    });

  withJson(withDataOptions(user.command('list')))
    .description('list staff accounts')
    .action(async (opts: CommonOptions) => {
      const accounts = await withHaven(io, opts, (h) => listAccounts(h.identity));
      print(io, opts, accounts, (list) =>
        table(
          ['EMAIL', 'NAME', 'ROLES', 'STATUS', '2FA', 'LAST SIGN-IN', 'ID'],
          list.map((a) => [a.email, a.displayName, a.roles.map((r) => r.role).join(','), a.status, a.mfaEnabled ? 'on' : 'off', a.lastSignInAt ?? 'never', a.id]),
        ),
      );
    });

  for (const [name, status] of [['disable', 'disabled'], ['enable', 'active']] as const) {
    withJson(withDataOptions(user.command(`${name} <account>`)))
      .description(`${name} an account (by email or id)${name === 'disable' ? '; its sessions and tokens end at once' : ''}`)
      .action(async (ref: string, opts: CommonOptions) => {
        const account = await withHaven(io, opts, (h) => setAccountStatus(h.identity, CLI_ACTOR, ref, status));
        print(io, opts, account, (a) => `${status === 'disabled' ? 'disabled' : 'enabled'} ${accountLine(a)}`);
      });
  }

  withJson(withDataOptions(user.command('reset-password <account>')))
    .description("set a new password for an account (by email or id); its sessions end")
    .option('--password <password>', 'the new password')
    .option('--password-stdin', 'read the new password from standard input')
    .action(async (ref: string, opts: CommonOptions & PasswordOptions) => {
      const password = await passwordFrom(io, opts);
      if (password === undefined) throw usageError('give --password or --password-stdin');
      await withHaven(io, opts, (h) => setPassword(h.identity, CLI_ACTOR, ref, password));
      print(io, opts, { ok: true, account: ref }, () => `password reset for ${ref}; its sessions have ended`);
    });
}
