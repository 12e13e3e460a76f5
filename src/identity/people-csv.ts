import { parse } from 'csv-parse/sync';
import type { PersonKind } from './model.ts';
import { checkDateOfBirth, checkEmail, checkExternalId, checkGroupName, checkName, checkPersonKind, checkYearGroup, type FieldCheck } from './person-fields.ts';

/**
 * Reads the people CSV files schools export from their MIS (SIMS, Arbor, Bromcom, Google or
 * Microsoft exports, hand-made spreadsheets) into checked rows: every row is validated and
 * every problem reported at once, with the physical line where its record starts.
 */

/** The columns an import understands. */
export const importColumns = ['externalId', 'firstName', 'lastName', 'yearGroup', 'classes', 'dateOfBirth', 'email', 'kind'] as const;
export type ImportColumn = (typeof importColumns)[number];

/** The header names each column goes by (compared lower-case without spaces or punctuation), best first. */
const HEADER_ALIASES: Record<ImportColumn, readonly string[]> = {
  externalId: ['externalid', 'id', 'upn', 'uniquepupilnumber', 'admissionno', 'admissionnumber', 'adno', 'misid', 'personid', 'pupilid', 'studentid', 'staffcode', 'staffid', 'employeeno', 'payrollno'],
  firstName: ['preferredforename', 'preferredfirstname', 'forename', 'firstname', 'givenname', 'legalforename'],
  lastName: ['preferredsurname', 'surname', 'lastname', 'familyname', 'legalsurname'],
  yearGroup: ['yeargroup', 'year', 'ncyear', 'curriculumyear'],
  classes: ['class', 'classes', 'reggroup', 'registrationgroup', 'form', 'formgroup', 'tutorgroup', 'regform'],
  dateOfBirth: ['dateofbirth', 'dob', 'birthdate'],
  email: ['email', 'emailaddress', 'schoolemail', 'workemail'],
  kind: ['role', 'type', 'persontype', 'usertype', 'kind'],
};

/** How a column is named in messages when the file has no header for it. */
export const COLUMN_LABELS: Record<ImportColumn, string> = {
  externalId: 'id',
  firstName: 'first name',
  lastName: 'last name',
  yearGroup: 'year group',
  classes: 'class',
  dateOfBirth: 'date of birth',
  email: 'email',
  kind: 'role',
};

const REQUIRED: readonly ImportColumn[] = ['externalId', 'firstName', 'lastName'];
const MAX_RECORDS = 100_000;

/** One problem with one row (or with the whole file), at the line where the record starts. */
export interface ImportIssue {
  line: number;
  field: string;
  message: string;
}

/** A valid row; `null` means the cell (or its column) is empty. */
export interface ImportRow {
  line: number;
  externalId: string;
  firstName: string;
  lastName: string;
  kind: PersonKind | null;
  dateOfBirth: string | null;
  email: string | null;
  yearGroup: string | null;
  classes: string[];
}

/** A parsed file: the valid rows, every issue, and which columns it has. */
export interface ParsedPeopleCsv {
  rows: ImportRow[];
  issues: ImportIssue[];
  /** Data records (blank lines and all-empty records are not counted). */
  records: number;
  /** Records with at least one issue. */
  invalidRecords: number;
  /** The file itself is unusable (syntax, missing columns): no row can be imported. */
  fatal: boolean;
  columns: ReadonlySet<ImportColumn>;
  /** The header each column was read from, to name it in messages as the school does. */
  headers: Partial<Record<ImportColumn, string>>;
  ignoredColumns: string[];
  /** Every id in the file, from valid and invalid rows alike (so neither counts as missing). */
  ids: ReadonlySet<string>;
}

/** Decodes a file: UTF-8 (BOM stripped), UTF-16 with a BOM, or Windows-1252 when it is not valid UTF-8. */
export function decodeCsv(input: Buffer | string): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  if (input[0] === 0xff && input[1] === 0xfe) return new TextDecoder('utf-16le').decode(input.subarray(2));
  if (input[0] === 0xfe && input[1] === 0xff) return new TextDecoder('utf-16be').decode(input.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input);
  } catch {
    return new TextDecoder('windows-1252').decode(input);
  }
}

/** The delimiter of the header line: comma, semicolon (Excel in many locales) or tab, whichever is most common outside quotes. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

interface ColumnMap {
  /** Cell indexes per column, best header first. */
  indexes: Partial<Record<ImportColumn, number[]>>;
  headers: Partial<Record<ImportColumn, string>>;
  ignored: string[];
}

function mapColumns(header: string[]): ColumnMap {
  const ranked: Partial<Record<ImportColumn, { index: number; rank: number }[]>> = {};
  const ignored: string[] = [];
  header.forEach((raw, index) => {
    const key = normaliseHeader(raw);
    if (!key) return;
    const column = importColumns.find((c) => HEADER_ALIASES[c].includes(key));
    if (!column) {
      ignored.push(raw.trim());
      return;
    }
    (ranked[column] ??= []).push({ index, rank: HEADER_ALIASES[column].indexOf(key) });
  });
  const indexes: ColumnMap['indexes'] = {};
  const headers: ColumnMap['headers'] = {};
  for (const column of importColumns) {
    const found = ranked[column]?.sort((a, b) => a.rank - b.rank);
    const first = found?.[0];
    if (!found || !first) continue;
    // One id column only: falling back to another per row would match people differently next time.
    indexes[column] = column === 'externalId' ? [first.index] : found.map((f) => f.index);
    headers[column] = (header[first.index] ?? '').trim();
  }
  return { indexes, headers, ignored };
}

