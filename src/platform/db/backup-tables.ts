import type SqliteDatabase from 'better-sqlite3';
import { type RawBuilder, sql } from 'kysely';
import { AppError } from '../errors.ts';

/** Kysely's bookkeeping: not data. The migrations applied travel in the backup's manifest. */
const MIGRATION_TABLES: readonly string[] = ['kysely_migration', 'kysely_migration_lock'];

/** One table as a backup sees it. */
export interface TableShape {
  name: string;
  /** In the table's own order (creation order on both dialects). */
  columns: string[];
  /** The row order: the primary key (every column when there is none), noting text columns. */
  orderBy: { column: string; text: boolean }[];
  /** Tables this one references by foreign key, itself excluded. */
  parents: string[];
}

/** Anything raw SQL runs on — a Kysely instance or a transaction — whatever its table types. */
export type SqlExecutor = Parameters<RawBuilder<unknown>['execute']>[0];

/** A migration as the database recorded it. */
export interface AppliedMigration {
  name: string;
  appliedAt: string;
}

/**
 * One consistent view of a database: its tables and, for each, the rows (values in column
 * order) sorted by primary key with text compared byte by byte — SQLite's `binary`,
 * PostgreSQL's `"C"` — so equal content reads as equal lines on either dialect.
 */
export interface TableReader {
  tables(): Promise<TableShape[]>;
  rows(table: TableShape): AsyncGenerator<unknown[]>;
  migrations(): Promise<AppliedMigration[]>;
}

/** A reader over a SQLite handle; the caller keeps it still (a snapshot, or a private file). */
export function sqliteReader(handle: SqliteDatabase.Database): TableReader {
  return {
    tables: async () => {
      const names = handle
        .prepare<[], { name: string }>(`select name from sqlite_schema where type = 'table' and name not like 'sqlite\\_%' escape '\\' order by name`)
        .all()
        .map((r) => r.name)
        .filter((name) => !MIGRATION_TABLES.includes(name));
      return names.map((name) => {
        const info = handle
          .prepare<[string], { name: string; type: string; pk: number }>('select name, type, pk from pragma_table_info(?) order by cid')
          .all(name);
        const keyed = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
        const parents = handle
          .prepare<[string], { parent: string }>('select distinct "table" as parent from pragma_foreign_key_list(?)')
          .all(name)
          .map((r) => r.parent);
        return {
          name,
          columns: info.map((c) => c.name),
          orderBy: (keyed.length > 0 ? keyed : info).map((c) => ({ column: c.name, text: /char|clob|text/i.test(c.type) })),
          parents: parents.filter((p) => p !== name),
        };
      });
    },
    rows: async function* (table) {
      const order = table.orderBy.map((o) => `${quoteId(o.column)} collate binary`).join(', ');
      const statement = handle.prepare(`select ${table.columns.map(quoteId).join(', ')} from ${quoteId(table.name)} order by ${order}`).raw(true);
      for (const row of statement.iterate()) {
        if (!Array.isArray(row)) throw new AppError('backup.read_failed', 'internal', `unexpected row shape in ${table.name}`);
        yield row;
      }
    },
    migrations: async () => {
      const exists = handle.prepare(`select 1 from sqlite_schema where type = 'table' and name = 'kysely_migration'`).get();
      if (exists === undefined) return [];
      return handle
        .prepare<[], { name: string; timestamp: string }>('select name, timestamp from kysely_migration order by name')
        .all()
        .map((r) => ({ name: r.name, appliedAt: r.timestamp }));
    },
  };
}

/**
 * A reader over a PostgreSQL transaction (`repeatable read`, so every table is read at the
 * same instant) in the connection's current schema. Rows stream through a server-side cursor.
 */
