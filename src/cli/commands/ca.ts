import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { activeAuthorityView, type AuthorityView, createAuthority, listAuthorities, pemToDer } from '../../proxy/index.ts';
import { type CliIo, CLI_ACTOR, type CommonOptions, print, table, usageError, withDataOptions, withHaven, withJson } from '../context.ts';

interface CaOptions extends CommonOptions {
  name?: string;
  years?: string;
  replace?: boolean;
  der?: boolean;
  out?: string;
}

function describe(a: AuthorityView): string {
  return [
    `Subject:      ${a.subject}`,
    `SHA-256:      ${a.fingerprint}`,
    `Valid:        ${a.notBefore.slice(0, 10)} to ${a.notAfter.slice(0, 10)}`,
    `Created:      ${a.createdAt.replace('T', ' ').slice(0, 16)}`,
    '',
    'Devices must trust this certificate before TLS inspection is turned on for their group:',
    '  Download it from <dashboard>/proxy/ca.crt (DER) or /proxy/ca.pem, or `haven ca export`.',
    '  Google Admin console: Devices > Networks > Certificates > Add certificate; tick',
    '    "Chromebook" under "Certificate authority"; apply to the learners\' organisational unit.',
    '  Microsoft Intune: Devices > Configuration > Create > Windows 10 and later > Templates >',
    '    Trusted certificate; upload the .crt; store "Computer certificate store - Root"; assign.',
    'Then name the groups in proxy.inspection.groups and restart the proxy.',
  ].join('\n');
}

/** `haven ca create|show|export`: the school CA for the web proxy's TLS inspection. */
export function registerCaCommands(program: Command, io: CliIo): void {
  const ca = program.command('ca').description("the school CA for the web proxy's TLS inspection");
  withJson(withDataOptions(ca.command('create')))
    .description('create the school CA (stored sealed in the database; every filter node uses it)')
    .option('--name <name>', 'certificate name (default "<organisation> filtering CA")')
    .option('--years <n>', 'years of validity (default 5)')
    .option('--replace', 'retire the current CA and make a new one (every device must then trust the new one)')
    .action(async (opts: CaOptions) => {
      const years = opts.years === undefined ? undefined : Number(opts.years);
      if (years !== undefined && (!Number.isInteger(years) || years < 1 || years > 20)) throw usageError(`--years ${opts.years} must be a whole number from 1 to 20`);
      const created = await withHaven(io, opts, (h) =>
        createAuthority({ db: h.database.db, clock: h.clock, audit: h.audit, masterKey: h.masterKey }, CLI_ACTOR, {
          ...(opts.name === undefined ? {} : { name: opts.name }),
          ...(years === undefined ? {} : { years }),
          ...(opts.replace === true ? { replace: true } : {}),
        }),
      );
      print(io, opts, created, (a) => `School CA created.\n${describe(a)}`);
    });
  withJson(withDataOptions(ca.command('show')))
    .description('the school CA and any retired ones')
    .action(async (opts: CaOptions) => {
      const all = await withHaven(io, opts, (h) => listAuthorities(h.database.db));
      print(io, opts, all, (list) => {
        const active = list.find((a) => a.retiredAt === null);
        const retired = list.filter((a) => a.retiredAt !== null);
        const head = active === undefined ? 'no school CA yet: create one with `haven ca create`' : describe(active);
        return retired.length === 0 ? head : `${head}\n\nRetired:\n${table(['SHA-256', 'RETIRED'], retired.map((a) => [a.fingerprint, a.retiredAt]))}`;
      });
    });
  withDataOptions(ca.command('export'))
    .description('write the CA certificate (PEM, or DER with --der) to a file or standard output')
    .option('--der', 'DER (.crt/.cer) instead of PEM')
    .option('--out <file>', 'write to this file')
    .action(async (opts: CaOptions) => {
      const active = await withHaven(io, opts, (h) => activeAuthorityView(h.database.db));
      if (active === undefined) throw usageError('no school CA yet: create one with `haven ca create`');
      if (opts.der === true && opts.out === undefined) throw usageError('--der writes binary: give --out <file>');
      const data = opts.der === true ? pemToDer(active.certPem) : active.certPem;
      if (opts.out === undefined) io.out(active.certPem.trimEnd());
      else {
        writeFileSync(opts.out, data);
        io.out(`wrote ${opts.out} (${opts.der === true ? 'DER' : 'PEM'}, SHA-256 ${active.fingerprint})`);
      }
    });
}
