import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { HavenApp } from '../platform/http/index.ts';
import type { Logger } from '../platform/log.ts';

/** Where `vite build` writes the dashboard (`npm install` runs it through the `prepare` script). */
export const DASHBOARD_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

interface StaticFile {
  body: Buffer;
  gzip: Buffer | null;
  type: string;
  /** Vite names built assets by their content hash, so they may be cached for good. */
  immutable: boolean;
}

/** The built dashboard, read once at start-up: the files it may serve and its index page. */
export interface DashboardFiles {
  files: ReadonlyMap<string, StaticFile>;
  index: StaticFile | null;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * Reads the built dashboard into memory. Only files found here are ever served, so no request
 * path reaches the file system (nothing to traverse), and a rebuild while Haven runs cannot
 * leave a page pointing at assets that vanished: the running process keeps one consistent build.
 */
export function loadDashboard(dist: string = DASHBOARD_DIST): DashboardFiles {
  const files = new Map<string, StaticFile>();
  if (!existsSync(join(dist, 'index.html'))) return { files, index: null };
  for (const path of walk(dist)) {
    const url = `/${relative(dist, path).split(sep).join('/')}`;
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const body = readFileSync(path);
    const compressible = /^(text\/|application\/json|image\/svg)/.test(type) && body.length > 1024;
    files.set(url, { body, gzip: compressible ? gzipSync(body, { level: 9 }) : null, type, immutable: url.startsWith('/assets/') });
  }
  return { files, index: files.get('/index.html') ?? null };
}

/** What `/` answers when the dashboard was never built (e.g. `npm install --ignore-scripts`). */
const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Haven: dashboard not built</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}code{background:#eee;padding:0 .25rem}</style>
</head><body><main><h1>The dashboard has not been built</h1>
<p>Haven's API is running, but the dashboard's files are missing from <code>web/dist</code>.
<code>npm install</code> builds them; if it ran with scripts turned off, run <code>npm run build:web</code> and restart Haven.</p>
<p>First-run setup still works: open the setup link that <code>haven start</code> printed.</p>
</main></body></html>`;

function send(request: FastifyRequest, reply: FastifyReply, file: StaticFile): FastifyReply {
  const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  void reply
    .type(file.type)
    .header('cache-control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
    .header('vary', 'accept-encoding');
  if (file.gzip && acceptsGzip) return reply.header('content-encoding', 'gzip').send(file.gzip);
  return reply.send(file.body);
}

/** Whether a request may be answered by the dashboard: a browser GET outside the API and health routes. */
function isDashboardRequest(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0] ?? '/';
  return !(path.startsWith('/api/') || path === '/api' || path === '/healthz' || path === '/readyz');
}

/**
 * Serves the built dashboard at `/`: its files as they are, and `index.html` for any other page
 * path (the app routes in the browser). It answers only requests no route claimed (`/api/`,
 * `/healthz`, `/readyz` and `/setup` keep theirs), from an `onRequest` hook, so the platform's
 * problem+json 404 stays the answer for everything else and the security headers (CSP
 * `script-src 'self'`) apply to every file.
 */
export function registerDashboard(app: HavenApp, dashboard: DashboardFiles, logger: Logger): void {
  if (!dashboard.index) logger.warn('the dashboard is not built (web/dist/index.html is missing): run npm run build:web');
  app.addHook('onRequest', async (request, reply) => {
    if (!request.is404 || !isDashboardRequest(request)) return;
    const path = request.url.split('?')[0] ?? '/';
    const file = dashboard.files.get(path);
    if (file && path !== '/index.html') return send(request, reply, file);
    // A missing asset is a real 404 (a page would hide the error); anything else is a page of the app.
    if (path.startsWith('/assets/') || extname(path) !== '') return;
    if (!dashboard.index) return reply.status(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(NOT_BUILT_PAGE);
    return send(request, reply, dashboard.index);
  });
}

/** The dashboard's page for a route that the server also answers (`/setup`), when it is built. */
export function dashboardIndex(dashboard: DashboardFiles): Buffer | null {
  return dashboard.index?.body ?? null;
}
