import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import {
  CATEGORIES,
  IMPORT_FORMATS,
  isCategory,
  type ListImportResult,
  type ListParseResult,
  type ListView,
  readListFile,
  readUt1Directory,
} from '../../filtering/index.ts';
import { type CliIo, CLI_ACTOR, type CommonOptions, print, table, usageError, withDataOptions, withHaven, withJson } from '../context.ts';
import { createProgress } from '../progress.ts';
import { registerSubscriptionCommands } from './lists-subscribe.ts';

interface ImportOptions extends CommonOptions {
  category?: string;
  name?: string;
  format: string;
  reason?: string;
}

const INVALID_SHOWN = 10;

/** One import's summary as text. */
export function describeImport(r: ListImportResult): string {
  const s = r.stats;
  const v = r.version;
  const lines = [
    r.unchanged
      ? `${r.list.name} (${r.list.category}): unchanged, version ${v.version} stays in force`
      : `${r.list.name} (${r.list.category}): version ${v.version} in force, ${(v.domains + v.urls).toLocaleString('en-GB')} entries (${v.domains.toLocaleString('en-GB')} domains, ${v.urls.toLocaleString('en-GB')} URL prefixes), ${(v.bytes / 1024).toFixed(0)} KiB stored`,
    `  ${s.lines.toLocaleString('en-GB')} lines: ${s.duplicates} duplicates, ${s.comments} comments or blank, ${s.skippedRules + s.skippedExceptions} adblock rules not applied, ${s.skippedLocal} local names, ${s.invalidCount} bad`,
  ];
  for (const bad of s.invalid.slice(0, INVALID_SHOWN)) lines.push(`  line ${bad.line}: ${bad.reason}: ${JSON.stringify(bad.text)}`);
  if (s.invalidCount > INVALID_SHOWN) lines.push(`  … and ${s.invalidCount - INVALID_SHOWN} more bad lines (haven lists show ${r.list.name} lists the first 100)`);
  return lines.join('\n');
}

function describeLists(lists: ListView[]): string {
  if (lists.length === 0) return 'no lists yet: haven lists import <file> --category <c>, or haven lists subscribe';
  return table(
    ['NAME', 'CATEGORY', 'ENTRIES', 'VERSION', 'UPDATED', 'SOURCE', 'ERROR'],
    lists.map((l) => [l.name, l.category, l.current ? (l.current.domains + l.current.urls).toLocaleString('en-GB') : '-', l.current?.version ?? '-', l.updatedAt.slice(0, 16).replace('T', ' '), `${l.sourceKind}:${l.source}`, l.lastError ?? '']),
  );
}

/** Merges a UT1 category's `domains` and `urls` files into one list. */
function mergeUt1(domains: ListParseResult | undefined, urls: ListParseResult | undefined): ListParseResult {
  const d = domains?.stats;
  const u = urls?.stats;
  const sum = (k: 'lines' | 'accepted' | 'duplicates' | 'comments' | 'skippedRules' | 'skippedExceptions' | 'skippedLocal' | 'invalidCount'): number => (d?.[k] ?? 0) + (u?.[k] ?? 0);
  return {
    format: 'plain',
    domains: domains?.domains ?? [],
    urls: urls?.urls ?? [],
    stats: {
      lines: sum('lines'),
      accepted: sum('accepted'),
      duplicates: sum('duplicates'),
      comments: sum('comments'),
      skippedRules: sum('skippedRules'),
      skippedExceptions: sum('skippedExceptions'),
      skippedLocal: sum('skippedLocal'),
      invalidCount: sum('invalidCount'),
      invalid: [...(d?.invalid ?? []), ...(u?.invalid ?? [])].slice(0, 100),
    },
  };
}

