/**
 * Routes for OpenID Connect sign-in (public: the login buttons, start, callback) and for the
 * administrators who configure providers (`school:manage`).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { HavenApp } from '../platform/http/index.ts';
import { isAppError } from '../platform/errors.ts';
import type { IdentityDeps } from './deps.ts';
import { actorOf, principalOf, SESSION_COOKIE } from './http.ts';
import { OIDC_PENDING_TTL_MS, oidcKinds } from './oidc.ts';
import { createOidcProvider, getOidcProvider, listOidcProviders, oidcCallbackPath, updateOidcProvider } from './oidc-providers.ts';
import type { OidcProviderAccess } from './oidc-providers.ts';
import { createOidcClients, finishOidcSignIn, startOidcSignIn } from './oidc-sign-in.ts';
import { oidcButtonSchema } from './schema.ts';

/** Options for {@link registerOidcRoutes}. */
export interface OidcRouteOptions {
  /** Haven's public base URL; redirect URIs are built on it, else on the request's own origin. */
  publicUrl?: string | undefined;
  /** Accept plain-http providers on a loopback IP literal (tests only; never in production). */
  allowInsecureLoopback?: boolean | undefined;
}

/** The cookie that carries the sealed pending sign-in between start and callback. */
export const OIDC_PENDING_COOKIE = 'haven_oidc_pending';
// Sent only to the sign-in routes, never to the rest of the API.
const PENDING_COOKIE_PATH = '/api/v1/auth/oidc';

const providerSchema = z.object({
  id: z.string(),
  schoolId: z.string(),
  kind: z.enum(oidcKinds),
  name: z.string(),
  issuer: z.string(),
  clientId: z.string(),
  hasSecret: z.boolean(),
  domain: z.string().nullable(),
  enabled: z.boolean(),
  createdAt: z.string(),
  callbackPath: z.string(),
});
const providerResult = z.object({ provider: providerSchema, warnings: z.array(z.string()) });
const newProviderBody = z.object({
  kind: z.enum(oidcKinds),
  name: z.string().min(1).max(100),
  clientId: z.string().min(1).max(500),
  clientSecret: z.string().min(1).max(2000).optional(),
  issuer: z.string().min(1).max(500).optional(),
  domain: z.string().max(253).optional(),
  schoolId: z.string().max(100).optional(),
});
const providerChangeBody = z.object({
  name: z.string().min(1).max(100).optional(),
  clientId: z.string().min(1).max(500).optional(),
  clientSecret: z.string().max(2000).nullable().optional(),
  issuer: z.string().min(1).max(500).optional(),
  domain: z.string().max(253).nullable().optional(),
  enabled: z.boolean().optional(),
});
const providerParams = z.object({ providerId: z.string().min(1).max(100) });

/**
 * Registers the OIDC sign-in and provider routes. Start and callback answer a browser, so
 * every failure there is a redirect to `/?signInError=<code>`, never a JSON problem.
 */
