/**
 * Filtering's routes under `/api/v1/filtering`: status, categories, check (explain), rules, the
 * change history and the self-test here; lists, devices and subnets, and unblock requests in
 * their own files. Reading needs `filtering:read`; changing the policy `filtering:manage` (with
 * a reason); asking for an unblock `filtering:request`; deciding one `filtering:approve`;
 * removing a person's network access `filtering:manage` or `concerns:triage`.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf, principalOf, type SchoolScope } from '../identity/index.ts';
import type { HavenApp } from '../platform/http/index.ts';
import { canaryHost } from './core/list-index.ts';
import { registerListRoutes } from './http-lists.ts';
import { registerLogSummaryRoutes } from './http-log-summary.ts';
import { registerNetworkRoutes } from './http-network.ts';
import { registerRestrictionRoutes } from './http-restrictions.ts';
import { registerUnblockRoutes } from './http-unblocks.ts';
import { CATEGORIES, CATEGORY_INFO } from './model.ts';
import {
  categorySchema,
  changeSchema,
  checkQuery,
  checkSchema,
  idParams,
  okSchema,
  reasonQuery,
  ruleBody,
  rulePatchBody,
  ruleSchema,
  schoolQuery,
  selfTestBody,
  selfTestSchema,
  statusSchema,
} from './schema.ts';
import type { FilteringService } from './service.ts';

/** The OpenAPI tag of every filtering route. */
export const tags = ['filtering'];

/** The schools a request's principal may act in. */
export function scopeOf(request: FastifyRequest): SchoolScope {
  return principalOf(request).schoolIds;
}

export { actorOf };

/** Registers every filtering route. */
export function registerFilteringRoutes(app: HavenApp, service: FilteringService): void {
  app.get(
    '/api/v1/filtering/status',
    { config: { access: { permission: 'filtering:read' } }, schema: { tags, summary: 'The filter snapshot in force: revision, size and compile warnings', response: { 200: statusSchema } } },
    async () => {
      await service.engine.ready();
      const s = service.engine.current();
      const status = service.engine.status();
      const lists = s.lists.lists.filter((l) => !l.canary);
      return {
        revision: status.revision,
        compiledAt: status.compiledAt > 0 ? new Date(status.compiledAt).toISOString() : null,
        lastError: status.lastError ?? null,
        lists: lists.length,
        domains: lists.reduce((n, l) => n + l.domains, 0),
        urls: lists.reduce((n, l) => n + l.urls, 0),
        groups: s.groups.size,
        devices: s.identities.devices,
        subnets: s.identities.subnets,
        warnings: s.warnings.map((w) => ({ code: w.code, id: w.id, message: w.message })),
      };
    },
  );

  app.get(
    '/api/v1/filtering/categories',
    { config: { access: { permission: 'filtering:read' } }, schema: { tags, summary: 'Every category, its default treatment and its self-test canary name', response: { 200: z.object({ categories: z.array(categorySchema) }) } } },
    async () => ({ categories: CATEGORIES.map((c) => ({ id: c, ...CATEGORY_INFO[c], canary: canaryHost(c) })) }),
  );

  app.get(
    '/api/v1/filtering/check',
    {
      config: { access: { permission: 'filtering:read' } },
      schema: { tags, summary: 'The decision for a host or URL, for a group, person or client address, with the rules that produced it', querystring: checkQuery, response: { 200: checkSchema } },
    },
    async (request) => {
      const q = request.query;
      return service.check(
        {
          target: q.host,
          ...(q.group === undefined ? {} : { group: q.group }),
          ...(q.person === undefined ? {} : { person: q.person }),
          ...(q.address === undefined ? {} : { address: q.address }),
          ...(q.at === undefined ? {} : { at: q.at }),
          ...(q.schoolId === undefined ? {} : { schoolId: q.schoolId }),
        },
        scopeOf(request),
      );
    },
  );

  app.get(
    '/api/v1/filtering/rules',
    {
      config: { access: { permission: 'filtering:read' } },
      schema: { tags, summary: "A school's rules, with its template groups' template lines", querystring: schoolQuery.extend({ subject: z.string().max(100).optional() }), response: { 200: z.object({ rules: z.array(ruleSchema) }) } },
    },
    async (request) => ({ rules: await service.listRules(request.query, scopeOf(request)) }),
  );

  app.post(
    '/api/v1/filtering/rules',
    { config: { access: { permission: 'filtering:manage' } }, schema: { tags, summary: 'Add a rule (a reason is required)', body: ruleBody, response: { 201: ruleSchema } } },
    async (request, reply) => reply.status(201).send(await service.createRule(actorOf(request), request.body, scopeOf(request))),
  );

  app.get(
    '/api/v1/filtering/rules/:id',
    { config: { access: { permission: 'filtering:read' } }, schema: { tags, summary: 'One rule', params: idParams, response: { 200: ruleSchema } } },
    async (request) => service.getRule(request.params.id, scopeOf(request)),
  );

  app.patch(
    '/api/v1/filtering/rules/:id',
    { config: { access: { permission: 'filtering:manage' } }, schema: { tags, summary: "Change a rule's level, windows or nominations (a reason is required)", params: idParams, body: rulePatchBody, response: { 200: ruleSchema } } },
    async (request) => service.updateRule(actorOf(request), request.params.id, request.body, scopeOf(request)),
  );

  app.delete(
    '/api/v1/filtering/rules/:id',
    { config: { access: { permission: 'filtering:manage' } }, schema: { tags, summary: 'Delete a rule (reason in the query)', params: idParams, querystring: reasonQuery, response: { 200: okSchema } } },
    async (request) => {
      await service.deleteRule(actorOf(request), request.params.id, request.query.reason, scopeOf(request));
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/filtering/changes',
    {
      config: { access: { permission: 'filtering:read' } },
      schema: { tags, summary: "The policy's change history: who, what, when and why", querystring: schoolQuery.extend({ limit: z.coerce.number().int().min(1).max(1000).optional() }), response: { 200: z.object({ changes: z.array(changeSchema) }) } },
    },
    async (request) => ({ changes: await service.listChanges(request.query, scopeOf(request)) }),
  );

  app.post(
    '/api/v1/filtering/self-test',
    { config: { access: { permission: 'filtering:read' } }, schema: { tags, summary: 'Run the filter self-test for every group (or one) and store the result', body: selfTestBody, response: { 200: selfTestSchema } } },
    async (request) => service.runSelfTest(actorOf(request), request.body, scopeOf(request)),
  );

  app.get(
    '/api/v1/filtering/self-tests',
    {
      config: { access: { permission: 'filtering:read' } },
      schema: { tags, summary: 'Stored self-test results, newest first', querystring: schoolQuery.extend({ limit: z.coerce.number().int().min(1).max(200).optional() }), response: { 200: z.object({ results: z.array(selfTestSchema) }) } },
    },
    async (request) => ({ results: await service.listSelfTests(request.query, scopeOf(request)) }),
  );

  registerListRoutes(app, service);
  registerNetworkRoutes(app, service);
  registerUnblockRoutes(app, service);
  registerRestrictionRoutes(app, service);
  registerLogSummaryRoutes(app, service);
}
