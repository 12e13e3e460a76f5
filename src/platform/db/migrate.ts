import { type Kysely, type Migration, type MigrationResultSet, Migrator, sql } from 'kysely';
import { AppError } from '../errors.ts';
import type { Database, Dialect } from './database.ts';
import * as m0001 from './migrations/0001-foundation.ts';
import * as m0002 from './migrations/0002-safeguarding.ts';
import * as m0003 from './migrations/0003-safeguarding-transfers.ts';
import * as m0004 from './migrations/0004-filtering.ts';
import * as m0005 from './migrations/0005-filter-events.ts';
import * as m0006 from './migrations/0006-filter-restrictions.ts';
import * as m0007 from './migrations/0007-monitoring.ts';
import * as m0008 from './migrations/0008-proxy.ts';

/** What a migration may need to know beyond the query builder. */
export interface MigrationContext {
  dialect: Dialect;
}

/** A migration step; capabilities' steps are listed here in order, named by number. */
export interface MigrationStep {
  up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void>;
}

/** The one ordered migration set, on both dialects. Append; never edit a released step. */
export const migrations: Record<string, MigrationStep> = {
  '0001-foundation': m0001,
  '0002-safeguarding': m0002,
  '0003-safeguarding-transfers': m0003,
  '0004-filtering': m0004,
  '0005-filter-events': m0005,
  '0006-filter-restrictions': m0006,
  '0007-monitoring': m0007,
  '0008-proxy': m0008,
};

function migratorFor(database: Database): Migrator {
  const ctx: MigrationContext = { dialect: database.dialect };
  const provided: Record<string, Migration> = {};
  for (const [name, step] of Object.entries(migrations)) {
    provided[name] = { up: (db) => step.up(db, ctx) };
  }
  return new Migrator({
    db: database.db,
    provider: { getMigrations: async () => provided },
    ...(database.schema ? { migrationTableSchema: database.schema } : {}),
  });
}

/**
 * Brings the schema up to date; idempotent, so `haven start` and `haven migrate` both call it.
 * Returns the names applied by this call.
 */
export async function migrateToLatest(database: Database): Promise<string[]> {
  return applied(await withCatalogRetry(database, () => migratorFor(database).migrateToLatest()));
}

/**
 * Applies migrations up to and including `name`, no further: a restore rebuilds the schema a
 * backup was taken at, loads the rows, then migrates to latest like an upgrade would.
 */
export async function migrateTo(database: Database, name: string): Promise<string[]> {
  return applied(await withCatalogRetry(database, () => migratorFor(database).migrateTo(name)));
}

/**
 * Kysely's migrator introspects every schema of the database to find its own tables; on
 * PostgreSQL, a schema dropped by someone else during that scan (another Haven's test schema,
 * another application) makes the scan fail with `invalid_schema_name` (3F000) although nothing
 * is wrong with ours. Such a failure is retried a few times; any other error is returned as is.
 */
async function withCatalogRetry(database: Database, run: () => Promise<MigrationResultSet>): Promise<MigrationResultSet> {
  for (let attempt = 1; ; attempt++) {
    const result = await run();
    const cause = result.error as { code?: string } | undefined;
    if (database.dialect !== 'postgres' || cause?.code !== '3F000' || attempt >= 5) return result;
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
  }
}

function applied({ error, results }: MigrationResultSet): string[] {
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new AppError(
      'database.migration_failed',
      'internal',
      `migration ${failed ?? '(unknown)'} failed: ${(error as Error).message ?? String(error)}`,
      { cause: error },
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of migrations not yet applied (empty when the schema is current). */
export async function pendingMigrations(database: Database): Promise<string[]> {
  const all = await migratorFor(database).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}

export type { MigrationResultSet };

/** Drops a PostgreSQL schema and everything in it (tests only). */
export async function dropSchema(db: Kysely<unknown>, schema: string): Promise<void> {
  await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
}
