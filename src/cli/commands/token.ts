import type { Command } from 'commander';
import { createToken, listTokens, revokeToken } from '../../identity/index.ts';
import { type CliIo, CLI_ACTOR, type CommonOptions, print, table, withDataOptions, withHaven, withJson } from '../context.ts';

/** `haven token create|list|revoke`: scoped API tokens for scripts. */
export function registerTokenCommands(program: Command, io: CliIo): void {
  const token = program.command('token').description('API tokens for scripts (Authorization: Bearer)');

  withJson(withDataOptions(token.command('create')))
    .description('create a token for an account; the secret is printed once')
    .requiredOption('--account <email-or-id>', 'the account the token acts for')
    .requiredOption('--scope <scope...>', 'permissions the token may use, e.g. people:import monitoring:ingest')
    .option('--name <name>', 'what the token is for', 'script')
    .option('--expires-in-days <days>', 'lifetime in days (default 90; "never" for no expiry)', '90')
    .action(async (opts: CommonOptions & { account: string; scope: string[]; name: string; expiresInDays: string }) => {
      const days = opts.expiresInDays === 'never' ? null : Number(opts.expiresInDays);
      const created = await withHaven(io, opts, (h) =>
        createToken(h.identity, CLI_ACTOR, { account: opts.account, name: opts.name, scopes: opts.scope, expiresInDays: days }),
      );
      print(io, opts, created, (c) => `${c.token}\n(token ${c.record.id}, scopes ${c.record.scopes.join(' ')}, expires ${c.record.expiresAt ?? 'never'}; this secret is not shown again)`);
    });

  withJson(withDataOptions(token.command('list')))
    .description('list tokens (never their secrets)')
    .option('--account <id>', 'only this account id')
    .action(async (opts: CommonOptions & { account?: string }) => {
      const tokens = await withHaven(io, opts, (h) => listTokens(h.identity, opts.account));
      print(io, opts, tokens, (list) =>
        table(['ID', 'NAME', 'ACCOUNT', 'SCOPES', 'EXPIRES', 'REVOKED'], list.map((t) => [t.id, t.name, t.accountId, t.scopes.join(' '), t.expiresAt ?? 'never', t.revokedAt ?? ''])),
      );
    });

  withJson(withDataOptions(token.command('revoke <id>')))
    .description('revoke a token at once')
    .action(async (id: string, opts: CommonOptions) => {
      await withHaven(io, opts, (h) => revokeToken(h.identity, CLI_ACTOR, id));
      print(io, opts, { ok: true, id }, () => `revoked token ${id}`);
    });
}
