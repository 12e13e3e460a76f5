import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { HavenApp, Principal } from '../platform/http/index.ts';
import { getAccount, listAccounts, createAccount, setAccountStatus, setPassword, setRoles } from './accounts.ts';
import type { Actor, IdentityDeps } from './deps.ts';
import { identityErrors } from './errors.ts';
import { isSetupNeeded, completeSetup } from './setup.ts';
import {
  authenticateSession,
  confirmTotpEnrolment,
  listSessions,
  type MfaState,
  revokeSession,
  signIn,
  signOut,
  signOutEverywhere,
  startTotpEnrolment,
  verifySecondFactor,
} from './sessions.ts';
import {
  accountSchema,
  loginBody,
  newAccountBody,
  okSchema,
  recoveryCodesSchema,
  sessionInfoSchema,
  sessionResponse,
  setupBody,
  setupResultSchema,
  tokenSchema,
  totpEnrolmentSchema,
} from './schema.ts';
import { authenticateToken, createToken, listTokens, revokeToken } from './tokens.ts';

export const SESSION_COOKIE = 'haven_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The audit actor for a request. */
export function actorOf(request: FastifyRequest): Actor {
  const p = request.principal;
  return p ? { type: p.kind === 'token' ? 'token' : 'account', id: p.accountId, ip: request.ip } : { type: 'anonymous', ip: request.ip };
}

/** The principal of a request whose route demanded one (the access hook guarantees it). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw identityErrors.unauthenticated();
  return request.principal;
}

function mfaOf(p: Principal): MfaState {
  return p.mfaSatisfied ? 'satisfied' : p.mfaEnrolmentRequired ? 'enrol' : 'verify';
}

/**
 * Authentication and access for every `/api/` request, in this order: find the principal
 * (bearer token, else session cookie), check CSRF for cookie sessions on unsafe methods,
 * then the route's declared access. A route without a declaration is refused, so a new
 * route cannot be public by accident.
 */
export function installAccessControl(app: HavenApp, deps: IdentityDeps): void {
  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    if (!request.url.startsWith('/api/')) return;
    const access = request.routeOptions.config?.access;
    if (!access && request.is404) return;
    let csrfToken: string | undefined;
    const auth = request.headers.authorization;
    if (auth?.startsWith('Bearer ')) {
      request.principal = await authenticateToken(deps, auth.slice('Bearer '.length).trim());
    } else {
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) {
        try {
          const s = await authenticateSession(deps, cookie);
          request.principal = s.principal;
          csrfToken = s.csrfToken;
        } catch (err) {
          if (access && !('public' in access)) throw err;
        }
      }
    }
    if (request.principal?.kind === 'session' && UNSAFE.has(request.method)) {
      if (request.headers['x-csrf-token'] !== csrfToken) throw identityErrors.csrf();
    }
    if (!access) throw identityErrors.forbidden('a declared access rule');
    if ('public' in access) return;
    const p = request.principal;
    if (!p) throw identityErrors.unauthenticated();
    const pendingOk = 'authenticated' in access && access.allowPendingMfa === true;
    if (!p.mfaSatisfied && !pendingOk) throw p.mfaEnrolmentRequired ? identityErrors.mfaEnrolmentRequired() : identityErrors.mfaRequired();
    if ('permission' in access && !p.permissions.has(access.permission)) throw identityErrors.forbidden(access.permission);
  });
}

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: string): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: request.protocol === 'https',
    sameSite: 'lax',
    path: '/',
    expires: new Date(expiresAt),
  });
}

