import type { Command } from 'commander';
import { RESTRICTION_REASONS, type LearningSitesView, type RestrictionView } from '../../filtering/index.ts';
import { type CliIo, CLI_ACTOR, type CommonOptions, print, table, usageError, withDataOptions, withHaven, withJson } from '../context.ts';

function describeRestriction(r: RestrictionView): string {
  const state = r.active ? 'in force' : r.endedAt !== null ? `ended ${r.endedAt}` : Date.parse(r.startsAt) > Date.parse(r.createdAt) ? 'scheduled' : 'over';
  return `${r.id}: network access removed for person ${r.personId} (${r.reasonCode}), ${r.startsAt} to ${r.endsAt} — ${state}${r.active ? "; only the school's learning sites stay open" : ''}`;
}

function describeRestrictions(list: RestrictionView[]): string {
  if (list.length === 0) return 'no access restrictions';
  return table(
    ['ID', 'PERSON', 'REASON', 'FROM', 'UNTIL', 'STATE'],
    list.map((r) => [r.id, r.personId, r.reasonCode, r.startsAt.slice(0, 16).replace('T', ' '), r.endsAt.slice(0, 16).replace('T', ' '), r.active ? 'in force' : r.endedAt !== null ? 'ended' : 'not in force']),
  );
}

function describeLearningSites(v: LearningSitesView): string {
  const lines = v.sites.length === 0 ? ['no learning sites: a person whose network access is removed can reach nothing'] : v.sites.map((s) => s.site);
  return [...lines, ...v.warnings.map((w) => `warning: ${w}`)].join('\n');
}

/** `haven restrict <person> --until …` (or `restrict add`), `haven restrict list|end <id>`: "remove network access" (response matrix). */
export function registerRestrictCommands(program: Command, io: CliIo): void {
  const restrict = program.command('restrict').description("remove a person's network access (all but the school's learning sites) for a period; list or end restrictions");

  // The default subcommand, so `haven restrict <person> --until 2d` works without naming it.
  withJson(withDataOptions(restrict.command('add <person>', { isDefault: true })))
    .description("remove a person's network access (all but the school's learning sites) until a time or for a duration")
    .option('--until <time>', 'ISO-8601 end, or a duration: 90m, 6h, 2d, 1w')
    .option('--from <time>', 'ISO-8601 start (default: now)')
    .option('--code <code>', `reason code: ${RESTRICTION_REASONS.join('|')}`, 'acceptable-use')
    .option('--reason <text>', "words for the change history (default: the reason code's sentence)")
    .option('--school <id>', 'the school (default: the first)')
    .action(async (person: string, opts: CommonOptions & { until?: string; from?: string; code: string; reason?: string; school?: string }) => {
      if (opts.until === undefined) throw usageError('give --until (an ISO-8601 time or a duration such as 2d)');
      const reasonCode = RESTRICTION_REASONS.find((c) => c === opts.code);
      if (reasonCode === undefined) throw usageError(`--code must be one of ${RESTRICTION_REASONS.join(', ')}`);
      const result = await withHaven(io, opts, (h) =>
        h.filteringService.createRestriction(CLI_ACTOR, {
          person,
          until: opts.until ?? '',
          reasonCode,
          ...(opts.from === undefined ? {} : { startsAt: opts.from }),
          ...(opts.reason === undefined ? {} : { reason: opts.reason }),
          ...(opts.school === undefined ? {} : { schoolId: opts.school }),
        }),
      );
      print(io, opts, result, describeRestriction);
    });

  withJson(withDataOptions(restrict.command('list')))
    .description('access restrictions, newest first')
    .option('--person <id>', "only this person's")
    .option('--active', 'only those in force now')
    .option('--school <id>', 'the school (default: the first)')
    .action(async (opts: CommonOptions & { person?: string; active?: boolean; school?: string }) => {
      const list = await withHaven(io, opts, (h) =>
        h.filteringService.listRestrictions({
          ...(opts.person === undefined ? {} : { person: opts.person }),
          ...(opts.active === true ? { active: true } : {}),
          ...(opts.school === undefined ? {} : { schoolId: opts.school }),
        }),
      );
      print(io, opts, list, describeRestrictions);
    });

  withJson(withDataOptions(restrict.command('end <id>')))
    .description("restore a person's network access now")
    .requiredOption('--reason <text>', 'why access is restored')
    .action(async (id: string, opts: CommonOptions & { reason: string }) => {
      const result = await withHaven(io, opts, (h) => h.filteringService.endRestriction(CLI_ACTOR, id, { reason: opts.reason }));
      print(io, opts, result, describeRestriction);
    });
}

/** `haven learning-sites list|add|remove`: what stays open to a person whose network access is removed. */
export function registerLearningSiteCommands(program: Command, io: CliIo): void {
  const sites = program.command('learning-sites').description("the school's learning sites: what a person whose network access is removed may still reach");

  withJson(withDataOptions(sites.command('list')))
    .description('the learning sites, with warnings')
    .option('--school <id>', 'the school (default: the first)')
    .action(async (opts: CommonOptions & { school?: string }) => {
      const view = await withHaven(io, opts, (h) => h.filteringService.listLearningSites(opts.school === undefined ? {} : { schoolId: opts.school }));
      print(io, opts, view, describeLearningSites);
    });

  for (const verb of ['add', 'remove'] as const) {
    withJson(withDataOptions(sites.command(`${verb} <sites...>`)))
      .description(verb === 'add' ? 'add learning sites (host names; each covers its subdomains)' : 'remove learning sites')
      .requiredOption('--reason <text>', 'why, for the change history')
      .option('--school <id>', 'the school (default: the first)')
      .action(async (list: string[], opts: CommonOptions & { reason: string; school?: string }) => {
        const view = await withHaven(io, opts, (h) =>
          h.filteringService.changeLearningSites(CLI_ACTOR, { [verb]: list, reason: opts.reason, ...(opts.school === undefined ? {} : { schoolId: opts.school }) }),
        );
        print(io, opts, view, describeLearningSites);
      });
  }
}
