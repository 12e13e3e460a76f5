import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import type { Db } from '../db/index.ts';
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
  let client: pg.Client | undefined;
  let listening = false;
  let wanted = false;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

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
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: options.url, connectionTimeoutMillis: 5000 });
    c.on('notification', (n) => {
      if (n.channel === LIVE_CHANNEL) receive(n.payload);
    });
    c.on('error', (err) => {
      options.logger.warn({ err }, 'live relay lost its PostgreSQL connection; reconnecting');
      drop(c);
    });
    c.on('end', () => drop(c));
    await c.connect();
    await c.query(`listen ${LIVE_CHANNEL}`);
    if (closed) {
      await c.end().catch(() => undefined);
      return;
    }
    client = c;
    listening = true;
  };
  const drop = (c: pg.Client): void => {
    if (client !== c) return;
    client = undefined;
    listening = false;
    c.end().catch(() => undefined);
    schedule();
  };
  const schedule = (): void => {
    if (closed || retry !== undefined) return;
    retry = setTimeout(() => {
      retry = undefined;
      connect().catch((err: unknown) => {
        options.logger.warn({ err }, 'live relay could not reconnect; retrying');
        schedule();
      });
    }, 2000);
    retry.unref();
  };

  return {
    crossNode: true,
    get listening() {
      return listening;
    },
    activate: async () => {
      if (wanted || closed) return;
      wanted = true;
      await connect().catch((err: unknown) => {
        options.logger.warn({ err }, 'live relay could not connect; retrying');
        schedule();
      });
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
      if (retry !== undefined) clearTimeout(retry);
      const c = client;
      client = undefined;
      listening = false;
      if (c !== undefined) await c.end().catch(() => undefined);
    },
  };
}
