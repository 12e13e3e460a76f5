import type { Socket } from 'node:net';
import type { Kysely } from 'kysely';
import { permissionsFor, principalOf } from '../identity/index.ts';
import type { Db } from '../platform/db/index.ts';
import type { HavenApp, Principal } from '../platform/http/index.ts';
import type { Logger } from '../platform/log.ts';
import { z } from 'zod';
import type { LiveAudience, LiveEvent, LiveHub, NotifyStatus } from '../platform/notify/index.ts';

/** Timings of the live stream; tests shorten them. */
export interface LiveRouteOptions {
  /** A comment line this often keeps proxies from closing an idle stream. */
  heartbeatMs?: number;
  /** The stream ends after this long; the browser reconnects (with `Last-Event-ID`) and is re-authenticated. */
  maxLifetimeMs?: number;
  /** A client this far behind (bytes queued) is dropped rather than buffered without bound. */
  maxBufferedBytes?: number;
}

/**
 * Who may see which live event: the permissions the account's roles give in each school (a
 * role for one school gives nothing in another; `*` roles count everywhere), capped by the
 * request's own permissions (an API token's scopes). Read once when the stream opens; the
 * stream's bounded lifetime makes a role change take effect at the next reconnect.
 */
export async function liveFilterFor(db: Kysely<Db>, principal: Principal): Promise<(audience: LiveAudience) => boolean> {
  const rows = await db.selectFrom('account_roles').select(['role', 'school_id']).where('account_id', '=', principal.accountId).execute();
  const bySchool = new Map<string, string[]>();
  for (const r of rows) bySchool.set(r.school_id, [...(bySchool.get(r.school_id) ?? []), r.role]);
  const everywhere = bySchool.get('*') ?? [];
  const cache = new Map<string, Set<string>>();
  return (audience) => {
    let granted = cache.get(audience.schoolId);
    if (!granted) {
      const all = permissionsFor([...everywhere, ...(bySchool.get(audience.schoolId) ?? [])]);
      granted = new Set([...all].filter((p) => principal.permissions.has(p)));
      cache.set(audience.schoolId, granted);
    }
    return granted.has(audience.permission);
  };
}

function frame(event: LiveEvent): string {
  const data = JSON.stringify({ id: event.id, type: event.type, at: new Date(event.at).toISOString(), schoolId: event.audience.schoolId, data: event.data });
  return `id: ${event.id}\nevent: ${event.type.replace(/[\r\n]/g, '')}\ndata: ${data}\n\n`;
}

/**
 * `GET /api/v1/live`: server-sent events for signed-in dashboards. Only events whose audience
 * permission the viewer holds in that school are sent; `Last-Event-ID` replays what the ring
 * still holds (or sends `resync` so the dashboard reloads its lists); a heartbeat comment keeps
 * the stream open; every stream ends when the server or the notifier closes.
 */
export function registerLiveRoutes(app: HavenApp, deps: { db: Kysely<Db>; live: LiveHub; logger: Logger; status?: () => NotifyStatus }, options: LiveRouteOptions = {}): void {
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const maxLifetimeMs = options.maxLifetimeMs ?? 15 * 60_000;
  const maxBuffered = options.maxBufferedBytes ?? 1024 * 1024;
  const open = new Set<() => void>();
  const sockets = new Set<Socket>();
  // On shutdown every stream ends and its socket goes too: a client that vanished without
  // closing (a sleeping laptop) would otherwise hold the server's close open.
  const endAll = (): void => {
    for (const end of [...open]) end();
    for (const socket of sockets) socket.destroySoon();
  };
  // Before the server stops accepting: an open stream would otherwise hold `close()` forever.
  app.addHook('preClose', async () => endAll());
  deps.live.onClose(endAll);

  const status = deps.status;
  if (status) {
    // Whether email is configured, for the dashboard's system page (administrators only).
    app.get(
      '/api/v1/notifications/status',
      {
        config: { access: { permission: 'system:manage' } },
        schema: {
          tags: ['notifications'],
          summary: 'Whether email is configured and how many live streams are open',
          response: {
            200: z.object({
              email: z.union([
                z.object({ state: z.literal('disabled'), reason: z.string() }),
                z.object({ state: z.literal('configured'), host: z.string(), port: z.number().int(), from: z.string() }),
              ]),
              live: z.object({ subscribers: z.number().int(), crossNode: z.boolean() }),
            }),
          },
        },
      },
      async () => status(),
    );
  }

  app.get(
    '/api/v1/live',
    {
      config: { access: { authenticated: true } },
      schema: {
        tags: ['notifications'],
        summary: 'Live events (text/event-stream) for the signed-in viewer: alerts and safeguarding notifications they may see',
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const filter = await liveFilterFor(deps.db, principal);
      const given = request.headers['last-event-id'];
      const lastEventId = typeof given === 'string' && given.length <= 100 ? given : undefined;
      const res = reply.raw;
      reply.hijack();
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        // A stream's socket is not reused: closing it with the stream lets shutdown finish at once.
        connection: 'close',
        'x-accel-buffering': 'no',
        'x-content-type-options': 'nosniff',
        'x-request-id': request.id,
      });
      let ended = false;
      const send = (text: string): void => {
        if (ended) return;
        if (res.writableLength > maxBuffered) {
          deps.logger.warn({ accountId: principal.accountId }, 'live client too slow; closing its stream');
          end();
          return;
        }
        res.write(text);
      };
      const sub = deps.live.subscribe(filter, (event) => send(frame(event)), { lastEventId });
      const heartbeat = setInterval(() => send(': heartbeat\n\n'), heartbeatMs);
      const lifetime = setTimeout(() => end(), maxLifetimeMs);
      heartbeat.unref();
      lifetime.unref();
      function end(): void {
        if (ended) return;
        ended = true;
        open.delete(end);
        sub.unsubscribe();
        clearInterval(heartbeat);
        clearTimeout(lifetime);
        res.end();
      }
      open.add(end);
      const socket = res.socket;
      if (socket) {
        sockets.add(socket);
        socket.once('close', () => sockets.delete(socket));
      }
      // The response's close (not the request's, which fires once its body is read) means the client went.
      res.on('close', () => end());
      send('retry: 3000\n: connected\n\n');
      if (sub.gap) send('event: resync\ndata: {}\n\n');
      for (const e of sub.replay) send(frame(e));
    },
  );
}
