import { createHmac, timingSafeEqual } from 'node:crypto';
import { NotifyError } from './errors.ts';

/**
 * Webhook signing as in Standard Webhooks (https://www.standardwebhooks.com): headers
 * `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature: v1,<base64>` where the
 * signature is HMAC-SHA256 over `${id}.${timestamp}.${body}`. A secret written `whsec_<base64>`
 * is the base64-decoded bytes; any other string is used as its UTF-8 bytes.
 */
export const WEBHOOK_HEADERS = { id: 'webhook-id', timestamp: 'webhook-timestamp', signature: 'webhook-signature' } as const;

/** Default tolerance for the timestamp, against replay. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

function keyOf(secret: string): Buffer {
  return secret.startsWith('whsec_') ? Buffer.from(secret.slice('whsec_'.length), 'base64') : Buffer.from(secret, 'utf8');
}

/** The `v1,<base64>` signature of one delivery. */
export function signWebhook(input: { id: string; timestamp: number; body: string; secret: string }): string {
  const mac = createHmac('sha256', keyOf(input.secret)).update(`${input.id}.${input.timestamp}.${input.body}`).digest('base64');
  return `v1,${mac}`;
}

/** The three headers for one delivery (timestamp in seconds). */
export function webhookHeaders(input: { id: string; timestamp: number; body: string; secret: string }): Record<string, string> {
  return {
    [WEBHOOK_HEADERS.id]: input.id,
    [WEBHOOK_HEADERS.timestamp]: String(input.timestamp),
    [WEBHOOK_HEADERS.signature]: signWebhook(input),
  };
}

/**
 * For receivers: checks the signature (any `v1,` entry of the space-separated list, in constant
 * time) and that the timestamp is within `toleranceSeconds` of `now`; throws
 * {@link NotifyError} `notify.webhook_invalid_signature` otherwise. `body` must be the raw text.
 */
export function verifyWebhook(input: {
  headers: Record<string, string | string[] | undefined>;
  body: string;
  secret: string;
  now: number;
  toleranceSeconds?: number;
}): { id: string; timestamp: number } {
  const header = (name: string): string | undefined => {
    const v = input.headers[name] ?? input.headers[name.toLowerCase()];
    return Array.isArray(v) ? v[0] : v;
  };
  const fail = (why: string): never => {
    throw new NotifyError('notify.webhook_invalid_signature', 'unauthenticated', `webhook signature rejected: ${why}`);
  };
  const id = header(WEBHOOK_HEADERS.id) ?? fail('missing webhook-id');
  const ts = header(WEBHOOK_HEADERS.timestamp) ?? fail('missing webhook-timestamp');
  const given = header(WEBHOOK_HEADERS.signature) ?? fail('missing webhook-signature');
  if (!/^\d{1,12}$/.test(ts)) fail(`bad timestamp ${JSON.stringify(ts)}`);
  const timestamp = Number(ts);
  const tolerance = input.toleranceSeconds ?? WEBHOOK_TOLERANCE_SECONDS;
  if (Math.abs(Math.floor(input.now / 1000) - timestamp) > tolerance) fail('timestamp outside tolerance');
  const expected = Buffer.from(signWebhook({ id, timestamp, body: input.body, secret: input.secret }).slice(3), 'base64');
  const ok = given
    .split(' ')
    .filter((s) => s.startsWith('v1,'))
    .some((s) => {
      const candidate = Buffer.from(s.slice(3), 'base64');
      return candidate.length === expected.length && timingSafeEqual(candidate, expected);
    });
  if (!ok) fail('no matching v1 signature');
  return { id, timestamp };
}
