import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Command } from 'commander';
import {
  acknowledgeAlert,
  addTerm,
  ALERT_STATUSES,
  escalateAlert,
  getAlert,
  ingestTexts,
  type IngestResult,
  isMonitoringCategory,
  listAlerts,
  listTerms,
  markFalsePositive,
  MONITORING_CATEGORIES,
  parseImport,
  resolveSchoolFor,
} from '../../monitoring/index.ts';
import { viewerFromAccount } from '../../safeguarding/index.ts';
import { AppError } from '../../platform/errors.ts';
import { type CliIo, CLI_ACTOR, type CommonOptions, print, table, usageError, withDataOptions, withHaven, withJson } from '../context.ts';

interface AsOptions extends CommonOptions {
  as: string;
  school?: string;
}

function renderImport(r: IngestResult): string {
  const lines = [`${r.received} rows: ${r.accepted} accepted, ${r.rejected} rejected`];
  for (const e of r.errors) lines.push(`  line ${e.line ?? '?'}: ${e.message}`);
  return lines.join('\n');
}

/**
 * `haven monitoring import|alerts|alert|terms`. Import is ingestion from the server's shell
 * (school chat or email exports), with per-row errors and never the analysis. Alerts and terms
 * act as a named account (`--as`), with exactly its access, audited as that account — the shell
 * cannot go round need-to-know.
 */
