/** Unblock requests: teachers ask (`filtering:request`), the DSL or online-safety lead decides (`filtering:approve`). */
import { z } from 'zod';
import { actorOf } from '../identity/index.ts';
import type { HavenApp } from '../platform/http/index.ts';
import { scopeOf, tags } from './http.ts';
import { idParams, schoolQuery, unblockBody, unblockCountSchema, unblockDecisionBody, unblockQuery, unblockSchema } from './schema.ts';
import type { FilteringService } from './service.ts';

/** Registers the unblock routes. */
export function registerUnblockRoutes(app: HavenApp, service: FilteringService): void {
  app.get(
    '/api/v1/filtering/unblocks',
    { config: { access: { permission: 'filtering:read' } }, schema: { tags, summary: 'Unblock requests, newest first', querystring: unblockQuery, response: { 200: z.object({ unblocks: z.array(unblockSchema) }) } } },
    async (request) => ({ unblocks: await service.listUnblocks(request.query, scopeOf(request)) }),
  );
  app.get(
    '/api/v1/filtering/unblocks/counts',
    {
      config: { access: { permission: 'filtering:read' } },
      schema: { tags, summary: 'Requests per site and category (what teachers needed that was blocked)', querystring: schoolQuery.extend({ since: z.string().max(40).optional() }), response: { 200: z.object({ counts: z.array(unblockCountSchema) }) } },
    },
    async (request) => ({ counts: await service.unblockCounts(request.query, scopeOf(request)) }),
  );
  app.post(
    '/api/v1/filtering/unblocks',
    { config: { access: { permission: 'filtering:request' } }, schema: { tags, summary: 'Ask for a site or category to be opened for a group or person for a period, with a reason', body: unblockBody, response: { 201: unblockSchema } } },
    async (request, reply) => reply.status(201).send(await service.requestUnblock(actorOf(request), request.body, scopeOf(request))),
  );
  app.get(
    '/api/v1/filtering/unblocks/:id',
    { config: { access: { permission: 'filtering:read' } }, schema: { tags, summary: 'One unblock request', params: idParams, response: { 200: unblockSchema } } },
    async (request) => service.getUnblock(request.params.id, scopeOf(request)),
  );
  app.post(
    '/api/v1/filtering/unblocks/:id/approve',
    { config: { access: { permission: 'filtering:approve' } }, schema: { tags, summary: 'Approve a request with a note: it opens only inside its window', params: idParams, body: unblockDecisionBody, response: { 200: unblockSchema } } },
    async (request) => service.decideUnblock(actorOf(request), request.params.id, { decision: 'approve', note: request.body.note }, scopeOf(request)),
  );
  app.post(
    '/api/v1/filtering/unblocks/:id/refuse',
    { config: { access: { permission: 'filtering:approve' } }, schema: { tags, summary: 'Refuse a request with a note', params: idParams, body: unblockDecisionBody, response: { 200: unblockSchema } } },
    async (request) => service.decideUnblock(actorOf(request), request.params.id, { decision: 'refuse', note: request.body.note }, scopeOf(request)),
  );
}
