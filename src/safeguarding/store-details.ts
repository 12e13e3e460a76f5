import type { Kysely } from 'kysely';
import type { Db } from '../platform/db/index.ts';

/** Everything recorded on some concerns, for the full view and the chronology; no rules here. */
export async function detailsOf(db: Kysely<Db>, concernIds: readonly string[]) {
  const ids = [...concernIds];
  if (ids.length === 0) {
    return { actions: [], notes: [], referrals: [], screenings: [], attachments: [], events: [], records: [], investigations: [] };
  }
  const [actions, notes, referrals, screenings, attachments, events, records, investigations] = await Promise.all([
    db.selectFrom('safeguarding_actions').selectAll().where('concern_id', 'in', ids).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('safeguarding_notes').selectAll().where('concern_id', 'in', ids).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('safeguarding_referrals').selectAll().where('concern_id', 'in', ids).orderBy('referred_at').orderBy('id').execute(),
    db.selectFrom('safeguarding_screenings').selectAll().where('concern_id', 'in', ids).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('safeguarding_attachments').selectAll().where('concern_id', 'in', ids).where('deleted_at', 'is', null).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('safeguarding_event_links').selectAll().where('concern_id', 'in', ids).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('safeguarding_records').selectAll().where('concern_id', 'in', ids).orderBy('occurred_at').orderBy('id').execute(),
    db.selectFrom('safeguarding_investigations').selectAll().where('concern_id', 'in', ids).orderBy('started_at').orderBy('id').execute(),
  ]);
  return { actions, notes, referrals, screenings, attachments, events, records, investigations };
}

/** The rows {@link detailsOf} returns. */
export type ConcernDetails = Awaited<ReturnType<typeof detailsOf>>;
