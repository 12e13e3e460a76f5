import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type RawServerDefault } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { isAppError } from '../errors.ts';
import { PROBLEM_CONTENT_TYPE, STATUS_BY_KIND, toProblem } from './problem.ts';

/** The Fastify instance every capability registers routes on, typed by zod schemas. */
export type HavenApp = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, Logger, ZodTypeProvider>;

/**
 * Who a request acts for, filled in by identity's authentication hook (platform/ knows only
 * this shape, not how it is made).
 */
export interface Principal {
  kind: 'session' | 'token';
  accountId: string;
  organisationId: string;
  email: string;
  roles: readonly string[];
  permissions: ReadonlySet<string>;
  /** Schools the principal may act in; `*` means every school of the organisation. */
  schoolIds: readonly string[];
  sessionId?: string;
  tokenId?: string;
  /** Token scopes (tokens only): a token can do no more than its scopes and its account. */
  scopes?: readonly string[];
  /** Whether the session satisfied the second factor (or needs none). */
  mfaSatisfied: boolean;
  /** The account must enrol a second factor before doing anything else. */
  mfaEnrolmentRequired: boolean;
}

/**
 * How a route may be reached; every `/api/v1` route must declare one (checked at start-up):
 * `public` (no sign-in), `authenticated` (any signed-in principal), or a permission.
 */
export type RouteAccess = { public: true } | { authenticated: true; allowPendingMfa?: boolean } | { permission: string };

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

export interface HttpServerOptions {
  logger: Logger;
  trustProxy: boolean;
  https?: { cert: string | Buffer; key: string | Buffer };
  /** Requests per minute per client address across the API (sign-in has its own stricter limit). */
  rateLimitPerMinute?: number;
  title: string;
  version: string;
}

/**
 * Builds the HTTP server with the cross-cutting behaviour every route relies on, in order:
 * request ids, security headers, cookies, a global rate limit, zod validation, OpenAPI 3.1
 * generation, and one error mapper to RFC 9457 problem+json.
 */
export async function createHttpServer(options: HttpServerOptions): Promise<HavenApp> {
  const app = Fastify({
    loggerInstance: options.logger,
    trustProxy: options.trustProxy,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,128}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 10 * 1024 * 1024,
    routerOptions: { maxParamLength: 500 },
    requestTimeout: 30_000,
    ...(options.https ? { https: options.https } : {}),
  }).withTypeProvider<ZodTypeProvider>() as unknown as HavenApp;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('principal', null);

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=()');
    if (!reply.hasHeader('content-security-policy')) {
      reply.header(
        'content-security-policy',
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
      );
    }
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000');
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    max: options.rateLimitPerMinute ?? 1200,
    timeWindow: '1 minute',
    allowList: (req) => req.url === '/healthz' || req.url === '/readyz',
    errorResponseBuilder: (_req, context) => {
      const error = new Error(`rate limit exceeded: retry after ${context.after}`) as Error & {
        statusCode: number;
        code: string;
        retryAfter: number;
      };
      error.statusCode = 429;
      error.code = 'request.rate_limited';
      error.retryAfter = Math.ceil(context.ttl / 1000);
      return error;
    },
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: options.title, version: options.version },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'haven_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  app.setNotFoundHandler((request, reply) => {
    sendProblem(request, reply, 404, 'request.not_found', `no route for ${request.method} ${request.url.split('?')[0]}`);
  });

  app.setErrorHandler((error, request, reply) => {
    if (isAppError(error)) {
      const status = STATUS_BY_KIND[error.kind];
      if (error.retryAfter !== undefined) reply.header('retry-after', String(error.retryAfter));
      if (status >= 500) request.log.error({ err: error }, 'request failed');
      sendProblem(request, reply, status, error.code, error.message, {
        ...(error.issues ? { issues: error.issues } : {}),
        ...(error.details ? { details: error.details } : {}),
      });
      return;
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({
        path: [error.validationContext ?? 'body', ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'invalid',
      }));
      sendProblem(request, reply, 400, 'request.invalid', `invalid ${error.validationContext ?? 'request'}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, { issues });
      return;
    }
    const e = error as Error & { code?: string; statusCode?: number; retryAfter?: number };
    const code = e.code ?? '';
    if (code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (e instanceof SyntaxError && e.statusCode === 400)) {
      sendProblem(request, reply, 400, 'request.malformed_json', 'the request body is not valid JSON');
      return;
    }
    if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      sendProblem(request, reply, 400, 'request.malformed_json', 'the request body is empty but declared as JSON');
      return;
    }
    if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      sendProblem(request, reply, 415, 'request.unsupported_media_type', `content type ${JSON.stringify(request.headers['content-type'] ?? '')} is not accepted`);
      return;
    }
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      sendProblem(request, reply, 413, 'request.too_large', 'the request body is too large');
      return;
    }
    if (code === 'request.rate_limited') {
      reply.header('retry-after', String(e.retryAfter ?? 60));
      sendProblem(request, reply, 429, 'request.rate_limited', e.message);
      return;
    }
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
      sendProblem(request, reply, e.statusCode, 'request.invalid', e.message);
      return;
    }
    request.log.error({ err: error }, 'unhandled error');
    sendProblem(request, reply, 500, 'internal.error', 'an internal error occurred; the request id identifies it in the server log');
  });

  return app;
}

/** Sends an RFC 9457 problem document. */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  detail: string,
  extra: { issues?: { path: string; message: string }[]; details?: Record<string, unknown> } = {},
): void {
  void reply
    .status(status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(
      JSON.stringify(
        toProblem({
          status,
          code,
          detail,
          instance: request.url.split('?')[0],
          requestId: request.id,
          ...(extra.issues ? { issues: extra.issues } : {}),
          ...(extra.details ? { details: extra.details } : {}),
        }),
      ),
    );
}
