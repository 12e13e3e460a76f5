import { AppError, type AppErrorOptions, type ErrorKind } from '../errors.ts';

/** Codes this module raises. */
export const notifyErrorCodes = ['notify.email_disabled', 'notify.email_failed', 'notify.webhook_failed', 'notify.webhook_invalid_signature', 'notify.closed'] as const;
export type NotifyErrorCode = (typeof notifyErrorCodes)[number];

/** A notification could not be sent (or a webhook signature did not verify). */
export class NotifyError extends AppError {
  constructor(code: NotifyErrorCode, kind: ErrorKind, message: string, options?: AppErrorOptions) {
    super(code, kind, message, options);
  }
}
