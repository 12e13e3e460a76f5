import type { Command } from 'commander';
import type { CheckResult } from '../../filtering/index.ts';
import { toSchoolTime } from '../../platform/clock.ts';
import { type CliIo, type CommonOptions, print, withDataOptions, withHaven, withJson } from '../context.ts';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** A check result as text: the verdict, the reason, the facts, then every step considered. */
export function describeCheck(r: CheckResult): string {
  const d = r.decision;
  const london = toSchoolTime(Date.parse(r.at));
  const hhmm = `${String(Math.floor(london.minuteOfDay / 60)).padStart(2, '0')}:${String(london.minuteOfDay % 60).padStart(2, '0')}`;
  const who = [
    r.client.personId ? `person ${r.client.personId}` : undefined,
    r.client.groups.length > 0 ? `groups ${r.client.groups.map((g) => g.name ?? g.id).join(', ')}` : 'no groups',
    r.client.deviceId ? `device ${r.client.deviceId}` : undefined,
  ].filter((x) => x !== undefined);
  const facts = [
    d.category ? `category ${d.category}` : undefined,
    r.listName ? `list ${r.listName}` : undefined,
    d.entry ? `entry ${d.entry}` : undefined,
    d.rule ? `rule ${d.rule}` : undefined,
    d.approval ? `approval ${d.approval}` : undefined,
    d.restriction ? `restriction ${d.restriction}` : undefined,
    d.level ? `level ${d.level}` : undefined,
    d.safeSearch ? `safe search ${d.safeSearch}` : undefined,
  ].filter((x) => x !== undefined);
  const lines = [
    `${d.verdict.toUpperCase()} ${d.host}`,
    d.reason,
    ...(facts.length > 0 ? [facts.join(' · ')] : []),
    `for ${who.join(', ')}${r.client.by === 'address' ? ` (by ${r.client.source})` : r.client.by === 'default' ? ' (the default group)' : ''}, at ${r.at} (${WEEKDAYS[london.weekday] ?? '?'} ${london.date} ${hhmm} London), policy revision ${r.revision}`,
    'chain:',
    ...d.chain.map((s) => `  ${s.stage.padEnd(8)} ${s.effect.padEnd(8)} ${s.note}${s.rule ? ` [rule ${s.rule}]` : ''}${s.approval ? ` [approval ${s.approval}]` : ''}${s.restriction ? ` [restriction ${s.restriction}]` : ''}`),
  ];
  return lines.join('\n');
}

/** `haven check <host-or-url>`: the decision and the chain of rules that produced it. */
export function registerCheckCommand(program: Command, io: CliIo): void {
  withJson(withDataOptions(program.command('check <host-or-url>')))
    .description('explain what the filter decides for a host or URL, for a group, person or client address')
    .option('--group <group>', 'decide for this group (id or name)')
    .option('--person <id>', "decide for this person (their own rules; their groups unless --group)")
    .option('--address <ip>', 'decide for whoever the identity map says is at this address')
    .option('--at <time>', 'ISO-8601 time to decide at (default: now), e.g. 2026-09-07T12:30:00+01:00')
    .option('--school <id>', 'the school (default: the first)')
    .action(async (target: string, opts: CommonOptions & { group?: string; person?: string; address?: string; at?: string; school?: string }) => {
      const result = await withHaven(io, opts, (h) =>
        h.filteringService.check({
          target,
          ...(opts.group === undefined ? {} : { group: opts.group }),
          ...(opts.person === undefined ? {} : { person: opts.person }),
          ...(opts.address === undefined ? {} : { address: opts.address }),
          ...(opts.at === undefined ? {} : { at: opts.at }),
          ...(opts.school === undefined ? {} : { schoolId: opts.school }),
        }),
      );
      print(io, opts, result, describeCheck);
    });
}
