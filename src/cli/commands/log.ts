import type { Command } from 'commander';
import { readFilterLog, sinceOf, type FilterLogResult } from '../../dns/index.ts';
import { normaliseEmail, permissionsFor } from '../../identity/index.ts';
import { type CliIo, type CommonOptions, print, table, usageError, withDataOptions, withHaven, withJson } from '../context.ts';

interface LogOptions extends CommonOptions {
  since?: string;
  blocked?: boolean;
  group?: string;
  limit?: string;
  as?: string;
}

function logText(r: FilterLogResult, source: 'dns' | 'proxy'): string {
  const named = r.events.some((e) => e.person !== undefined);
  const rows = r.events.map((e) => [
    e.at.replace('T', ' ').replace(/\.\d+Z$/u, 'Z'),
    e.address ?? '',
    e.deviceId ?? '',
    ...(named ? [e.person?.name ?? ''] : []),
    e.groups.join(','),
    source === 'proxy' && e.path !== null ? `${e.host}${e.path}` : e.host,
    e.type ?? '',
    e.verdict,
    e.category ?? '',
    e.rule ?? '',
  ]);
  const head = ['AT', 'ADDRESS', 'DEVICE', ...(named ? ['PERSON'] : []), 'GROUPS', source === 'proxy' ? 'URL' : 'NAME', source === 'proxy' ? 'METHOD' : 'TYPE', 'VERDICT', 'CATEGORY', 'RULE'];
  const top = r.topBlocked.length === 0 ? 'no blocked sites' : table(['TOP BLOCKED', 'COUNT'], r.topBlocked.map((t) => [t.host, t.count]));
  return `${r.events.length === 0 ? 'no events' : table(head, rows)}\n\n${top}`;
}

/**
 * `haven log dns` and `haven log web`: the DNS filter's and the web proxy's events from the
 * server's shell. Without `--as` it shows what
 * IT staff see (devices, addresses, groups, no names); `--as <email>` reads as that account,
 * with names only if it holds `filtering:logs-names` (the DSL team, the online-safety lead).
 */
export function registerLogCommands(program: Command, io: CliIo): void {
  const log = program.command('log').description('filter event logs');
  for (const [name, source, what] of [
    ['dns', 'dns', 'DNS queries'],
    ['web', 'proxy', 'web proxy requests'],
  ] as const) {
    withJson(withDataOptions(log.command(name)))
      .description(`${what}, newest first, and the most blocked sites`)
      .option('--since <when>', 'a duration back from now (30m, 1h, 7d) or an ISO time (default 1h)')
      .option('--blocked', 'only blocked requests')
      .option('--group <group>', 'only clients in this group (id or name)')
      .option('--limit <n>', 'how many events (default 100, at most 1000)')
      .option('--as <email>', 'read as this account (names need filtering:logs-names)')
      .action(async (opts: LogOptions) => print(io, opts, await readLog(io, opts, source), (r) => logText(r, source)));
  }
}

/** Reads one source's log as the CLI or the `--as` account may see it. */
async function readLog(io: CliIo, opts: LogOptions, source: 'dns' | 'proxy'): Promise<FilterLogResult> {
  const limit = opts.limit === undefined ? undefined : Number(opts.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > 1000)) throw usageError(`--limit ${opts.limit} must be a whole number from 1 to 1000`);
  return withHaven(io, opts, async (h) => {
    let names = false;
    let schoolIds: string[] = ['*'];
    if (opts.as !== undefined) {
      const account = await h.database.db.selectFrom('accounts').select(['id', 'status']).where('email', '=', normaliseEmail(opts.as)).executeTakeFirst();
      if (account === undefined || account.status !== 'active') throw usageError(`no active account ${JSON.stringify(opts.as)}`);
      const roles = await h.database.db.selectFrom('account_roles').select(['role', 'school_id']).where('account_id', '=', account.id).execute();
      const permissions = permissionsFor(roles.map((r) => r.role));
      if (!permissions.has('filtering:logs')) throw usageError(`${opts.as} may not read filter logs`);
      names = permissions.has('filtering:logs-names');
      schoolIds = roles.map((r) => r.school_id);
      if (names) await h.audit.append({ actor: { type: 'cli', id: account.id }, action: 'filtering.log.read', details: { source, names: true } });
    }
    return readFilterLog(h.database.db, {
      source,
      sinceMs: sinceOf(opts.since, h.clock.now()),
      schoolIds,
      names,
      ...(opts.blocked === true ? { blockedOnly: true } : {}),
      ...(opts.group === undefined ? {} : { group: opts.group }),
      ...(limit === undefined ? {} : { limit }),
    });
  });
}
