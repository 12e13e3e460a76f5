import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { z } from 'zod';
import { registerAuditRoutes } from '../audit/index.ts';
import { registerFilterLogRoutes } from '../dns/index.ts';
import { registerFilteringRoutes } from '../filtering/index.ts';
import { type OidcRouteOptions, registerDirectoryRoutes, registerIdentityRoutes, registerOidcRoutes } from '../identity/index.ts';
import { pendingMigrations } from '../platform/db/index.ts';
import { registerSafeguardingRoutes } from '../safeguarding/index.ts';
import { registerMonitoringReportRoutes, registerMonitoringRoutes } from '../monitoring/index.ts';
import { createHttpServer, type HavenApp, type RouteAccess } from '../platform/http/index.ts';
import type { Haven } from './app.ts';
import { dashboardIndex, type DashboardFiles, loadDashboard, registerDashboard } from './dashboard.ts';
import { SETUP_PAGE } from './setup-page.ts';
import { registerLiveRoutes } from './live-http.ts';
import { registerProxyRoutes } from '../proxy/index.ts';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** A registered API route and the access rule it declared. */
export interface RouteRecord {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

const routeRecords = new WeakMap<object, RouteRecord[]>();

/** Every route an app registered, for contract tests (access matrix, OpenAPI coverage). */
export function routesOf(app: HavenApp): RouteRecord[] {
  return routeRecords.get(app) ?? [];
}

/** Haven's version, from package.json. */
export const HAVEN_VERSION = pkg.version;

/**
 * Builds the HTTP app for a process: health, OpenAPI, then every capability's routes. Each
 * `/api/v1` route must declare its access rule; one that does not stops start-up here.
 */
export async function buildHttpApp(haven: Haven, options: { oidc?: OidcRouteOptions; dashboard?: DashboardFiles } = {}): Promise<HavenApp> {
  const tls = haven.config.tls;
  const app = await createHttpServer({
    logger: haven.logger,
    trustProxy: haven.config.http.trustProxy,
    title: 'Haven API',
    version: HAVEN_VERSION,
    ...(tls.cert && tls.key ? { https: { cert: readFileSync(tls.cert), key: readFileSync(tls.key) } } : {}),
  });

  const records: RouteRecord[] = [];
  routeRecords.set(app, records);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') records.push({ method, url: route.url, access: route.config?.access });
    }
    if (route.url.startsWith('/api/v1/') && route.url !== '/api/v1/openapi.json' && !route.config?.access) {
      throw new Error(`route ${route.method} ${route.url} declares no access rule`);
    }
  });

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(haven.database.db);
      const pending = await pendingMigrations(haven.database);
      if (pending.length > 0) return reply.status(503).send({ status: 'migrations pending', pending });
      return { status: 'ready', database: haven.database.dialect };
    } catch {
      return reply.status(503).send({ status: 'database unreachable' });
    }
  });

  registerIdentityRoutes(app, haven.identity);
  registerOidcRoutes(app, haven.identity, { publicUrl: haven.config.http.publicUrl, ...options.oidc });
  registerDirectoryRoutes(app, haven.identity);
  registerAuditRoutes(app, haven.audit);
  registerFilterLogRoutes(app, { db: haven.database.db, audit: haven.audit, now: () => haven.clock.now() });
  registerSafeguardingRoutes(app, haven.safeguarding);
  registerFilteringRoutes(app, haven.filteringService);
  registerProxyRoutes(app, {
    authorities: { db: haven.database.db, clock: haven.clock, audit: haven.audit, masterKey: haven.masterKey },
    proxyPort: haven.config.proxy.port,
    publicHost: haven.config.proxy.publicHost,
    bypass: haven.config.proxy.bypass,
  });
  registerMonitoringRoutes(app, haven.monitoring);
  registerMonitoringReportRoutes(app, haven.monitoring, { filterRetentionDays: haven.config.events.retentionDays });
  registerLiveRoutes(app, { db: haven.database.db, live: haven.notify.live, logger: haven.logger, status: () => haven.notify.status() });

  app.get(
    '/api/v1/version',
    { config: { access: { public: true } }, schema: { tags: ['system'], summary: 'Haven version', response: { 200: z.object({ version: z.string() }) } } },
    async () => ({ version: HAVEN_VERSION }),
  );
  app.get('/api/v1/openapi.json', { schema: { hide: true }, config: { access: { public: true } } }, async () => app.swagger());
  // The dashboard's setup wizard (school, administrator, second factor) when it is built; the
  // self-contained page otherwise, so a fresh install can always be set up.
  const dashboard = options.dashboard ?? loadDashboard();
  const wizard = dashboardIndex(dashboard);
  app.get('/setup', { schema: { hide: true } }, async (_request, reply) =>
    wizard
      ? reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(wizard)
      : reply
          .type('text/html; charset=utf-8')
          .header('content-security-policy', "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'")
          .send(SETUP_PAGE),
  );
  registerDashboard(app, dashboard, haven.logger);
  return app;
}