/** Registers sign-in, second factor, sessions, setup, accounts and tokens under `/api/v1`. */
export function registerIdentityRoutes(app: HavenApp, deps: IdentityDeps): void {
  installAccessControl(app, deps);
  const tags = ['identity'];

  app.get(
    '/api/v1/setup',
    { config: { access: { public: true } }, schema: { tags, summary: 'Whether first-run setup is still needed', response: { 200: z.object({ needed: z.boolean() }) } } },
    async () => ({ needed: await isSetupNeeded(deps.db) }),
  );

  app.post(
    '/api/v1/setup',
    {
      config: { access: { public: true }, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: { tags, summary: 'Create the school and first administrator with the one-time setup token', body: setupBody, response: { 201: setupResultSchema } },
    },
    async (request, reply) => {
      const result = await completeSetup(deps, request.body, request.ip);
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/api/v1/auth/login',
    {
      config: { access: { public: true } },
      schema: { tags, summary: 'Sign in with email and password', body: loginBody, response: { 200: sessionResponse } },
    },
    async (request, reply) => {
      const r = await signIn(deps, { email: request.body.email, password: request.body.password, ip: request.ip, userAgent: request.headers['user-agent'] ?? null });
      setSessionCookie(request, reply, r.token, r.expiresAt);
      const perms = r.mfa === 'satisfied' ? [...(await authenticateSession(deps, r.token)).principal.permissions] : [];
      return { account: r.account, mfa: r.mfa, csrfToken: r.csrfToken, permissions: perms, expiresAt: r.expiresAt };
    },
  );

  app.get(
    '/api/v1/auth/session',
    { config: { access: { authenticated: true, allowPendingMfa: true } }, schema: { tags, summary: 'The current session', response: { 200: sessionResponse } } },
    async (request) => {
      const p = principalOf(request);
      const cookie = request.cookies[SESSION_COOKIE];
      const csrfToken = p.kind === 'session' && cookie ? (await authenticateSession(deps, cookie)).csrfToken : '';
      return { account: await getAccount(deps, p.accountId), mfa: mfaOf(p), csrfToken, permissions: p.mfaSatisfied ? [...p.permissions] : [] };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { config: { access: { authenticated: true, allowPendingMfa: true } }, schema: { tags, summary: 'Sign out of this session', response: { 200: okSchema } } },
    async (request, reply) => {
      await signOut(deps, principalOf(request), actorOf(request));
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/auth/logout-everywhere',
    { config: { access: { authenticated: true } }, schema: { tags, summary: 'Sign out of every session of this account', response: { 200: z.object({ ended: z.number() }) } } },
    async (request, reply) => {
      const ended = await signOutEverywhere(deps, principalOf(request).accountId, actorOf(request));
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ended };
    },
  );

  app.post(
    '/api/v1/auth/mfa/totp/enrol',
    { config: { access: { authenticated: true, allowPendingMfa: true } }, schema: { tags, summary: 'Start authenticator-app enrolment', response: { 200: totpEnrolmentSchema } } },
    async (request) => startTotpEnrolment(deps, principalOf(request)),
  );

  app.post(
    '/api/v1/auth/mfa/totp/confirm',
    {
      config: { access: { authenticated: true, allowPendingMfa: true } },
      schema: { tags, summary: 'Confirm enrolment with a first code; returns recovery codes once', body: z.object({ code: z.string().min(6).max(12) }), response: { 200: recoveryCodesSchema } },
    },
    async (request) => confirmTotpEnrolment(deps, principalOf(request), request.body.code, actorOf(request)),
  );

  app.post(
    '/api/v1/auth/mfa/verify',
    {
      config: { access: { authenticated: true, allowPendingMfa: true } },
      schema: {
        tags,
        summary: 'Satisfy the second factor with a code or a recovery code',
        body: z.object({ code: z.string().min(6).max(12).optional(), recoveryCode: z.string().min(6).max(40).optional() }).refine((b) => Boolean(b.code) !== Boolean(b.recoveryCode), 'give code or recoveryCode'),
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await verifySecondFactor(deps, principalOf(request), request.body, actorOf(request));
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { access: { authenticated: true } },
      schema: { tags, summary: 'Change your own password (other sessions end)', body: z.object({ currentPassword: z.string().min(1).max(1024), newPassword: z.string().min(1).max(1024) }), response: { 200: okSchema } },
    },
    async (request) => {
      const p = principalOf(request);
      await setPassword(deps, actorOf(request), p.accountId, request.body.newPassword, {
        currentPassword: request.body.currentPassword,
        ...(p.sessionId ? { keepSessionId: p.sessionId } : {}),
      });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/auth/sessions',
    { config: { access: { authenticated: true } }, schema: { tags, summary: 'Your open sessions', response: { 200: z.object({ sessions: z.array(sessionInfoSchema) }) } } },
    async (request) => ({ sessions: await listSessions(deps, principalOf(request)) }),
  );

  app.delete(
    '/api/v1/auth/sessions/:id',
    { config: { access: { authenticated: true } }, schema: { tags, summary: 'End one of your sessions', params: z.object({ id: z.string() }), response: { 200: okSchema } } },
    async (request) => {
      await revokeSession(deps, principalOf(request), request.params.id, actorOf(request));
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/accounts',
    { config: { access: { permission: 'accounts:read' } }, schema: { tags, summary: 'Staff accounts', response: { 200: z.object({ accounts: z.array(accountSchema) }) } } },
    async () => ({ accounts: await listAccounts(deps) }),
  );

  app.post(
    '/api/v1/accounts',
    { config: { access: { permission: 'accounts:manage' } }, schema: { tags, summary: 'Create a staff account', body: newAccountBody, response: { 201: accountSchema } } },
    async (request, reply) => reply.status(201).send(await createAccount(deps, actorOf(request), request.body)),
  );

  app.get(
    '/api/v1/accounts/:id',
    { config: { access: { permission: 'accounts:read' } }, schema: { tags, summary: 'One account', params: z.object({ id: z.string() }), response: { 200: accountSchema } } },
    async (request) => getAccount(deps, request.params.id),
  );

  app.post(
    '/api/v1/accounts/:id/status',
    {
      config: { access: { permission: 'accounts:manage' } },
      schema: { tags, summary: 'Disable or re-enable an account', params: z.object({ id: z.string() }), body: z.object({ status: z.enum(['active', 'disabled']) }), response: { 200: accountSchema } },
    },
    async (request) => setAccountStatus(deps, actorOf(request), request.params.id, request.body.status),
  );

  app.post(
    '/api/v1/accounts/:id/password',
    {
      config: { access: { permission: 'accounts:manage' } },
      schema: { tags, summary: "Reset an account's password (its sessions end)", params: z.object({ id: z.string() }), body: z.object({ password: z.string().min(1).max(1024) }), response: { 200: okSchema } },
    },
    async (request) => {
      await setPassword(deps, actorOf(request), request.params.id, request.body.password);
      return { ok: true as const };
    },
  );

  app.put(
    '/api/v1/accounts/:id/roles',
    {
      config: { access: { permission: 'accounts:manage' } },
      schema: { tags, summary: "Replace an account's roles", params: z.object({ id: z.string() }), body: z.object({ roles: z.array(z.string()).min(1), schoolId: z.string().optional() }), response: { 200: accountSchema } },
    },
    async (request) => setRoles(deps, actorOf(request), request.params.id, request.body.roles, request.body.schoolId),
  );

  app.get(
    '/api/v1/tokens',
    { config: { access: { permission: 'tokens:manage' } }, schema: { tags, summary: 'Your API tokens', response: { 200: z.object({ tokens: z.array(tokenSchema) }) } } },
    async (request) => ({ tokens: await listTokens(deps, principalOf(request).accountId) }),
  );

  app.post(
    '/api/v1/tokens',
    {
      config: { access: { permission: 'tokens:manage' } },
      schema: {
        tags,
        summary: 'Create a scoped API token for yourself; the secret is shown once',
        body: z.object({ name: z.string().min(1).max(100), scopes: z.array(z.string()).min(1), expiresInDays: z.number().int().min(1).max(730).nullable().optional() }),
        response: { 201: z.object({ token: z.string(), record: tokenSchema }) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      if (p.kind === 'token') throw identityErrors.forbidden('a signed-in session (tokens cannot make tokens)');
      const created = await createToken(deps, actorOf(request), {
        account: p.accountId,
        name: request.body.name,
        scopes: request.body.scopes,
        ...(request.body.expiresInDays !== undefined ? { expiresInDays: request.body.expiresInDays } : {}),
      });
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/api/v1/tokens/:id',
    { config: { access: { permission: 'tokens:manage' } }, schema: { tags, summary: 'Revoke one of your tokens', params: z.object({ id: z.string() }), response: { 200: okSchema } } },
    async (request) => {
      const p = principalOf(request);
      await revokeToken(deps, actorOf(request), request.params.id, p.permissions.has('accounts:manage') ? undefined : p.accountId);
      return { ok: true as const };
    },
  );
}
