import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { AppError } from '../platform/errors.ts';
import { safeEqual, sha256Hex } from '../platform/crypto.ts';

// RFC 6238 with the parameters every authenticator app supports: HMAC-SHA-1, 6 digits, 30 s.
const ALGORITHM = 'SHA1';
const DIGITS = 6;
const PERIOD_SECONDS = 30;
const PERIOD_MS = PERIOD_SECONDS * 1000;
// One step either side of now absorbs clock drift and the time it takes to type the code.
const WINDOW = 1;

/** The outcome of {@link verifyTotp}: the step the code belonged to, to store as the last used one. */
export type TotpCheck = { ok: true; step: number } | { ok: false };

/** A new random TOTP secret of 160 bits (the HMAC-SHA-1 key size RFC 4226 recommends), in base32. */
export function createTotpSecret(): string {
  // Copied into its own ArrayBuffer: a Buffer's `.buffer` may be a larger shared pool.
  return new Secret({ buffer: new Uint8Array(randomBytes(20)).buffer }).base32;
}

/** The `otpauth://totp/…` URI an authenticator app reads from the enrolment QR code. */
export function totpUri(input: { secret: string; accountName: string; issuer: string }): string {
  return new TOTP({
    issuer: input.issuer,
    label: input.accountName,
    secret: parseSecret(input.secret),
    algorithm: ALGORITHM,
    digits: DIGITS,
    period: PERIOD_SECONDS,
  }).toString();
}

/** The time step (count of 30-second periods since the epoch) that a moment falls in. */
export function totpStep(nowMs: number): number {
  return Math.floor(nowMs / PERIOD_MS);
}

/** The 6-digit code for a secret at a moment, as an authenticator app would show it. */
export function generateTotp(secret: string, nowMs: number): string {
  return codeAt(parseSecret(secret), totpStep(nowMs));
}

/**
 * Checks a code against the steps just before, at and after `nowMs`. A code whose step is not
 * after `lastUsedStep` is refused even when it is right, so a code seen over someone's shoulder
 * (or replayed from a log) cannot be used again; store the returned step as the new last one.
 * Spaces in the code are ignored (`123 456`).
 */
export function verifyTotp(secret: string, code: string, nowMs: number, lastUsedStep?: number): TotpCheck {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return { ok: false };
  const key = parseSecret(secret);
  const now = totpStep(nowMs);
  // Prefer the current step, then the past one, then the future one; compare every candidate in
  // constant time so the timing reveals nothing about which step (if any) matched.
  let matched: number | undefined;
  for (const step of [now, now - WINDOW, now + WINDOW]) {
    const fresh = lastUsedStep === undefined || step > lastUsedStep;
    if (safeEqual(codeAt(key, step), token) && fresh && matched === undefined) matched = step;
  }
  return matched === undefined ? { ok: false } : { ok: true, step: matched };
}

function codeAt(key: Secret, step: number): string {
  return TOTP.generate({ secret: key, algorithm: ALGORITHM, digits: DIGITS, period: PERIOD_SECONDS, timestamp: step * PERIOD_MS });
}

function parseSecret(secret: string): Secret {
  try {
    return Secret.fromBase32(secret.replace(/[\s=]+/g, '').toUpperCase());
  } catch (cause) {
    // The secret is ours (sealed in the database), so a bad one is our fault, not the user's.
    throw new AppError('identity.totp_secret_invalid', 'internal', 'the stored totp secret is not valid base32', { cause });
  }
}

// Crockford's base32 alphabet: no i, l, o or u, so nothing reads as something else; 32 symbols
// give exactly 5 bits per character, so 12 characters carry 60 bits.
const RECOVERY_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const RECOVERY_LENGTH = 12;
const RECOVERY_GROUP = 4;

/**
 * One-time recovery codes for when the authenticator is lost: `xxxx-xxxx-xxxx`, 60 random bits
 * each, so they can be stored as plain SHA-256 hashes ({@link hashRecoveryCode}).
 */
export function generateRecoveryCodes(count = 10): string[] {
  if (!Number.isInteger(count) || count < 1 || count > 100) {
    throw new AppError('identity.recovery_count_invalid', 'invalid', `cannot make ${count} recovery codes: ask for 1 to 100`);
  }
  const codes = new Set<string>();
  while (codes.size < count) {
    // 256 is a multiple of 32, so taking the low 5 bits of each byte is uniform.
    const chars = Array.from(randomBytes(RECOVERY_LENGTH), (b) => RECOVERY_ALPHABET.charAt(b & 31)).join('');
    codes.add(group(chars));
  }
  return [...codes];
}

/**
 * Puts a typed recovery code in its canonical form (`xxxx-xxxx-xxxx`): case, spaces and hyphens
 * do not matter, and the look-alikes o, i and l are read as 0, 1 and 1, as Crockford intends.
 * Input that cannot be a code is returned folded but otherwise unchanged, so it matches nothing.
 */
export function normaliseRecoveryCode(input: string): string {
  const chars = input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s-]+/g, '')
    .replace(/o/g, '0')
    .replace(/[il]/g, '1');
  return chars.length === RECOVERY_LENGTH && [...chars].every((c) => RECOVERY_ALPHABET.includes(c)) ? group(chars) : chars;
}

/** The SHA-256 (hex) of a recovery code's canonical form: enough for 60-bit random codes, and it lets the store look a code up by hash. */
export function hashRecoveryCode(code: string): string {
  return sha256Hex(normaliseRecoveryCode(code));
}

function group(chars: string): string {
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i += RECOVERY_GROUP) parts.push(chars.slice(i, i + RECOVERY_GROUP));
  return parts.join('-');
}
