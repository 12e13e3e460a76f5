import type { Kysely } from 'kysely';
import type { MigrationContext } from '../migrate.ts';

/**
 * Access restrictions ("remove network access", response matrix) and each school's learning
 * sites (what a restricted person may still reach); and the link from a safeguarding action to
 * the restriction it created. A restriction is ended by setting `ended_at`, never deleted, so
 * the record of who lost access, when and for how long stays whole.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('filter_restrictions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('reason_code', 'text', (c) => c.notNull())
    .addColumn('allow_sites', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by_type', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('ended_by', 'text')
    .execute();
  await db.schema.createIndex('filter_restrictions_school').on('filter_restrictions').columns(['school_id', 'ends_at']).execute();
  await db.schema.createIndex('filter_restrictions_person').on('filter_restrictions').columns(['person_id']).execute();

  await db.schema
    .createTable('filter_learning_sites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('site', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text')
    .execute();
  await db.schema.createIndex('filter_learning_sites_school_site').on('filter_learning_sites').columns(['school_id', 'site']).unique().execute();

  await db.schema.alterTable('safeguarding_actions').addColumn('restriction_id', 'text').execute();
}
