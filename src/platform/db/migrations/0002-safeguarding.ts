import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from '../migrate.ts';

/**
 * Safeguarding (issue 7): categories with their response-matrix row and history, concerns,
 * people involved, actions, notes and feedback, referrals, image screenings, attachments
 * (sealed blobs), linked events, sharing/search/confiscation records, device investigations,
 * break-glass grants, the notification outbox and the per-concern timeline. Every column that
 * holds free text about people is sealed with the master key before it gets here.
 */
export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  const blob = ctx.dialect === 'postgres' ? sql`bytea` : sql`blob`;

  await db.schema
    .createTable('safeguarding_categories')
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('grp', 'text', (c) => c.notNull())
    .addColumn('actions', 'text', (c) => c.notNull())
    .addColumn('escalate', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('safeguarding_categories_pk', ['school_id', 'code'])
    .execute();

  await db.schema
    .createTable('safeguarding_category_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('grp', 'text', (c) => c.notNull())
    .addColumn('actions', 'text', (c) => c.notNull())
    .addColumn('escalate', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text')
    .execute();
  await db.schema
    .createIndex('safeguarding_category_versions_code')
    .on('safeguarding_category_versions')
    .columns(['school_id', 'code', 'version'])
    .unique()
    .execute();

  await db.schema
    .createTable('safeguarding_concerns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('about', 'text', (c) => c.notNull())
    .addColumn('about_headteacher', 'integer', (c) => c.notNull())
    .addColumn('route', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('level', 'text')
    .addColumn('level_rationale', 'text')
    .addColumn('assigned_to', 'text')
    .addColumn('escalated', 'integer', (c) => c.notNull())
    .addColumn('escalated_at', 'text')
    .addColumn('escalation_reason', 'text')
    .addColumn('reporter_account_id', 'text')
    .addColumn('reporter_contact', 'text')
    .addColumn('occurred_at', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('outcome_note', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('safeguarding_concerns_school').on('safeguarding_concerns').columns(['school_id', 'created_at']).execute();
  await db.schema.createIndex('safeguarding_concerns_reporter').on('safeguarding_concerns').column('reporter_account_id').execute();

  await db.schema
    .createTable('safeguarding_involvements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('concern_id', 'text', (c) => c.notNull().references('safeguarding_concerns.id'))
    .addColumn('person_id', 'text', (c) => c.references('people.id'))
    .addColumn('part', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('year_group', 'text')
    .addColumn('from_report', 'integer', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('safeguarding_involvements_concern').on('safeguarding_involvements').column('concern_id').execute();
  await db.schema.createIndex('safeguarding_involvements_person').on('safeguarding_involvements').column('person_id').execute();

  await db.schema
    .createTable('safeguarding_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('concern_id', 'text', (c) => c.notNull().references('safeguarding_concerns.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('owner_account_id', 'text')
    .addColumn('due_on', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('completed_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('safeguarding_actions_concern').on('safeguarding_actions').column('concern_id').execute();

  await db.schema
    .createTable('safeguarding_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('concern_id', 'text', (c) => c.notNull().references('safeguarding_concerns.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('audience', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_account_id', 'text')
    .addColumn('given_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('safeguarding_notes_concern').on('safeguarding_notes').column('concern_id').execute();

  await db.schema
    .createTable('safeguarding_referrals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('concern_id', 'text', (c) => c.notNull().references('safeguarding_concerns.id'))
    .addColumn('agency', 'text', (c) => c.notNull())
    .addColumn('referred_at', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('safeguarding_referrals_concern').on('safeguarding_referrals').column('concern_id').execute();

  await db.schema
    .createTable('safeguarding_screenings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('concern_id', 'text', (c) => c.notNull().references('safeguarding_concerns.id'))
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('immediate_referral', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('screened_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('safeguarding_screenings_concern').on('safeguarding_screenings').column('concern_id').execute();

  await db.schema
    .createTable('safeguarding_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('concern_id', 'text', (c) => c.notNull().references('safeguarding_concerns.id'))
    .addColumn('investigation_id', 'text')
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('withheld_image', 'integer', (c) => c.notNull())
    .addColumn('uploaded_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('deleted_by', 'text')
    .execute();
  await db.schema.createIndex('safeguarding_attachments_concern').on('safeguarding_attachments').column('concern_id').execute();

  await db.schema
    .createTable('safeguarding_attachment_blobs')
    .addColumn('attachment_id', 'text', (c) => c.primaryKey().references('safeguarding_attachments.id'))
    .addColumn('content', blob, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('safeguarding_event_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('concern_id', 'text', (c) => c.notNull().references('safeguarding_concerns.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text')
    .addColumn('summary', 'text')
    .addColumn('linked_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('safeguarding_event_links_unique')
    .on('safeguarding_event_links')
    .columns(['concern_id', 'source', 'event_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('safeguarding_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('concern_id', 'text', (c) => c.notNull().references('safeguarding_concerns.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text')
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('consent_sought', 'integer', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('safeguarding_records_concern').on('safeguarding_records').column('concern_id').execute();

  await db.schema
    .createTable('safeguarding_investigations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('concern_id', 'text', (c) => c.notNull().references('safeguarding_concerns.id'))
    .addColumn('staff', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('concluded_at', 'text')
    .addColumn('recorded_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('safeguarding_investigations_concern').on('safeguarding_investigations').column('concern_id').execute();

  await db.schema
    .createTable('safeguarding_break_glass')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('concern_id', 'text', (c) => c.notNull().references('safeguarding_concerns.id'))
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('safeguarding_break_glass_account').on('safeguarding_break_glass').columns(['account_id', 'concern_id']).execute();

  await db.schema
    .createTable('safeguarding_notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('severity', 'integer', (c) => c.notNull())
    .addColumn('concern_id', 'text')
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('delivered_at', 'text')
    .execute();
  await db.schema.createIndex('safeguarding_notifications_pending').on('safeguarding_notifications').columns(['delivered_at', 'created_at']).execute();

  await db.schema
    .createTable('safeguarding_timeline')
    // A database-assigned sequence orders entries written in the same millisecond (and the
    // same transaction) exactly as they were written.
    .addColumn('seq', ctx.dialect === 'postgres' ? 'bigserial' : 'integer', (c) => (ctx.dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('concern_id', 'text', (c) => c.notNull().references('safeguarding_concerns.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'text')
    .addColumn('actor_account_id', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('safeguarding_timeline_concern').on('safeguarding_timeline').columns(['concern_id', 'at', 'seq']).execute();
}