export function registerMonitoringCommands(program: Command, io: CliIo): void {
  const monitoring = program.command('monitoring').description('monitoring: import text, triage alerts, school terms');
  const asOption = (cmd: Command) => cmd.requiredOption('--as <email>', 'the account to act as (its roles decide what you see)');

  withJson(withDataOptions(monitoring.command('import <file>')))
    .description('send text for monitoring from a CSV (text,source,person,device,at,school) or JSON Lines file; per-row errors')
    .option('--format <format>', 'csv or jsonl (default: from the file name)')
    .action(async (file: string, opts: CommonOptions & { format?: string }) => {
      const format = opts.format ?? (extname(file).toLowerCase() === '.csv' ? 'csv' : ['.jsonl', '.ndjson'].includes(extname(file).toLowerCase()) ? 'jsonl' : undefined);
      if (format !== 'csv' && format !== 'jsonl') throw usageError('say --format csv or --format jsonl (the file name does not tell)');
      let content: string;
      try {
        content = readFileSync(resolve(io.cwd, file), 'utf8');
      } catch (err) {
        throw usageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
      const parsed = parseImport(content, format);
      const result = await withHaven(io, opts, async (h) => {
        const total: IngestResult = { received: parsed.errors.length, accepted: 0, rejected: parsed.errors.length, errors: [...parsed.errors] };
        for (let i = 0; i < parsed.items.length; i += 1000) {
          const r = await ingestTexts(h.monitoring, { actor: CLI_ACTOR }, parsed.items.slice(i, i + 1000), parsed.lines.slice(i, i + 1000));
          total.received += r.received;
          total.accepted += r.accepted;
          total.rejected += r.rejected;
          total.errors.push(...r.errors.map((e) => ({ ...e, index: e.index + i })));
        }
        total.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
        return total;
      });
      print(io, opts, result, renderImport);
      if (result.rejected > 0) throw new AppError('monitoring.import_rejected', 'conflict', `${result.rejected} of ${result.received} rows were rejected`, { details: { rejected: result.rejected } });
    });

  asOption(withJson(withDataOptions(monitoring.command('alerts'))))
    .description('alerts this account may see, open and most severe first (audited)')
    .option('--status <status>', ALERT_STATUSES.join(' | '))
    .option('--school <id>', 'only this school')
    .option('--limit <n>', 'how many (default 100)')
    .action(async (opts: AsOptions & { status?: string; limit?: string }) => {
      const status = ALERT_STATUSES.find((s) => s === opts.status);
      if (opts.status !== undefined && !status) throw usageError(`--status must be one of ${ALERT_STATUSES.join(', ')}`);
      const result = await withHaven(io, opts, async (h) =>
        listAlerts(h.monitoring, await viewerFromAccount(h.database.db, opts.as), { ...(status ? { status } : {}), ...(opts.school ? { schoolId: opts.school } : {}), ...(opts.limit ? { limit: Number(opts.limit) } : {}) }),
      );
      print(io, opts, result, (r) =>
        table(
          ['SEVERITY', 'CATEGORY', 'STATUS', 'WHO', 'TIMES', 'LAST', 'SOURCE', 'ID'],
          r.alerts.map((a) => [a.severity, a.category, a.status, a.person?.name ?? a.deviceId ?? a.clientAddress ?? '', a.occurrences, a.lastAt, a.source, a.id]),
        ),
      );
    });

  asOption(withJson(withDataOptions(monitoring.command('alert <id>'))))
    .description('one alert with its text, the searches around it and its history (audited); --ack, --false-positive or --escalate to triage it')
    .option('--ack', 'acknowledge it (stops escalation)')
    .option('--false-positive', "mark it a false positive (its text joins the school's exclusions)")
    .option('--escalate', 'make it a safeguarding concern')
    .option('--note <text>', 'a note for the alert history')
    .action(async (id: string, opts: AsOptions & { ack?: boolean; falsePositive?: boolean; escalate?: boolean; note?: string }) => {
      const actions = [opts.ack, opts.falsePositive, opts.escalate].filter(Boolean).length;
      if (actions > 1) throw usageError('give one of --ack, --false-positive, --escalate');
      const result = await withHaven(io, opts, async (h) => {
        const viewer = await viewerFromAccount(h.database.db, opts.as);
        const note = opts.note ? { note: opts.note } : {};
        if (opts.ack) return acknowledgeAlert(h.monitoring, viewer, id, opts.note);
        if (opts.falsePositive) return markFalsePositive(h.monitoring, viewer, id, note);
        if (opts.escalate) return escalateAlert(h.monitoring, viewer, id, note);
        return getAlert(h.monitoring, viewer, id);
      });
      print(io, opts, result, (r) => {
        if (!('items' in r)) return `alert ${r.id}: ${r.status}${r.concernReference ? ` — concern ${r.concernReference}` : ''}${r.excluded?.length ? ` — excluded: ${r.excluded.join('; ')}` : ''}`;
        const lines = [`severity ${r.severity} ${r.category} — ${r.status} — ${r.person?.name ?? r.deviceId ?? r.clientAddress ?? 'unknown'} — ${r.occurrences} time(s), ${r.firstAt} to ${r.lastAt}`];
        for (const i of r.items) lines.push(`  ${i.at} [${i.source}] ${i.segments.map((s) => (s.match ? `[[${s.text}]]` : s.text)).join('')}`);
        if (r.context.before.length + r.context.after.length > 0) {
          lines.push('searches around it:');
          for (const c of r.context.before) lines.push(`  before ${c.at} ${c.query}`);
          for (const c of r.context.after) lines.push(`  after  ${c.at} ${c.query}`);
        }
        for (const h of r.history) lines.push(`  ${h.at} ${h.action}${h.note ? `: ${h.note}` : ''}`);
        return lines.join('\n');
      });
    });

  const terms = monitoring.command('terms').description("the school's own phrases: added to look for, or excluded");
  asOption(withJson(withDataOptions(terms.command('list'))))
    .description("the school's added and excluded phrases")
    .option('--school <id>', 'the school (with several)')
    .action(async (opts: AsOptions) => {
      const result = await withHaven(io, opts, async (h) => {
        const viewer = await viewerFromAccount(h.database.db, opts.as);
        return { terms: await listTerms(h.monitoring, viewer, await resolveSchoolFor(h.database.db, viewer, 'monitoring:read', opts.school)) };
      });
      print(io, opts, result, (r) => table(['KIND', 'PHRASE', 'CATEGORY', 'SEVERITY', 'SOURCE', 'ID'], r.terms.map((x) => [x.kind, x.phrase, x.category, x.severity, x.source, x.id])));
    });
  asOption(withJson(withDataOptions(terms.command('add <phrase>'))))
    .description('look for a phrase the built-in lexicon lacks (local slang, a name used for bullying)')
    .requiredOption('--category <category>', MONITORING_CATEGORIES.join(' | '))
    .requiredOption('--severity <n>', '1 (very low) to 5 (risk to life)')
    .option('--school <id>', 'the school (with several)')
    .action(async (phrase: string, opts: AsOptions & { category: string; severity: string }) => {
      if (!isMonitoringCategory(opts.category)) throw usageError(`--category must be one of ${MONITORING_CATEGORIES.join(', ')}`);
      const category = opts.category;
      const result = await withHaven(io, opts, async (h) => {
        const viewer = await viewerFromAccount(h.database.db, opts.as);
        return addTerm(h.monitoring, viewer, await resolveSchoolFor(h.database.db, viewer, 'monitoring:triage', opts.school), { kind: 'add', phrase, category, severity: Number(opts.severity) });
      });
      print(io, opts, result, (t) => `added ${JSON.stringify(t.phrase)} (${t.category}, severity ${t.severity}) — ${t.id}`);
    });
  asOption(withJson(withDataOptions(terms.command('exclude <phrase>'))))
    .description('never alert on a phrase (a false positive for this school)')
    .option('--school <id>', 'the school (with several)')
    .action(async (phrase: string, opts: AsOptions) => {
      const result = await withHaven(io, opts, async (h) => {
        const viewer = await viewerFromAccount(h.database.db, opts.as);
        return addTerm(h.monitoring, viewer, await resolveSchoolFor(h.database.db, viewer, 'monitoring:triage', opts.school), { kind: 'exclude', phrase });
      });
      print(io, opts, result, (t) => `excluded ${JSON.stringify(t.phrase)} — ${t.id}`);
    });
}
