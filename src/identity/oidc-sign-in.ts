/**
 * Staff sign-in through a configured OpenID Connect provider: the pending state sealed for a
 * browser cookie, the callback checked by {@link createOidcClient}, the account linked by the
 * rules of decisions.md, and a Haven session opened. Accounts are never created here.
 */
import type { Selectable } from 'kysely';
import { z } from 'zod';
import { seal, sha256Hex, unseal } from '../platform/crypto.ts';
import type { AccountTable } from '../platform/db/index.ts';
import { AppError, isAppError } from '../platform/errors.ts';
import type { AppErrorOptions, ErrorKind } from '../platform/errors.ts';
import type { Actor, IdentityDeps } from './deps.ts';
import { identityErrors } from './errors.ts';
import { createOidcClient } from './oidc.ts';
import type { OidcClient, OidcClientOptions, OidcIdentity, OidcPending, OidcProviderConfig } from './oidc.ts';
import { readEnabledOidcProvider } from './oidc-providers.ts';
import type { OidcProvider } from './oidc-providers.ts';
import { openSession } from './sessions.ts';
import type { SignInResult } from './sessions.ts';
import { findAccount, findAccountByEmail, findAccountById } from './store.ts';

/** The sealing context of the pending-sign-in cookie, so no other sealed value passes for one. */
export const OIDC_PENDING_AAD = 'oidc-pending';

/** Every error code sign-in adds to those of {@link createOidcClient}. */
export const oidcSignInErrorCodes = [
  'oidc.pending_missing',
  'oidc.pending_invalid',
  'oidc.return_to_invalid',
  'oidc.provider_not_found',
  'oidc.email_unverified',
  'oidc.no_account',
  'oidc.account_disabled',
  'oidc.link_conflict',
] as const;
/** One of {@link oidcSignInErrorCodes}. */
export type OidcSignInErrorCode = (typeof oidcSignInErrorCodes)[number];

const errorKindOf: Record<OidcSignInErrorCode, ErrorKind> = {
  'oidc.pending_missing': 'unauthenticated',
  'oidc.pending_invalid': 'unauthenticated',
  'oidc.return_to_invalid': 'invalid',
  'oidc.provider_not_found': 'not_found',
  'oidc.email_unverified': 'unauthenticated',
  'oidc.no_account': 'unauthenticated',
  'oidc.account_disabled': 'unauthenticated',
  'oidc.link_conflict': 'conflict',
};

/** A refused sign-in; the kind follows from the code. */
export class OidcSignInError extends AppError {
  constructor(code: OidcSignInErrorCode, message: string, options: AppErrorOptions = {}) {
    super(code, errorKindOf[code], message, options);
  }
}

/** Relying parties by provider, rebuilt when a provider's settings change, so discovery is cached between sign-ins. */
export interface OidcClients {
  clientFor(config: OidcProviderConfig): OidcClient;
}

/** Creates the per-process cache of relying parties (one per wiring, never a module singleton). */
export function createOidcClients(options: OidcClientOptions = {}): OidcClients {
  const cache = new Map<string, { fingerprint: string; client: OidcClient }>();
  return {
    clientFor(config) {
      const fingerprint = sha256Hex(JSON.stringify([config.kind, config.issuer, config.clientId, config.clientSecret ?? '', config.domain ?? '']));
      const cached = cache.get(config.id);
      if (cached !== undefined && cached.fingerprint === fingerprint) return cached.client;
      const client = createOidcClient(config, options);
      cache.set(config.id, { fingerprint, client });
      return client;
    },
  };
}

/**
 * True for a path on this origin only: one leading `/`, no `//` or `/\` (which browsers read
 * as another host), no backslashes or control characters, and still on the origin once parsed.
 */
export function isSafeReturnTo(path: string): boolean {
  if (path.length === 0 || path.length > 1000 || !path.startsWith('/') || path.startsWith('//')) return false;
  for (let i = 0; i < path.length; i += 1) {
    const c = path.charCodeAt(i);
    if (c < 0x20 || c === 0x7f || c === 0x5c) return false;
  }
  const base = 'http://haven.invalid';
  try {
    return new URL(path, base).origin === base;
  } catch {
    return false;
  }
}

/** The safe path in its encoded form (a Location header must be ASCII). */
function normaliseReturnTo(path: string): string {
  const url = new URL(path, 'http://haven.invalid');
  return `${url.pathname}${url.search}${url.hash}`;
}

const pendingCookieSchema = z.object({
  pending: z.object({
    state: z.string(),
    nonce: z.string(),
    codeVerifier: z.string(),
    providerId: z.string(),
    redirectUri: z.string(),
    createdAt: z.number(),
  }),
  returnTo: z.string(),
});

