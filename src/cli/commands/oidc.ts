import type { Command } from 'commander';
import {
  createOidcProvider,
  disableOidcProvider,
  listOidcProviders,
  oidcKinds,
  type OidcProvider,
  unlinkOidcAccount,
  updateOidcProvider,
} from '../../identity/index.ts';
import type { HavenConfig } from '../../platform/config/index.ts';
import { type CliIo, CLI_ACTOR, type CommonOptions, print, table, usageError, withDataOptions, withHaven, withJson } from '../context.ts';

function providerLine(p: OidcProvider): string {
  return `${p.name} (${p.kind}${p.domain ? `, ${p.domain}` : ''}) ${p.enabled ? 'enabled' : 'disabled'}${p.hasSecret ? '' : ', no client secret'} — id ${p.id}`;
}

/** The redirect URI to register at the provider, on the configured public URL when there is one. */
function redirectUriOf(config: HavenConfig, p: OidcProvider): string {
  const base = config.http.publicUrl?.replace(/\/+$/, '') ?? '<your haven address>';
  return `${base}${p.callbackPath}`;
}

/** `haven oidc add|list|disable|enable|unlink`: staff sign-in with Google Workspace, Microsoft Entra or OIDC. */
export function registerOidcCommands(program: Command, io: CliIo): void {
  const oidc = program.command('oidc').description('staff sign-in with Google Workspace, Microsoft Entra or another OpenID Connect provider');

  withJson(withDataOptions(oidc.command('add')))
    .description('add a sign-in provider; prints the redirect URI to register with it')
    .requiredOption('--kind <kind>', `one of: ${oidcKinds.join(', ')}`)
    .requiredOption('--name <name>', 'the label on the sign-in button, e.g. "Sign in with Google"')
    .requiredOption('--client-id <id>', 'the client (application) id the provider issued')
    .option('--client-secret-stdin', 'read the client secret from standard input')
    .option('--issuer <url>', 'issuer URL (default: Google\'s, or Entra\'s for the tenant; required for oidc)')
    .option('--domain <domain>', 'Google Workspace hosted domain, or the Entra directory (tenant) id')
    .option('--school <id>', 'the school whose staff sign in with it (default: the first school)')
    .action(async (opts: CommonOptions & { kind: string; name: string; clientId: string; clientSecretStdin?: boolean; issuer?: string; domain?: string; school?: string }) => {
      let clientSecret: string | undefined;
      if (opts.clientSecretStdin) {
        clientSecret = (await io.readStdin()).trim();
        if (clientSecret === '') throw usageError('--client-secret-stdin was given but standard input held no secret');
      }
      const result = await withHaven(io, opts, async (h) => {
        const created = await createOidcProvider(h.identity, CLI_ACTOR, {
          kind: opts.kind,
          name: opts.name,
          clientId: opts.clientId,
          clientSecret,
          issuer: opts.issuer,
          domain: opts.domain,
          schoolId: opts.school,
        });
        return { ...created, redirectUri: redirectUriOf(h.config, created.provider) };
      });
      for (const warning of result.warnings) io.err(`warning: ${warning}`);
      print(io, opts, result, (r) => `added ${providerLine(r.provider)}\nregister this redirect URI with the provider: ${r.redirectUri}`);
    });

  withJson(withDataOptions(oidc.command('list')))
    .description('list sign-in providers (never their secrets)')
    .action(async (opts: CommonOptions) => {
      const providers = await withHaven(io, opts, (h) => listOidcProviders(h.identity));
      print(io, opts, providers, (list) =>
        table(
          ['ID', 'NAME', 'KIND', 'DOMAIN', 'ENABLED', 'SECRET', 'SCHOOL', 'ISSUER'],
          list.map((p) => [p.id, p.name, p.kind, p.domain ?? '', p.enabled ? 'yes' : 'no', p.hasSecret ? 'yes' : 'no', p.schoolId, p.issuer]),
        ),
      );
    });

  withJson(withDataOptions(oidc.command('disable <id>')))
    .description('turn a provider off: its button goes and its sign-ins are refused (links are kept)')
    .action(async (id: string, opts: CommonOptions) => {
      const provider = await withHaven(io, opts, (h) => disableOidcProvider(h.identity, CLI_ACTOR, id));
      print(io, opts, provider, (p) => `disabled ${providerLine(p)}`);
    });

  withJson(withDataOptions(oidc.command('enable <id>')))
    .description('turn a provider back on')
    .action(async (id: string, opts: CommonOptions) => {
      const result = await withHaven(io, opts, (h) => updateOidcProvider(h.identity, CLI_ACTOR, id, { enabled: true }));
      for (const warning of result.warnings) io.err(`warning: ${warning}`);
      print(io, opts, result.provider, (p) => `enabled ${providerLine(p)}`);
    });

  withJson(withDataOptions(oidc.command('unlink <account>')))
    .description('forget which provider account signs in to a haven account (by email or id); the next sign-in links by verified email again')
    .option('--provider <id>', 'only the link with this provider')
    .action(async (ref: string, opts: CommonOptions & { provider?: string }) => {
      const removed = await withHaven(io, opts, (h) => unlinkOidcAccount(h.identity, CLI_ACTOR, ref, opts.provider));
      print(io, opts, { account: ref, removed }, (r) => `removed ${r.removed} sign-in link${r.removed === 1 ? '' : 's'} of ${r.account}`);
    });
}
