import { createTransport } from 'nodemailer';
import type { Logger } from '../log.ts';
import { NotifyError } from './errors.ts';
import type { EmailMessage, EmailReceipt, SmtpSettings } from './model.ts';

/** A pooled SMTP sender. */
export interface EmailSender {
  send(message: EmailMessage): Promise<EmailReceipt>;
  close(): void;
}

/**
 * Sends mail through one pooled SMTP transport (a few kept-open connections, so a burst of
 * alerts does not open a connection per email). STARTTLS is required unless the settings say
 * otherwise: alert emails cross the school network.
 */
export function createEmailSender(settings: SmtpSettings, logger: Logger): EmailSender {
  const password = settings.password?.reveal();
  const transport = createTransport({
    pool: true,
    maxConnections: 3,
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    requireTLS: settings.requireTls ?? false,
    ...(settings.user !== undefined ? { auth: { user: settings.user, pass: password ?? '' } } : {}),
    tls: { rejectUnauthorized: !(settings.allowInvalidCertificates ?? false) },
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(message) {
      if (message.to.length === 0) throw new NotifyError('notify.email_failed', 'invalid', 'cannot send an email with no recipients');
      try {
        const info = await transport.sendMail({
          from: settings.from,
          to: [...message.to],
          subject: message.subject,
          text: message.text,
          ...(message.html !== undefined ? { html: message.html } : {}),
          ...(message.headers !== undefined ? { headers: message.headers } : {}),
        });
        return { messageId: String(info.messageId), accepted: info.accepted.map(String), rejected: info.rejected.map(String) };
      } catch (cause) {
        logger.warn({ err: cause, host: settings.host, port: settings.port }, 'email send failed');
        throw new NotifyError('notify.email_failed', 'unavailable', `email to ${message.to.length} recipient(s) via ${settings.host}:${settings.port} failed`, { cause });
      }
    },
    close() {
      transport.close();
    },
  };
}

/**
 * Connects to the SMTP server, says hello, starts TLS and signs in if configured, then quits:
 * `haven doctor` reports the outcome. Returns null when it worked, else the reason.
 */
export async function checkSmtp(settings: SmtpSettings, timeoutMs = 10_000): Promise<string | null> {
  const password = settings.password?.reveal();
  const transport = createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    requireTLS: settings.requireTls ?? false,
    ...(settings.user !== undefined ? { auth: { user: settings.user, pass: password ?? '' } } : {}),
    tls: { rejectUnauthorized: !(settings.allowInvalidCertificates ?? false) },
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  try {
    await transport.verify();
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    transport.close();
  }
}
