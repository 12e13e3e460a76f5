import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from '../migrate.ts';

/**
 * Filter events (issue 5): one row per DNS query, proxied request or extension check, in one
 * schema for all three sources. Ids are UUIDv7 made where the event happened (a filter node),
 * so rows from many nodes never collide and sort by time. Written in batches; kept for a
 * configurable number of days (deleted by the retention job). Indexes serve the log's three
 * questions: what happened lately, what did this person do, what was blocked.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('filter_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('client_address', 'text')
    .addColumn('device_id', 'text')
    .addColumn('person_id', 'text')
    .addColumn('groups', 'text', (c) => c.notNull())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('path', 'text')
    .addColumn('query_type', 'text')
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('category', 'text')
    .addColumn('list', 'text')
    .addColumn('rule', 'text')
    .addColumn('bytes', 'integer')
    .execute();
  await db.schema.createIndex('filter_events_at').on('filter_events').columns(['at']).execute();
  await db.schema.createIndex('filter_events_person').on('filter_events').columns(['person_id', 'at']).execute();
  await db.schema
    .createIndex('filter_events_blocked')
    .on('filter_events')
    .columns(['school_id', 'at'])
    .where(sql.ref('verdict'), '=', 'block')
    .execute();
}
