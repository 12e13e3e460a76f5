import type { Kysely } from 'kysely';
import { uuidv7 } from '../platform/crypto.ts';
import type { Db } from '../platform/db/index.ts';
import { resolveConcern } from './access.ts';
import type { SafeguardingDeps } from './deps.ts';
import { safeguardingErrors } from './errors.ts';
import type { EventSource } from './model.ts';
import { placeOf, sealOptional } from './sealed.ts';
import { appendTimeline } from './timeline.ts';
import type { Viewer } from './viewer.ts';

/**
 * A filtering or monitoring event linked by its id. The caller passes the event's essential
 * fields as a summary; the concern keeps that copy (sealed), so the link survives the event
 * log's retention (decisions.md).
 */
export interface NewEventLink {
  source: EventSource;
  eventId: string;
  occurredAt?: string;
  summary?: string;
}

/** Links an event in the caller's transaction; the same event twice on one concern is refused. */
export async function linkEventIn(trx: Kysely<Db>, deps: SafeguardingDeps, a: { concernId: string; link: NewEventLink; accountId: string | null }): Promise<string> {
  const existing = await trx
    .selectFrom('safeguarding_event_links')
    .select('id')
    .where('concern_id', '=', a.concernId)
    .where('source', '=', a.link.source)
    .where('event_id', '=', a.link.eventId)
    .executeTakeFirst();
  if (existing) throw safeguardingErrors.eventAlreadyLinked(a.link.eventId);
  const nowMs = deps.clock.now();
  const id = uuidv7(nowMs);
  await trx
    .insertInto('safeguarding_event_links')
    .values({
      id,
      concern_id: a.concernId,
      source: a.link.source,
      event_id: a.link.eventId,
      occurred_at: a.link.occurredAt ?? null,
      summary: sealOptional(deps.masterKey, placeOf('safeguarding_event_links', id, 'summary'), a.link.summary),
      linked_by: a.accountId,
      created_at: new Date(nowMs).toISOString(),
    })
    .execute();
  await appendTimeline(trx, { concernId: a.concernId, kind: 'event-linked', refId: id, actorAccountId: a.accountId, nowMs, details: { source: a.link.source, event: a.link.eventId } });
  return id;
}

/** Links a filtering or monitoring event to a concern (its managers only). */
export async function linkEvent(deps: SafeguardingDeps, viewer: Viewer, ref: string, link: NewEventLink): Promise<{ id: string }> {
  const c = await resolveConcern(deps, viewer, ref, 'manage', 'link_event');
  return deps.db.transaction().execute(async (trx) => {
    const id = await linkEventIn(trx, deps, { concernId: c.row.id, link, accountId: viewer.accountId });
    await deps.audit.append(
      {
        actor: viewer.actor,
        ip: viewer.actor.ip ?? null,
        action: 'safeguarding.event.linked',
        subject: { type: 'concern', id: c.row.id },
        schoolId: c.row.school_id,
        details: { link: id, source: link.source, event: link.eventId },
      },
      trx,
    );
    return { id };
  });
}
