/**
 * "Remove network access" and learning sites. Restrictions are managed by whoever manages the
 * filter (`filtering:manage`) or the DSL team (`concerns:triage`: removing access is part of
 * responding to a concern), so the routes declare `authenticated` and check either permission
 * here; learning sites are read with `filtering:read` and changed with `filtering:manage`.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf, principalOf } from '../identity/index.ts';
import type { HavenApp } from '../platform/http/index.ts';
import { filteringErrors } from './errors.ts';
import { scopeOf, tags } from './http.ts';
import { idParams, schoolQuery } from './schema.ts';
import { learningSitesBody, learningSitesSchema, restrictionBody, restrictionEndBody, restrictionQuery, restrictionSchema } from './schema-restrictions.ts';
import type { FilteringService } from './service.ts';

/** The permissions that may remove or restore a person's network access. */
export const RESTRICTION_PERMISSIONS = ['filtering:manage', 'concerns:triage'] as const;

/** Refuses a caller who holds neither {@link RESTRICTION_PERMISSIONS}. */
function requireRestrictionPermission(request: FastifyRequest): void {
  const p = principalOf(request);
  if (!RESTRICTION_PERMISSIONS.some((perm) => p.permissions.has(perm))) throw filteringErrors.restrictionForbidden();
}

/** Registers the restriction and learning-site routes. */
export function registerRestrictionRoutes(app: HavenApp, service: FilteringService): void {
  const access = { authenticated: true } as const;
  app.get(
    '/api/v1/filtering/restrictions',
    { config: { access }, schema: { tags, summary: "Access restrictions ('remove network access'), newest first (filtering:manage or concerns:triage)", querystring: restrictionQuery, response: { 200: z.object({ restrictions: z.array(restrictionSchema) }) } } },
    async (request) => {
      requireRestrictionPermission(request);
      const { active, ...rest } = request.query;
      return { restrictions: await service.listRestrictions({ ...rest, ...(active === undefined ? {} : { active: active === 'true' }) }, scopeOf(request)) };
    },
  );
  app.post(
    '/api/v1/filtering/restrictions',
    { config: { access }, schema: { tags, summary: "Remove a person's network access (all but the learning sites) until a time or for a duration", body: restrictionBody, response: { 201: restrictionSchema } } },
    async (request, reply) => {
      requireRestrictionPermission(request);
      return reply.status(201).send(await service.createRestriction(actorOf(request), request.body, scopeOf(request)));
    },
  );
  app.post(
    '/api/v1/filtering/restrictions/:id/end',
    { config: { access }, schema: { tags, summary: "Restore a person's network access now, with a reason", params: idParams, body: restrictionEndBody, response: { 200: restrictionSchema } } },
    async (request) => {
      requireRestrictionPermission(request);
      return service.endRestriction(actorOf(request), request.params.id, request.body, scopeOf(request));
    },
  );
  app.get(
    '/api/v1/filtering/learning-sites',
    { config: { access: { permission: 'filtering:read' } }, schema: { tags, summary: "The school's learning sites: what stays open to a person whose network access is removed", querystring: schoolQuery, response: { 200: learningSitesSchema } } },
    async (request) => service.listLearningSites(request.query, scopeOf(request)),
  );
  app.put(
    '/api/v1/filtering/learning-sites',
    { config: { access: { permission: 'filtering:manage' } }, schema: { tags, summary: "Replace the school's learning sites (a reason is required)", body: learningSitesBody, response: { 200: learningSitesSchema } } },
    async (request) => {
      const { sites, reason, schoolId } = request.body;
      return service.changeLearningSites(actorOf(request), { set: sites, reason, ...(schoolId === undefined ? {} : { schoolId }) }, scopeOf(request));
    },
  );
}
