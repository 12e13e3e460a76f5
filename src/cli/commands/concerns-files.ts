import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import {
  createTransfer,
  type DocumentFormat,
  documentFormats,
  exportChildFile,
  isOneOf,
  listTransfers,
  openPackageFile,
  parseTransferKey,
  patterns,
  viewerFromAccount,
} from '../../safeguarding/index.ts';
import { type CliIo, type CommonOptions, print, table, usageError, withDataOptions, withHaven, withJson } from '../context.ts';

interface AsOptions extends CommonOptions {
  as: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * Writes a file the user asked for, readable by them only; never replaces one unless `force`.
 * This is the one place safeguarding content is written out in clear, because someone asked.
 */
export function writePrivateFile(path: string, content: Buffer, force: boolean): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(path, content, { mode: 0o600, flag: force ? 'w' : 'wx' });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'EEXIST') throw usageError(`${path} already exists: choose another --out, or add --force`);
    throw cause;
  }
}

function formatOf(value: string): DocumentFormat {
  if (!isOneOf(documentFormats, value)) throw usageError(`--format must be one of ${documentFormats.join(', ')}`);
  return value;
}

/**
 * `haven concerns export|patterns|transfer|transfers|transfer-open`: the child-protection file,
 * the DSL's patterns and transfers to another school, acting as a named account (`--as`) with
 * exactly its access; every read is audited as that account. `transfer-open` needs no Haven at
 * all: a receiving school without Haven opens the package with the key it was given.
 */
