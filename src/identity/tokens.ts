import type { Principal } from '../platform/http/index.ts';
import { randomToken, sha256Hex, uuidv7 } from '../platform/crypto.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor, IdentityDeps } from './deps.ts';
import { identityErrors } from './errors.ts';
import { isPermission, permissionsFor } from './model.ts';
import { findAccount, findAccountById, rolesOf } from './store.ts';
import { principalFor } from './sessions.ts';

/** Prefix that makes Haven tokens recognisable to secret scanners and people. */
export const TOKEN_PREFIX = 'hvn_';

/** An API token as listed (never the secret). */
export interface ApiToken {
  id: string;
  accountId: string;
  name: string;
  scopes: string[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/**
 * Creates a scoped, expiring token for scripts; the secret is returned once and stored only
 * as a SHA-256 hash. Scopes must be permissions the account holds.
 */
export async function createToken(
  deps: IdentityDeps,
  actor: Actor,
  input: { account: string; name: string; scopes: string[]; expiresInDays?: number | null },
): Promise<{ token: string; record: ApiToken }> {
  const row = await findAccount(deps.db, input.account);
  if (!row) throw identityErrors.accountNotFound(input.account);
  if (input.scopes.length === 0) throw new AppError('identity.scope_required', 'invalid', 'a token needs at least one scope');
  const held = permissionsFor((await rolesOf(deps.db, row.id)).map((r) => r.role));
  for (const s of input.scopes) {
    if (!isPermission(s)) throw identityErrors.scopeInvalid(s);
    if (!held.has(s)) throw identityErrors.scopeNotHeld(s);
  }
  const days = input.expiresInDays === undefined ? 90 : input.expiresInDays;
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > 730)) {
    throw new AppError('identity.token_expiry_invalid', 'invalid', 'a token expires in 1 to 730 days (or never, when explicitly asked)');
  }
  const now = deps.clock.now();
  const token = randomToken(TOKEN_PREFIX);
  const record: ApiToken = {
    id: uuidv7(now),
    accountId: row.id,
    name: input.name.trim().slice(0, 100) || 'token',
    scopes: [...new Set(input.scopes)].sort(),
    createdAt: new Date(now).toISOString(),
    expiresAt: days === null ? null : new Date(now + days * 86_400_000).toISOString(),
    lastUsedAt: null,
    revokedAt: null,
  };
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('api_tokens')
      .values({
        id: record.id,
        account_id: row.id,
        name: record.name,
        token_hash: sha256Hex(token),
        scopes: JSON.stringify(record.scopes),
        created_at: record.createdAt,
        expires_at: record.expiresAt,
        last_used_at: null,
        revoked_at: null,
      })
      .execute();
    await deps.audit.append(
      { actor, ip: actor.ip ?? null, action: 'identity.token.created', subject: { type: 'api_token', id: record.id }, details: { account: row.id, scopes: record.scopes, expires: record.expiresAt } },
      trx,
    );
  });
  return { token, record };
}

export async function listTokens(deps: IdentityDeps, accountId?: string): Promise<ApiToken[]> {
  let q = deps.db.selectFrom('api_tokens').selectAll().orderBy('created_at', 'desc');
  if (accountId) q = q.where('account_id', '=', accountId);
  return (await q.execute()).map((t) => ({
    id: t.id,
    accountId: t.account_id,
    name: t.name,
    scopes: JSON.parse(t.scopes) as string[],
    createdAt: t.created_at,
    expiresAt: t.expires_at,
    lastUsedAt: t.last_used_at,
    revokedAt: t.revoked_at,
  }));
}

/** Revokes a token; only its owner or someone with `accounts:manage` may (checked by the caller). */
export async function revokeToken(deps: IdentityDeps, actor: Actor, id: string, ownerId?: string): Promise<void> {
  let q = deps.db.updateTable('api_tokens').set({ revoked_at: new Date(deps.clock.now()).toISOString() }).where('id', '=', id).where('revoked_at', 'is', null);
  if (ownerId) q = q.where('account_id', '=', ownerId);
  const r = await q.executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw identityErrors.tokenNotFound(id);
  await deps.audit.append({ actor, ip: actor.ip ?? null, action: 'identity.token.revoked', subject: { type: 'api_token', id } });
}

/** Resolves `Authorization: Bearer hvn_…` to a principal limited to the token's scopes. */
export async function authenticateToken(deps: IdentityDeps, token: string): Promise<Principal> {
  if (!token.startsWith(TOKEN_PREFIX)) throw identityErrors.unauthenticated();
  const row = await deps.db.selectFrom('api_tokens').selectAll().where('token_hash', '=', sha256Hex(token)).executeTakeFirst();
  const now = deps.clock.now();
  if (!row || row.revoked_at || (row.expires_at && Date.parse(row.expires_at) <= now)) throw identityErrors.unauthenticated();
  const account = await findAccountById(deps.db, row.account_id);
  if (!account || account.status !== 'active') throw identityErrors.unauthenticated();
  if (!row.last_used_at || now - Date.parse(row.last_used_at) > 60_000) {
    await deps.db.updateTable('api_tokens').set({ last_used_at: new Date(now).toISOString() }).where('id', '=', row.id).execute();
  }
  return principalFor(deps, account, { kind: 'token', tokenId: row.id, scopes: JSON.parse(row.scopes) as string[], mfaAt: null });
}
