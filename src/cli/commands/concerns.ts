import type { Command } from 'commander';
import {
  concernAbouts,
  concernLevels,
  concernOutcomes,
  type ConcernView,
  getConcern,
  isOneOf,
  listConcerns,
  type NewConcern,
  reportConcern,
  setStatus,
  triageConcern,
  viewerFromAccount,
} from '../../safeguarding/index.ts';
import { registerConcernFileCommands } from './concerns-files.ts';
import { type CliIo, type CommonOptions, print, table, usageError, withDataOptions, withHaven, withJson } from '../context.ts';

interface AsOptions extends CommonOptions {
  as: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const collect = (value: string, previous: string[] = []) => [...previous, value];

/** A person given on the command line: a directory id, or a name for someone not in it. */
function personArg(value: string, part: 'subject' | 'alleged-perpetrator' | 'witness') {
  return UUID.test(value) ? { personId: value, part } : { name: value, part };
}

function showText(c: ConcernView): string {
  const lines = [`${c.reference}  ${c.status}  reported ${c.reportedAt}  (you see: ${c.view})`];
  if (c.category) lines.push(`category: ${c.category}${c.about === 'staff' ? ' (allegation about staff)' : ''}`);
  if (c.summary !== undefined) lines.push('', c.summary, '');
  for (const p of c.people ?? []) lines.push(`  ${p.part}: ${p.name}${p.yearGroup ? ` (${p.yearGroup})` : ''}`);
  const f = c.full;
  if (f) {
    lines.push(`level: ${f.level ?? 'not set'}  assigned: ${f.assignedTo ?? 'nobody'}  escalated: ${f.escalated ? 'yes' : 'no'}`);
    for (const a of f.actions) lines.push(`  [${a.status === 'done' ? 'x' : a.status === 'not-needed' ? '-' : ' '}] ${a.label}${a.dueOn ? ` (due ${a.dueOn})` : ''} — ${a.id}`);
    if (f.closeBlockers.length) lines.push(`before closing: ${f.closeBlockers.join(', ')}`);
  }
  return lines.join('\n');
}

/**
 * `haven concerns list|show|report|triage`: the safeguarding log from the server's shell.
 * `--as <email>` is required and the command acts with exactly that account's access, so the
 * shell cannot go round need-to-know; every read and change is audited as that account.
 */
export function registerConcernCommands(program: Command, io: CliIo): void {
  const concerns = program.command('concerns').description('safeguarding concerns (acting as a named account, with its access)');
  const asOption = (cmd: Command) => cmd.requiredOption('--as <email>', 'the account to act as (its roles decide what you see)');

  asOption(withJson(withDataOptions(concerns.command('list'))))
    .description('concerns this account may see, newest first')
    .option('--status <status>', 'new | in-progress | closed')
    .option('--mine', 'only concerns this account reported')
    .option('--limit <n>', 'how many (default 50)')
    .action(async (opts: AsOptions & { status?: string; mine?: boolean; limit?: string }) => {
      const result = await withHaven(io, opts, async (h) =>
        listConcerns(h.safeguarding, await viewerFromAccount(h.database.db, opts.as), {
          ...(opts.status ? { status: opts.status } : {}),
          ...(opts.mine ? { mine: true } : {}),
          ...(opts.limit ? { limit: Number(opts.limit) } : {}),
        }),
      );
      print(io, opts, result, (r) =>
        table(
          ['REFERENCE', 'STATUS', 'CATEGORY', 'LEVEL', 'SUBJECTS', 'REPORTED', 'VIEW'],
          r.concerns.map((c) => [c.reference, c.status, c.category ?? '', c.level ?? '', (c.subjects ?? []).join(', '), c.reportedAt, c.view]),
        ),
      );
    });

  asOption(withJson(withDataOptions(concerns.command('show <concern>'))))
    .description('one concern, by id or reference, as much as this account may see')
    .action(async (ref: string, opts: AsOptions) => {
      const c = await withHaven(io, opts, async (h) => getConcern(h.safeguarding, await viewerFromAccount(h.database.db, opts.as), ref));
      print(io, opts, c, showText);
    });

  asOption(withJson(withDataOptions(concerns.command('report'))))
    .description('report a concern (the staff form)')
    .requiredOption('--summary <text>', 'what happened')
    .option('--about <about>', `learner (default) or staff`)
    .option('--category <code>', 'category code (default unclassified, or allegation for staff)')
    .option('--subject <person>', 'person id or name of someone the concern is about (repeatable)', collect)
    .option('--perpetrator <person>', 'person id or name of an alleged perpetrator (repeatable)', collect)
    .option('--witness <person>', 'person id or name of a witness (repeatable)', collect)
    .option('--location <text>', 'where it happened')
    .option('--occurred-at <iso>', 'when it happened (ISO 8601)')
    .option('--about-headteacher', 'the allegation is about the headteacher')
    .option('--suspected-illegal', 'suspected illegal activity or serious harm (flags it for referral)')
    .action(
      async (
        opts: AsOptions & {
          summary: string;
          about?: string;
          category?: string;
          subject?: string[];
          perpetrator?: string[];
          witness?: string[];
          location?: string;
          occurredAt?: string;
          aboutHeadteacher?: boolean;
          suspectedIllegal?: boolean;
        },
      ) => {
        if (opts.about && !isOneOf(concernAbouts, opts.about)) throw usageError(`--about must be one of ${concernAbouts.join(', ')}`);
        const input: NewConcern = {
          summary: opts.summary,
          people: [
            ...(opts.subject ?? []).map((p) => personArg(p, 'subject')),
            ...(opts.perpetrator ?? []).map((p) => personArg(p, 'alleged-perpetrator')),
            ...(opts.witness ?? []).map((p) => personArg(p, 'witness')),
          ],
          ...(opts.about ? { about: opts.about as 'learner' | 'staff' } : {}),
          ...(opts.category ? { category: opts.category } : {}),
          ...(opts.location ? { location: opts.location } : {}),
          ...(opts.occurredAt ? { occurredAt: opts.occurredAt } : {}),
          ...(opts.aboutHeadteacher ? { aboutHeadteacher: true } : {}),
          ...(opts.suspectedIllegal ? { suspectedIllegalOrHarm: true } : {}),
        };
        const receipt = await withHaven(io, opts, async (h) => reportConcern(h.safeguarding, await viewerFromAccount(h.database.db, opts.as), input));
        print(io, opts, receipt, (r) => `concern received: ${r.reference} (id ${r.id})`);
      },
    );

  asOption(withJson(withDataOptions(concerns.command('triage <concern>'))))
    .description('triage a concern: category, level with rationale, assignment, status')
    .option('--category <code>', 'set the category (re-proposes the response matrix actions)')
    .option('--level <level>', `one of ${concernLevels.join(', ')}`)
    .option('--rationale <text>', 'why this level (required with --level)')
    .option('--assign <account-id>', 'assign to an account id ("none" to unassign)')
    .option('--status <status>', 'in-progress or closed')
    .option('--outcome <outcome>', `with --status closed: one of ${concernOutcomes.join(', ')}`)
    .option('--outcome-note <text>', 'with --status closed: what was decided and why')
    .option('--reason <text>', 'with --status in-progress on a closed concern: why it is reopened')
    .action(
      async (
        ref: string,
        opts: AsOptions & { category?: string; level?: string; rationale?: string; assign?: string; status?: string; outcome?: string; outcomeNote?: string; reason?: string },
      ) => {
        if (opts.level && !isOneOf(concernLevels, opts.level)) throw usageError(`--level must be one of ${concernLevels.join(', ')}`);
        if (opts.outcome && !isOneOf(concernOutcomes, opts.outcome)) throw usageError(`--outcome must be one of ${concernOutcomes.join(', ')}`);
        if (opts.status && opts.status !== 'in-progress' && opts.status !== 'closed') throw usageError('--status must be in-progress or closed');
        const level = opts.level && isOneOf(concernLevels, opts.level) ? opts.level : undefined;
        const outcome = opts.outcome && isOneOf(concernOutcomes, opts.outcome) ? opts.outcome : undefined;
        const triage = opts.category !== undefined || level !== undefined || opts.assign !== undefined;
        if (!triage && !opts.status) throw usageError('give something to change: --category, --level, --assign or --status');
        const result = await withHaven(io, opts, async (h) => {
          const viewer = await viewerFromAccount(h.database.db, opts.as);
          let id = ref;
          if (triage) {
            id = (
              await triageConcern(h.safeguarding, viewer, ref, {
                ...(opts.category ? { category: opts.category } : {}),
                ...(level ? { level, ...(opts.rationale ? { levelRationale: opts.rationale } : {}) } : {}),
                ...(opts.assign ? { assignedTo: opts.assign === 'none' ? null : opts.assign } : {}),
              })
            ).id;
          }
          if (opts.status === 'in-progress' || opts.status === 'closed') {
            await setStatus(h.safeguarding, viewer, id, {
              status: opts.status,
              ...(outcome ? { outcome } : {}),
              ...(opts.outcomeNote ? { outcomeNote: opts.outcomeNote } : {}),
              ...(opts.reason ? { reason: opts.reason } : {}),
            });
          }
          return getConcern(h.safeguarding, viewer, id);
        });
        print(io, opts, result, showText);
      },
    );

  registerConcernFileCommands(concerns, io, asOption);
}
