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
 * Holds one PostgreSQL connection outside the pool that LISTENs on `channel` and hands every
 * payload to `onNotify`. A lost connection is reopened every two seconds until it is back, and
 * `onReconnect` is called then (notifications sent meanwhile are gone: callers catch up their own
 * way). The first connection failing is not an error: it is retried the same way. `label` names
 * the listener in log lines.
 */
export async function holdListen(options: {
  url: string;
  channel: string;
  label: string;
  logger: Logger;
  onNotify: (payload: string | undefined) => void;
  onReconnect?: () => void;
}): Promise<ChangeListener> {
  const { logger, label } = options;
  let client: pg.Client | undefined;
  let listening = false;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: options.url, connectionTimeoutMillis: 5000 });
    c.on('notification', (n) => {
      if (n.channel === options.channel) options.onNotify(n.payload);
    });
    c.on('error', (err) => {
      logger.warn({ err }, `${label} lost its PostgreSQL connection; reconnecting`);
      drop(c);
    });
    c.on('end', () => drop(c));
    await c.connect();
    await c.query(`listen ${options.channel}`);
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
        .then(() => options.onReconnect?.())
        .catch((err: unknown) => {
          logger.warn({ err }, `${label} could not reconnect; retrying`);
          schedule();
        });
    }, 2000);
    retry.unref();
  };

  await connect().catch((err: unknown) => {
    logger.warn({ err }, `${label} could not connect; retrying`);
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

/**
 * Listens on {@link CHANGE_CHANNEL} and calls `onChange` for notifications from this target's
 * schema, and once after every reconnection (changes made meanwhile were not announced); SQLite
 * has no such thing, so the caller polls instead and this returns undefined.
 */
export async function listenForChanges(target: DatabaseTarget, onChange: () => void, logger: Logger): Promise<ChangeListener | undefined> {
  if (target.dialect !== 'postgres') return undefined;
  const schema = target.schema;
  return holdListen({
    url: target.url,
    channel: CHANGE_CHANNEL,
    label: 'change listener',
    logger,
    onNotify: (payload) => {
      if (schema === undefined || payload === schema) onChange();
    },
    onReconnect: onChange,
  });
}
