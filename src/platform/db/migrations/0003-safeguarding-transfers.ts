import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from '../migrate.ts';

/**
 * Safeguarding transfers (issue 7, R10): the sender's record of each child-protection file sent
 * to a learner's new school, and the package itself until it is collected. The package is
 * encrypted with a transfer key the server never keeps, then sealed again with the master key;
 * the receiving school's name, contact and receipt are sealed text; the link token is stored
 * only as its SHA-256.
 */
export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  const blob = ctx.dialect === 'postgres' ? sql`bytea` : sql`blob`;

  await db.schema
    .createTable('safeguarding_transfers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('to_school', 'text', (c) => c.notNull())
    .addColumn('to_contact', 'text')
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('package_sha256', 'text', (c) => c.notNull())
    .addColumn('package_bytes', 'integer', (c) => c.notNull())
    .addColumn('concern_ids', 'text', (c) => c.notNull())
    .addColumn('files', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('downloaded_at', 'text')
    .addColumn('receipt_at', 'text')
    .addColumn('receipt', 'text')
    .addColumn('purged_at', 'text')
    .execute();
  await db.schema.createIndex('safeguarding_transfers_school').on('safeguarding_transfers').columns(['school_id', 'created_at']).execute();
  await db.schema.createIndex('safeguarding_transfers_person').on('safeguarding_transfers').column('person_id').execute();

  await db.schema
    .createTable('safeguarding_transfer_packages')
    .addColumn('transfer_id', 'text', (c) => c.primaryKey().references('safeguarding_transfers.id'))
    .addColumn('content', blob, (c) => c.notNull())
    .execute();
}
