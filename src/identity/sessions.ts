import type { Selectable } from 'kysely';
import type { Principal } from '../platform/http/index.ts';
import { randomToken, seal, sha256Hex, unseal, uuidv7 } from '../platform/crypto.ts';
import type { AccountTable } from '../platform/db/index.ts';
import type { Actor, IdentityDeps } from './deps.ts';
import { identityErrors } from './errors.ts';
import { type Account, MFA_REQUIRED_ROLES, permissionsFor, type Role } from './model.ts';
import { verifyAgainstDummy, verifyPassword } from './password-hash.ts';
import { findAccountByEmail, findAccountById, loadAccount, rolesOf } from './store.ts';
import { createTotpSecret, generateRecoveryCodes, hashRecoveryCode, normaliseRecoveryCode, totpUri, verifyTotp } from './totp.ts';

/** Where the session stands on the second factor. */
export type MfaState = 'satisfied' | 'verify' | 'enrol';

export interface SignInResult {
  /** The cookie value; shown once, stored only as a hash. */
  token: string;
  sessionId: string;
  csrfToken: string;
  account: Account;
  mfa: MfaState;
  expiresAt: string;
}

const TOUCH_EVERY_MS = 60_000;

function mfaRequired(roles: readonly string[]): boolean {
  return roles.some((r) => (MFA_REQUIRED_ROLES as readonly string[]).includes(r));
}

function mfaState(row: Selectable<AccountTable>, roles: readonly string[], mfaAt: string | null): MfaState {
  if (mfaAt) return 'satisfied';
  if (row.totp_enabled_at) return 'verify';
  return mfaRequired(roles) ? 'enrol' : 'satisfied';
}

/**
 * Signs in with email and password. Throttled per account and address before any work (so a
 * flood costs the attacker, not the server); unknown emails spend the same argon2 time as
 * known ones so the answer does not reveal which accounts exist.
 */
export async function signIn(
  deps: IdentityDeps,
  input: { email: string; password: string; ip: string | null; userAgent: string | null },
): Promise<SignInResult> {
  const row = await checkPassword(deps, input, 'identity.sign_in.failed');
  return openSession(deps, row, { ip: input.ip, userAgent: input.userAgent, mfaSatisfied: false, method: 'password' });
}

/**
 * The password check behind every password sign-in (dashboard, proxy): throttled per account and
 * address before any work, the same argon2 time for unknown emails, every failure audited under
 * `failedAction` and counted towards the backoff. Returns the active account's row.
 */
export async function checkPassword(deps: IdentityDeps, input: { email: string; password: string; ip: string | null }, failedAction: string): Promise<Selectable<AccountTable>> {
  const email = input.email.trim().toLowerCase();
  const wait = deps.throttle.retryAfter(email, input.ip);
  if (wait > 0) throw identityErrors.throttled(wait);
  const row = await findAccountByEmail(deps.db, email);
  const ok = row?.password_hash ? await verifyPassword(row.password_hash, input.password) : await verifyAgainstDummy(input.password);
  if (!row || !ok) {
    deps.throttle.failed(email, input.ip);
    await deps.audit.append({
      actor: { type: 'anonymous' },
      ip: input.ip,
      action: failedAction,
      subject: row ? { type: 'account', id: row.id } : null,
      details: { reason: row ? 'password' : 'unknown_account' },
    });
    throw identityErrors.invalidCredentials();
  }
  if (row.status !== 'active') {
    await deps.audit.append({ actor: { type: 'anonymous' }, ip: input.ip, action: failedAction, subject: { type: 'account', id: row.id }, details: { reason: 'disabled' } });
    throw identityErrors.accountDisabled();
  }
  deps.throttle.succeeded(email, input.ip);
  return row;
}

