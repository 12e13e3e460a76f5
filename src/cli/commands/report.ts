import { resolve } from 'node:path';
import type { Command } from 'commander';
import { governorReport, renderGovernorReport, viewerFromAccount } from '../../safeguarding/index.ts';
import { type CliIo, type CommonOptions, print, table, usageError, withDataOptions, withHaven, withJson } from '../context.ts';
import { writePrivateFile } from './concerns-files.ts';
import { makeWeeklyReport, parseWeek, readWeeklyReport, resolveSchoolFor, weekStartOf } from '../../monitoring/index.ts';

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

  // Monitoring (issue 10): the weekly report for the DSL and online-safety lead (M4).
  withJson(withDataOptions(report.command('weekly')))
    .description('the weekly monitoring report: searches, blocks by category and group, safe search, Prevent, alerts and outcomes, trends')
    .requiredOption('--as <email>', 'the account to act as (needs monitoring:read)')
    .option('--week <date>', 'any day of the week (default: the last full week)')
    .option('--school <id>', 'the school (with several)')
    .option('--out <file>', 'write the HTML page (with charts) here')
    .option('--remake', 'count the figures again even if the report was made')
    .option('--send', 'email it to the DSL and online-safety lead (needs SMTP)')
    .option('--force', 'replace the file if it exists')
    .action(async (opts: CommonOptions & { as: string; week?: string; school?: string; out?: string; remake?: boolean; send?: boolean; force?: boolean }) => {
      const result = await withHaven(io, opts, async (h) => {
        const viewer = await viewerFromAccount(h.database.db, opts.as);
        const schoolId = await resolveSchoolFor(h.database.db, viewer, 'monitoring:read', opts.school);
        const week = opts.week ? parseWeek(opts.week) : weekStartOf(h.clock.now() - 7 * 86_400_000);
        if (opts.remake || opts.send) {
          await readWeeklyReport(h.monitoring, viewer, schoolId, week);
          return makeWeeklyReport(h.monitoring, schoolId, week, { send: opts.send === true, actor: viewer.actor });
        }
        return readWeeklyReport(h.monitoring, viewer, schoolId, week);
      });
      if (opts.out) {
        const path = resolve(io.cwd, opts.out);
        writePrivateFile(path, Buffer.from(result.html), opts.force === true);
        print(io, opts, { file: path, week: result.figures.weekStart, sentAt: result.sentAt }, (r) => `wrote ${r.file} (week of ${r.week})`);
        return;
      }
      const f = result.figures;
      print(io, opts, { id: result.id, figures: f, createdAt: result.createdAt, sentAt: result.sentAt }, () =>
        [
          `${f.schoolName}, week of ${f.weekStart}: ${f.searches.total} searches (${f.searches.flagged} flagged), ${f.blocks.total} blocks, ${f.safeSearch.enforced} sent to safe search, ${f.alerts.total} alerts${result.sentAt ? ` (emailed ${result.sentAt})` : ''}`,
          `Prevent: ${f.prevent.searches} searches flagged, ${f.prevent.blocks} blocks, ${f.prevent.alerts} alerts`,
          table(['BLOCKED CATEGORY', 'COUNT'], f.blocks.byCategory.map((c) => [c.key, c.count])),
          table(['ALERT OUTCOME', 'COUNT'], f.alerts.byOutcome.map((c) => [c.key, c.count])),
          table(['WEEK', 'SEARCHES', 'FLAGGED', 'BLOCKS', 'ALERTS'], [...f.trend, { weekStart: f.weekStart, searches: f.searches.total, flagged: f.searches.flagged, blocks: f.blocks.total, alerts: f.alerts.total }].map((w) => [w.weekStart, w.searches, w.flagged, w.blocks, w.alerts])),
        ].join('\n'),
      );
    });
}
