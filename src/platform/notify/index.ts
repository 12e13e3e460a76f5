/**
 * The notification platform: email (pooled SMTP), signed webhooks, live server-sent events and
 * quiet hours. Capabilities receive a {@link Notifier} from `main/`; nothing here knows who a
 * recipient is — callers resolve roles to addresses and keep learner names out of messages.
 */
export type {
  EmailMessage,
  EmailReceipt,
  LiveAudience,
  LiveEvent,
  LiveFilter,
  LiveHub,
  LiveSubscription,
  Notifier,
  NotifyConfig,
  NotifyStatus,
  QuietHours,
  SmtpSettings,
  WebhookEvent,
  WebhookSettings,
} from './model.ts';
export { DEFAULT_QUIET_HOURS } from './model.ts';
export { NotifyError, type NotifyErrorCode, notifyErrorCodes } from './errors.ts';
export { createNotifier } from './notifier.ts';
export { createLiveHub, type LiveRelay } from './live-hub.ts';
export { emailReleaseAt, isQuietHours, parseClockTime } from './quiet-hours.ts';
export { signWebhook, verifyWebhook, WEBHOOK_HEADERS, WEBHOOK_TOLERANCE_SECONDS, webhookHeaders } from './webhook-signature.ts';
export { DEFAULT_WEBHOOK_SETTINGS } from './webhook.ts';
export { notifyConfigOf } from './config.ts';
export { checkSmtp } from './email.ts';
export { createPgLiveRelay, LIVE_CHANNEL } from './live-pg.ts';
