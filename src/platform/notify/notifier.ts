import type { Clock } from '../clock.ts';
import type { Logger } from '../log.ts';
import { createEmailSender, type EmailSender } from './email.ts';
import { NotifyError } from './errors.ts';
import { createLiveHub, type LiveRelay } from './live-hub.ts';
import type { Notifier, NotifyConfig } from './model.ts';
import { DEFAULT_WEBHOOK_SETTINGS, deliverWebhook } from './webhook.ts';

/**
 * Builds the notifier from the `notify` configuration slice. Without SMTP settings email is
 * disabled — {@link Notifier.status} says so and {@link Notifier.email} throws
 * `notify.email_disabled` — rather than failing start-up, so a school can add mail later.
 */
export function createNotifier(deps: { config: NotifyConfig; clock: Clock; logger: Logger; relay?: LiveRelay | undefined }): Notifier {
  const { config, clock, logger } = deps;
  const smtp = config.smtp;
  const sender: EmailSender | undefined = smtp ? createEmailSender(smtp, logger) : undefined;
  const live = createLiveHub({ clock, logger, relay: deps.relay });
  const webhookSettings = { ...DEFAULT_WEBHOOK_SETTINGS, ...config.webhook };
  const closing = new AbortController();
  const base = (config.publicUrl ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
  let closed = false;

  return {
    get emailEnabled() {
      return sender !== undefined;
    },
    async email(message) {
      if (closed) throw new NotifyError('notify.closed', 'unavailable', 'the notifier is closed');
      if (!sender) throw new NotifyError('notify.email_disabled', 'unavailable', 'email is disabled: no SMTP server is configured (notify.smtp.host / HAVEN_SMTP_HOST)');
      return sender.send(message);
    },
    async webhook(url, secret, event) {
      if (closed) throw new NotifyError('notify.closed', 'unavailable', 'the notifier is closed');
      return deliverWebhook({ clock, logger, settings: webhookSettings, signal: closing.signal }, url, secret, event);
    },
    live,
    link(path) {
      return `${base}${path.startsWith('/') ? path : `/${path}`}`;
    },
    status() {
      return {
        email: smtp
          ? { state: 'configured', host: smtp.host, port: smtp.port, from: smtp.from }
          : { state: 'disabled', reason: 'no SMTP server configured (set notify.smtp.host or HAVEN_SMTP_HOST)' },
        live: { subscribers: live.subscribers, crossNode: live.crossNode },
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      closing.abort();
      sender?.close();
      await live.close();
    },
  };
}
