import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import {
  type GroupSummary,
  groupKinds,
  type IdentityDeps,
  importPeople,
  importRejectedError,
  listGroups,
  listPeople,
  type PeopleImportSummary,
  personKinds,
} from '../../identity/index.ts';
import { type CliIo, CLI_ACTOR, type CommonOptions, print, table, usageError, withDataOptions, withHaven, withJson } from '../context.ts';

const CHANGES_SHOWN = 50;

interface ImportOptions extends CommonOptions {
  school?: string;
  dryRun?: boolean;
  skipInvalid?: boolean;
  markLeft?: boolean;
}

function describeChange(c: PeopleImportSummary['changes'][number]): string {
  const at = c.line === null ? '' : `line ${c.line}: `;
  switch (c.action) {
    case 'create-person':
      return `${at}create ${c.externalId ?? ''}`;
    case 'update-person':
      return `${at}update ${c.externalId ?? ''} (${c.fields.join(', ')})`;
    case 'mark-left':
      return `mark ${c.externalId ?? ''} as left`;
    case 'create-group':
      return `${at}create group ${JSON.stringify(c.group)}`;
    case 'add-member':
      return `${at}add ${c.externalId ?? ''} to ${JSON.stringify(c.group)}`;
    case 'remove-member':
      return `${at}remove ${c.externalId ?? ''} from ${JSON.stringify(c.group)}`;
  }
}

/** The import summary as text; a rejected import's errors are printed by the error itself. */
function renderSummary(s: PeopleImportSummary): string {
  const heading = s.rejected ? 'nothing was imported: the file has problems' : s.dryRun ? 'dry run: nothing was written' : `imported into school ${s.schoolId}`;
  const verb = s.written ? '' : 'would be ';
  const lines = [
    heading,
    `${s.rows} rows: ${s.created} ${verb}created, ${s.updated} ${verb}updated, ${s.unchanged} unchanged, ${s.invalid} invalid${s.invalid > 0 && !s.rejected ? ' (skipped)' : ''}`,
    `groups ${verb}created: ${s.groupsCreated}; memberships ${verb}added: ${s.membershipsAdded}, ${verb}removed: ${s.membershipsRemoved}`,
    s.markedLeft > 0 ? `marked as left: ${s.markedLeft}` : `not in the file: ${s.notInFile}${s.notInFile > 0 ? ' (kept; --mark-left marks them as left)' : ''}`,
  ];
  if (s.ignoredColumns.length > 0) lines.push(`ignored columns: ${s.ignoredColumns.join(', ')}`);
  if (s.dryRun && !s.rejected) {
    lines.push(s.changes.length === 0 ? 'no changes' : 'changes:');
    for (const c of s.changes.slice(0, CHANGES_SHOWN)) lines.push(`  ${describeChange(c)}`);
    if (s.changes.length > CHANGES_SHOWN) lines.push(`  … and ${s.changes.length - CHANGES_SHOWN} more (--json lists them all)`);
  } else if (s.written && s.changes.length === 0) lines.push('no changes');
  if (!s.rejected && s.errors.length > 0) {
    lines.push('skipped:');
    for (const e of s.errors) lines.push(`  line ${e.line}: ${e.field}: ${e.message}`);
  }
  return lines.join('\n');
}

async function findGroup(deps: IdentityDeps, ref: string, schoolId: string | undefined): Promise<GroupSummary> {
  const groups = await listGroups(deps, schoolId ? { schoolId } : {});
  const group = groups.find((g) => g.id === ref) ?? groups.find((g) => g.name.toLowerCase() === ref.toLowerCase());
  if (!group) throw usageError(`no group ${JSON.stringify(ref)}: see haven groups list`);
  return group;
}