type Record_ = { record: string[]; info: { lines: number } };

function readRecords(text: string): Record_[] {
  // Lines are counted on LF-only text: csv-parse's line count drifts on CRLF after blank lines.
  const normalised = text.replace(/\r\n?/g, '\n');
  return parse(normalised, {
    delimiter: detectDelimiter(normalised),
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
  }) as unknown as Record_[];
}

/** Reads and validates a people CSV; `today` (ISO date) bounds dates of birth. */
export function parsePeopleCsv(input: Buffer | string, today: string): ParsedPeopleCsv {
  const empty = (issue: ImportIssue, columns: ColumnMap | null = null): ParsedPeopleCsv => ({
    rows: [],
    issues: [issue],
    records: 0,
    invalidRecords: 0,
    fatal: true,
    columns: new Set(),
    headers: columns?.headers ?? {},
    ignoredColumns: columns?.ignored ?? [],
    ids: new Set(),
  });
  let records: Record_[];
  try {
    records = readRecords(decodeCsv(input));
  } catch (err) {
    const e = err as Error & { code?: string; lines?: number };
    if (!e.code?.startsWith('CSV_')) throw err;
    return empty({ line: typeof e.lines === 'number' ? e.lines : 1, field: 'file', message: e.message.replace(/\.$/, '') });
  }
  const headerRecord = records[0];
  if (!headerRecord) return empty({ line: 1, field: 'file', message: 'the file is empty: it needs a header row and one row per person' });
  const map = mapColumns(headerRecord.record);
  const missing = REQUIRED.filter((c) => !map.indexes[c]);
  if (missing.length > 0) {
    const names = missing.map((c) => COLUMN_LABELS[c]).join(', ');
    return empty({ line: 1, field: 'header', message: `no column for ${names}: name columns e.g. UPN or ID, Forename or First name, Surname or Last name` }, map);
  }
  if (records.length - 1 > MAX_RECORDS) {
    return empty({ line: 1, field: 'file', message: `more than ${MAX_RECORDS} rows: split the file` }, map);
  }

  const fieldName = (c: ImportColumn): string => map.headers[c] ?? COLUMN_LABELS[c];
  const rows: ImportRow[] = [];
  const issues: ImportIssue[] = [];
  const firstLineOf = new Map<string, number>();
  let count = 0;
  let invalidRecords = 0;
  for (const { record, info } of records.slice(1)) {
    const cells = record.map((c) => c.trim());
    if (cells.every((c) => c === '')) continue;
    count += 1;
    const line = info.lines - record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
    const values = (c: ImportColumn): string[] => (map.indexes[c] ?? []).map((i) => cells[i] ?? '').filter((v) => v !== '');
    const rowIssues: ImportIssue[] = [];
    const check = <T>(c: ImportColumn, result: FieldCheck<T>): T | null => {
      if (result.ok) return result.value;
      rowIssues.push({ line, field: fieldName(c), message: result.message });
      return null;
    };
    const optional = <T>(c: ImportColumn, fn: (v: string) => FieldCheck<T>): T | null => {
      const v = values(c)[0];
      return v === undefined ? null : check(c, fn(v));
    };

    const externalId = check('externalId', checkExternalId(values('externalId')[0] ?? ''));
    if (externalId !== null) {
      const first = firstLineOf.get(externalId);
      if (first !== undefined) rowIssues.push({ line, field: fieldName('externalId'), message: `duplicate id ${JSON.stringify(externalId)} (first on line ${first})` });
      else firstLineOf.set(externalId, line);
    }
    const firstName = check('firstName', checkName(values('firstName')[0] ?? ''));
    const lastName = check('lastName', checkName(values('lastName')[0] ?? ''));
    const kind = optional('kind', checkPersonKind);
    const dateOfBirth = optional('dateOfBirth', (v) => checkDateOfBirth(v, today));
    const email = optional('email', checkEmail);
    const yearGroup = optional('yearGroup', checkYearGroup);
    const classes = new Map<string, string>();
    for (const cell of values('classes')) {
      for (const part of cell.split(/[;|]/).map((p) => p.trim()).filter(Boolean)) {
        const name = check('classes', checkGroupName(part));
        if (name !== null && !classes.has(name.toLowerCase())) classes.set(name.toLowerCase(), name);
      }
    }
    if (rowIssues.length > 0 || externalId === null || firstName === null || lastName === null) {
      invalidRecords += 1;
      issues.push(...rowIssues);
      continue;
    }
    rows.push({ line, externalId, firstName, lastName, kind, dateOfBirth, email, yearGroup, classes: [...classes.values()] });
  }
  return {
    rows,
    issues,
    records: count,
    invalidRecords,
    fatal: false,
    columns: new Set(importColumns.filter((c) => map.indexes[c])),
    headers: map.headers,
    ignoredColumns: map.ignored,
    ids: new Set(firstLineOf.keys()),
  };
}