export function registerOidcRoutes(app: HavenApp, deps: IdentityDeps, options: OidcRouteOptions = {}): void {
  const allowInsecureLoopback = options.allowInsecureLoopback === true;
  const clients = createOidcClients({ allowInsecureLoopback });
  const publicUrl = options.publicUrl?.replace(/\/+$/, '');
  const tags = ['identity'];

  function redirectUriFor(request: FastifyRequest, providerId: string): string {
    return `${publicUrl ?? `${request.protocol}://${request.host}`}${oidcCallbackPath(providerId)}`;
  }

  function accessOf(request: FastifyRequest): OidcProviderAccess {
    return { schoolIds: principalOf(request).schoolIds, allowInsecureLoopback };
  }

  app.get(
    '/api/v1/auth/oidc/providers',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: 'Enabled sign-in providers, for the login buttons',
        response: { 200: z.object({ providers: z.array(oidcButtonSchema) }) },
      },
    },
    async () => ({ providers: (await listOidcProviders(deps, { enabledOnly: true })).map((p) => ({ id: p.id, name: p.name, kind: p.kind })) }),
  );

  app.get(
    '/api/v1/auth/oidc/:providerId/start',
    {
      config: { access: { public: true }, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags, summary: 'Start signing in with a provider (redirects the browser there)', params: providerParams, querystring: z.object({ returnTo: z.string().optional() }) },
    },
    async (request, reply) => {
      const { providerId } = request.params;
      try {
        const started = await startOidcSignIn(deps, clients, { providerId, redirectUri: redirectUriFor(request, providerId), returnTo: request.query.returnTo });
        void reply.setCookie(OIDC_PENDING_COOKIE, started.pendingCookie, {
          httpOnly: true,
          secure: request.protocol === 'https',
          // Lax, not Strict: the callback is a top-level navigation coming back from the provider's site.
          sameSite: 'lax',
          path: PENDING_COOKIE_PATH,
          maxAge: OIDC_PENDING_TTL_MS / 1000,
        });
        return reply.redirect(started.url, 302);
      } catch (error) {
        return redirectWithError(request, reply, error);
      }
    },
  );

  app.get(
    '/api/v1/auth/oidc/:providerId/callback',
    {
      config: { access: { public: true }, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags, summary: 'Where the provider sends the browser back; opens the session and redirects', params: providerParams },
    },
    async (request, reply) => {
      const pendingCookie = request.cookies[OIDC_PENDING_COOKIE];
      // One use only, whatever happens next.
      void reply.clearCookie(OIDC_PENDING_COOKIE, { path: PENDING_COOKIE_PATH });
      try {
        const result = await finishOidcSignIn(deps, clients, {
          providerId: request.params.providerId,
          pendingCookie,
          // Only the query is read from this; the redirect URI is the one stored when the sign-in started.
          callbackUrl: new URL(request.url, 'http://callback.invalid'),
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        });
        // The same cookie as the password sign-in sets.
        void reply.setCookie(SESSION_COOKIE, result.session.token, {
          httpOnly: true,
          secure: request.protocol === 'https',
          sameSite: 'lax',
          path: '/',
          expires: new Date(result.session.expiresAt),
        });
        return reply.redirect(result.returnTo, 302);
      } catch (error) {
        return redirectWithError(request, reply, error);
      }
    },
  );

  app.get(
    '/api/v1/oidc-providers',
    { config: { access: { permission: 'school:manage' } }, schema: { tags, summary: 'Sign-in providers of your schools (never their secrets)', response: { 200: z.object({ providers: z.array(providerSchema) }) } } },
    async (request) => ({ providers: await listOidcProviders(deps, accessOf(request)) }),
  );

  app.get(
    '/api/v1/oidc-providers/:providerId',
    { config: { access: { permission: 'school:manage' } }, schema: { tags, summary: 'One sign-in provider', params: providerParams, response: { 200: providerSchema } } },
    async (request) => getOidcProvider(deps, request.params.providerId, accessOf(request)),
  );

  app.post(
    '/api/v1/oidc-providers',
    { config: { access: { permission: 'school:manage' } }, schema: { tags, summary: 'Add a sign-in provider (Google Workspace, Microsoft Entra or OIDC)', body: newProviderBody, response: { 201: providerResult } } },
    async (request, reply) => reply.status(201).send(await createOidcProvider(deps, actorOf(request), request.body, accessOf(request))),
  );

  app.patch(
    '/api/v1/oidc-providers/:providerId',
    {
      config: { access: { permission: 'school:manage' } },
      schema: { tags, summary: 'Change, enable or disable a sign-in provider; clientSecret null removes it', params: providerParams, body: providerChangeBody, response: { 200: providerResult } },
    },
    async (request) => updateOidcProvider(deps, actorOf(request), request.params.providerId, request.body, accessOf(request)),
  );
}

/**
 * Sends the browser home with the error code, for the dashboard to explain. The code is all
 * it learns; the detail goes to the log (and, for the callback, the audit log).
 */
function redirectWithError(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  const code = isAppError(error) ? error.code : 'internal.error';
  if (!isAppError(error) || error.kind === 'internal') request.log.error({ err: error }, 'oidc sign-in failed');
  else if (error.kind === 'unavailable') request.log.warn({ err: error }, 'oidc sign-in failed: provider unavailable or misconfigured');
  else request.log.info({ code, detail: error.message }, 'oidc sign-in refused');
  return reply.redirect(`/?signInError=${encodeURIComponent(code)}`, 302);
}
