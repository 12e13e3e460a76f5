import type { Command } from 'commander';
import { RULE_LEVELS, type RuleView, type TimeWindow } from '../../filtering/index.ts';
import { type CliIo, CLI_ACTOR, type CommonOptions, print, table, usageError, withDataOptions, withHaven, withJson } from '../context.ts';

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Reads `mon 12:00-13:00` (or `1 12:00-13:00`; `mon-fri 12:00-13:00` gives one window per day). */
export function parseWindowOption(text: string): TimeWindow[] {
  const m = /^\s*([a-z]{3}|[0-6])(?:-([a-z]{3}|[0-6]))?\s+(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})\s*$/i.exec(text);
  const day = (d: string | undefined): number => (d === undefined ? -1 : /^\d$/.test(d) ? Number(d) : DAYS.indexOf(d.toLowerCase()));
  const from = day(m?.[1]);
  const to = m?.[2] === undefined ? from : day(m[2]);
  if (m === null || from < 0 || to < 0 || to < from) throw usageError(`--window ${JSON.stringify(text)}: write it as "mon 12:00-13:00" or "mon-fri 08:45-15:30"`);
  const pad = (t: string): string => t.padStart(5, '0');
  const windows: TimeWindow[] = [];
  for (let d = from; d <= to; d++) windows.push({ weekday: d, start: pad(m[3] ?? ''), end: pad(m[4] ?? '') });
  return windows;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function describeRules(rules: RuleView[]): string {
  return table(
    ['ID', 'FOR', 'TARGET', 'LEVEL', 'DETAIL', 'REASON'],
    rules.map((r) => [
      r.origin === 'template' ? `${r.id}${r.replacedBy ? ' (replaced)' : ''}` : r.id,
      r.subject.kind === 'group' ? `group ${r.subject.name ?? r.subject.id}` : `person ${r.subject.id}`,
      r.target.kind === 'site' ? r.target.site : r.target.category,
      r.level,
      r.windows.length > 0 ? r.windows.map((w) => `${DAYS[w.weekday] ?? '?'} ${w.start}-${w.end}`).join(', ') : r.nominated.people.length + r.nominated.groups.length > 0 ? `nominated: ${[...r.nominated.groups, ...r.nominated.people].join(', ')}` : '',
      r.reason ?? '(template)',
    ]),
  );
}

/** `haven rules list|add|remove`: the policy's rules, changed directly with a reason. */
export function registerRuleCommands(program: Command, io: CliIo): void {
  const rules = program.command('rules').description("the filtering policy's rules per group and person");
  withJson(withDataOptions(rules.command('list')))
    .description("the school's rules, with its template groups' template lines")
    .option('--for <id>', 'only the rules of this group or person id')
    .option('--school <id>', 'the school (default: the first)')
    .action(async (opts: CommonOptions & { for?: string; school?: string }) => {
      const list = await withHaven(io, opts, (h) => h.filteringService.listRules({ ...(opts.for === undefined ? {} : { subject: opts.for }), ...(opts.school === undefined ? {} : { schoolId: opts.school }) }));
      print(io, opts, list, describeRules);
    });
  withJson(withDataOptions(rules.command('add')))
    .description('add a rule: for a group or person, a category or site, at a level')
    .option('--group <group>', 'for this group (id or name)')
    .option('--person <id>', 'for this person')
    .option('--category <category>', 'about this category')
    .option('--site <site>', 'about this site (host or host/path)')
    .requiredOption('--level <level>', RULE_LEVELS.join('|'))
    .option('--window <window>', 'for allowed-at-certain-times: "mon 12:00-13:00" (repeat for more)', collect)
    .option('--nominate-person <id>', 'for allowed-for-nominated-users (repeat for more)', collect)
    .option('--nominate-group <group>', 'for allowed-for-nominated-users (repeat for more)', collect)
    .requiredOption('--reason <text>', 'why (recorded in the change history)')
    .option('--school <id>', 'the school (default: the first)')
    .action(async (opts: CommonOptions & { group?: string; person?: string; category?: string; site?: string; level: string; window?: string[]; nominatePerson?: string[]; nominateGroup?: string[]; reason: string; school?: string }) => {
      if ((opts.group === undefined) === (opts.person === undefined)) throw usageError('give exactly one of --group or --person');
      if ((opts.category === undefined) === (opts.site === undefined)) throw usageError('give exactly one of --category or --site');
      const level = RULE_LEVELS.find((l) => l === opts.level);
      if (level === undefined) throw usageError(`--level must be one of ${RULE_LEVELS.join(', ')}`);
      const windows = (opts.window ?? []).flatMap(parseWindowOption);
      const rule = await withHaven(io, opts, (h) =>
        h.filteringService.createRule(CLI_ACTOR, {
          subject: opts.group !== undefined ? { kind: 'group', group: opts.group } : { kind: 'person', person: opts.person ?? '' },
          target: opts.site !== undefined ? { kind: 'site', site: opts.site } : { kind: 'category', category: opts.category ?? '' },
          level,
          ...(windows.length === 0 ? {} : { windows }),
          ...(opts.nominatePerson === undefined && opts.nominateGroup === undefined ? {} : { nominated: { people: opts.nominatePerson ?? [], groups: opts.nominateGroup ?? [] } }),
          reason: opts.reason,
          ...(opts.school === undefined ? {} : { schoolId: opts.school }),
        }),
      );
      print(io, opts, rule, (r) => `added rule ${r.id}: ${r.target.kind === 'site' ? r.target.site : r.target.category} is ${r.level} for ${r.subject.kind} ${r.subject.name ?? r.subject.id}`);
    });
  withDataOptions(rules.command('remove <id>'))
    .description('delete a rule (a template group falls back to its template line)')
    .requiredOption('--reason <text>', 'why (recorded in the change history)')
    .action(async (id: string, opts: CommonOptions & { reason: string }) => {
      await withHaven(io, opts, (h) => h.filteringService.deleteRule(CLI_ACTOR, id, opts.reason));
      io.out(`removed rule ${id}`);
    });
}
