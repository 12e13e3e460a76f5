import type { Command } from 'commander';
import { isCategory, REQUEST_STATUSES, type UnblockView } from '../../filtering/index.ts';
import { type CliIo, CLI_ACTOR, type CommonOptions, print, table, usageError, withDataOptions, withHaven, withJson } from '../context.ts';

function describeUnblock(u: UnblockView): string {
  const target = u.target.kind === 'site' ? u.target.site : `category ${u.target.category}`;
  const subject = u.subject.kind === 'group' ? `group ${u.subject.name ?? u.subject.id}` : `person ${u.subject.id}`;
  return `${u.id}: ${u.status}${u.active ? ' (open now)' : ''} — ${target} for ${subject}, ${u.startsAt} to ${u.endsAt}`;
}

function describeUnblocks(list: UnblockView[]): string {
  if (list.length === 0) return 'no unblock requests';
  return table(
    ['ID', 'STATUS', 'TARGET', 'FOR', 'FROM', 'UNTIL', 'REASON'],
    list.map((u) => [
      u.id,
      `${u.status}${u.active ? ' (open)' : ''}`,
      u.target.kind === 'site' ? u.target.site : u.target.category,
      u.subject.name ?? u.subject.id,
      u.startsAt.slice(0, 16).replace('T', ' '),
      u.endsAt.slice(0, 16).replace('T', ' '),
      u.reason,
    ]),
  );
}

/** `haven unblock request|approve|refuse|list|counts`: temporary unblocking for a lesson. */
export function registerUnblockCommands(program: Command, io: CliIo): void {
  const unblock = program.command('unblock').description('temporary unblocking for teaching: request, approve, refuse, list');

  withJson(withDataOptions(unblock.command('request')))
    .description('ask for a site or category to be opened for a group or person for a period')
    .option('--site <site>', 'the site (host or host/path)')
    .option('--category <category>', 'the category')
    .option('--group <group>', 'for this group (id or name)')
    .option('--person <id>', 'for this person')
    .option('--from <time>', 'ISO-8601 start (default: now)')
    .option('--until <time>', 'ISO-8601 end')
    .option('--minutes <n>', 'or: open for this many minutes from the start')
    .requiredOption('--reason <text>', 'why, for the approver and the record')
    .option('--school <id>', 'the school (default: the first)')
    .action(async (opts: CommonOptions & { site?: string; category?: string; group?: string; person?: string; from?: string; until?: string; minutes?: string; reason: string; school?: string }) => {
      if ((opts.site === undefined) === (opts.category === undefined)) throw usageError('give exactly one of --site or --category');
      if ((opts.group === undefined) === (opts.person === undefined)) throw usageError('give exactly one of --group or --person');
      if (opts.category !== undefined && !isCategory(opts.category)) throw usageError(`unknown category ${JSON.stringify(opts.category)}`);
      const result = await withHaven(io, opts, async (h) => {
        const startMs = opts.from === undefined ? h.clock.now() : Date.parse(opts.from);
        const minutes = opts.minutes === undefined ? undefined : Number(opts.minutes);
        if (minutes !== undefined && !(Number.isInteger(minutes) && minutes > 0)) throw usageError('--minutes must be a whole number above 0');
        const endsAt = opts.until ?? (minutes === undefined || Number.isNaN(startMs) ? undefined : new Date(startMs + minutes * 60_000).toISOString());
        if (endsAt === undefined) throw usageError('give --until or --minutes');
        return h.filteringService.requestUnblock(CLI_ACTOR, {
          subject: opts.group !== undefined ? { kind: 'group', group: opts.group } : { kind: 'person', person: opts.person ?? '' },
          target: opts.site !== undefined ? { kind: 'site', site: opts.site } : { kind: 'category', category: opts.category ?? '' },
          endsAt,
          reason: opts.reason,
          ...(opts.from === undefined ? {} : { startsAt: opts.from }),
          ...(opts.school === undefined ? {} : { schoolId: opts.school }),
        });
      });
      print(io, opts, result, describeUnblock);
    });

  for (const decision of ['approve', 'refuse'] as const) {
    withJson(withDataOptions(unblock.command(`${decision} <id>`)))
      .description(decision === 'approve' ? 'approve a request: it opens only inside its window and expires by itself' : 'refuse a request')
      .requiredOption('--note <text>', 'the note the requester sees')
      .action(async (id: string, opts: CommonOptions & { note: string }) => {
        const result = await withHaven(io, opts, (h) => h.filteringService.decideUnblock(CLI_ACTOR, id, { decision, note: opts.note }));
        print(io, opts, result, describeUnblock);
      });
  }

  withJson(withDataOptions(unblock.command('list')))
    .description('unblock requests, newest first')
    .option('--status <status>', REQUEST_STATUSES.join('|'))
    .option('--school <id>', 'the school (default: the first)')
    .action(async (opts: CommonOptions & { status?: string; school?: string }) => {
      const status = REQUEST_STATUSES.find((s) => s === opts.status);
      if (opts.status !== undefined && status === undefined) throw usageError(`--status must be one of ${REQUEST_STATUSES.join(', ')}`);
      const list = await withHaven(io, opts, (h) => h.filteringService.listUnblocks({ ...(status === undefined ? {} : { status }), ...(opts.school === undefined ? {} : { schoolId: opts.school }) }));
      print(io, opts, list, describeUnblocks);
    });

  withJson(withDataOptions(unblock.command('counts')))
    .description('requests per site and category: what teachers needed that the filter blocked')
    .option('--since <time>', 'ISO-8601: only requests made since then')
    .action(async (opts: CommonOptions & { since?: string }) => {
      const counts = await withHaven(io, opts, (h) => h.filteringService.unblockCounts(opts.since === undefined ? {} : { since: opts.since }));
      print(io, opts, counts, (cs) =>
        cs.length === 0 ? 'no unblock requests' : table(['TARGET', 'REQUESTS', 'APPROVED', 'REFUSED', 'PENDING'], cs.map((c) => [c.target.kind === 'site' ? c.target.site : c.target.category, c.requests, c.approved, c.refused, c.pending])),
      );
    });
}