/** `haven import people`, `haven people list` and `haven groups list`: the school directory from the server's shell. */
export function registerPeopleCommands(program: Command, io: CliIo): void {
  const imports = program.command('import').description('bring data into Haven from files');

  withJson(withDataOptions(imports.command('people <file>')))
    .description('import people from a CSV export of the MIS (UPN or ID, forename, surname, year, class, date of birth, email, role)')
    .option('--school <id>', 'the school to import into (default: the first school)')
    .option('--dry-run', 'show the changes without writing anything')
    .option('--skip-invalid', 'import the valid rows even when others are invalid')
    .option('--mark-left', 'mark people of the kinds in the file whom it no longer lists as left')
    .action(async (file: string, opts: ImportOptions) => {
      let content: Buffer;
      try {
        content = readFileSync(resolve(io.cwd, file));
      } catch (err) {
        throw usageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
      const summary = await withHaven(io, opts, (h) =>
        importPeople(h.identity, CLI_ACTOR, content, {
          ...(opts.school ? { schoolId: opts.school } : {}),
          dryRun: opts.dryRun === true,
          skipInvalid: opts.skipInvalid === true,
          markLeft: opts.markLeft === true,
        }),
      );
      print(io, opts, summary, renderSummary);
      if (summary.rejected) throw importRejectedError(summary);
    });

  const people = program.command('people').description('the people a school records');
  withJson(withDataOptions(people.command('list')))
    .description('list people, by last name')
    .option('--school <id>', 'only this school')
    .option('--group <group>', 'only members of this group (id or name)')
    .option('--kind <kind>', `only this kind: ${personKinds.join(', ')}`)
    .option('--status <status>', 'active or left')
    .option('--search <text>', 'a name or external id')
    .option('--limit <n>', 'at most this many', '1000')
    .action(async (opts: CommonOptions & { school?: string; group?: string; kind?: string; status?: string; search?: string; limit: string }) => {
      const kind = personKinds.find((k) => k === opts.kind);
      if (opts.kind !== undefined && !kind) throw usageError(`--kind must be one of ${personKinds.join(', ')}`);
      if (opts.status !== undefined && opts.status !== 'active' && opts.status !== 'left') throw usageError('--status must be active or left');
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw usageError('--limit must be a whole number from 1 to 1000');
      const result = await withHaven(io, opts, async (h) => {
        const group = opts.group === undefined ? undefined : await findGroup(h.identity, opts.group, opts.school);
        return listPeople(h.identity, {
          ...(opts.school ? { schoolId: opts.school } : {}),
          ...(group ? { groupId: group.id } : {}),
          ...(kind ? { kind } : {}),
          ...(opts.status === 'active' || opts.status === 'left' ? { status: opts.status } : {}),
          ...(opts.search ? { search: opts.search } : {}),
          limit,
        });
      });
      print(io, opts, result, (r) =>
        [
          table(
            ['EXTERNAL ID', 'LAST NAME', 'FIRST NAME', 'KIND', 'YEAR', 'STATUS', 'ID'],
            r.people.map((p) => [p.externalId, p.lastName, p.firstName, p.kind, p.yearGroup, p.status, p.id]),
          ),
          `${r.people.length} of ${r.total}`,
        ].join('\n'),
      );
    });

  const groups = program.command('groups').description('groups of people (classes, year groups, teams)');
  withJson(withDataOptions(groups.command('list')))
    .description('list groups, highest priority first, with their active members')
    .option('--school <id>', 'only this school')
    .option('--kind <kind>', `only this kind: ${groupKinds.join(', ')}`)
    .action(async (opts: CommonOptions & { school?: string; kind?: string }) => {
      const kind = groupKinds.find((k) => k === opts.kind);
      if (opts.kind !== undefined && !kind) throw usageError(`--kind must be one of ${groupKinds.join(', ')}`);
      const list = await withHaven(io, opts, (h) => listGroups(h.identity, { ...(opts.school ? { schoolId: opts.school } : {}), ...(kind ? { kind } : {}) }));
      print(io, opts, list, (l) => table(['NAME', 'KIND', 'PRIORITY', 'MEMBERS', 'ID'], l.map((g) => [g.name, g.kind, g.priority, g.memberCount, g.id])));
    });
}
