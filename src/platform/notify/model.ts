import type { Secret } from '../config/secret.ts';

/** Quiet hours in Europe/London wall-clock time: `start`–`end` ("HH:MM", may cross midnight), plus all of Saturday and Sunday when `weekends`. */
export interface QuietHours {
  start: string;
  end: string;
  weekends: boolean;
}

/** The product default (design decisions): 18:00–07:30 and weekends. */
export const DEFAULT_QUIET_HOURS: QuietHours = { start: '18:00', end: '07:30', weekends: true };

/** SMTP settings; absent means email is disabled (a status, not a start-up error). */
export interface SmtpSettings {
  host: string;
  port: number;
  /** Implicit TLS (port 465); otherwise STARTTLS is used when the server offers it. */
  secure: boolean;
  user?: string | undefined;
  password?: Secret | undefined;
  /** The From address, e.g. `Haven <haven@school.example>`. */
  from: string;
  /** Refuse to send unless STARTTLS succeeds (default true unless `secure`). */
  requireTls?: boolean | undefined;
  /** Accept self-signed certificates (tests and lab servers only). */
  allowInvalidCertificates?: boolean | undefined;
}

/** Outgoing webhook behaviour. */
export interface WebhookSettings {
  timeoutMs: number;
  /** Attempts in all, including the first. */
  attempts: number;
  /** First backoff; doubled each retry, with jitter. */
  backoffMs: number;
}

/** The notify slice of the configuration. */
export interface NotifyConfig {
  smtp?: SmtpSettings | undefined;
  webhook?: Partial<WebhookSettings> | undefined;
  /** The address people use to reach Haven, for links in emails. */
  publicUrl?: string | undefined;
  quietHours?: QuietHours | undefined;
}

/** One email; no learner names or text in it (need-to-know): codes, ids, severity and a link. */
export interface EmailMessage {
  to: readonly string[];
  subject: string;
  text: string;
  html?: string | undefined;
  headers?: Record<string, string> | undefined;
}

/** What the SMTP server accepted. */
export interface EmailReceipt {
  messageId: string;
  accepted: string[];
  rejected: string[];
}

/** An event sent to a webhook receiver; `id` is stable across retries so receivers de-duplicate. */
export interface WebhookEvent {
  type: string;
  id: string;
  payload: unknown;
}

/** Who may receive a live event: holders of `permission` in `schoolId`. */
export interface LiveAudience {
  schoolId: string;
  permission: string;
}

/** A live event as delivered to subscribers. `id` orders events for `Last-Event-ID` resume. */
export interface LiveEvent {
  id: string;
  type: string;
  data: unknown;
  audience: LiveAudience;
  at: number;
}

/** A subscriber's view: whether they may see an event for this audience. */
export type LiveFilter = (audience: LiveAudience) => boolean;

/** A live subscription. */
export interface LiveSubscription {
  /** Events after `lastEventId` still held in the ring (empty if none given). */
  replay: LiveEvent[];
  /** True when `lastEventId` was given but has left the ring: the client should reload. */
  gap: boolean;
  unsubscribe(): void;
}

/** Server-sent events fan-out: publish to an audience, subscribe with a filter. */
export interface LiveHub {
  /** Sends to every subscriber (on every node, with PostgreSQL) whose filter admits the audience; never throws. */
  publish(audience: LiveAudience, event: { type: string; data: unknown }): LiveEvent;
  subscribe(filter: LiveFilter, onEvent: (event: LiveEvent) => void, options?: { lastEventId?: string | undefined }): LiveSubscription;
  /** Subscribers now connected (for status and tests). */
  readonly subscribers: number;
  /** Subscribers are told to go (their `onClose`), nothing more is delivered. */
  onClose(listener: () => void): () => void;
  close(): Promise<void>;
}

/** Whether each channel is usable, for `haven doctor` and the status page. */
export interface NotifyStatus {
  email: { state: 'disabled'; reason: string } | { state: 'configured'; host: string; port: number; from: string };
  live: { subscribers: number; crossNode: boolean };
}

/** The notification platform handed to capabilities. */
export interface Notifier {
  /** Sends through pooled SMTP; throws {@link NotifyError} `notify.email_disabled` when SMTP is not configured, `notify.email_failed` when the server refuses. */
  email(message: EmailMessage): Promise<EmailReceipt>;
  /** True when SMTP is configured. */
  readonly emailEnabled: boolean;
  /** POSTs a signed event (Standard Webhooks headers), with a timeout and retries with backoff; throws `notify.webhook_failed` after the last attempt. */
  webhook(url: string, secret: Secret | string, event: WebhookEvent): Promise<{ attempts: number; status: number }>;
  live: LiveHub;
  /** The dashboard link for a path (`/alerts/123`), from `publicUrl`. */
  link(path: string): string;
  status(): NotifyStatus;
  close(): Promise<void>;
}
