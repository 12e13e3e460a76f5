import type { Clock } from '../clock.ts';
import type { Secret } from '../config/secret.ts';
import type { Logger } from '../log.ts';
import { NotifyError } from './errors.ts';
import type { WebhookEvent, WebhookSettings } from './model.ts';
import { webhookHeaders } from './webhook-signature.ts';

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = { timeoutMs: 10_000, attempts: 5, backoffMs: 1000 };

/**
 * POSTs one signed event; retries network errors, timeouts, 408, 429 and 5xx with exponential
 * backoff and jitter (each attempt signed afresh, same `webhook-id`), and gives up at once on
 * other 4xx answers — the receiver refused it and repeating will not help.
 */
export async function deliverWebhook(
  deps: { clock: Clock; logger: Logger; settings: WebhookSettings; signal?: AbortSignal | undefined },
  url: string,
  secret: Secret | string,
  event: WebhookEvent,
): Promise<{ attempts: number; status: number }> {
  const key = typeof secret === 'string' ? secret : secret.reveal();
  const body = JSON.stringify({ type: event.type, id: event.id, timestamp: new Date(deps.clock.now()).toISOString(), data: event.payload });
  let lastError = '';
  for (let attempt = 1; attempt <= deps.settings.attempts; attempt++) {
    if (deps.signal?.aborted) break;
    const timestamp = Math.floor(deps.clock.now() / 1000);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Haven-Webhooks/1', ...webhookHeaders({ id: event.id, timestamp, body, secret: key }) },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(deps.settings.timeoutMs),
      });
      await res.body?.cancel().catch(() => undefined);
      if (res.ok) return { attempts: attempt, status: res.status };
      lastError = `HTTP ${res.status}`;
      if (res.status < 500 && res.status !== 408 && res.status !== 429) {
        throw new NotifyError('notify.webhook_failed', 'unavailable', `webhook ${JSON.stringify(event.type)} to ${hostOf(url)} refused: HTTP ${res.status}`, { details: { status: res.status, attempts: attempt } });
      }
    } catch (err) {
      if (err instanceof NotifyError) throw err;
      lastError = err instanceof Error ? err.message : String(err);
    }
    if (attempt < deps.settings.attempts) {
      const wait = deps.settings.backoffMs * 2 ** (attempt - 1);
      await sleep(wait / 2 + Math.random() * (wait / 2), deps.signal);
    }
  }
  deps.logger.warn({ url: hostOf(url), type: event.type, id: event.id, error: lastError }, 'webhook delivery failed');
  throw new NotifyError('notify.webhook_failed', 'unavailable', `webhook ${JSON.stringify(event.type)} to ${hostOf(url)} failed after ${deps.settings.attempts} attempt(s): ${lastError}`, {
    details: { attempts: deps.settings.attempts },
  });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '[bad url]';
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
