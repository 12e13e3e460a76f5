import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { openDatabase } from './database.ts';

describe('SQLite transactions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'haven-db-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('take the write lock when they begin, so a read-then-write never fails against another process', async () => {
    const path = join(dir, 'haven.sqlite');
    const database = await openDatabase({ dialect: 'sqlite', path });
    try {
      await sql`create table t (n integer)`.execute(database.db);
      // Another process's connection: it must not get the write lock while Haven's transaction
      // is open, even before that transaction has written anything.
      const other = new SqliteDatabase(path, { timeout: 0 });
      try {
        await database.db.transaction().execute(async (trx) => {
          await sql`select count(*) from t`.execute(trx);
          assert.throws(() => other.exec('begin immediate'), /database is locked/u);
          await sql`insert into t (n) values (1)`.execute(trx);
        });
        other.exec('begin immediate');
        other.exec('commit');
      } finally {
        other.close();
      }
    } finally {
      await database.close();
    }
  });

  it('stay deferred when read only', async () => {
    const path = join(dir, 'read-only.sqlite');
    const database = await openDatabase({ dialect: 'sqlite', path });
    try {
      await sql`create table t (n integer)`.execute(database.db);
      const other = new SqliteDatabase(path, { timeout: 0 });
      try {
        await database.db.transaction().setAccessMode('read only').execute(async (trx) => {
          await sql`select count(*) from t`.execute(trx);
          other.exec('begin immediate');
          other.exec('commit');
        });
      } finally {
        other.close();
      }
    } finally {
      await database.close();
    }
  });
});
