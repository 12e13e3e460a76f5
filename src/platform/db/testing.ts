import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { type Database, type DatabaseTarget, type Dialect, openDatabase } from './database.ts';
import { migrateToLatest } from './migrate.ts';

/** The PostgreSQL server tests use; CI guarantees it, a developer machine usually has it. */
export const TEST_POSTGRES_URL = process.env.HAVEN_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let postgresReachable: Promise<boolean> | undefined;

/**
 * Whether the PostgreSQL tests run. Under `CI=true` an unreachable server is a failure, never a
 * skip; elsewhere the PostgreSQL half of a storage test is skipped with a reason.
 */
export function postgresAvailable(): Promise<boolean> {
  postgresReachable ??= (async () => {
    // A loaded two-core machine can take seconds to accept a connection: three tries before
    // calling the server unreachable.
    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const probe = await openDatabase({ dialect: 'postgres', url: TEST_POSTGRES_URL, poolSize: 1 });
        await probe.close();
        return true;
      } catch (err) {
        lastError = err;
        await new Promise((resolve) => setTimeout(resolve, 1000 * (attempt + 1)));
      }
    }
    if (process.env.CI === 'true') {
      throw new Error(`CI=true requires PostgreSQL at ${TEST_POSTGRES_URL}: ${(lastError as Error).message}`);
    }
    return false;
  })();
  return postgresReachable;
}

/** The dialects a storage test loops over. */
export const DIALECTS: readonly Dialect[] = ['sqlite', 'postgres'];

/** A fresh, migrated database of one dialect: its own SQLite file or its own PostgreSQL schema. */
export interface TestDatabase extends Database {
  target: DatabaseTarget;
  /** Closes and removes everything the test database used. */
  destroy(): Promise<void>;
}

export async function createTestDatabase(dialect: Dialect, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const target = testTarget(dialect);
  const database = await openDatabase(target);
  if (options.migrate !== false) await migrateToLatest(database);
  return {
    ...database,
    target,
    destroy: async () => {
      if (target.dialect === 'postgres' && target.schema) {
        await sql`drop schema if exists ${sql.id(target.schema)} cascade`.execute(database.db);
      }
      await database.close();
      if (target.dialect === 'sqlite') rmSync(join(target.path, '..'), { recursive: true, force: true });
    },
  };
}

/** A target for a fresh database: a new temp directory, or a new uniquely named schema. */
export function testTarget(dialect: Dialect): DatabaseTarget {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'haven-test-'));
    return { dialect: 'sqlite', path: join(dir, 'haven.sqlite') };
  }
  return { dialect: 'postgres', url: TEST_POSTGRES_URL, schema: `t_${randomBytes(6).toString('hex')}`, poolSize: 4 };
}

/** Skip reason for a dialect that cannot run here (never under CI), or false to run. */
export async function skipDialect(dialect: Dialect): Promise<string | false> {
  if (dialect === 'sqlite') return false;
  return (await postgresAvailable()) ? false : `PostgreSQL not reachable at ${TEST_POSTGRES_URL}`;
}

/**
 * A new, empty PostgreSQL database on the test server, for code that takes only a URL (`haven
 * start --database …`, the CLI) where a schema cannot be given; `drop()` ends its connections.
 */
export async function createScratchPostgresDatabase(prefix = 'haven_test'): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}
