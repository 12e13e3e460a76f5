import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { parseMasterKey } from '../crypto.ts';
import { isAppError } from '../errors.ts';
import { createBackup, inspectBackup, restoreBackup } from './backup.ts';
import { type Database, type DatabaseTarget, type Dialect, openDatabase } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { DIALECTS, postgresAvailable, skipDialect, testTarget } from './testing.ts';

/** The rows of every table, each table's rows sorted, compared independently of backup.ts. */
type Dump = Record<string, unknown[]>;

interface ColumnFacts {
  name: string;
  kind: 'integer' | 'real' | 'bytes' | 'text';
  nullable: boolean;
}
interface TableFacts {
  name: string;
  columns: ColumnFacts[];
  /** column → [parent table, parent column] */
  references: Map<string, [string, string]>;
}

/** Every table of the database (Kysely's bookkeeping aside), read straight from its catalogue. */
async function tableFacts(database: Database): Promise<TableFacts[]> {
  const kindOf = (type: string): ColumnFacts['kind'] =>
    /int/i.test(type) ? 'integer' : /real|double|float|numeric/i.test(type) ? 'real' : /blob|bytea/i.test(type) ? 'bytes' : 'text';
  if (database.dialect === 'sqlite') {
    const h = database.sqlite;
    assert.ok(h);
    const names = h
      .prepare<[], { name: string }>(`select name from sqlite_schema where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`)
      .all()
      .map((r) => r.name);
    return names.map((name) => {
      const cols = h.prepare<[string], { name: string; type: string; notnull: number; pk: number }>('select * from pragma_table_info(?)').all(name);
      const fks = h.prepare<[string], { table: string; from: string; to: string | null }>('select * from pragma_foreign_key_list(?)').all(name);
      return {
        name,
        columns: cols.map((c) => ({ name: c.name, kind: kindOf(c.type), nullable: c.notnull === 0 && c.pk === 0 })),
        references: new Map(fks.map((f) => [f.from, [f.table, f.to ?? 'id']])),
      };
    });
  }
  const cols = await sql<{ table_name: string; column_name: string; data_type: string; is_nullable: string }>`
    select c.table_name, c.column_name, c.data_type, c.is_nullable from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' and c.table_name not like 'kysely_%'
    order by c.table_name, c.ordinal_position`.execute(database.db);
  const fks = await sql<{ child: string; col: string; parent: string; pcol: string }>`
    select c.relname as child, a.attname as col, p.relname as parent, pa.attname as pcol
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
    cross join lateral unnest(k.conkey, k.confkey) as u(ck, pk)
    join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.ck
    join pg_attribute pa on pa.attrelid = k.confrelid and pa.attnum = u.pk
    where k.contype = 'f' and k.connamespace = current_schema()::regnamespace`.execute(database.db);
  const names = [...new Set(cols.rows.map((c) => c.table_name))];
  return names.map((name) => ({
    name,
    columns: cols.rows.filter((c) => c.table_name === name).map((c) => ({ name: c.column_name, kind: kindOf(c.data_type), nullable: c.is_nullable === 'YES' })),
    references: new Map(fks.rows.filter((f) => f.child === name).map((f) => [f.col, [f.parent, f.pcol]])),
  }));
}

/**
 * Puts two rows in every table: the first with every column set, the second with its nullable
 * columns null. Values are made from the column's type — text with quotes, newlines, accents
 * and emoji; bytes with every octet — and foreign keys point at the parent's row of the same
 * number, so any table a migration adds is filled without being named here.
 */