/** Opens a session for an account already authenticated (password or OpenID Connect). */
export async function openSession(
  deps: IdentityDeps,
  row: Selectable<AccountTable>,
  opts: { ip: string | null; userAgent: string | null; mfaSatisfied: boolean; method: 'password' | 'oidc' },
): Promise<SignInResult> {
  const now = deps.clock.now();
  const nowIso = new Date(now).toISOString();
  const token = randomToken();
  const sessionId = sha256Hex(token);
  const csrfToken = randomToken();
  const expiresAt = new Date(now + deps.session.absoluteHours * 3600_000).toISOString();
  const mfaAt = opts.mfaSatisfied ? nowIso : null;
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('sessions')
      .values({
        id: sessionId,
        account_id: row.id,
        created_at: nowIso,
        last_seen_at: nowIso,
        expires_at: expiresAt,
        ip: opts.ip,
        user_agent: opts.userAgent?.slice(0, 300) ?? null,
        mfa_at: mfaAt,
        csrf_token: csrfToken,
        revoked_at: null,
      })
      .execute();
    await trx.updateTable('accounts').set({ last_sign_in_at: nowIso }).where('id', '=', row.id).execute();
    await deps.audit.append(
      {
        actor: { type: 'account', id: row.id },
        ip: opts.ip,
        action: 'identity.sign_in.succeeded',
        subject: { type: 'account', id: row.id },
        details: { method: opts.method, session: sessionId.slice(0, 16), mfa: opts.mfaSatisfied },
      },
      trx,
    );
  });
  const account = await loadAccount(deps.db, row);
  return {
    token,
    sessionId,
    csrfToken,
    account,
    mfa: mfaState(row, account.roles.map((r) => r.role), mfaAt),
    expiresAt,
  };
}

/** Builds the principal for an account (roles → permissions, schools, second-factor state). */
export async function principalFor(
  deps: IdentityDeps,
  row: Selectable<AccountTable>,
  extra: { kind: 'session' | 'token'; sessionId?: string; tokenId?: string; scopes?: readonly string[]; mfaAt: string | null },
): Promise<Principal> {
  const roleRows = await rolesOf(deps.db, row.id);
  const roleNames = roleRows.map((r) => r.role);
  let granted: Set<string> = permissionsFor(roleNames);
  if (extra.scopes) granted = new Set(extra.scopes.filter((s) => granted.has(s)));
  const state = extra.kind === 'token' ? 'satisfied' : mfaState(row, roleNames, extra.mfaAt);
  return {
    kind: extra.kind,
    accountId: row.id,
    organisationId: row.organisation_id,
    email: row.email,
    roles: roleNames,
    permissions: granted,
    schoolIds: [...new Set(roleRows.map((r) => r.schoolId))],
    ...(extra.sessionId ? { sessionId: extra.sessionId } : {}),
    ...(extra.tokenId ? { tokenId: extra.tokenId } : {}),
    ...(extra.scopes ? { scopes: extra.scopes } : {}),
    mfaSatisfied: state === 'satisfied',
    mfaEnrolmentRequired: state === 'enrol',
  };
}

/**
 * Resolves a session cookie to a principal, enforcing the absolute and idle timeouts and
 * revocation; `last_seen_at` is written at most once a minute so reads stay reads.
 */
export async function authenticateSession(deps: IdentityDeps, token: string): Promise<{ principal: Principal; csrfToken: string }> {
  const id = sha256Hex(token);
  const session = await deps.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  const now = deps.clock.now();
  if (!session || session.revoked_at) throw identityErrors.unauthenticated();
  const idleLimit = Date.parse(session.last_seen_at) + deps.session.idleMinutes * 60_000;
  if (Date.parse(session.expires_at) <= now || idleLimit <= now) throw identityErrors.sessionExpired();
  const row = await findAccountById(deps.db, session.account_id);
  if (!row || row.status !== 'active') throw identityErrors.unauthenticated();
  if (now - Date.parse(session.last_seen_at) >= TOUCH_EVERY_MS) {
    await deps.db.updateTable('sessions').set({ last_seen_at: new Date(now).toISOString() }).where('id', '=', id).execute();
  }
  return { principal: await principalFor(deps, row, { kind: 'session', sessionId: id, mfaAt: session.mfa_at }), csrfToken: session.csrf_token };
}

