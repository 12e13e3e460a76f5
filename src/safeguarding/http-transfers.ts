import { z } from 'zod';
import type { HavenApp } from '../platform/http/index.ts';
import type { SafeguardingDeps } from './deps.ts';
import { tags, viewerOf } from './http-viewer.ts';
import { createdTransferSchema, newTransferBody, packageQuery, receiptBody, receiptResultSchema, transferListQuery, transferParams, transferSchema } from './schema-files.ts';
import { confirmReceipt, createTransfer, downloadTransfer, listTransfers } from './transfers.ts';

/** How often one address may try a transfer link: enough for a person, not for guessing. */
export const TRANSFER_LINK_LIMIT = { max: 10, timeWindow: '10 minutes' };

/** Transfers of a learner's file to a new school (R10): the sender's routes, and the receiver's two public ones. */
export function registerTransferRoutes(app: HavenApp, deps: SafeguardingDeps): void {
  app.post(
    '/api/v1/safeguarding/transfers',
    {
      config: { access: { permission: 'concerns:triage' } },
      schema: {
        tags,
        summary: "Send a learner's file to their new school: an encrypted package, a one-time link token and the transfer key (both shown once); DSL team, audited",
        body: newTransferBody,
        response: { 201: createdTransferSchema },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const created = await createTransfer(deps, await viewerOf(deps, request), {
        personId: b.personId,
        toSchool: b.toSchool,
        ...(b.toContact ? { toContact: b.toContact } : {}),
        ...(b.concernIds ? { concernIds: b.concernIds } : {}),
      });
      const origin = `${request.protocol}://${request.host}`;
      return reply.status(201).send({ ...created, downloadUrl: origin + created.downloadPath, receiptUrl: origin + created.receiptPath });
    },
  );

  app.get(
    '/api/v1/safeguarding/transfers',
    {
      config: { access: { permission: 'concerns:read-all' } },
      schema: { tags, summary: 'The sender’s record of transfers: to which school, when, by whom, downloaded, receipt confirmed; audited', querystring: transferListQuery, response: { 200: z.object({ transfers: z.array(transferSchema) }) } },
    },
    async (request) => ({ transfers: await listTransfers(deps, await viewerOf(deps, request), request.query.personId ? { personId: request.query.personId } : {}) }),
  );

  // Public: the receiving school may have no account here. The token is checked (once only,
  // 14 days), the address rate-limited, and every use or refusal audited. The token travels in
  // the query string, so this route logs at warn level only: it never reaches the request log.
  app.get(
    '/api/v1/safeguarding/transfers/:id/package',
    {
      logLevel: 'warn',
      config: { access: { public: true }, rateLimit: TRANSFER_LINK_LIMIT },
      schema: { tags, summary: 'The receiving school downloads the encrypted package with the link token (works once, for 14 days)', params: transferParams, querystring: packageQuery },
    },
    async (request, reply) => {
      const pkg = await downloadTransfer(deps, request.params.id, request.query.token, request.ip);
      return reply
        .type('application/octet-stream')
        .header('content-disposition', `attachment; filename="${pkg.filename}"`)
        .header('x-haven-package-sha256', pkg.sha256)
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(pkg.content);
    },
  );

  app.post(
    '/api/v1/safeguarding/transfers/:id/receipt',
    {
      logLevel: 'warn',
      config: { access: { public: true }, rateLimit: TRANSFER_LINK_LIMIT },
      schema: { tags, summary: 'The receiving school confirms receipt with the link token, naming who received it', params: transferParams, body: receiptBody, response: { 201: receiptResultSchema } },
    },
    async (request, reply) => {
      const done = await confirmReceipt(deps, request.params.id, request.body, request.ip);
      return reply.status(201).send({ ...done, message: 'Thank you: the sending school’s record shows that you received the file.' });
    },
  );
}
