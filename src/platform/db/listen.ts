import pg from 'pg';
import type { Logger } from '../log.ts';
import type { DatabaseTarget } from './database.ts';

/** A held LISTEN connection; `listening` is false while it reconnects. */
export interface ChangeListener {
  readonly listening: boolean;
  close(): Promise<void>;
}

/** The channel the audit log's trigger notifies on every committed change (payload: the schema). */
export const CHANGE_CHANNEL = 'haven_changes';

/**
 * Holds one PostgreSQL connection outside the pool that LISTENs on {@link CHANGE_CHANNEL} and
 * calls `onChange` for notifications from this target's schema. A lost connection is reopened
 * (with `onChange` called once it is back, since notifications sent meanwhile are gone); SQLite
 * has no such thing, so the caller polls instead and this returns undefined.
 */
export async function listenForChanges(target: DatabaseTarget, onChange: () => void, logger: Logger): Promise<ChangeListener | undefined> {
  if (target.dialect !== 'postgres') return undefined;
  const schema = target.schema;
  let client: pg.Client | undefined;
  let listening = false;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 5000 });
    c.on('notification', (n) => {
      if (n.channel === CHANGE_CHANNEL && (schema === undefined || n.payload === schema)) onChange();
    });
    c.on('error', (err) => {
      logger.warn({ err }, 'change listener lost its PostgreSQL connection; reconnecting');
      drop(c);
    });
    c.on('end', () => drop(c));
    await c.connect();
    await c.query(`listen ${CHANGE_CHANNEL}`);
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
      connect()
        .then(() => onChange())
        .catch((err: unknown) => {
          logger.warn({ err }, 'change listener could not reconnect; retrying');
          schedule();
        });
    }, 2000);
    retry.unref();
  };

  await connect().catch((err: unknown) => {
    logger.warn({ err }, 'change listener could not connect; polling until it can');
    schedule();
  });
  return {
    get listening() {
      return listening;
    },
    close: async () => {
      closed = true;
      if (retry !== undefined) clearTimeout(retry);
      const c = client;
      client = undefined;
      listening = false;
      if (c !== undefined) await c.end().catch(() => undefined);
    },
  };
}