/** Starts TOTP enrolment: a new secret, sealed with the master key, not yet active. */
export async function startTotpEnrolment(deps: IdentityDeps, principal: Principal): Promise<{ secret: string; uri: string }> {
  const row = await findAccountById(deps.db, principal.accountId);
  if (!row) throw identityErrors.unauthenticated();
  if (row.totp_enabled_at && !principal.mfaSatisfied) throw identityErrors.mfaRequired();
  const secret = createTotpSecret();
  await deps.db
    .updateTable('accounts')
    .set({ totp_secret: seal(deps.masterKey, secret, `account:${row.id}:totp-pending`), updated_at: new Date(deps.clock.now()).toISOString() })
    .where('id', '=', row.id)
    .execute();
  return { secret, uri: totpUri({ secret, accountName: row.email, issuer: 'Haven' }) };
}

/** Confirms enrolment with a first code; returns recovery codes (shown once, stored hashed). */
export async function confirmTotpEnrolment(deps: IdentityDeps, principal: Principal, code: string, actor: Actor): Promise<{ recoveryCodes: string[] }> {
  const row = await findAccountById(deps.db, principal.accountId);
  if (!row?.totp_secret || !principal.sessionId) throw identityErrors.mfaNotEnrolling();
  let secret: string;
  try {
    secret = unseal(deps.masterKey, row.totp_secret, `account:${row.id}:totp-pending`);
  } catch {
    throw identityErrors.mfaNotEnrolling();
  }
  const check = verifyTotp(secret, code, deps.clock.now());
  if (!check.ok) throw identityErrors.mfaInvalid();
  const codes = generateRecoveryCodes();
  const now = new Date(deps.clock.now()).toISOString();
  const sessionId = principal.sessionId;
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('accounts')
      .set({ totp_secret: seal(deps.masterKey, secret, `account:${row.id}:totp`), totp_enabled_at: now, totp_last_step: check.step, updated_at: now })
      .where('id', '=', row.id)
      .execute();
    await trx.deleteFrom('recovery_codes').where('account_id', '=', row.id).execute();
    for (const c of codes) {
      await trx.insertInto('recovery_codes').values({ id: uuidv7(deps.clock.now()), account_id: row.id, code_hash: hashRecoveryCode(c), used_at: null }).execute();
    }
    await trx.updateTable('sessions').set({ mfa_at: now }).where('id', '=', sessionId).execute();
    await deps.audit.append({ actor, ip: actor.ip ?? null, action: 'identity.mfa.enrolled', subject: { type: 'account', id: row.id }, details: { method: 'totp' } }, trx);
  });
  return { recoveryCodes: codes };
}

