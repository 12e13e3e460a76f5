/**
 * List routes: read lists and their versions, upload a list file as a new version (the body is
 * the file itself, `text/plain`), roll back to a kept version, remove a list.
 */
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../identity/index.ts';
import type { HavenApp } from '../platform/http/index.ts';
import { parseListText } from './core/parse-list.ts';
import { tags } from './http.ts';
import { catalogueSchema, idParams, listDetailSchema, listImportQuery, listImportSchema, listSchema, okSchema, reasonQuery, refreshSchema, rollbackBody, subscribeBody } from './schema.ts';
import type { FilteringService } from './service.ts';

/** The largest list the upload route takes (about three million entries). */
export const LIST_BODY_LIMIT = 100 * 1024 * 1024;
const TEXT_TYPES = ['text/plain'];

const textBody = z
  .string()
  .meta({ type: 'string', description: 'the list file as it is: one entry per line (plain, hosts, adblock or urls format)' });

/** Registers the list routes. */
export function registerListRoutes(app: HavenApp, service: FilteringService): void {
  app.get(
    '/api/v1/filtering/lists',
    { config: { access: { permission: 'filtering:read' } }, schema: { tags, summary: 'Every list with its current version', response: { 200: z.object({ lists: z.array(listSchema) }) } } },
    async () => ({ lists: await service.listLists() }),
  );

  app.get(
    '/api/v1/filtering/lists/:id',
    { config: { access: { permission: 'filtering:read' } }, schema: { tags, summary: 'One list (by id or name) with its kept versions and their line reports', params: idParams, response: { 200: listDetailSchema } } },
    async (request) => service.getList(request.params.id),
  );

  app.post(
    '/api/v1/filtering/lists/:id/rollback',
    { config: { access: { permission: 'filtering:manage' } }, schema: { tags, summary: 'Put a kept version back in force (default: the one before the current)', params: idParams, body: rollbackBody, response: { 200: listSchema } } },
    async (request) => service.rollbackList(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/v1/filtering/lists/:id',
    { config: { access: { permission: 'filtering:manage' } }, schema: { tags, summary: 'Remove a list and its versions (reason in the query)', params: idParams, querystring: reasonQuery, response: { 200: okSchema } } },
    async (request) => {
      await service.removeList(actorOf(request), request.params.id, request.query.reason);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/filtering/catalogue',
    { config: { access: { permission: 'filtering:read' } }, schema: { tags, summary: 'Well-known list sources Haven can subscribe to, with their licences', response: { 200: z.object({ sources: z.array(catalogueSchema) }) } } },
    async () => ({ sources: [...service.listCatalogue()] }),
  );

  app.post(
    '/api/v1/filtering/subscriptions',
    { config: { access: { permission: 'filtering:manage' } }, schema: { tags, summary: 'Subscribe to a catalogue source or URL: download it now and refresh it on a schedule', body: subscribeBody, response: { 200: listImportSchema } } },
    async (request) => service.subscribe(actorOf(request), request.body),
  );

  app.post(
    '/api/v1/filtering/lists/:id/refresh',
    { config: { access: { permission: 'filtering:manage' } }, schema: { tags, summary: 'Refresh a subscribed list now (a failed or shrunken download keeps the version in force)', params: idParams, response: { 200: refreshSchema } } },
    async (request) => {
      const outcome = await service.refreshList(actorOf(request), request.params.id);
      return {
        status: outcome.status,
        message: 'message' in outcome ? outcome.message : null,
        list: 'result' in outcome ? outcome.result.list : null,
      };
    },
  );

  // The upload takes the file as it is (text/plain, not JSON): its own scope, so only this route reads large text bodies.
  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    scope.addContentTypeParser(TEXT_TYPES, { parseAs: 'string', bodyLimit: LIST_BODY_LIMIT }, (_request, body, done) => done(null, body));
    scope.post(
      '/api/v1/filtering/lists/import',
      {
        bodyLimit: LIST_BODY_LIMIT,
        config: { access: { permission: 'filtering:manage' } },
        schema: {
          tags,
          summary: 'Import a list file (body: text/plain) as a new version of the named list; bad lines are counted and reported, never fatal',
          consumes: TEXT_TYPES,
          body: textBody,
          querystring: listImportQuery,
          response: { 200: listImportSchema },
        },
      },
      async (request) => {
        const q = request.query;
        const parsed = parseListText(request.body, q.format ?? 'auto');
        return service.importList(actorOf(request), { name: q.name, category: q.category, format: parsed.format, sourceKind: 'upload', source: q.name, parsed, reason: q.reason });
      },
    );
  });
}
