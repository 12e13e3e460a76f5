import { type IncomingMessage, request } from 'node:http';

/** One server-sent event as a client sees it. */
export interface SseEvent {
  id: string | undefined;
  event: string;
  data: string;
}

/** A text/event-stream read with fetch, parsed as the EventSource algorithm does (tests only). */
export interface SseStream {
  status: number;
  contentType: string | null;
  events: SseEvent[];
  /** Comment lines received (heartbeats). */
  readonly comments: number;
  /** Resolves when an event matching `pred` has arrived (or rejects after `timeoutMs`). */
  waitFor(pred: (e: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
  /** Resolves true when the server ends the stream within `timeoutMs`. */
  ended(timeoutMs?: number): Promise<boolean>;
  close(): void;
}

/** Opens the stream over a socket of its own (`agent: false`), so closing it closes the socket. */
export async function openSse(url: string, headers: Record<string, string> = {}): Promise<SseStream> {
  const req = request(url, { headers: { accept: 'text/event-stream', ...headers }, agent: false });
  const res = await new Promise<IncomingMessage>((resolve, reject) => {
    req.once('response', resolve);
    req.once('error', reject);
    req.end();
  });
  req.on('error', () => undefined);
  const ok = (res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300;
  const events: SseEvent[] = [];
  let done = false;
  let comments = 0;
  const wake = new Set<() => void>();
  const notify = (): void => {
    for (const w of wake) w();
  };
  const pump = async (): Promise<void> => {
    if (!ok) {
      res.resume();
      done = true;
      return;
    }
    res.setEncoding('utf8');
    let buffer = '';
    try {
      for await (const chunk of res) {
        buffer += String(chunk);
        let at: number;
        while ((at = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          let id: string | undefined;
          let event = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) {
              comments++;
              continue;
            }
            const i = line.indexOf(':');
            const field = i < 0 ? line : line.slice(0, i);
            const value = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
            if (field === 'id') id = value;
            else if (field === 'event') event = value;
            else if (field === 'data') data.push(value);
          }
          if (data.length > 0) events.push({ id, event, data: data.join('\n') });
          notify();
        }
      }
    } catch {
      // aborted by close()
    } finally {
      done = true;
      notify();
    }
  };
  void pump();
  const until = (check: () => boolean, timeoutMs: number): Promise<boolean> =>
    new Promise((resolve) => {
      if (check()) return resolve(true);
      const timer = setTimeout(() => {
        wake.delete(listener);
        resolve(false);
      }, timeoutMs);
      const listener = (): void => {
        if (!check()) return;
        clearTimeout(timer);
        wake.delete(listener);
        resolve(true);
      };
      wake.add(listener);
    });
  return {
    status: res.statusCode ?? 0,
    contentType: res.headers['content-type'] ?? null,
    events,
    get comments() {
      return comments;
    },
    async waitFor(pred, timeoutMs = 5000) {
      const ok = await until(() => events.some(pred), timeoutMs);
      const found = events.find(pred);
      if (!ok || !found) throw new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(events)}`);
      return found;
    },
    ended: (timeoutMs = 5000) => until(() => done, timeoutMs),
    close: () => req.destroy(),
  };
}
