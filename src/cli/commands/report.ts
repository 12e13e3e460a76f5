import { resolve } from 'node:path';
import type { Command } from 'commander';
import { governorReport, renderGovernorReport, viewerFromAccount } from '../../safeguarding/index.ts';
import { type CliIo, type CommonOptions, print, table, usageError, withDataOptions, withHaven, withJson } from '../context.ts';
import { writePrivateFile } from './concerns-files.ts';

const FORMATS = ['json', 'html', 'pdf'] as const;

/**
 * `haven report governor`: the anonymised governor report (R8) as JSON, HTML or PDF, made as a
 * named account (`--as`, which needs `reports:governor`); audited as that account.
 */
export function registerReportCommands(program: Command, io: CliIo): void {
  const report = program.command('report').description('reports for governors and leaders');
  withJson(withDataOptions(report.command('governor')))
    .description('the anonymised safeguarding report for governors: counts by category, month, year group and route, against the previous period')
    .requiredOption('--as <email>', 'the account to act as (needs reports:governor)')
    .option('--from <date>', 'start of the period (YYYY-MM-DD or ISO time; default 12 months before --to)')
    .option('--to <date>', 'end of the period (a date counts the whole day; default now)')
    .option('--format <format>', 'json, html or pdf', 'json')
    .option('--out <file>', 'write it here (needed for html and pdf)')
    .option('--school <id>', 'the school (with several)')
    .option('--force', 'replace the file if it exists')
    .action(async (opts: CommonOptions & { as: string; from?: string; to?: string; format: string; out?: string; school?: string; force?: boolean }) => {
      const format = FORMATS.find((f) => f === opts.format);
      if (!format) throw usageError(`--format must be one of ${FORMATS.join(', ')}`);
      if (format !== 'json' && !opts.out) throw usageError(`--format ${format} needs --out <file>`);
      const result = await withHaven(io, opts, async (h) => {
        const r = await governorReport(h.safeguarding, await viewerFromAccount(h.database.db, opts.as), {
          format,
          ...(opts.from ? { from: opts.from } : {}),
          ...(opts.to ? { to: opts.to } : {}),
          ...(opts.school ? { schoolId: opts.school } : {}),
        });
        return { report: r, doc: format === 'json' ? null : await renderGovernorReport(r, format) };
      });
      if (opts.out) {
        const path = resolve(io.cwd, opts.out);
        writePrivateFile(path, result.doc ? result.doc.body : Buffer.from(`${JSON.stringify(result.report, null, 2)}\n`), opts.force === true);
        print(io, opts, { file: path, format }, (r) => `wrote ${r.file} (${r.format})`);
        return;
      }
      const c = result.report.current;
      print(io, opts, result.report, () =>
        [
          `${result.report.schoolName}: ${c.total} concerns from ${c.from} to ${c.to} (previous period ${result.report.previous.total})`,
          table(['CATEGORY', 'NOW', 'BEFORE', 'CHANGE'], result.report.trend.byCategory.map((t) => [t.label, t.current ?? 'fewer than 3', t.previous ?? 'fewer than 3', t.direction ?? ''])),
        ].join('\n'),
      );
    });
}
