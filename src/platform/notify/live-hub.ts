import type { Clock } from '../clock.ts';
import { uuidv7 } from '../crypto.ts';
import type { Logger } from '../log.ts';
import type { LiveAudience, LiveEvent, LiveFilter, LiveHub, LiveSubscription } from './model.ts';

/**
 * Carries live events between nodes (PostgreSQL LISTEN/NOTIFY, see {@link createPgLiveRelay});
 * the hub sends every local event out and delivers every event that comes in.
 */
export interface LiveRelay {
  readonly crossNode: boolean;
  send(event: LiveEvent): void;
  onEvent(listener: (event: LiveEvent) => void): void;
  /** Called when the first subscriber arrives: start receiving from other nodes. */
  activate?(): Promise<void>;
  close(): Promise<void>;
}

interface Subscriber {
  filter: LiveFilter;
  onEvent: (event: LiveEvent) => void;
}

/**
 * The live-event hub: a small in-memory ring (for `Last-Event-ID` resume) and the subscribers
 * of this process; with a relay, events published on other nodes arrive here too. Delivery is
 * best effort by design — the dashboard reloads its lists on `gap` — while durable
 * notifications (emails, the safeguarding outbox) are stored before they are sent.
 */
export function createLiveHub(options: { clock: Clock; logger: Logger; ringSize?: number; relay?: LiveRelay | undefined }): LiveHub & { readonly crossNode: boolean } {
  const ringSize = options.ringSize ?? 500;
  const ring: LiveEvent[] = [];
  const seen = new Set<string>();
  const subscribers = new Set<Subscriber>();
  const closeListeners = new Set<() => void>();
  let closed = false;

  const deliver = (event: LiveEvent): void => {
    if (closed || seen.has(event.id)) return;
    ring.push(event);
    seen.add(event.id);
    while (ring.length > ringSize) {
      const old = ring.shift();
      if (old) seen.delete(old.id);
    }
    for (const s of subscribers) {
      if (!s.filter(event.audience)) continue;
      try {
        s.onEvent(event);
      } catch (err) {
        options.logger.warn({ err, type: event.type }, 'live subscriber failed');
      }
    }
  };
  options.relay?.onEvent(deliver);

  return {
    get crossNode() {
      return options.relay?.crossNode ?? false;
    },
    get subscribers() {
      return subscribers.size;
    },
    publish(audience: LiveAudience, event: { type: string; data: unknown }): LiveEvent {
      const at = options.clock.now();
      const full: LiveEvent = { id: uuidv7(at), type: event.type, data: event.data, audience: { schoolId: audience.schoolId, permission: audience.permission }, at };
      deliver(full);
      if (!closed && options.relay) {
        try {
          options.relay.send(full);
        } catch (err) {
          options.logger.warn({ err, type: full.type }, 'live relay send failed');
        }
      }
      return full;
    },
    subscribe(filter, onEvent, subscribeOptions): LiveSubscription {
      const sub: Subscriber = { filter, onEvent };
      const lastEventId = subscribeOptions?.lastEventId;
      let replay: LiveEvent[] = [];
      let gap = false;
      if (lastEventId !== undefined && lastEventId !== '') {
        const at = ring.findIndex((e) => e.id === lastEventId);
        if (at < 0) gap = true;
        else replay = ring.slice(at + 1).filter((e) => filter(e.audience));
      }
      if (!closed) {
        subscribers.add(sub);
        options.relay?.activate?.().catch((err: unknown) => options.logger.warn({ err }, 'live relay could not start'));
      }
      return { replay, gap, unsubscribe: () => void subscribers.delete(sub) };
    },
    onClose(listener) {
      closeListeners.add(listener);
      return () => void closeListeners.delete(listener);
    },
    async close() {
      if (closed) return;
      closed = true;
      subscribers.clear();
      for (const l of closeListeners) {
        try {
          l();
        } catch (err) {
          options.logger.warn({ err }, 'live close listener failed');
        }
      }
      closeListeners.clear();
      await options.relay?.close();
    },
  };
}
