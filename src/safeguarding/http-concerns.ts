import type { HavenApp } from '../platform/http/index.ts';
import { deleteAttachment, readAttachment } from './attachments.ts';
import { openBreakGlass } from './break-glass.ts';
import type { SafeguardingDeps } from './deps.ts';
import { concernViewerOf, tags } from './http-viewer.ts';
import { getConcern, listConcerns } from './read.ts';
import { breakGlassSchema, concernSchema, listSchema, okSchema } from './schema-views.ts';
import { attachmentParams, attachmentQuery, idParams, listQuery, reasonBody } from './schema.ts';

/** Reading concerns and attachments, and break-glass; every read is audited by the service. */
export function registerConcernRoutes(app: HavenApp, deps: SafeguardingDeps): void {
  app.get(
    '/api/v1/concerns',
    {
      config: { access: { authenticated: true } },
      schema: { tags, summary: 'Concerns you may see, newest first, each cut to what you may see of it', querystring: listQuery, response: { 200: listSchema } },
    },
    async (request) => {
      const q = request.query;
      return listConcerns(deps, await concernViewerOf(deps, request), {
        ...(q.status ? { status: q.status } : {}),
        ...(q.category ? { category: q.category } : {}),
        ...(q.about ? { about: q.about } : {}),
        ...(q.assignedTo ? { assignedTo: q.assignedTo } : {}),
        ...(q.mine === 'true' ? { mine: true } : {}),
        ...(q.cursor ? { cursor: q.cursor } : {}),
        ...(q.limit ? { limit: q.limit } : {}),
      });
    },
  );

  app.get(
    '/api/v1/concerns/:id',
    {
      config: { access: { authenticated: true } },
      schema: { tags, summary: 'One concern (by id or reference), as much as you may see; 404 if you may not', params: idParams, response: { 200: concernSchema } },
    },
    async (request) => getConcern(deps, await concernViewerOf(deps, request), request.params.id),
  );

  app.get(
    '/api/v1/concerns/:id/attachments/:attachmentId',
    {
      config: { access: { authenticated: true } },
      schema: {
        tags,
        summary: 'Download an attachment (always as a download); withheld images need the DSL team and reveal=true',
        params: attachmentParams,
        querystring: attachmentQuery,
      },
    },
    async (request, reply) => {
      const file = await readAttachment(deps, await concernViewerOf(deps, request), request.params.id, request.params.attachmentId, request.query.reveal === 'true');
      return reply
        .type('application/octet-stream')
        .header('x-haven-content-type', file.contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`)
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(file.content);
    },
  );

  app.delete(
    '/api/v1/concerns/:id/attachments/:attachmentId',
    {
      config: { access: { authenticated: true } },
      schema: { tags, summary: 'Delete an attachment for good, with a reason (withheld images: DSL team only)', params: attachmentParams, body: reasonBody, response: { 200: okSchema } },
    },
    async (request) => {
      await deleteAttachment(deps, await concernViewerOf(deps, request), request.params.id, request.params.attachmentId, request.body.reason);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/concerns/:id/break-glass',
    {
      config: { access: { authenticated: true } },
      schema: {
        tags,
        summary: 'Break-glass: senior staff read a learner concern for an hour, with a reason; audited, the DSL team is notified',
        params: idParams,
        body: reasonBody,
        response: { 201: breakGlassSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await openBreakGlass(deps, await concernViewerOf(deps, request), request.params.id, request.body.reason)),
  );
}
