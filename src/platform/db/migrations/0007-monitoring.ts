import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from '../migrate.ts';

/**
 * Monitoring (issue 10): captured searches, alerts (repeats grouped into one alert, each
 * occurrence kept), the triage history of each alert, a school's added and excluded terms, its
 * settings, and the weekly reports. Search text and alert text are sealed with the master key
 * (`<table>:<id>:<column>`); the severity and categories beside them are codes, so reports
 * and retention never need to open a sealed value.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('search_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('engine', 'text', (c) => c.notNull())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text')
    .addColumn('device_id', 'text')
    .addColumn('client_address', 'text')
    .addColumn('groups', 'text', (c) => c.notNull())
    .addColumn('severity', 'integer', (c) => c.notNull())
    .addColumn('categories', 'text', (c) => c.notNull())
    .addColumn('alert_id', 'text')
    .execute();
  await db.schema.createIndex('search_events_school_at').on('search_events').columns(['school_id', 'at']).execute();
  await db.schema.createIndex('search_events_person_at').on('search_events').columns(['person_id', 'at']).execute();
  await db.schema.createIndex('search_events_device_at').on('search_events').columns(['device_id', 'at']).execute();

  await db.schema
    .createTable('monitoring_alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('severity', 'integer', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('categories', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('group_key', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text')
    .addColumn('device_id', 'text')
    .addColumn('client_address', 'text')
    .addColumn('first_at', 'text', (c) => c.notNull())
    .addColumn('last_at', 'text', (c) => c.notNull())
    .addColumn('occurrences', 'integer', (c) => c.notNull())
    .addColumn('notify_due_at', 'text')
    .addColumn('notified_at', 'text')
    .addColumn('escalation_level', 'integer', (c) => c.notNull())
    .addColumn('next_escalation_at', 'text')
    .addColumn('acknowledged_at', 'text')
    .addColumn('acknowledged_by', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('concern_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('monitoring_alerts_school_status').on('monitoring_alerts').columns(['school_id', 'status', 'last_at']).execute();
  await db.schema.createIndex('monitoring_alerts_group').on('monitoring_alerts').columns(['group_key', 'status']).execute();
  await db.schema
    .createIndex('monitoring_alerts_escalation')
    .on('monitoring_alerts')
    .columns(['next_escalation_at'])
    .where(sql.ref('status'), '=', 'open')
    .execute();

  await db.schema
    .createTable('monitoring_alert_occurrences')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('alert_id', 'text', (c) => c.notNull().references('monitoring_alerts.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('severity', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('matches', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('monitoring_alert_occurrences_alert').on('monitoring_alert_occurrences').columns(['alert_id', 'at']).execute();

  await db.schema
    .createTable('monitoring_alert_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('alert_id', 'text', (c) => c.notNull().references('monitoring_alerts.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('actor_account_id', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('monitoring_alert_history_alert').on('monitoring_alert_history').columns(['alert_id', 'seq']).unique().execute();

  await db.schema
    .createTable('monitoring_terms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('phrase', 'text', (c) => c.notNull())
    .addColumn('category', 'text')
    .addColumn('severity', 'integer')
    .addColumn('lang', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('alert_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema.createIndex('monitoring_terms_school_phrase').on('monitoring_terms').columns(['school_id', 'kind', 'phrase']).unique().execute();

  await db.schema
    .createTable('monitoring_settings')
    .addColumn('school_id', 'text', (c) => c.primaryKey())
    .addColumn('threshold', 'integer', (c) => c.notNull())
    .addColumn('escalation_minutes', 'integer', (c) => c.notNull())
    .addColumn('notify_roles', 'text', (c) => c.notNull())
    .addColumn('escalation_emails', 'text', (c) => c.notNull())
    .addColumn('quiet_start', 'text', (c) => c.notNull())
    .addColumn('quiet_end', 'text', (c) => c.notNull())
    .addColumn('quiet_weekends', 'integer', (c) => c.notNull())
    .addColumn('webhook_url', 'text')
    .addColumn('webhook_secret', 'text')
    .addColumn('block_burst', 'integer', (c) => c.notNull())
    .addColumn('block_window_minutes', 'integer', (c) => c.notNull())
    .addColumn('search_retention_days', 'integer', (c) => c.notNull())
    .addColumn('alert_retention_days', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .createTable('monitoring_weekly_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('week_start', 'text', (c) => c.notNull())
    .addColumn('figures', 'text', (c) => c.notNull())
    .addColumn('html', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('monitoring_weekly_reports_week').on('monitoring_weekly_reports').columns(['school_id', 'week_start']).unique().execute();
}
