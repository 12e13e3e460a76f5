import type { Command } from 'commander';
import type { SelfTestResult } from '../../filtering/index.ts';
import { AppError } from '../../platform/errors.ts';
import { type CliIo, CLI_ACTOR, type CommonOptions, print, table, withDataOptions, withHaven, withJson } from '../context.ts';

/** The self-test as text: one row per group, then coverage of the blocked categories, then problems. */
export function describeSelfTest(r: SelfTestResult): string {
  const groups = table(
    ['GROUP', 'LEARNERS', 'SAFE SEARCH', 'BLOCKED', 'OPEN', 'RESULT'],
    r.groups.map((g) => [
      g.groupName,
      g.learners ? 'yes' : '',
      `${g.safeSearch ?? '-'}${g.safeSearchOk ? '' : ' (!)'}`,
      g.categories.filter((c) => c.actual === 'block').length,
      g.categories.filter((c) => c.actual === 'allow').map((c) => c.category).join(', ') || '-',
      g.categories.every((c) => c.ok) && g.safeSearchOk ? 'ok' : 'FAIL',
    ]),
  );
  const coverage = table(
    ['CATEGORY', 'BLOCKED FOR', 'ENTRIES', 'LISTS', 'NEWEST VERSION', ''],
    r.coverage.filter((c) => c.blockedFor > 0).map((c) => [c.category, `${c.blockedFor} group(s)`, c.entries, c.lists, c.ageDays === null ? '-' : `${c.ageDays} day(s) old`, c.empty ? 'NOTHING TO BLOCK WITH' : '']),
  );
  return [
    `self-test ${r.passed ? 'passed' : 'FAILED'} at ${r.ranAt} (policy revision ${r.revision})`,
    groups,
    '',
    coverage,
    ...(r.problems.length > 0 ? ['', 'problems:', ...r.problems.map((p) => `  - ${p}`)] : []),
  ].join('\n');
}

/** `haven filter test`: checks every group's blocked categories against the live filter, stores the result, exits 1 when it fails. */
export function registerFilterTestCommand(program: Command, io: CliIo): void {
  const filter = program.command('filter').description('the filter itself: self-test');
  withJson(withDataOptions(filter.command('test')))
    .description("check, per group, that every category the policy blocks is blocked (canary names), and safe search; exits 1 when something required is open")
    .option('--group <group>', 'only this group (id or name)')
    .option('--school <id>', 'the school (default: the first)')
    .action(async (opts: CommonOptions & { group?: string; school?: string }) => {
      const result = await withHaven(io, opts, (h) => h.filteringService.runSelfTest(CLI_ACTOR, { ...(opts.group === undefined ? {} : { group: opts.group }), ...(opts.school === undefined ? {} : { schoolId: opts.school }) }));
      print(io, opts, result, describeSelfTest);
      if (!result.passed) throw new AppError('filtering.self_test_failed', 'conflict', `the filter self-test failed: ${result.problems[0] ?? 'see above'}`);
    });
}