/** Satisfies the second factor for this session with a TOTP code or a one-time recovery code. */
export async function verifySecondFactor(
  deps: IdentityDeps,
  principal: Principal,
  input: { code?: string; recoveryCode?: string },
  actor: Actor,
): Promise<void> {
  const row = await findAccountById(deps.db, principal.accountId);
  if (!row?.totp_secret || !row.totp_enabled_at || !principal.sessionId) throw identityErrors.mfaNotEnrolling();
  const wait = deps.throttle.retryAfter(`mfa:${row.id}`, actor.ip ?? null);
  if (wait > 0) throw identityErrors.throttled(wait);
  const now = new Date(deps.clock.now()).toISOString();
  const sessionId = principal.sessionId;
  let method: 'totp' | 'recovery' = 'totp';
  let accepted = false;
  if (input.code) {
    const check = verifyTotp(unseal(deps.masterKey, row.totp_secret, `account:${row.id}:totp`), input.code, deps.clock.now(), row.totp_last_step ?? undefined);
    if (check.ok) {
      accepted = true;
      await deps.db.updateTable('accounts').set({ totp_last_step: check.step }).where('id', '=', row.id).execute();
    }
  } else if (input.recoveryCode) {
    method = 'recovery';
    const hash = hashRecoveryCode(normaliseRecoveryCode(input.recoveryCode));
    const used = await deps.db
      .updateTable('recovery_codes')
      .set({ used_at: now })
      .where('account_id', '=', row.id)
      .where('code_hash', '=', hash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    accepted = Number(used.numUpdatedRows) === 1;
  }
  if (!accepted) {
    deps.throttle.failed(`mfa:${row.id}`, actor.ip ?? null);
    await deps.audit.append({ actor, ip: actor.ip ?? null, action: 'identity.mfa.failed', subject: { type: 'account', id: row.id }, details: { method } });
    throw identityErrors.mfaInvalid();
  }
  deps.throttle.succeeded(`mfa:${row.id}`, actor.ip ?? null);
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('sessions').set({ mfa_at: now }).where('id', '=', sessionId).execute();
    await deps.audit.append({ actor, ip: actor.ip ?? null, action: 'identity.mfa.verified', subject: { type: 'account', id: row.id }, details: { method } }, trx);
  });
}

/** Ends one session (sign out). */
export async function signOut(deps: IdentityDeps, principal: Principal, actor: Actor): Promise<void> {
  if (!principal.sessionId) return;
  const now = new Date(deps.clock.now()).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('sessions').set({ revoked_at: now }).where('id', '=', principal.sessionId ?? '').execute();
    await deps.audit.append({ actor, ip: actor.ip ?? null, action: 'identity.sign_out', subject: { type: 'account', id: principal.accountId } }, trx);
  });
}

/** Ends every session of the account ("sign out everywhere"). */
export async function signOutEverywhere(deps: IdentityDeps, accountId: string, actor: Actor): Promise<number> {
  const now = new Date(deps.clock.now()).toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const r = await trx.updateTable('sessions').set({ revoked_at: now }).where('account_id', '=', accountId).where('revoked_at', 'is', null).executeTakeFirst();
    const count = Number(r.numUpdatedRows);
    await deps.audit.append({ actor, ip: actor.ip ?? null, action: 'identity.sign_out.everywhere', subject: { type: 'account', id: accountId }, details: { sessions: count } }, trx);
    return count;
  });
}

/** A session as its owner sees it (the id shown is a prefix of the hash, never the token). */
export interface SessionInfo {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

export async function listSessions(deps: IdentityDeps, principal: Principal): Promise<SessionInfo[]> {
  const nowIso = new Date(deps.clock.now()).toISOString();
  const rows = await deps.db
    .selectFrom('sessions')
    .selectAll()
    .where('account_id', '=', principal.accountId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', nowIso)
    .orderBy('last_seen_at', 'desc')
    .execute();
  return rows.map((s) => ({
    id: s.id.slice(0, 16),
    createdAt: s.created_at,
    lastSeenAt: s.last_seen_at,
    expiresAt: s.expires_at,
    ip: s.ip,
    userAgent: s.user_agent,
    current: s.id === principal.sessionId,
  }));
}

/** Revokes one of the principal's own sessions by its shown id. */
export async function revokeSession(deps: IdentityDeps, principal: Principal, shownId: string, actor: Actor): Promise<void> {
  if (!/^[0-9a-f]{16}$/.test(shownId)) throw identityErrors.sessionNotFound();
  const now = new Date(deps.clock.now()).toISOString();
  const r = await deps.db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('account_id', '=', principal.accountId)
    .where('id', 'like', `${shownId}%`)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw identityErrors.sessionNotFound();
  await deps.audit.append({ actor, ip: actor.ip ?? null, action: 'identity.session.revoked', subject: { type: 'account', id: principal.accountId } });
}

export { mfaRequired };
export type { Role };
