import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from '../migrate.ts';

/**
 * Filtering (issue 4): block lists and their versions (each version one gzip blob of normalised
 * entries, never a row per domain), the policy's rules, change requests (temporary unblocks),
 * the device register and subnets that say who is asking, per-school settings, self-test results
 * and the policy's change history with reasons. Live reload follows the audit chain head, which
 * every change bumps in its own transaction; on PostgreSQL a trigger on the audit log also
 * NOTIFYs `haven_changes` so filter nodes hear of it at once.
 */
export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  const blob = ctx.dialect === 'postgres' ? sql`bytea` : sql`blob`;

  await db.schema
    .createTable('filter_lists')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('current_version_id', 'text')
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('refresh_minutes', 'integer')
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('last_checked_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('filter_list_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('list_id', 'text', (c) => c.notNull().references('filter_lists.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('domains', 'integer', (c) => c.notNull())
    .addColumn('urls', 'integer', (c) => c.notNull())
    .addColumn('stats', 'text', (c) => c.notNull())
    .addColumn('content', blob, (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by_type', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema.createIndex('filter_list_versions_list').on('filter_list_versions').columns(['list_id', 'version']).unique().execute();

  await db.schema
    .createTable('filter_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('windows', 'text')
    .addColumn('nominated', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema.createIndex('filter_rules_school').on('filter_rules').columns(['school_id', 'subject_id']).execute();

  await db.schema
    .createTable('filter_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_by_type', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text')
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decision_note', 'text')
    .execute();
  await db.schema.createIndex('filter_requests_school').on('filter_requests').columns(['school_id', 'status', 'ends_at']).execute();

  await db.schema
    .createTable('filter_devices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text')
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('label', 'text')
    .addColumn('device_class', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema.createIndex('filter_devices_school_ip').on('filter_devices').columns(['school_id', 'ip']).unique().execute();

  await db.schema
    .createTable('filter_subnets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('cidr', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('identity_mode', 'text', (c) => c.notNull())
    .addColumn('label', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema.createIndex('filter_subnets_school_cidr').on('filter_subnets').columns(['school_id', 'cidr']).unique().execute();

  await db.schema
    .createTable('filter_school_settings')
    .addColumn('school_id', 'text', (c) => c.primaryKey().references('schools.id'))
    .addColumn('default_group_id', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .createTable('filter_self_tests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('ran_at', 'text', (c) => c.notNull())
    .addColumn('ran_by_type', 'text', (c) => c.notNull())
    .addColumn('ran_by', 'text')
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('results', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('filter_self_tests_school').on('filter_self_tests').columns(['school_id', 'ran_at']).execute();

  await db.schema
    .createTable('filter_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('filter_changes_school').on('filter_changes').columns(['school_id', 'at']).execute();

  // Filter nodes on PostgreSQL hear of every audited change at once; the payload is the schema,
  // so several Haven schemas in one database (tests, staging) ignore each other's changes.
  if (ctx.dialect === 'postgres') {
    await sql`create or replace function haven_notify_change() returns trigger language plpgsql as $$
      begin perform pg_notify('haven_changes', TG_TABLE_SCHEMA); return null; end $$`.execute(db);
    await sql`create trigger audit_log_notify after insert on audit_log
      for each statement execute function haven_notify_change()`.execute(db);
  }
}
