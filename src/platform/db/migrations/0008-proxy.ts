import type { Kysely } from 'kysely';
import type { MigrationContext } from '../migrate.ts';

/**
 * The school CA for the web proxy's TLS inspection. It lives in the database (sealed with the
 * master key) so every filter node of a trust mints from the same CA; a replaced CA is retired,
 * never deleted, so what devices were told to trust stays on record.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('proxy_authorities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('cert_pem', 'text', (c) => c.notNull())
    .addColumn('key_sealed', 'text', (c) => c.notNull())
    .addColumn('not_before', 'text', (c) => c.notNull())
    .addColumn('not_after', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('retired_at', 'text')
    .execute();
  await db.schema.createIndex('proxy_authorities_org').on('proxy_authorities').columns(['organisation_id', 'retired_at']).execute();
}
