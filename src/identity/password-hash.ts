import { hash, parseOptions, verify } from '@node-rs/argon2';
import type { Options } from '@node-rs/argon2';

// `Algorithm` and `Version` are ambient const enums, which `isolatedModules` cannot read, hence
// the numbers: Algorithm.Argon2id is 2 and Version.V0x13 (argon2 version 19) is 1.
const ARGON2ID = 2;
const VERSION_19 = 1;

/**
 * Argon2id parameters: OWASP's Password Storage Cheat Sheet recommends m=19 MiB, t=2, p=1 as the
 * minimum for argon2id (the equivalent alternatives trade memory for passes). With a 16-byte
 * random salt and a 32-byte output this takes about 20 ms on one core and 19 MiB per hash;
 * raise them here and {@link needsRehash} upgrades each stored hash at its owner's next sign-in.
 */
export const PASSWORD_HASH_PARAMETERS = {
  algorithm: ARGON2ID,
  version: VERSION_19,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
} as const satisfies Options;

/**
 * An argon2id hash of a random 256-bit value nobody kept, made with {@link PASSWORD_HASH_PARAMETERS}:
 * no password verifies against it, but trying takes as long as for a real account.
 */
export const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$nxHCPyOiCXa4TzND3Lfahg$keHS62oAT9zVWfWH3WmJ/c5PrUzRMLnFeyfMNhHRy+w';

/**
 * Passwords are hashed in NFKC, the form the password policy measures, so the same password
 * typed on a keyboard that composes accents differently still verifies.
 */
function prepare(password: string): string {
  return password.normalize('NFKC');
}

/** Hashes a password with argon2id into a PHC string (`$argon2id$v=19$m=…`) with its own random salt. */
export async function hashPassword(password: string): Promise<string> {
  return hash(prepare(password), PASSWORD_HASH_PARAMETERS);
}

/**
 * True when the password matches the stored hash; false for a wrong password and also for a
 * malformed or unsupported hash, so a damaged row refuses sign-in rather than crashing it.
 */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, prepare(password));
  } catch {
    return false;
  }
}

/** True when a hash was made with other parameters than today's (or cannot be read) and should be replaced after the next successful sign-in. */
export function needsRehash(storedHash: string): boolean {
  try {
    const p = parseOptions(storedHash);
    return (
      p.algorithm !== PASSWORD_HASH_PARAMETERS.algorithm ||
      p.version !== PASSWORD_HASH_PARAMETERS.version ||
      p.memoryCost !== PASSWORD_HASH_PARAMETERS.memoryCost ||
      p.timeCost !== PASSWORD_HASH_PARAMETERS.timeCost ||
      p.parallelism !== PASSWORD_HASH_PARAMETERS.parallelism ||
      p.outputLen !== PASSWORD_HASH_PARAMETERS.outputLen ||
      p.saltLen < 16
    );
  } catch {
    return true;
  }
}

/**
 * Spends the time of one real verification and answers false: call it when the email matches no
 * account (or one without a password), so response times do not reveal which accounts exist.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  await verifyPassword(DUMMY_HASH, password);
  return false;
}