/** A sign-in on its way to the provider: where to send the browser, and the sealed cookie to keep until it returns. */
export interface StartedOidcSignIn {
  url: string;
  pendingCookie: string;
}

/** Starts a sign-in: builds the authorization url and seals the PKCE verifier, state, nonce and return path. */
export async function startOidcSignIn(
  deps: IdentityDeps,
  clients: OidcClients,
  input: { providerId: string; redirectUri: string; returnTo?: string | undefined },
): Promise<StartedOidcSignIn> {
  // Checked before anything else: a refused path never reaches the provider.
  if (input.returnTo !== undefined && !isSafeReturnTo(input.returnTo)) {
    throw new OidcSignInError('oidc.return_to_invalid', `return path ${JSON.stringify(input.returnTo.slice(0, 100))} is not a path on this site`);
  }
  const loaded = await readEnabledOidcProvider(deps, input.providerId);
  if (loaded === undefined) throw new OidcSignInError('oidc.provider_not_found', `no enabled sign-in provider ${JSON.stringify(input.providerId)}`);
  const { url, pending } = await clients.clientFor(loaded.config).start(input.redirectUri, deps.clock.now());
  const returnTo = input.returnTo === undefined ? '/' : normaliseReturnTo(input.returnTo);
  return { url, pendingCookie: seal(deps.masterKey, JSON.stringify({ pending, returnTo }), OIDC_PENDING_AAD) };
}

/** A finished sign-in: the new session, where to send the browser, and whether this sign-in made the link. */
export interface OidcSignInResult {
  session: SignInResult;
  returnTo: string;
  linked: boolean;
}

/** Where a failed sign-in got to, for its audit entry. */
interface Refusal {
  error: unknown;
  accountId?: string;
  schoolId?: string;
}

/**
 * Finishes a sign-in from the provider's callback: unseals the pending cookie, redeems the
 * code, links or finds the account, and opens a session whose second factor is satisfied
 * only when the provider asserted MFA. Every refusal is audited as `identity.sign_in.failed`.
 */
export async function finishOidcSignIn(
  deps: IdentityDeps,
  clients: OidcClients,
  input: { providerId: string; pendingCookie: string | undefined; callbackUrl: URL; ip: string | null; userAgent: string | null },
): Promise<OidcSignInResult> {
  const outcome = await authenticate(deps, clients, input);
  if ('error' in outcome) {
    await deps.audit.append({
      actor: { type: 'anonymous' },
      ip: input.ip,
      action: 'identity.sign_in.failed',
      subject: outcome.accountId === undefined ? null : { type: 'account', id: outcome.accountId },
      schoolId: outcome.schoolId ?? null,
      details: { method: 'oidc', reason: isAppError(outcome.error) ? outcome.error.code : 'internal.error', provider: input.providerId.slice(0, 100) },
    });
    throw outcome.error;
  }
  const session = await openSession(deps, outcome.row, { ip: input.ip, userAgent: input.userAgent, mfaSatisfied: outcome.identity.mfa, method: 'oidc' });
  return { session, returnTo: outcome.returnTo, linked: outcome.linked };
}

async function authenticate(
  deps: IdentityDeps,
  clients: OidcClients,
  input: { providerId: string; pendingCookie: string | undefined; callbackUrl: URL; ip: string | null },
): Promise<Refusal | { row: Selectable<AccountTable>; identity: OidcIdentity; returnTo: string; linked: boolean }> {
  let provider: OidcProvider | undefined;
  try {
    const { pending, returnTo } = openPendingCookie(deps, input.pendingCookie);
    const loaded = await readEnabledOidcProvider(deps, input.providerId);
    if (loaded === undefined) throw new OidcSignInError('oidc.provider_not_found', `no enabled sign-in provider ${JSON.stringify(input.providerId)}`);
    provider = loaded.provider;
    const identity = await clients.clientFor(loaded.config).finish(input.callbackUrl, pending, deps.clock.now());
    const link = await linkAccount(deps, provider, identity, input.ip);
    if ('error' in link) return { ...link, schoolId: provider.schoolId };
    // Checked again on the way out, though the cookie is sealed: a redirect target is never trusted twice removed.
    return { row: link.row, identity, returnTo: isSafeReturnTo(returnTo) ? returnTo : '/', linked: link.linked };
  } catch (error) {
    return { error, ...(provider === undefined ? {} : { schoolId: provider.schoolId }) };
  }
}