async function fill(database: Database): Promise<void> {
  const tables = await tableFacts(database);
  const made = new Map<string, Record<string, unknown>[]>();
  const pending = [...tables];
  while (pending.length > 0) {
    const ready = pending.findIndex((t) => [...t.references.values()].every(([parent]) => parent === t.name || made.has(parent)));
    assert.ok(ready >= 0, `tables reference each other in a cycle: ${pending.map((t) => t.name).join(', ')}`);
    const [table] = pending.splice(ready, 1);
    assert.ok(table);
    const rows: Record<string, unknown>[] = [];
    for (const i of [0, 1]) {
      const row: Record<string, unknown> = {};
      for (const c of table.columns) {
        const ref = table.references.get(c.name);
        if (i === 1 && c.nullable) row[c.name] = null;
        else if (ref && ref[0] !== table.name) row[c.name] = made.get(ref[0])?.[i]?.[ref[1]];
        else if (c.kind === 'integer') row[c.name] = i + 1;
        else if (c.kind === 'real') row[c.name] = i + 0.25;
        else if (c.kind === 'bytes') row[c.name] = Buffer.from([i, 0, 255, 10, 13, ...randomBytes(8)]);
        else row[c.name] = `${table.name}.${c.name} #${i} — naïve “quoted” 'text'\\ with\nnewline\ttab 👩‍🏫 ${randomBytes(3).toString('hex')}`;
      }
      rows.push(row);
    }
    const columns = table.columns.map((c) => c.name);
    for (const row of rows) {
      await sql`insert into ${sql.id(table.name)} (${sql.join(columns.map((c) => sql.id(c)))}) values (${sql.join(columns.map((c) => row[c]))})`.execute(
        database.db,
      );
    }
    made.set(table.name, rows);
  }
}