export function registerConcernFileCommands(concerns: Command, io: CliIo, asOption: (cmd: Command) => Command): void {
  asOption(withJson(withDataOptions(concerns.command('export <personId>'))))
    .description("write a learner's child-protection file (cover, chronology, every concern in full)")
    .option('--format <format>', 'pdf or html', 'pdf')
    .requiredOption('--out <file>', 'where to write it (readable by you only)')
    .option('--force', 'replace the file if it exists')
    .action(async (personId: string, opts: AsOptions & { format: string; out: string; force?: boolean }) => {
      const format = formatOf(opts.format);
      const doc = await withHaven(io, opts, async (h) => exportChildFile(h.safeguarding, await viewerFromAccount(h.database.db, opts.as), personId, format));
      const path = resolve(io.cwd, opts.out);
      writePrivateFile(path, doc.body, opts.force === true);
      print(io, opts, { file: path, format, bytes: doc.body.length }, (r) => `wrote ${r.file} (${r.format}, ${r.bytes} bytes): confidential — keep it secure and delete it when done`);
    });

  asOption(withJson(withDataOptions(concerns.command('patterns'))))
    .description('learners with repeat concerns, rising categories, concerns open too long (DSL team)')
    .option('--days <n>', 'length of the period in days (default 90)')
    .option('--repeat <n>', 'concerns about one learner that count as repeat (default 3)')
    .option('--rising <n>', 'fewest concerns for a rising category (default 3)')
    .option('--open-days <n>', 'open longer than this many days (default 30)')
    .option('--school <id>', 'the school (with several)')
    .action(async (opts: AsOptions & { days?: string; repeat?: string; rising?: string; openDays?: string; school?: string }) => {
      const num = (v: string | undefined, name: string) => {
        if (v === undefined) return undefined;
        const x = Number(v);
        if (!Number.isInteger(x) || x < 1) throw usageError(`${name} must be a whole number`);
        return x;
      };
      const query = {
        ...(opts.school ? { schoolId: opts.school } : {}),
        ...(num(opts.days, '--days') ? { days: num(opts.days, '--days') } : {}),
        ...(num(opts.repeat, '--repeat') ? { repeatAtLeast: num(opts.repeat, '--repeat') } : {}),
        ...(num(opts.rising, '--rising') ? { risingAtLeast: num(opts.rising, '--rising') } : {}),
        ...(num(opts.openDays, '--open-days') ? { openDays: num(opts.openDays, '--open-days') } : {}),
      };
      const view = await withHaven(io, opts, async (h) => patterns(h.safeguarding, await viewerFromAccount(h.database.db, opts.as), query));
      print(io, opts, view, (v) =>
        [
          `Repeat concerns (${v.window.repeatAtLeast} or more in ${v.window.days} days):`,
          v.repeat.length ? table(['LEARNER', 'YEAR', 'CONCERNS', 'CATEGORIES'], v.repeat.map((r) => [r.name, r.yearGroup, r.count, r.byCategory.map((c) => `${c.label} ${c.count}`).join(', ')])) : '  none',
          '',
          `Rising categories (at least ${v.window.risingAtLeast}, against the previous ${v.window.days} days):`,
          v.rising.length ? table(['CATEGORY', 'NOW', 'BEFORE'], v.rising.map((r) => [r.label, r.current, r.previous])) : '  none',
          '',
          `Open longer than ${v.window.openDays} days:`,
          v.longOpen.length ? table(['REFERENCE', 'CATEGORY', 'STATUS', 'DAYS OPEN'], v.longOpen.map((c) => [c.reference, c.label, c.status, c.daysOpen])) : '  none',
        ].join('\n'),
      );
    });

  asOption(withJson(withDataOptions(concerns.command('transfer <personId>'))))
    .description("send a learner's file to their new school: prints a one-time link and the transfer key (shown once)")
    .requiredOption('--to-school <name>', "the receiving school's name (and town or URN)")
    .option('--to-contact <text>', "the receiving DSL's name or email, for your record")
    .option('--concern <id>', 'only this concern (repeatable; default: the whole file)', collect)
    .action(async (personId: string, opts: AsOptions & { toSchool: string; toContact?: string; concern?: string[] }) => {
      const result = await withHaven(io, opts, async (h) => {
        const created = await createTransfer(h.safeguarding, await viewerFromAccount(h.database.db, opts.as), {
          personId,
          toSchool: opts.toSchool,
          ...(opts.toContact ? { toContact: opts.toContact } : {}),
          ...(opts.concern ? { concernIds: opts.concern } : {}),
        });
        const base = h.config.http.publicUrl?.replace(/\/$/, '') ?? '';
        return { ...created, downloadUrl: base + created.downloadPath, receiptUrl: base + created.receiptPath };
      });
      print(io, opts, result, (r) =>
        [
          `transfer ${r.transfer.id} created for ${r.transfer.learnerName} → ${r.transfer.toSchool} (${r.transfer.files} files, ${r.transfer.packageBytes} bytes)`,
          '',
          `download link (works once, until ${r.transfer.expiresAt}):`,
          `  ${r.downloadUrl}${r.downloadUrl.startsWith('/') ? '   (prefix with this Haven’s address)' : ''}`,
          `transfer key (send it by a different channel from the link, e.g. read it out by phone):`,
          `  ${r.key}`,
          '',
          `the receiving school confirms receipt with POST ${r.receiptUrl} {"token", "name", "role", "school"}`,
          'neither the link nor the key is shown again; Haven keeps neither.',
        ].join('\n'),
      );
    });

  asOption(withJson(withDataOptions(concerns.command('transfers'))))
    .description('your school’s record of transfers: where, when, by whom, downloaded, receipt confirmed')
    .option('--person <id>', 'only this learner’s')
    .action(async (opts: AsOptions & { person?: string }) => {
      const list = await withHaven(io, opts, async (h) => listTransfers(h.safeguarding, await viewerFromAccount(h.database.db, opts.as), opts.person ? { personId: opts.person } : {}));
      print(io, opts, { transfers: list }, (r) =>
        table(
          ['ID', 'LEARNER', 'TO', 'SENT', 'BY', 'STATUS', 'DOWNLOADED', 'RECEIPT', 'RECEIVED BY'],
          r.transfers.map((t) => [t.id, t.learnerName, t.toSchool, t.createdAt, t.createdBy.name, t.status, t.downloadedAt, t.receiptAt, t.receivedBy ? `${t.receivedBy.name} (${t.receivedBy.role}, ${t.receivedBy.school})` : '']),
        ),
      );
    });

  withJson(concerns.command('transfer-open <package>'))
    .description('decrypt a transfer package with its key and write its files (no Haven installation needed)')
    .requiredOption('--key <key>', 'the transfer key the sending school gave you (HVT-…)')
    .requiredOption('--out <dir>', 'an empty or new directory to write the files into (readable by you only)')
    .action(async (file: string, opts: { key: string; out: string; json?: boolean }) => {
      const key = parseTransferKey(opts.key);
      const path = resolve(io.cwd, file);
      const opened = await openPackageFile(path, key);
      const out = resolve(io.cwd, opts.out);
      mkdirSync(out, { recursive: true, mode: 0o700 });
      if (readdirSync(out).length > 0) throw usageError(`${out} is not empty: choose a new directory`);
      const written: string[] = [];
      for (const f of opened.files) {
        const target = resolve(out, ...f.name.split('/'));
        // The archive reader refuses unsafe names already; this keeps every write inside --out regardless.
        if (!target.startsWith(out + sep)) throw usageError(`refusing to write ${f.name} outside ${out}`);
        writePrivateFile(target, f.content, false);
        written.push(join(out, f.name));
      }
      const m = opened.manifest;
      print(io, opts, { manifest: m, written }, (r) =>
        [
          `package intact: the file of ${r.manifest.learner.name}, sent by ${r.manifest.from.school} on ${r.manifest.createdAt}`,
          `${r.written.length} files written to ${out} (start with child-protection-file.pdf)`,
          ...(r.manifest.notSent.length ? [`${r.manifest.notSent.length} pictures stay with the sending school’s DSL: ask them if you need them`] : []),
          'confirm receipt to the sending school with the link you were given (POST …/receipt)',
        ].join('\n'),
      );
    });
}
