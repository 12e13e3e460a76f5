/**
 * The proxy's routes on Haven's HTTP port: the PAC file (`/proxy.pac`, and `/wpad.dat` for
 * WPAD), the school CA certificate for devices to trust (`/proxy/ca.pem`, `/proxy/ca.crt` in
 * DER), the CA's details and creation for administrators, and the running proxy's status.
 */
import { z } from 'zod';
import { actorOf } from '../identity/index.ts';
import { AppError } from '../platform/errors.ts';
import type { HavenApp } from '../platform/http/index.ts';
import { activeAuthorityView, type AuthorityDeps, createAuthority, listAuthorities } from './authority-store.ts';
import { pemToDer } from './certificates.ts';
import { renderPac } from './core/pac.ts';
import type { ProxyService } from './server.ts';

/** What the routes need. */
export interface ProxyRouteDeps {
  readonly authorities: AuthorityDeps;
  readonly proxyPort: number;
  readonly publicHost: string | undefined;
  readonly bypass: readonly string[];
}

const authoritySchema = z.object({
  id: z.string(),
  subject: z.string(),
  fingerprint: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  createdAt: z.string(),
  retiredAt: z.string().nullable(),
  certPem: z.string(),
});

/** Registers the proxy's routes. */
export function registerProxyRoutes(app: HavenApp, deps: ProxyRouteDeps): void {
  const pac = (hostHeader: string | undefined): string => {
    const host = deps.publicHost ?? (hostHeader ?? '127.0.0.1').replace(/:\d+$/, '');
    return renderPac({ proxy: `${host}:${deps.proxyPort}`, bypass: deps.bypass });
  };
  for (const path of ['/proxy.pac', '/wpad.dat']) {
    app.get(path, { config: { access: { public: true } }, schema: { hide: true } }, async (request, reply) => {
      reply.header('content-type', 'application/x-ns-proxy-autoconfig').header('cache-control', 'max-age=300');
      return pac(request.headers.host);
    });
  }
  const activePem = async (): Promise<string> => {
    const ca = await activeAuthorityView(deps.authorities.db);
    if (ca === undefined) throw new AppError('proxy.no_authority', 'not_found', 'there is no school CA yet: an administrator creates one with `haven ca create`');
    return ca.certPem;
  };
  app.get('/proxy/ca.pem', { config: { access: { public: true } }, schema: { hide: true } }, async (_request, reply) => {
    reply.header('content-type', 'application/x-pem-file').header('content-disposition', 'attachment; filename="haven-school-ca.pem"');
    return activePem();
  });
  app.get('/proxy/ca.crt', { config: { access: { public: true } }, schema: { hide: true } }, async (_request, reply) => {
    reply.header('content-type', 'application/x-x509-ca-cert').header('content-disposition', 'attachment; filename="haven-school-ca.crt"');
    return pemToDer(await activePem());
  });
  app.get(
    '/api/v1/proxy/authorities',
    { config: { access: { permission: 'filtering:read' } }, schema: { tags: ['proxy'], summary: 'The school CA for TLS inspection (active first) and retired ones', response: { 200: z.object({ authorities: z.array(authoritySchema) }) } } },
    async () => ({ authorities: await listAuthorities(deps.authorities.db) }),
  );
  app.post(
    '/api/v1/proxy/authorities',
    {
      config: { access: { permission: 'system:manage' } },
      schema: {
        tags: ['proxy'],
        summary: 'Create the school CA (replace: retire the current one; every device must then trust the new one)',
        body: z.object({ name: z.string().max(64).optional(), years: z.number().int().min(1).max(20).optional(), replace: z.boolean().optional() }),
        response: { 201: authoritySchema },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const created = await createAuthority(deps.authorities, actorOf(request), {
        ...(body.name === undefined ? {} : { name: body.name }),
        ...(body.years === undefined ? {} : { years: body.years }),
        ...(body.replace === undefined ? {} : { replace: body.replace }),
      });
      return reply.code(201).send(created);
    },
  );
}

/** The running proxy's status route (registered by main/ once it knows whether this process runs one). */
export function registerProxyStatusRoute(app: HavenApp, status: () => ReturnType<ProxyService['status']> | undefined): void {
  app.get(
    '/api/v1/proxy/status',
    { config: { access: { permission: 'filtering:read' } }, schema: { tags: ['proxy'], summary: 'The web proxy running in this process: address, TLS inspection and counters' } },
    async () => {
      const s = status();
      if (s === undefined) throw new AppError('proxy.not_running', 'not_found', 'this process does not run the web proxy (role api)');
      return s;
    },
  );
}
