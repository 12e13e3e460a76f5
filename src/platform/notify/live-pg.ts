import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Db } from '../db/index.ts';
import { type ChangeListener, holdListen } from '../db/listen.ts';
import type { Logger } from '../log.ts';
import type { LiveRelay } from './live-hub.ts';
import type { LiveEvent } from './model.ts';

/** The PostgreSQL channel live events travel on between nodes. */
export const LIVE_CHANNEL = 'haven_live';

/** NOTIFY payloads must stay under 8000 bytes; larger event data is replaced by a marker. */
const MAX_PAYLOAD = 7000;

interface Envelope {
  schema: string | null;
  origin: string;
  event: LiveEvent;
}

/**
 * Carries live events between nodes through PostgreSQL: publishing is `pg_notify` over the
 * ordinary pool; receiving holds one LISTEN connection outside the pool, opened only once this
 * process has a subscriber (CLI commands and filter nodes never open it) and reopened when lost
 * (events sent meanwhile are missed; dashboards resync on `gap`). `schema` keeps test schemas apart.
 */
export function createPgLiveRelay(options: { db: Kysely<Db>; url: string; schema?: string | undefined; logger: Logger }): LiveRelay & { readonly listening: boolean } {
  const origin = randomUUID();
  const schema = options.schema ?? null;
  const listeners = new Set<(event: LiveEvent) => void>();
  let held: ChangeListener | undefined;
  let wanted = false;
  let closed = false;

  const receive = (payload: string | undefined): void => {
    if (payload === undefined) return;
    try {
      const env = JSON.parse(payload) as Envelope;
      if (env.origin === origin || env.schema !== schema) return;
      for (const l of listeners) l(env.event);
    } catch (err) {
      options.logger.warn({ err }, 'unreadable live event from PostgreSQL');
    }
  };

  return {
    crossNode: true,
    get listening() {
      return held?.listening ?? false;
    },
    activate: async () => {
      if (wanted || closed) return;
      wanted = true;
      held = await holdListen({ url: options.url, channel: LIVE_CHANNEL, label: 'live relay', logger: options.logger, onNotify: receive });
      if (closed) await held.close();
    },
    send(event) {
      let payload = JSON.stringify({ schema, origin, event } satisfies Envelope);
      if (Buffer.byteLength(payload) > MAX_PAYLOAD) {
        payload = JSON.stringify({ schema, origin, event: { ...event, data: { truncated: true } } } satisfies Envelope);
      }
      sql`select pg_notify(${LIVE_CHANNEL}, ${payload})`.execute(options.db).catch((err: unknown) => {
        options.logger.warn({ err, type: event.type }, 'live event could not be sent to other nodes');
      });
    },
    onEvent(listener) {
      listeners.add(listener);
    },
    async close() {
      closed = true;
      listeners.clear();
      await held?.close();
    },
  };
}
