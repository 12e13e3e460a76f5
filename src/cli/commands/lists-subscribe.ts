import type { Command } from 'commander';
import { CATEGORIES, type CatalogueEntry, LIST_CATALOGUE } from '../../filtering/index.ts';
import { AppError } from '../../platform/errors.ts';
import { type CliIo, CLI_ACTOR, type CommonOptions, print, table, usageError, withDataOptions, withHaven, withJson } from '../context.ts';
import { describeImport } from './lists.ts';

function describeCatalogue(entries: readonly CatalogueEntry[]): string {
  return table(
    ['ID', 'CATEGORY', 'FORMAT', 'LICENCE', 'RECOMMENDED', 'NOTE'],
    entries.map((e) => [e.id, e.category, e.format, e.licence, e.recommended ? 'yes' : '', e.note]),
  );
}

/** `haven lists catalogue|subscribe|refresh`: well-known sources, downloaded and kept fresh. */
export function registerSubscriptionCommands(lists: Command, io: CliIo): void {
  withJson(lists.command('catalogue'))
    .description('well-known list sources Haven can subscribe to, with their licences')
    .action((opts: { json?: boolean }) => {
      print(io, opts, LIST_CATALOGUE, describeCatalogue);
    });

  withJson(withDataOptions(lists.command('subscribe <source>')))
    .description('subscribe to a catalogue source (haven lists catalogue) or an http(s) URL: download now, refresh on a schedule')
    .option('--category <id>', `the category it fills (default: the catalogue's): ${CATEGORIES.join(', ')}`)
    .option('--name <name>', 'the list name (default: the catalogue id, or one made from the URL)')
    .option('--format <format>', 'auto|plain|hosts|adblock|urls (URLs only)')
    .option('--every <minutes>', 'minutes between refreshes', '1440')
    .option('--reason <text>', 'why (recorded in the change history)')
    .action(async (source: string, opts: CommonOptions & { category?: string; name?: string; format?: string; every: string; reason?: string }) => {
      const every = Number(opts.every);
      if (!Number.isInteger(every) || every < 15) throw usageError('--every must be a whole number of minutes, at least 15');
      const result = await withHaven(io, opts, (h) =>
        h.filteringService.subscribe(CLI_ACTOR, {
          source,
          refreshMinutes: every,
          reason: opts.reason ?? `subscribed from the command line: ${source}`,
          ...(opts.category === undefined ? {} : { category: opts.category }),
          ...(opts.name === undefined ? {} : { name: opts.name }),
          ...(opts.format === undefined ? {} : { format: opts.format }),
        }),
      );
      print(io, opts, result, describeImport);
    });

  withJson(withDataOptions(lists.command('refresh <list>')))
    .description('refresh a subscribed list now; a failed or suspiciously small download keeps the version in force')
    .action(async (ref: string, opts: CommonOptions) => {
      const outcome = await withHaven(io, opts, (h) => h.filteringService.refreshList(CLI_ACTOR, ref));
      print(io, opts, outcome, (o) => ('result' in o ? describeImport(o.result) : 'message' in o ? `${o.status}: ${o.message}` : `${ref}: not modified since the last download`));
      if (outcome.status === 'failed' || outcome.status === 'refused') throw new AppError(`filtering.refresh_${outcome.status}`, 'unavailable', `the refresh of ${ref} was ${outcome.status}: the version in force stays`);
    });
}