export function postgresReader(trx: SqlExecutor): TableReader {
  let cursors = 0;
  const schemaOf = async () => {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(trx);
    const schema = rows[0]?.schema;
    if (!schema) throw new AppError('backup.read_failed', 'internal', 'PostgreSQL has no current schema (check search_path)');
    return schema;
  };
  return {
    tables: async () => {
      const schema = await schemaOf();
      const columns = await sql<{ table_name: string; column_name: string; data_type: string }>`
        select c.table_name, c.column_name, c.data_type
        from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = ${schema} and t.table_type = 'BASE TABLE'
        order by c.table_name, c.ordinal_position`.execute(trx);
      const keys = await sql<{ table_name: string; column_name: string }>`
        select tc.table_name, k.column_name
        from information_schema.table_constraints tc
        join information_schema.key_column_usage k
          on k.constraint_schema = tc.constraint_schema and k.constraint_name = tc.constraint_name and k.table_name = tc.table_name
        where tc.table_schema = ${schema} and tc.constraint_type = 'PRIMARY KEY'
        order by tc.table_name, k.ordinal_position`.execute(trx);
      const references = await sql<{ child: string; parent: string }>`
        select distinct c.relname as child, p.relname as parent
        from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
        where k.contype = 'f' and k.connamespace = (select oid from pg_namespace where nspname = ${schema})`.execute(trx);
      const names = [...new Set(columns.rows.map((c) => c.table_name))].filter((n) => !MIGRATION_TABLES.includes(n)).sort();
      return names.map((name) => {
        const own = columns.rows.filter((c) => c.table_name === name);
        const isText = (column: string) => /^(text|character varying|character)$/.test(own.find((c) => c.column_name === column)?.data_type ?? '');
        const keyed = keys.rows.filter((k) => k.table_name === name).map((k) => k.column_name);
        return {
          name,
          columns: own.map((c) => c.column_name),
          orderBy: (keyed.length > 0 ? keyed : own.map((c) => c.column_name)).map((column) => ({ column, text: isText(column) })),
          parents: references.rows.filter((r) => r.child === name && r.parent !== name).map((r) => r.parent),
        };
      });
    },
    rows: async function* (table) {
      const schema = await schemaOf();
      const cursor = `haven_backup_${(cursors += 1)}`;
      const order = table.orderBy.map((o) => (o.text ? sql`${sql.id(o.column)} collate "C"` : sql.id(o.column)));
      await sql`declare ${sql.id(cursor)} no scroll cursor for
        select ${sql.join(table.columns.map((c) => sql.id(c)))} from ${sql.id(schema, table.name)} order by ${sql.join(order)}`.execute(trx);
      const page = 1000;
      try {
        for (;;) {
          const { rows } = await sql<Record<string, unknown>>`fetch forward ${sql.raw(String(page))} from ${sql.id(cursor)}`.execute(trx);
          for (const row of rows) yield table.columns.map((c) => row[c]);
          if (rows.length < page) break;
        }
      } finally {
        await sql`close ${sql.id(cursor)}`.execute(trx);
      }
    },
    migrations: async () => {
      const schema = await schemaOf();
      const { rows } = await sql<{ present: number }>`
        select count(*)::int as present from information_schema.tables where table_schema = ${schema} and table_name = 'kysely_migration'`.execute(trx);
      if (!rows[0]?.present) return [];
      const applied = await sql<{ name: string; timestamp: string }>`
        select name, timestamp from ${sql.id(schema, 'kysely_migration')} order by name`.execute(trx);
      return applied.rows.map((r) => ({ name: r.name, appliedAt: r.timestamp }));
    },
  };
}

/**
 * Orders tables so that every table comes after the tables it references: the order to load
 * them in with foreign keys enforced. Ties go by name, so the order is stable.
 */
export function parentsFirst(tables: TableShape[]): TableShape[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const ordered: TableShape[] = [];
  const visit = (table: TableShape) => {
    if (done.has(table.name)) return;
    if (visiting.has(table.name)) {
      throw new AppError('backup.foreign_key_cycle', 'internal', `tables reference each other in a cycle through ${table.name}; a backup cannot order them`);
    }
    visiting.add(table.name);
    for (const parent of [...table.parents].sort()) {
      const p = byName.get(parent);
      if (p) visit(p);
    }
    visiting.delete(table.name);
    done.add(table.name);
    ordered.push(table);
  };
  for (const table of [...tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) visit(table);
  return ordered;
}

/** A value as a backup line holds it: JSON scalars, and bytes as base64. */
export type BackupValue = string | number | null | { b64: string };

/**
 * Turns a value read from either dialect into its backup form. Haven's schema holds text,
 * integers and bytes only (the conventions of `tables.ts`); anything else is refused rather
 * than guessed at.
 */
export function toBackupValue(value: unknown, table: string, column: string): BackupValue {
  if (value === null || typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'bigint' && Number.isSafeInteger(Number(value))) return Number(value);
  if (value instanceof Uint8Array) return { b64: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  const kind = value instanceof Date ? 'a date' : typeof value;
  throw new AppError('backup.unsupported_value', 'internal', `cannot back up ${kind} in ${table}.${column}: Haven stores text, integers and bytes only`);
}

/** Reverses {@link toBackupValue}; undefined when the value is not a backup value at all. */
export function fromBackupValue(value: unknown): string | number | null | Buffer | undefined {
  if (value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value;
  if (typeof value === 'object' && 'b64' in value && typeof value.b64 === 'string' && Object.keys(value).length === 1) {
    return Buffer.from(value.b64, 'base64');
  }
  return undefined;
}

/** Inserts rows (values in `columns` order) into a table of the connection's schema. */
export async function insertRows(db: SqlExecutor, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  await sql`insert into ${sql.id(table)} (${sql.join(columns.map((c) => sql.id(c)))}) values ${sql.join(rows.map((r) => sql`(${sql.join(r)})`))}`.execute(db);
}

function quoteId(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