async function dump(database: Database): Promise<Dump> {
  const out: Dump = {};
  for (const table of (await tableFacts(database)).map((t) => t.name).sort()) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.id(table)}`.execute(database.db);
    out[table] = rows.map((r) => ({ ...r })).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  }
  return out;
}

async function withDatabase<T>(target: DatabaseTarget, fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(target);
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

async function freshTarget(dialect: Dialect): Promise<DatabaseTarget> {
  const target = testTarget(dialect);
  await withDatabase(target, migrateToLatest);
  return target;
}

async function removeTarget(target: DatabaseTarget): Promise<void> {
  if (target.dialect === 'sqlite') rmSync(dirname(target.path), { recursive: true, force: true });
  else if (target.schema) await withDatabase(target, (d) => sql`drop schema if exists ${sql.id(target.schema ?? '')} cascade`.execute(d.db));
}

async function rejectsWith(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(isAppError(err), String(err));
    assert.equal(err.code, code, err.message);
    return true;
  });
}

const key = parseMasterKey(randomBytes(32).toString('hex'));
const otherKey = parseMasterKey(randomBytes(32).toString('hex'));

for (const dialect of DIALECTS) {
  describe(`${dialect}: backup and restore`, async () => {
    const skip = await skipDialect(dialect);
    const dir = mkdtempSync(join(tmpdir(), 'haven-backup-test-'));
    const file = join(dir, 'school.haven-backup');
    let target: DatabaseTarget;
    let original: Dump;

    before(async () => {
      if (skip) return;
      target = await freshTarget(dialect);
      original = await withDatabase(target, async (d) => {
        await fill(d);
        return dump(d);
      });
    });
    after(async () => {
      if (!skip) await removeTarget(target);
      rmSync(dir, { recursive: true, force: true });
    });

    const unchanged = async () => {
      assert.deepEqual(await withDatabase(target, dump), original);
      if (target.dialect === 'sqlite') assert.deepEqual(readdirSync(dirname(target.path)).filter((f) => f.includes('.restore-')), []);
    };

    it('has a row in every table the migrations create', { skip }, () => {
      const empty = Object.entries(original).filter(([, rows]) => rows.length === 0);
      assert.deepEqual(empty, [], 'every table needs test data, or the round trip proves nothing for it');
      assert.ok(Object.keys(original).length >= 17);
    });

    it('writes a 0600 file whose manifest lists every table with its row count', { skip }, async () => {
      const written = await withDatabase(target, (d) => createBackup(d, { file, key, havenVersion: '9.9.9', frameBytes: 256 }));
      assert.equal(statSync(file).mode & 0o777, 0o600);
      assert.equal(written.keyId, key.id);
      assert.equal(written.manifest.dialect, dialect);
      assert.equal(written.manifest.havenVersion, '9.9.9');
      assert.ok(written.manifest.migrations.some((m) => m.name === '0001-foundation'));
      const counts = Object.fromEntries(written.manifest.tables.map((t) => [t.name, t.rows]));
      assert.deepEqual(counts, Object.fromEntries(Object.entries(original).map(([name, rows]) => [name, rows.length])));
      assert.ok(!readFileSync(file).includes('naïve'), 'no plaintext in the file');
      assert.deepEqual((await inspectBackup(file, key)).manifest, written.manifest);
      await rejectsWith(withDatabase(target, (d) => createBackup(d, { file, key })), 'backup.exists');
    });

    it('restores every table exactly after the data changed', { skip }, async () => {
      await withDatabase(target, async (d) => {
        await sql`delete from sessions`.execute(d.db);
        await sql`update accounts set display_name = 'changed'`.execute(d.db);
        await sql`insert into settings (key, value, updated_at) values ('after-backup', '1', 'now')`.execute(d.db);
      });
      assert.notDeepEqual(await withDatabase(target, dump), original);
      const result = await restoreBackup({ file, key, target });
      assert.deepEqual(result.migrated, []);
      await unchanged();
      // The audit log's append-only guard is back after the restore.
      await withDatabase(target, (d) => assert.rejects(sql`delete from audit_log`.execute(d.db), /append-only/));
    });

    it('refuses a wrong key, a flipped byte and a truncated file, replacing nothing', { skip }, async () => {
      await rejectsWith(restoreBackup({ file, key: otherKey, target }), 'backup.wrong_key');
      const good = readFileSync(file);
      const bad = join(dir, 'bad.haven-backup');
      const flipped = Buffer.from(good);
      const middle = Math.floor(good.length / 2);
      flipped.writeUInt8(flipped.readUInt8(middle) ^ 0x01, middle);
      writeFileSync(bad, flipped);
      await rejectsWith(restoreBackup({ file: bad, key, target }), 'backup.damaged');
      writeFileSync(bad, good.subarray(0, good.length - 7));
      await rejectsWith(restoreBackup({ file: bad, key, target }), 'backup.damaged');
      // Cut exactly after a whole frame (the 256-byte frames of the backup above): the frame
      // left last was not sealed as the last one.
      const headerEnd = good.indexOf('\n', good.indexOf('\n', good.indexOf('\n') + 1) + 1) + 1;
      const firstFrameEnd = headerEnd + 4 + good.readUInt32BE(headerEnd) + 16;
      assert.ok(firstFrameEnd < good.length, 'the backup spans several frames');
      writeFileSync(bad, good.subarray(0, firstFrameEnd));
      await rejectsWith(restoreBackup({ file: bad, key, target }), 'backup.damaged');
      writeFileSync(bad, Buffer.concat([good, Buffer.from('more')]));
      await rejectsWith(restoreBackup({ file: bad, key, target }), 'backup.damaged');
      writeFileSync(bad, 'SQLite format 3\0');
      await rejectsWith(restoreBackup({ file: bad, key, target }), 'backup.not_a_backup');
      await unchanged();
    });

    it('refuses a backup from a newer Haven (a migration it does not know), replacing nothing', { skip }, async () => {
      const newer = join(dir, 'newer.haven-backup');
      await withDatabase(target, async (d) => {
        await sql`insert into kysely_migration (name, timestamp) values ('9999-from-the-future', '2099-01-01T00:00:00.000Z')`.execute(d.db);
        try {
          await createBackup(d, { file: newer, key });
        } finally {
          await sql`delete from kysely_migration where name = '9999-from-the-future'`.execute(d.db);
        }
      });
      await rejectsWith(inspectBackup(newer, key), 'backup.newer_version');
      await rejectsWith(restoreBackup({ file: newer, key, target }), 'backup.newer_version');
      await unchanged();
    });

    if (dialect === 'sqlite') {
      it('refuses to replace a database another connection has open (Haven running)', { skip }, async () => {
        await withDatabase(target, async (running) => {
          await sql`select count(*) from accounts`.execute(running.db);
          await rejectsWith(restoreBackup({ file, key, target }), 'backup.database_in_use');
        });
        await unchanged();
      });
    }
  });
}

describe('backups move between dialects', async () => {
  const skip = (await postgresAvailable()) ? false : 'PostgreSQL not reachable';
  for (const [from, to] of [
    ['sqlite', 'postgres'],
    ['postgres', 'sqlite'],
  ] as const) {
    it(`restores a ${from} backup into ${to} with every row intact`, { skip }, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'haven-backup-test-'));
      const source = await freshTarget(from);
      const destination = await freshTarget(to);
      try {
        const file = join(dir, 'move.haven-backup');
        const rows = await withDatabase(source, async (d) => {
          await fill(d);
          await createBackup(d, { file, key });
          return dump(d);
        });
        await restoreBackup({ file, key, target: destination });
        assert.deepEqual(await withDatabase(destination, dump), rows);
      } finally {
        await removeTarget(source);
        await removeTarget(destination);
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
