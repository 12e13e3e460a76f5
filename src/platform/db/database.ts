import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { CompiledQuery, type DatabaseConnection, type Driver, Kysely, PostgresDialect, SqliteDialect, type SqliteDialectConfig, SqliteDriver, sql, type TransactionSettings } from 'kysely';
import pg from 'pg';
import { AppError } from '../errors.ts';
import type { Db } from './tables.ts';

export type Dialect = 'sqlite' | 'postgres';

/** Where the database lives: a SQLite file, or a PostgreSQL URL (optionally a schema). */
export type DatabaseTarget =
  | { dialect: 'sqlite'; path: string }
  | { dialect: 'postgres'; url: string; schema?: string; poolSize?: number };

/** An open database: the Kysely handle plus what storage code needs to know about it. */
export interface Database {
  db: Kysely<Db>;
  dialect: Dialect;
  /** The raw better-sqlite3 handle (SQLite only), for online backup. */
  sqlite: SqliteDatabase.Database | undefined;
  /** The PostgreSQL schema in use (PostgreSQL only). */
  schema: string | undefined;
  close(): Promise<void>;
}

/**
 * SQLite transactions that write begin IMMEDIATE, taking the write lock at once. A deferred
 * transaction that reads first and writes later (the audit chain's head, then the new entry)
 * cannot wait for a lock another process holds: SQLite answers "database is locked" at once,
 * without the busy timeout, when a server and a `haven` command share the data directory.
 * Read-only transactions stay deferred.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection, settings?: TransactionSettings): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(settings?.accessMode === 'read only' ? 'begin' : 'begin immediate'));
  }
}

class HavenSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/**
 * Opens the database. SQLite runs in WAL mode with foreign keys on and `synchronous=FULL`, so a
 * write acknowledged to a client survives the process being killed. PostgreSQL connections
 * put the optional schema first on their search path (tests get a fresh schema each).
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.dialect === 'sqlite') {
    if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
    let handle: SqliteDatabase.Database;
    try {
      handle = new SqliteDatabase(target.path);
    } catch (cause) {
      throw new AppError('database.open_failed', 'unavailable', `cannot open SQLite database ${target.path}`, { cause });
    }
    handle.pragma('journal_mode = WAL');
    handle.pragma('foreign_keys = ON');
    handle.pragma('synchronous = FULL');
    handle.pragma('busy_timeout = 5000');
    const db = new Kysely<Db>({ dialect: new HavenSqliteDialect({ database: handle }) });
    return {
      db,
      dialect: 'sqlite',
      sqlite: handle,
      schema: undefined,
      close: async () => {
        await db.destroy();
        // Kysely closes the handle only if it ever ran a query; raw-handle users need it closed too.
        if (handle.open) handle.close();
      },
    };
  }

  const schema = target.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new AppError('database.schema_invalid', 'invalid', `invalid schema name ${JSON.stringify(schema)}`);
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: target.poolSize ?? 10,
    connectionTimeoutMillis: 10_000,
    // int8 (counts, sequence numbers) as numbers: every value Haven stores fits in 2^53.
    types: { getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === 20 ? Number : pg.types.getTypeParser(oid, format)) },
    ...(schema ? { options: `-c search_path=${schema},public` } : {}),
  });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Queries report their own errors.
  });
  const db = new Kysely<Db>({ dialect: new PostgresDialect({ pool }) });
  try {
    if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    else await sql`select 1`.execute(db);
  } catch (cause) {
    await db.destroy();
    throw new AppError('database.unreachable', 'unavailable', `cannot reach PostgreSQL: ${(cause as Error).message}`, {
      cause,
    });
  }
  return {
    db,
    dialect: 'postgres',
    sqlite: undefined,
    schema,
    close: async () => {
      await db.destroy();
    },
  };
}

/** True when the database answers a trivial query. */
export async function isReachable(db: Kysely<Db>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