/** `haven lists import|list|show|remove|rollback` (and the catalogue and subscriptions). */
export function registerListCommands(program: Command, io: CliIo): void {
  const lists = program.command('lists').description('block lists: import, list, remove, roll back, subscribe');

  withJson(withDataOptions(lists.command('import <path>')))
    .description('import a list file (plain, hosts, adblock or urls; .gz is read too) or a UT1 blacklists directory')
    .option('--category <id>', `the category the list holds: ${CATEGORIES.join(', ')} (not for UT1, whose directories name theirs)`)
    .option('--name <name>', 'the list name (default: the file name); importing the same name again makes a new version')
    .option('--format <format>', `${IMPORT_FORMATS.join('|')}`, 'auto')
    .option('--reason <text>', 'why (recorded in the change history)')
    .action(async (path: string, opts: ImportOptions) => {
      const format = IMPORT_FORMATS.find((f) => f === opts.format);
      if (format === undefined) throw usageError(`--format must be one of ${IMPORT_FORMATS.join(', ')}`);
      const full = resolve(io.cwd, path);
      const info = await stat(full).catch(() => undefined);
      if (info === undefined) throw usageError(`cannot read ${path}: no such file or directory`);
      const ut1 = format === 'ut1' || info.isDirectory();
      if (!ut1 && (opts.category === undefined || !isCategory(opts.category))) throw usageError(`--category must be one of ${CATEGORIES.join(', ')}`);
      const reason = opts.reason ?? `imported from the command line: ${basename(full)}`;
      const progress = createProgress(io, `reading ${basename(full)}`);
      const onProgress = (done: number, total: number): void => progress.update(done, total);
      const results = await withHaven(io, opts, async (h) => {
        const out: ListImportResult[] = [];
        if (ut1) {
          const read = await readUt1Directory(full, { onProgress });
          progress.finish();
          for (const s of read.skipped) if (s.reason !== 'not selected') io.err(`skipped UT1 ${s.ut1Name}: ${s.reason}`);
          for (const c of read.categories) {
            const parsed = mergeUt1(c.domains, c.urls);
            if (parsed.domains.length + parsed.urls.length === 0) continue;
            out.push(await h.filteringService.importList(CLI_ACTOR, { name: `${opts.name ?? 'ut1'}-${c.ut1Name}`, category: c.category, format: 'plain', sourceKind: 'file', source: `${basename(full)}/${c.ut1Name}`, parsed, reason }));
          }
          return out;
        }
        const parsed = await readListFile(full, { format, onProgress });
        progress.finish();
        const category = opts.category;
        if (category === undefined || !isCategory(category)) throw usageError('--category is required');
        out.push(
          await h.filteringService.importList(CLI_ACTOR, { name: opts.name ?? basename(full).replace(/\.gz$/, '').replace(/\.[a-z]+$/i, ''), category, format: parsed.format, sourceKind: 'file', source: basename(full), parsed, reason }),
        );
        return out;
      });
      print(io, opts, results.length === 1 ? results[0] : results, () => results.map(describeImport).join('\n'));
    });

  withJson(withDataOptions(lists.command('list')))
    .description('every list with its current version')
    .action(async (opts: CommonOptions) => {
      const all = await withHaven(io, opts, (h) => h.filteringService.listLists());
      print(io, opts, all, describeLists);
    });

  withJson(withDataOptions(lists.command('show <list>')))
    .description("one list's versions and the bad lines of its current version")
    .action(async (ref: string, opts: CommonOptions) => {
      const list = await withHaven(io, opts, (h) => h.filteringService.getList(ref));
      print(io, opts, list, (l) =>
        [
          `${l.name} (${l.category}), ${l.sourceKind}:${l.source}${l.lastError ? `, last error: ${l.lastError}` : ''}`,
          table(
            ['VERSION', 'ENTRIES', 'BAD LINES', 'CREATED', 'REASON', ''],
            l.versions.map((v) => [v.version, v.domains + v.urls, v.stats.invalidCount, v.createdAt.slice(0, 19).replace('T', ' '), v.reason, v.current ? 'in force' : '']),
          ),
          ...(l.current?.stats.invalid ?? []).map((b) => `line ${b.line}: ${b.reason}: ${JSON.stringify(b.text)}`),
        ].join('\n'),
      );
    });

  withDataOptions(lists.command('remove <list>'))
    .description('remove a list and every version of it')
    .requiredOption('--reason <text>', 'why (recorded in the change history)')
    .action(async (ref: string, opts: CommonOptions & { reason: string }) => {
      await withHaven(io, opts, (h) => h.filteringService.removeList(CLI_ACTOR, ref, opts.reason));
      io.out(`removed ${ref}`);
    });

  withDataOptions(lists.command('rollback <list>'))
    .description('put the version before the current one (or --version) back in force')
    .option('--version <id>', 'the version id to restore')
    .requiredOption('--reason <text>', 'why (recorded in the change history)')
    .action(async (ref: string, opts: CommonOptions & { version?: string; reason: string }) => {
      const list = await withHaven(io, opts, (h) => h.filteringService.rollbackList(CLI_ACTOR, ref, { reason: opts.reason, ...(opts.version === undefined ? {} : { versionId: opts.version }) }));
      io.out(`${list.name}: version ${list.current?.version ?? '?'} in force`);
    });

  registerSubscriptionCommands(lists, io);

}
