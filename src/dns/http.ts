/**
 * `GET /api/v1/filtering/log`: the filter event log (DNS now; proxy and extension later) with the
 * most blocked names. `filtering:logs` shows devices, addresses and groups; names need
 * `filtering:logs-names` (DSL team, online-safety lead), and each read that shows names is
 * audited with the number of events and people shown (ids only, as every audit entry).
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { AuditLog } from '../audit/index.ts';
import type { Db } from '../platform/db/index.ts';
import { AppError } from '../platform/errors.ts';
import type { HavenApp } from '../platform/http/index.ts';
import { EVENT_SOURCES, parseDuration, readFilterLog } from './event-log.ts';
import type { DnsServiceStatus } from './service.ts';

const entry = z.object({
  id: z.string(),
  at: z.string(),
  source: z.string(),
  schoolId: z.string(),
  address: z.string().nullable(),
  deviceId: z.string().nullable(),
  person: z.object({ id: z.string(), name: z.string() }).nullable().optional(),
  groups: z.array(z.string()),
  host: z.string(),
  path: z.string().nullable(),
  type: z.string().nullable(),
  verdict: z.string(),
  category: z.string().nullable(),
  list: z.string().nullable(),
  rule: z.string().nullable(),
});

/** Registers the log route. */
export function registerFilterLogRoutes(app: HavenApp, deps: { db: Kysely<Db>; audit: AuditLog; now: () => number }): void {
  app.get(
    '/api/v1/filtering/log',
    {
      config: { access: { permission: 'filtering:logs' } },
      schema: {
        tags: ['filtering'],
        summary: 'Filter events, newest first, and the most blocked names (names of people only with filtering:logs-names)',
        querystring: z.object({
          source: z.enum(EVENT_SOURCES).optional(),
          since: z.string().max(40).optional(),
          blocked: z.enum(['true', 'false']).optional(),
          group: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(1000).optional(),
        }),
        response: { 200: z.object({ events: z.array(entry), topBlocked: z.array(z.object({ host: z.string(), count: z.number() })) }) },
      },
    },
    async (request) => {
      const q = request.query;
      const principal = request.principal;
      if (principal === null) throw new AppError('identity.unauthenticated', 'unauthenticated', 'sign in to read the filter log');
      const sinceMs = sinceOf(q.since, deps.now());
      const names = principal.permissions.has('filtering:logs-names');
      const result = await readFilterLog(deps.db, {
        sinceMs,
        schoolIds: principal.schoolIds,
        names,
        ...(q.source === undefined ? {} : { source: q.source }),
        ...(q.blocked === 'true' ? { blockedOnly: true } : {}),
        ...(q.group === undefined ? {} : { group: q.group }),
        ...(q.limit === undefined ? {} : { limit: q.limit }),
      });
      const people = new Set(result.events.map((e) => e.person?.id).filter((id) => id !== undefined));
      if (names && people.size > 0) {
        await deps.audit.append({
          actor: { type: principal.kind === 'token' ? 'token' : 'account', id: principal.accountId },
          action: 'filtering.log.read',
          ip: request.ip,
          details: { events: result.events.length, people: people.size, source: q.source ?? 'all' },
        });
      }
      return result;
    },
  );
}

/**
 * `GET /api/v1/filtering/dns`: this process's DNS filter — queries, blocks, cache, upstream
 * health, and the event queue (written, queued, dropped because the database was slow or down).
 */
export function registerDnsStatusRoute(app: HavenApp, status: () => DnsServiceStatus | undefined): void {
  app.get(
    '/api/v1/filtering/dns',
    {
      config: { access: { permission: 'filtering:read' } },
      schema: { tags: ['filtering'], summary: 'The DNS filter running in this process: counters, cache, upstreams and the event queue' },
    },
    async () => {
      const s = status();
      if (s === undefined) throw new AppError('filtering.dns_not_running', 'not_found', 'this process does not run the DNS filter (role api)');
      return s;
    },
  );
}

/** `since` as epoch ms: a duration back from now (`1h`, `7d`) or an ISO time; default one hour. */
export function sinceOf(since: string | undefined, nowMs: number): number {
  if (since === undefined) return nowMs - 3_600_000;
  const back = parseDuration(since);
  if (back !== undefined) return nowMs - back;
  const at = Date.parse(since);
  if (Number.isNaN(at)) throw new AppError('filtering.log_since_invalid', 'invalid', `since ${JSON.stringify(since)} is neither a duration (1h, 30m, 7d) nor an ISO time`);
  return at;
}