function openPendingCookie(deps: IdentityDeps, sealed: string | undefined): { pending: OidcPending; returnTo: string } {
  if (sealed === undefined || sealed === '') throw new OidcSignInError('oidc.pending_missing', 'no sign-in was started in this browser (or it took too long): start again');
  let parsed: unknown;
  try {
    parsed = JSON.parse(unseal(deps.masterKey, sealed, OIDC_PENDING_AAD));
  } catch (cause) {
    throw new OidcSignInError('oidc.pending_invalid', 'the sign-in cookie was altered or sealed with another key: start again', { cause });
  }
  const result = pendingCookieSchema.safeParse(parsed);
  if (!result.success) throw new OidcSignInError('oidc.pending_invalid', 'the sign-in cookie is not a pending sign-in: start again');
  return result.data;
}

/**
 * Finds the account for a verified identity: an existing link (provider, subject) first;
 * otherwise, once, an existing active account of the provider's school whose email the
 * provider marks verified. The provider's domain or tenant was already checked by the client.
 */
async function linkAccount(
  deps: IdentityDeps,
  provider: OidcProvider,
  identity: OidcIdentity,
  ip: string | null,
): Promise<{ row: Selectable<AccountTable>; linked: boolean } | { error: OidcSignInError; accountId?: string }> {
  const link = await deps.db
    .selectFrom('oidc_links')
    .select('account_id')
    .where('provider_id', '=', provider.id)
    .where('subject', '=', identity.subject)
    .executeTakeFirst();
  if (link) {
    const row = await findAccountById(deps.db, link.account_id);
    if (!row) return { error: new OidcSignInError('oidc.no_account', 'the linked haven account no longer exists') };
    if (row.status !== 'active') return { error: new OidcSignInError('oidc.account_disabled', 'the haven account is disabled'), accountId: row.id };
    return { row, linked: false };
  }
  if (identity.email === undefined || !identity.emailVerified) {
    return { error: new OidcSignInError('oidc.email_unverified', 'the provider does not vouch for this email address, so it cannot be linked to a haven account') };
  }
  const row = await findAccountByEmail(deps.db, identity.email);
  if (!row) return { error: new OidcSignInError('oidc.no_account', 'there is no haven account for this email: ask an administrator to add one') };
  if (row.status !== 'active') return { error: new OidcSignInError('oidc.account_disabled', 'the haven account is disabled'), accountId: row.id };
  // A school's provider vouches only for accounts that work in that school (or across the organisation).
  const inSchool = await deps.db
    .selectFrom('account_roles')
    .select('account_id')
    .where('account_id', '=', row.id)
    .where('school_id', 'in', [provider.schoolId, '*'])
    .executeTakeFirst();
  if (!inSchool) return { error: new OidcSignInError('oidc.no_account', 'there is no haven account for this email in this school'), accountId: row.id };
  // Another subject already holds this account here: the provider's account was replaced or the
  // address reassigned. Linking the newcomer would hand them someone else's access.
  const other = await deps.db.selectFrom('oidc_links').select('subject').where('provider_id', '=', provider.id).where('account_id', '=', row.id).executeTakeFirst();
  if (other) {
    return { error: new OidcSignInError('oidc.link_conflict', 'this haven account is linked to another account at the provider: an administrator must unlink it first'), accountId: row.id };
  }
  const linked = await deps.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('oidc_links')
      .values({ provider_id: provider.id, subject: identity.subject, account_id: row.id, created_at: new Date(deps.clock.now()).toISOString() })
      .onConflict((oc) => oc.columns(['provider_id', 'subject']).doNothing())
      .executeTakeFirst();
    // A concurrent first sign-in of the same person made the same link: nothing more to record.
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) return false;
    await deps.audit.append(
      {
        actor: { type: 'account', id: row.id },
        ip,
        action: 'identity.oidc.linked',
        subject: { type: 'account', id: row.id },
        schoolId: provider.schoolId,
        details: { provider: provider.id, kind: provider.kind },
      },
      trx,
    );
    return true;
  });
  return { row, linked };
}

/**
 * Removes an account's links (to one provider, or all), so its next sign-in links afresh by
 * verified email; for a person whose provider account was replaced. Audited.
 */
export async function unlinkOidcAccount(deps: IdentityDeps, actor: Actor, accountRef: string, providerId?: string): Promise<number> {
  const row = await findAccount(deps.db, accountRef);
  if (!row) throw identityErrors.accountNotFound(accountRef);
  return deps.db.transaction().execute(async (trx) => {
    let query = trx.deleteFrom('oidc_links').where('account_id', '=', row.id);
    if (providerId !== undefined) query = query.where('provider_id', '=', providerId);
    const removed = Number((await query.executeTakeFirst()).numDeletedRows);
    if (removed > 0) {
      await deps.audit.append(
        { actor, ip: actor.ip ?? null, action: 'identity.oidc.unlinked', subject: { type: 'account', id: row.id }, details: { provider: providerId ?? null, links: removed } },
        trx,
      );
    }
    return removed;
  });
}
