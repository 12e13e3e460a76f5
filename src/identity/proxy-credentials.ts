/**
 * Proxy sign-in (design decisions: proxy identity per subnet): the web proxy's Basic
 * credentials checked against Haven accounts — an email and password, or an API token as the
 * password — without opening a session. Failures count towards the same per-account and
 * per-address backoff as the dashboard's sign-in and are audited; successes are not (the proxy
 * caches them, and one audit row per page load would drown the log).
 */
import type { IdentityDeps } from './deps.ts';
import { identityErrors } from './errors.ts';
import { checkPassword } from './sessions.ts';
import { findAccountByEmail } from './store.ts';
import { authenticateToken } from './tokens.ts';

/** Who the credentials belong to. */
export interface ProxyCredentialOwner {
  readonly accountId: string;
  /** The directory person the account belongs to (learners and staff have one); their groups decide. */
  readonly personId: string | null;
}

/**
 * Checks proxy credentials; throws `identity.invalid_credentials`, `identity.account_disabled`
 * or `identity.sign_in_throttled`. A password starting with `hvn_` is tried as an API token of
 * that account (for devices that cannot keep a password, e.g. a kiosk).
 */
export async function verifyProxyCredentials(deps: IdentityDeps, input: { user: string; password: string; ip: string | null }): Promise<ProxyCredentialOwner> {
  const email = input.user.trim().toLowerCase();
  const wait = deps.throttle.retryAfter(email, input.ip);
  if (wait > 0) throw identityErrors.throttled(wait);
  if (input.password.startsWith('hvn_')) {
    try {
      const principal = await authenticateToken(deps, input.password);
      const account = await findAccountByEmail(deps.db, email);
      if (account !== undefined && account.id === principal.accountId) {
        deps.throttle.succeeded(email, input.ip);
        return { accountId: account.id, personId: account.person_id };
      }
    } catch {
      // fall through to the failure below
    }
    deps.throttle.failed(email, input.ip);
    await deps.audit.append({ actor: { type: 'anonymous' }, ip: input.ip, action: 'identity.proxy_sign_in.failed', subject: null, details: { reason: 'token' } });
    throw identityErrors.invalidCredentials();
  }
  const row = await checkPassword(deps, { email, password: input.password, ip: input.ip }, 'identity.proxy_sign_in.failed');
  return { accountId: row.id, personId: row.person_id };
}
