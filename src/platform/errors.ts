/**
 * The base of every domain error: a stable dotted code (`identity.password_common`) that the
 * HTTP layer maps to RFC 9457 problem+json and the CLI prints with a non-zero exit.
 * Domain errors know nothing about HTTP; {@link AppError.kind} is the only hint they give.
 */
export const errorKinds = [
  'invalid', // the input is wrong (400)
  'unauthenticated', // who you are is unknown (401)
  'forbidden', // you may not (403)
  'not_found', // no such thing, or not visible to you (404)
  'conflict', // it clashes with what is there (409)
  'too_many', // slow down (429)
  'unavailable', // a dependency is down (503)
  'internal', // our fault (500)
] as const;
export type ErrorKind = (typeof errorKinds)[number];

/** One problem with one field of an input, for batch or form errors. */
export interface FieldIssue {
  path: string;
  message: string;
  line?: number;
}

export interface AppErrorOptions {
  cause?: unknown;
  /** Extra machine-readable members for the problem document (never personal free text). */
  details?: Record<string, unknown>;
  issues?: FieldIssue[];
  /** Seconds before a retry makes sense (rate limits). */
  retryAfter?: number;
}

/** A domain error with a stable code; subclass per capability or throw directly. */
export class AppError extends Error {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly details: Record<string, unknown> | undefined;
  readonly issues: FieldIssue[] | undefined;
  readonly retryAfter: number | undefined;

  constructor(code: string, kind: ErrorKind, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.kind = kind;
    this.details = options.details;
    this.issues = options.issues;
    this.retryAfter = options.retryAfter;
  }
}

/** True for any {@link AppError}, including ones from another copy of this module. */
export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
